#include "app/cli/clicommands.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include "core/common/appsettings.h"
#include "core/demo/democompany.h"
#include "core/domain/cellvalues.h"
#include "core/exporting/csvwriter.h"
#include "core/exporting/rosterexport.h"
#include "core/importing/recordsource.h"
#include "core/importing/rosterimport.h"
#include "core/printing/demoseal.h"
#include "core/reports/targetreportformat.h"
#include "core/reports/workforcetargets.h"
#include "core/store/certificatestore.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Prints whole percentages to stderr when --progress is given.
    class CliProgress final : public ProgressSink
    {
    public:
        CliProgress(QTextStream &err, bool enabled)
            : m_err(err)
            , m_enabled(enabled)
        { }
        void report(qint64 done, qint64 total) override
        {
            if (!m_enabled || total <= 0)
                return;
            const int percent = int(done * 100 / total);
            if (percent / 10 != m_lastPercent / 10 || percent == 100) {
                m_err << percent << "%\n";
                m_err.flush();
            }
            m_lastPercent = percent;
        }
        bool isCanceled() const override { return false; }

    private:
        QTextStream &m_err;
        bool m_enabled;
        int m_lastPercent = -1;
    };

} // namespace

QString CliCommands::usage() const
{
    return tr(
        "Usage: skillladder-cli --db FILE COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init --company NAME --province PROVINCE   create the company database\n"
        "  import workers FILE.csv|FILE.xlsx [--sheet NAME] [--skip-invalid]\n"
        "                 [--rejects OUT.csv]        import or update the roster\n"
        "  export workers OUT.csv|OUT.xlsx [--encoding utf-8|gbk]\n"
        "                                            write the roster for Excel\n"
        "  targets [--as-of YYYY-MM-DD] [--json]     the workforce targets on a date\n"
        "  demo --workers N [--seed S]               fill an empty database with the demo "
        "company\n"
        "  backup OUT.sqlite                         a consistent copy of the database\n"
        "\n"
        "Certification (issue #5):\n"
        "  certify propose --employee NO --occupation OCC --grade GRADE --way WAY\n"
        "          [--ground G] [--evidence REF] --date YYYY-MM-DD [--round ID]\n"
        "          [--result ID] [--certificate NUMBER] [--by USER] [--json]\n"
        "          WAY: regular | direct | direct-high | exceptional | competition\n"
        "          G: technical-problem | award | mentoring\n"
        "  certify approve|reject ID --by USER [--reason TEXT]\n"
        "  certify revoke ID --by USER --reason TEXT\n"
        "  certify approve-round ID --by USER       approve a whole round at once\n"
        "  certify list [--status S] [--round ID] [--json]\n"
        "  round add NAME [--by USER]               open an assessment round\n"
        "  competition add --name N --level L --organiser O --date D [--occupation OCC]\n"
        "  competition result ID --employee NO --placing gold|silver|bronze|excellence|rank\n"
        "          [--rank N] [--no-propose]        record a result (and its promotion)\n"
        "  due [--as-of D] [--workshop W] [--json | --csv OUT | --xlsx OUT]\n"
        "                                            workers due for assessment\n"
        "  plan [--as-of D] [--json | --csv OUT]    who would close each unit's target gap\n"
        "  certificates --workshop W | --round ID | --id ID --out FILE.pdf [--a5]\n"
        "          [--font FAMILY]                  print certificates into one PDF\n"
        "  verify STRING                            check a certificate's QR code\n"
        "  policy show [--as-of D] | policy set KEY VALUE [--from D] [--by USER]\n"
        "  photo --employee NO FILE.png|FILE.jpg     the photo printed on certificates\n"
        "\n"
        "Allowances (issue #6):\n"
        "  rates import FILE.csv                    kind,grade,amount,effective_from\n"
        "  roles import FILE.csv                    employee_no,role,from,to\n"
        "  mentorships import FILE.csv              mentor_no,apprentice_no,occupation,start,end\n"
        "  allowances --month YYYY-MM [--csv OUT | --xlsx OUT] [--json]\n"
        "                                            compute (or show the locked) month\n"
        "  allowances approve --month YYYY-MM --by USER   lock the month\n"
        "  allowances diff RUN RUN                  workers whose amounts differ\n"
        "  paybands import FILE.csv                 track,level,min,mid,max,effective_from\n"
        "  pay import FILE.csv                      "
        "employee_no,effective_from,mode,amount[,title]\n"
        "  wages import FILE.csv                    year,occupation,grade,p10,p25,p50,p75,p90\n"
        "  parity [--as-of D] [--json | --csv OUT]  pay against bands, market and titles\n"
        "\n"
        "Options: --lang zh|en (language of messages), --progress (percentages on stderr).\n"
        "Exit codes: 0 success, 1 invalid data, 2 bad usage.\n");
}

