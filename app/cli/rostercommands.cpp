#include "app/cli/rostercommands.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "app/cli/passwordprompt.h"
#include "core/common/appsettings.h"
#include "core/demo/democompany.h"
#include "core/demo/demoofficers.h"
#include "core/domain/cellvalues.h"
#include "core/exporting/csvwriter.h"
#include "core/exporting/importtemplate.h"
#include "core/exporting/rosterexport.h"
#include "core/importing/recordsource.h"
#include "core/importing/rosterimport.h"
#include "core/printing/demoseal.h"
#include "core/reports/targetreportformat.h"
#include "core/reports/workforcetargets.h"
#include "core/store/backupstore.h"
#include "core/store/certificatestore.h"
#include "core/store/companystore.h"
#include "core/store/companytransfer.h"
#include "core/store/officerstore.h"
#include "core/store/serveraddress.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

int RosterCommands::init(CliArguments &args)
{
    if (const QString from = args.option(u"--from"_s); !from.isEmpty())
        return initFrom(from, args);
    const QString company = args.option(u"--company"_s);
    const QString provinceText = args.option(u"--province"_s);
    NewOfficer admin { args.option(u"--admin"_s), args.option(u"--display"_s), {}, {}, {} };
    if (!args.finish())
        return BadUsage;
    if (company.isEmpty() || provinceText.isEmpty() || admin.login.isEmpty())
        return m_cli.usageError(
            tr("init needs --company NAME, --province PROVINCE and --admin NAME."));
    const auto province = Province::parse(provinceText);
    if (!province)
        return m_cli.usageError(
            tr("\"%1\" is not a province; write it as 山东, 山东省 or Shandong.")
                .arg(provinceText));
    if (auto ok = OfficerStore::acceptableLogin(admin.login); !ok)
        return m_cli.usageError(ok.error().userMessage);
    const auto password = m_cli.newPassword(admin.login);
    if (!password)
        return BadUsage;
    admin.password = *password;
    const auto connection = m_cli.openDatabase(Connection::Mode::CreateIfMissing);
    if (!connection)
        return m_cli.openFailure();
    if (auto done = CompanyStore::init(connection->db(), company, *province, admin); !done)
        return m_cli.failure(done.error());
    // A server's URL keeps its slashes on Windows too.
    const QString where = ServerAddress::isServer(m_cli.databasePath())
        ? m_cli.databasePath()
        : QDir::toNativeSeparators(m_cli.databasePath());
    m_cli.out() << tr("Created the company %1 (%2) in %3; its administrator is %4.")
                       .arg(company.trimmed(), province->shortName(), where, admin.login.trimmed())
                << '\n';
    return Success;
}

int RosterCommands::initFrom(const QString &file, CliArguments &args)
{
    const QString adminLogin = args.option(u"--admin"_s);
    if (!args.finish())
        return BadUsage;
    if (adminLogin.isEmpty())
        return m_cli.usageError(tr("init --from FILE needs --admin NAME: an administrator of the "
                                   "file, who becomes the server's first."));
    if (!ServerAddress::isServer(m_cli.databasePath()))
        return m_cli.usageError(tr("init --from moves a company file onto a server: --db must be "
                                   "postgresql://SERVER[:PORT]/DATABASE."));
    auto source = Connection::open(file, Connection::Mode::MustExist);
    if (!source)
        return m_cli.failure(source.error());
    const auto admin = OfficerStore::load((*source)->db(), adminLogin);
    if (!admin)
        return m_cli.failure(admin.error());
    if (!admin->roles.has(Role::Admin))
        return m_cli.failure(Error { tr("%1 is not an administrator of %2: name one of the "
                                        "file's administrators with --admin.")
                                         .arg(adminLogin, QDir::toNativeSeparators(file)),
            {}, Error::Kind::Refused });
    const auto password = m_cli.newPassword(admin->login);
    if (!password)
        return BadUsage;
    const auto server = m_cli.openDatabase(Connection::Mode::CreateIfMissing);
    if (!server)
        return m_cli.openFailure();
    CliProgress progress(m_cli);
    const auto moved
        = CompanyTransfer::copy((*source)->db(), *admin, *password, server->db(), progress);
    if (!moved)
        return m_cli.failure(moved.error());
    m_cli.out() << tr("Moved %1 onto %2: %3 tables, %4 rows, %5 workers; the audit trail's %6 "
                      "events verified, last seal %7. %8 logs in with the new password; every "
                      "other officer needs one from an administrator (user passwd).")
                       .arg(QDir::toNativeSeparators(file), m_cli.databasePath())
                       .arg(moved->tables)
                       .arg(moved->rows)
                       .arg(moved->workers)
                       .arg(moved->events)
                       .arg(moved->lastHash, admin->login)
                << '\n';
    return Success;
}