int CliCommands::run(QStringList args)
{
    m_db = takeOption(args, u"--db"_s);
    m_progress = takeFlag(args, u"--progress"_s);
    if (takeFlag(args, u"--help"_s) || takeFlag(args, u"-h"_s)) {
        m_out << usage();
        return Success;
    }
    if (m_badUsage)
        return BadUsage;
    if (args.isEmpty())
        return usageError(tr("No command given."));
    if (m_db.isEmpty())
        return usageError(tr("--db FILE is required: the database to work on."));
    const QString command = args.takeFirst();
    if (command == u"init")
        return init(args);
    if (command == u"import" || command == u"export") {
        if (args.isEmpty() || args.first() != u"workers")
            return usageError(tr("\"%1\" needs what to %1: %1 workers FILE.").arg(command));
        args.removeFirst();
        return command == u"import" ? importWorkers(args) : exportWorkers(args);
    }
    if (command == u"targets")
        return targets(args);
    if (command == u"demo")
        return demo(args);
    if (command == u"backup")
        return backup(args);
    if (command == u"certify")
        return certify(args);
    if (command == u"round")
        return round(args);
    if (command == u"competition")
        return competition(args);
    if (command == u"due")
        return due(args);
    if (command == u"plan")
        return plan(args);
    if (command == u"certificates")
        return certificates(args);
    if (command == u"verify")
        return verify(args);
    if (command == u"policy")
        return policy(args);
    if (command == u"photo")
        return photo(args);
    if (const auto kind = dataFileNamed(command))
        return dataImport(*kind, command, args);
    if (command == u"parity")
        return parity(args);
    if (command == u"allowances")
        return allowances(args);
    return usageError(tr("Unknown command \"%1\".").arg(command));
}

int CliCommands::init(QStringList &args)
{
    const QString company = takeOption(args, u"--company"_s);
    const QString provinceText = takeOption(args, u"--province"_s);
    if (m_badUsage || !noneLeft(args))
        return BadUsage;
    if (company.isEmpty() || provinceText.isEmpty())
        return usageError(tr("init needs --company NAME and --province PROVINCE."));
    const auto province = Province::parse(provinceText);
    if (!province)
        return usageError(tr("\"%1\" is not a province; write it as 山东, 山东省 or Shandong.")
                              .arg(provinceText));
    const auto connection = openDatabase(Connection::Mode::CreateIfMissing);
    if (!connection)
        return InvalidData;
    if (auto done = CompanyStore::init(connection->db(), company, *province); !done)
        return failure(done.error().userMessage);
    m_out << tr("Created the company %1 (%2) in %3.")
                 .arg(company.trimmed(), province->shortName(), QDir::toNativeSeparators(m_db))
          << '\n';
    return Success;
}

int CliCommands::importWorkers(QStringList &args)
{
    RosterImportOptions options;
    options.skipInvalid = takeFlag(args, u"--skip-invalid"_s);
    options.sheet = takeOption(args, u"--sheet"_s);
    const QString rejectsPath = takeOption(args, u"--rejects"_s);
    if (m_badUsage)
        return BadUsage;
    if (args.size() != 1)
        return usageError(tr("import workers needs exactly one file."));
    if (!rejectsPath.isEmpty() && !options.skipInvalid)
        return usageError(tr("--rejects goes with --skip-invalid."));
    const QString file = args.takeFirst();

    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    if (auto company = CompanyStore::require(connection->db()); !company)
        return failure(company.error().userMessage);
    CliProgress progress(m_err, m_progress);
    const auto report = RosterImport::run(connection->db(), file, options, progress);
    if (!report)
        return failure(report.error().userMessage);

    for (const RowProblem &problem : report->problems)
        m_err << problem.toString() << '\n';
    if (!report->ignoredColumns.isEmpty())
        m_err << tr("Columns not used: %1").arg(report->ignoredColumns.join(u", "_s)) << '\n';
    if (report->hasProblems() && !options.skipInvalid) {
        m_err << tr("%n problem(s) found in %1; nothing was imported. Correct the file and import "
                    "it again, or use --skip-invalid to import the good rows.",
            nullptr, int(report->problems.size()))
                     .arg(QFileInfo(file).fileName())
              << '\n';
        return InvalidData;
    }
    if (!rejectsPath.isEmpty()) {
        if (auto saved = RosterImport::saveRejects(*report, rejectsPath); !saved)
            return failure(saved.error().userMessage);
    }
    m_out << tr("%1 (%2): %3 rows read, %4 created, %5 updated, %6 unchanged, %7 rejected.")
                 .arg(QFileInfo(file).fileName(), report->encoding)
                 .arg(report->rows)
                 .arg(report->created)
                 .arg(report->updated)
                 .arg(report->unchanged)
                 .arg(report->rejectedRows.size())
          << '\n';
    return Success; // with --skip-invalid the rejected rows are reported, not a failure
}

int CliCommands::exportWorkers(QStringList &args)
{
    const QString encodingName = takeOption(args, u"--encoding"_s);
    if (m_badUsage)
        return BadUsage;
    if (args.size() != 1)
        return usageError(tr("export workers needs exactly one output file."));
    const bool excel = RecordSource::isExcel(args.first());
    if (excel && !encodingName.isEmpty())
        return usageError(tr("--encoding is for CSV files; an .xlsx workbook needs none."));
    const auto encoding = CsvWriter::encodingFromName(encodingName);
    if (!encoding)
        return usageError(tr("Unknown encoding \"%1\"; use utf-8 or gbk.").arg(encodingName));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    CliProgress progress(m_err, m_progress);
    const auto written = excel
        ? RosterExport::toXlsx(connection->db(), args.first(), progress)
        : RosterExport::toCsv(connection->db(), args.first(), *encoding, progress);
    if (!written)
        return failure(written.error().userMessage);
    m_out << tr("%n worker(s) written to %1.", nullptr, int(*written))
                 .arg(QDir::toNativeSeparators(args.first()))
          << '\n';
    return Success;
}

int CliCommands::targets(QStringList &args)
{
    const QString asOfText = takeOption(args, u"--as-of"_s);
    const bool json = takeFlag(args, u"--json"_s);
    if (m_badUsage || !noneLeft(args))
        return BadUsage;
    QDate asOf = QDate::currentDate();
    if (!asOfText.isEmpty()) {
        const auto parsed = CellValues::parseDate(asOfText);
        if (!parsed)
            return usageError(tr("--as-of: \"%1\" is not a date; write YYYY-MM-DD.").arg(asOfText));
        asOf = *parsed;
    }
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    const auto report = WorkforceTargets::compute(connection->db(), asOf);
    if (!report)
        return failure(report.error().userMessage);
    if (json)
        m_out << QString::fromUtf8(
            QJsonDocument(TargetReportFormat::toJson(*report)).toJson(QJsonDocument::Indented));
    else
        m_out << TargetReportFormat::toText(*report);
    return Success;
}

int CliCommands::demo(QStringList &args)
{
    const QString workersText = takeOption(args, u"--workers"_s);
    const QString seedText = takeOption(args, u"--seed"_s);
    if (m_badUsage || !noneLeft(args))
        return BadUsage;
    bool ok = false;
    const qint64 workers = workersText.toLongLong(&ok);
    if (!ok || workers < 1)
        return usageError(tr("demo needs --workers N with N ≥ 1."));
    quint64 seed = 1;
    if (!seedText.isEmpty()) {
        seed = seedText.toULongLong(&ok);
        if (!ok)
            return usageError(tr("--seed: \"%1\" is not a whole number.").arg(seedText));
    }
    const auto connection = openDatabase(Connection::Mode::CreateIfMissing);
    if (!connection)
        return InvalidData;
    CliProgress progress(m_err, m_progress);
    const auto written = DemoCompany::fill(connection->db(), workers, seed, progress);
    if (!written)
        return failure(written.error().userMessage);
    if (auto sealed = CertificateStore::setSeal(connection->db(),
            demoSealPng(DemoCompany::companyName(), AppSettings::printFont()), u"demo"_s);
        !sealed)
        return failure(sealed.error().userMessage);
    m_out << tr("Demo company written to %1: %n worker(s).", nullptr, int(*written))
                 .arg(QDir::toNativeSeparators(m_db))
          << '\n';
    return Success;
}

int CliCommands::backup(QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("backup needs exactly one output file."));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    if (auto done = connection->backupTo(args.first()); !done)
        return failure(done.error().userMessage);
    m_out << tr("Backed up to %1.").arg(QDir::toNativeSeparators(args.first())) << '\n';
    return Success;
}

std::unique_ptr<Connection> CliCommands::openDatabase(Connection::Mode mode)
{
    auto connection = Connection::open(m_db, mode);
    if (!connection) {
        failure(connection.error().userMessage);
        return nullptr;
    }
    return std::move(*connection);
}

int CliCommands::usageError(const QString &message)
{
    m_err << message << '\n' << tr("Run skillladder-cli --help for the commands.") << '\n';
    return BadUsage;
}

int CliCommands::failure(const QString &message)
{
    m_err << message << '\n';
    return InvalidData;
}

QString CliCommands::takeOption(QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    if (i < 0)
        return {};
    if (i + 1 >= args.size()) {
        usageError(tr("%1 needs a value.").arg(name));
        m_badUsage = true;
        args.removeAt(i);
        return {};
    }
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

bool CliCommands::takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

bool CliCommands::noneLeft(const QStringList &args)
{
    if (args.isEmpty())
        return true;
    usageError(tr("Unexpected argument \"%1\".").arg(args.first()));
    return false;
}

} // namespace skl