int RosterCommands::transfer(const QString &command, CliArguments &args)
{
    if (args.isEmpty() || args.first() != u"workers")
        return m_cli.usageError(tr("\"%1\" needs what to %1: %1 workers FILE.").arg(command));
    args.takeFirst();
    return command == u"import" ? importWorkers(args) : exportWorkers(args);
}

int RosterCommands::importWorkers(CliArguments &args)
{
    RosterImportOptions options;
    options.skipInvalid = args.flag(u"--skip-invalid"_s);
    options.sheet = args.option(u"--sheet"_s);
    const QString rejectsPath = args.option(u"--rejects"_s);
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("import workers needs exactly one file."));
    if (!rejectsPath.isEmpty() && !options.skipInvalid)
        return m_cli.usageError(tr("--rejects goes with --skip-invalid."));
    const QString file = args.takeFirst();

    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto allowed = OfficerStore::require(connection->db(), m_cli.officer(), Act::ImportRoster);
        !allowed)
        return m_cli.failure(allowed.error());
    if (auto company = CompanyStore::require(connection->db()); !company)
        return m_cli.failure(company.error());
    CliProgress progress(m_cli);
    const auto report
        = RosterImport::run(connection->db(), m_cli.officer(), file, options, progress);
    if (!report)
        return m_cli.failure(report.error());

    QTextStream &err = m_cli.err();
    for (const RowProblem &problem : report->problems)
        err << problem.toString() << '\n';
    if (!report->ignoredColumns.isEmpty())
        err << tr("Columns not used: %1").arg(report->ignoredColumns.join(u", "_s)) << '\n';
    if (report->hasProblems() && !options.skipInvalid) {
        err << tr("%n problem(s) found in %1; nothing was imported. Correct the file and import "
                  "it again, or use --skip-invalid to import the good rows.",
            nullptr, int(report->problems.size()))
                   .arg(QFileInfo(file).fileName())
            << '\n';
        return InvalidData;
    }
    if (!rejectsPath.isEmpty()) {
        if (auto saved = RosterImport::saveRejects(*report, rejectsPath); !saved)
            return m_cli.failure(saved.error().userMessage);
    }
    m_cli.out() << tr("%1 (%2): %3 rows read, %4 created, %5 updated, %6 unchanged, %7 rejected.")
                       .arg(QFileInfo(file).fileName(), report->encoding)
                       .arg(report->rows)
                       .arg(report->created)
                       .arg(report->updated)
                       .arg(report->unchanged)
                       .arg(report->rejectedRows.size())
                << '\n';
    // A grade of a known worker is never written by an import (issue 13): it waits for an
    // approver as a proposed certification.
    m_cli.out() << tr("%n grade(s) of existing workers proposed for certification, awaiting an "
                      "approver.",
        nullptr, report->proposed)
                << '\n';
    return Success; // with --skip-invalid the rejected rows are reported, not a failure
}

int RosterCommands::importTemplate(CliArguments &args)
{
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 2)
        return m_cli.usageError(tr("template needs a kind (workers, rates, roles, mentorships, "
                                   "paybands, pay or wages) and an output .xlsx file."));
    const QString kindName = args.takeFirst();
    const auto kind = ImportTemplate::fromKey(kindName);
    if (!kind) {
        QStringList known;
        for (ImportTemplate::Kind k : ImportTemplate::kinds())
            known += ImportTemplate::key(k);
        return m_cli.usageError(
            tr("Unknown template \"%1\"; use one of: %2.").arg(kindName, known.join(u", "_s)));
    }
    const QString path = args.takeFirst();
    if (!RecordSource::isExcel(path))
        return m_cli.usageError(tr("An import template is an Excel workbook: name it .xlsx."));
    if (auto written = ImportTemplate::write(*kind, path); !written)
        return m_cli.failure(written.error());
    m_cli.out() << tr("Wrote the import template %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return Success;
}

int RosterCommands::exportWorkers(CliArguments &args)
{
    const QString encodingName = args.option(u"--encoding"_s);
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("export workers needs exactly one output file."));
    const QString path = args.first();
    const bool excel = RecordSource::isExcel(path);
    if (excel && !encodingName.isEmpty())
        return m_cli.usageError(tr("--encoding is for CSV files; an .xlsx workbook needs none."));
    const auto encoding = CsvWriter::encodingFromName(encodingName);
    if (!encoding)
        return m_cli.usageError(tr("Unknown encoding \"%1\"; use utf-8 or gbk.").arg(encodingName));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    // The export checks the act itself, first, so that a refused export is audited too.
    CliProgress progress(m_cli);
    const Officer &by = m_cli.officer();
    const auto written = excel
        ? RosterExport::toXlsx(connection->db(), by, path, progress)
        : RosterExport::toCsv(connection->db(), by, path, *encoding, progress);
    if (!written)
        return m_cli.failure(written.error());
    m_cli.out() << tr("%n worker(s) written to %1.", nullptr, int(*written))
                       .arg(QDir::toNativeSeparators(path))
                << '\n';
    return Success;
}

int RosterCommands::targets(CliArguments &args)
{
    const QString asOfText = args.option(u"--as-of"_s);
    const bool json = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    QDate asOf = QDate::currentDate();
    if (!asOfText.isEmpty()) {
        const auto parsed = CellValues::parseDate(asOfText);
        if (!parsed)
            return m_cli.usageError(
                tr("--as-of: \"%1\" is not a date; write YYYY-MM-DD.").arg(asOfText));
        asOf = *parsed;
    }
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    // compute checks the act first, as every core operation does.
    const auto report = WorkforceTargets::compute(connection->db(), m_cli.officer(), asOf);
    if (!report)
        return m_cli.failure(report.error());
    if (json)
        m_cli.printJson(TargetReportFormat::toJson(*report));
    else
        m_cli.out() << TargetReportFormat::toText(*report);
    return Success;
}

int RosterCommands::demo(CliArguments &args)
{
    const QString workersText = args.option(u"--workers"_s);
    const QString seedText = args.option(u"--seed"_s);
    NewOfficer admin { args.option(u"--admin"_s), args.option(u"--display"_s), {}, {}, {} };
    if (!args.finish())
        return BadUsage;
    if (admin.login.isEmpty())
        return m_cli.usageError(tr("demo needs --admin NAME: the demo company's administrator."));
    if (auto ok = OfficerStore::acceptableLogin(admin.login); !ok)
        return m_cli.usageError(ok.error().userMessage);
    bool ok = false;
    const qint64 workers = workersText.toLongLong(&ok);
    if (!ok || workers < 1)
        return m_cli.usageError(tr("demo needs --workers N with N ≥ 1."));
    quint64 seed = 1;
    if (!seedText.isEmpty()) {
        seed = seedText.toULongLong(&ok);
        if (!ok)
            return m_cli.usageError(tr("--seed: \"%1\" is not a whole number.").arg(seedText));
    }
    const auto password = m_cli.newPassword(admin.login);
    if (!password)
        return BadUsage;
    admin.password = *password;
    const auto connection = m_cli.openDatabase(Connection::Mode::CreateIfMissing);
    if (!connection)
        return m_cli.openFailure();
    CliProgress progress(m_cli);
    const auto written = DemoCompany::fill(connection->db(), workers, seed, admin, progress);
    if (!written)
        return m_cli.failure(written.error());
    // The seal is a company setting: the demo's admin sets it (issue 13).
    const auto demoAdmin = OfficerStore::load(connection->db(), admin.login);
    if (!demoAdmin)
        return m_cli.failure(demoAdmin.error());
    if (auto sealed = CertificateStore::setSeal(connection->db(),
            demoSealPng(DemoCompany::companyName(), AppSettings::printFont()), *demoAdmin);
        !sealed)
        return m_cli.failure(sealed.error());
    m_cli.out() << tr("Demo company written to %1: %n worker(s).", nullptr, int(*written))
                       .arg(QDir::toNativeSeparators(m_cli.databasePath()))
                << '\n'
                << tr("Its administrator is %1. Sample officers, password %2: %3.")
                       .arg(admin.login.trimmed(), DemoOfficers::password(),
                           DemoOfficers::sampleList())
                << '\n';
    return Success;
}

int RosterCommands::adopt(CliArguments &args)
{
    NewOfficer admin { args.option(u"--admin"_s), args.option(u"--display"_s), {}, {}, {} };
    if (!args.finish())
        return BadUsage;
    if (admin.login.isEmpty())
        return m_cli.usageError(tr("adopt needs --admin NAME: the first administrator."));
    if (auto ok = OfficerStore::acceptableLogin(admin.login); !ok)
        return m_cli.usageError(ok.error().userMessage);
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto company = CompanyStore::require(connection->db()); !company)
        return m_cli.failure(company.error());
    const auto any = OfficerStore::any(connection->db());
    if (!any)
        return m_cli.failure(any.error());
    if (*any)
        return m_cli.failure(Error { tr("This company already has officers; an administrator "
                                        "adds new ones."),
            {}, Error::Kind::Refused });
    const auto password = m_cli.newPassword(admin.login);
    if (!password)
        return BadUsage;
    admin.password = *password;
    const auto first = OfficerStore::createFirst(connection->db(), admin);
    if (!first)
        return m_cli.failure(first.error());
    m_cli.out()
        << tr("%1 is now the administrator of this company, holding every role.").arg(first->login)
        << '\n';
    return Success;
}

int RosterCommands::backup(CliArguments &args)
{
    if (args.size() != 1)
        return m_cli.usageError(tr("backup needs exactly one output file."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto allowed = OfficerStore::require(connection->db(), m_cli.officer(), Act::Backup);
        !allowed)
        return m_cli.failure(allowed.error());
    if (auto done = BackupStore::backUp(connection->db(), m_cli.officer(), args.first()); !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("Backed up to %1.").arg(QDir::toNativeSeparators(args.first())) << '\n';
    return Success;
}

bool RosterCommands::currentDatabaseOpens() const
{
    if (!QFileInfo::exists(m_cli.databasePath()))
        return false;
    return Connection::open(m_cli.databasePath(), Connection::Mode::MustExist).ok();
}

int RosterCommands::restore(CliArguments &args)
{
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("restore needs exactly one backup file."));
    if (auto file = BackupStore::fileOnly(m_cli.databasePath()); !file)
        return m_cli.failure(file.error());
    const QString backup = args.first();
    // restore logs in like every other command. A database that cannot be opened (the usual
    // reason to restore) cannot check a login: then an administrator the backup knows logs in
    // to the backup instead (issue 13).
    Officer by;
    if (currentDatabaseOpens()) {
        auto connection = m_cli.openDatabase();
        if (!connection)
            return m_cli.openFailure();
        if (auto allowed = OfficerStore::require(connection->db(), m_cli.officer(), Act::Restore);
            !allowed)
            return m_cli.failure(allowed.error());
        by = m_cli.officer();
        connection.reset(); // a restore needs the database closed everywhere
    } else {
        if (m_cli.user().isEmpty())
            return m_cli.usageError(tr("--user NAME is required: the officer who acts."));
        QString password = qEnvironmentVariable("SKL_PASSWORD");
        if (!qEnvironmentVariableIsSet("SKL_PASSWORD")) {
            const auto typed
                = promptPassword(tr("Password for %1 in the backup: ").arg(m_cli.user()));
            if (!typed)
                return m_cli.usageError(tr("No password: set SKL_PASSWORD, or run the command "
                                           "at a terminal to be asked."));
            password = *typed;
        }
        const auto officer = BackupStore::officerOfBackup(backup, m_cli.user(), password);
        if (!officer)
            return m_cli.failure(officer.error());
        by = *officer;
    }
    const auto restored = BackupStore::restore(m_cli.databasePath(), backup, by);
    if (!restored)
        return m_cli.failure(restored.error());
    const BackupInfo *info = &restored->backup;
    const QString *replaced = &restored->replaced;
    const QString from = QDir::toNativeSeparators(backup);
    const QString company = info->company.isEmpty() ? tr("no company yet") : info->company;
    if (replaced->isEmpty())
        m_cli.out() << tr("Restored %1 from %2 (%3, written %4).")
                           .arg(QDir::toNativeSeparators(m_cli.databasePath()), from, company,
                               QLocale().toString(info->written, QLocale::ShortFormat))
                    << '\n';
    else
        m_cli.out() << tr("Restored %1 from %2 (%3, written %4); the replaced database was kept as "
                          "%5.")
                           .arg(QDir::toNativeSeparators(m_cli.databasePath()), from, company,
                               QLocale().toString(info->written, QLocale::ShortFormat),
                               QDir::toNativeSeparators(*replaced))
                    << '\n';
    return Success;
}

} // namespace skl
