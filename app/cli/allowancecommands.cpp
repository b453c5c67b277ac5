// The allowance commands of skillladder-cli (issue #6): rates, roles, mentorships, allowances.
#include <QDir>
#include <QJsonDocument>

#include "app/cli/clicommands.h"
#include "core/importing/datafiles.h"
#include "core/reports/allowancerun.h"
#include "core/reports/payreport.h"
#include "core/store/allowancestore.h"
#include "core/store/connection.h"
#include "core/store/paystore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // A JSON string literal: quotes, backslashes and control characters escaped.
    QString jsonString(const QString &text)
    {
        QString out = u"\""_s;
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            if (c.unicode() < 0x20)
                out += u"\\u%1"_s.arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
        return out + u'"';
    }

} // namespace

int CliCommands::dataImport(DataFile kind, const QString &what, QStringList &args)
{
    const QString actor = takeActor(args);
    if (m_badUsage)
        return BadUsage;
    if (args.size() != 2 || args.first() != u"import")
        return usageError(tr("%1 import FILE.csv reads the file.").arg(what));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    const QString file = args.at(1);
    const auto outcome = importDataFile(connection->db(), kind, file, actor);
    if (!outcome)
        return failure(outcome.error().userMessage);
    if (!outcome->problems.isEmpty()) {
        for (const RowProblem &problem : outcome->problems)
            m_err << problem.toString() << '\n';
        return failure(
            tr("%n problem(s) in %1; nothing was imported.", nullptr, int(outcome->problems.size()))
                .arg(QDir::toNativeSeparators(file)));
    }
    m_out << tr("%n row(s) imported from %1.", nullptr, outcome->written)
                 .arg(QDir::toNativeSeparators(file))
          << '\n';
    return Success;
}

int CliCommands::parity(QStringList &args)
{
    const bool asJson = takeFlag(args, u"--json"_s);
    const QString csv = takeOption(args, u"--csv"_s);
    const auto asOf = takeDate(args, u"--as-of"_s, false);
    if (m_badUsage || !noneLeft(args) || !asOf)
        return BadUsage;
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    if (!csv.isEmpty()) {
        const auto written = PayReport::workersToCsv(connection->db(), *asOf, csv);
        if (!written)
            return failure(written.error().userMessage);
        m_out << tr("%n worker(s) written to %1.", nullptr, int(*written))
                     .arg(QDir::toNativeSeparators(csv))
              << '\n';
        return Success;
    }
    const auto report = PayReport::compute(connection->db(), *asOf);
    if (!report)
        return failure(report.error().userMessage);
    if (asJson)
        m_out << QString::fromUtf8(
            QJsonDocument(PayReport::toJson(*report)).toJson(QJsonDocument::Indented));
    else
        m_out << PayReport::toText(*report);
    return Success;
}

int CliCommands::allowances(QStringList &args)
{
    const QString actor = takeActor(args);
    const QString monthText = takeOption(args, u"--month"_s);
    const QString csv = takeOption(args, u"--csv"_s);
    const QString xlsx = takeOption(args, u"--xlsx"_s);
    const bool asJson = takeFlag(args, u"--json"_s);
    if (m_badUsage)
        return BadUsage;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    const QDate month = QDate::fromString(monthText + u"-01"_s, Qt::ISODate);
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    QSqlDatabase &db = connection->db();

    if (verb == u"diff") {
        qint64 first = 0;
        qint64 second = 0;
        if (args.size() != 2 || (first = args[0].toLongLong()) <= 0
            || (second = args[1].toLongLong()) <= 0)
            return usageError(tr("allowances diff RUN RUN compares two runs."));
        const auto differences = AllowanceRun::diff(db, first, second);
        if (!differences)
            return failure(differences.error().userMessage);
        for (const AllowanceDifference &d : *differences)
            m_out << d.employeeNo << '\t' << d.name << '\t' << AllowanceRun::yuan(d.before.total())
                  << " → " << AllowanceRun::yuan(d.after.total()) << '\n';
        m_out << tr("%n worker(s) differ.", nullptr, int(differences->size())) << '\n';
        return Success;
    }
    if (!month.isValid())
        return usageError(tr("--month YYYY-MM is required."));
    if (!noneLeft(args) && verb != u"approve")
        return BadUsage;
    if (verb == u"approve") {
        const auto current = AllowanceRun::current(db, month);
        if (!current)
            return failure(current.error().userMessage);
        if (!*current)
            return failure(tr("%1 has no allowance run to approve.").arg(monthText));
        if (auto done = AllowanceRun::approve(db, (*current)->id, actor); !done)
            return failure(done.error().userMessage);
        m_out << tr("Approved run %1: the allowances of %2 are locked.")
                     .arg((*current)->id)
                     .arg(monthText)
              << '\n';
        return Success;
    }
    if (!verb.isEmpty())
        return usageError(tr("Unknown allowances command \"%1\".").arg(verb));

    // A locked month shows its approved run; otherwise the month is computed afresh and saved.
    auto current = AllowanceRun::current(db, month);
    if (!current)
        return failure(current.error().userMessage);
    if (!*current || !(*current)->approved) {
        NullProgress progress;
        const auto run = AllowanceRun::run(db, month, actor, progress);
        if (!run)
            return failure(run.error().userMessage);
        current = AllowanceRun::current(db, month);
        if (!current || !*current)
            return failure(tr("The allowance run could not be read back."));
    }
    const AllowanceRunInfo &info = **current;
    if (!csv.isEmpty() || !xlsx.isEmpty()) {
        const auto lines = AllowanceRun::lines(db, info.id);
        if (!lines)
            return failure(lines.error().userMessage);
        const Status written = csv.isEmpty() ? AllowanceRun::toXlsx(*lines, month, xlsx)
                                             : AllowanceRun::toCsv(*lines, csv);
        if (!written)
            return failure(written.error().userMessage);
    }
    if (asJson) {
        // Streamed by hand: half a million workers are usual at a million employees.
        m_out << "{\n    \"month\": \"" << monthText << "\",\n    \"run\": " << info.id
              << ",\n    \"status\": \"" << (info.approved ? "approved" : "draft")
              << "\",\n    \"total_fen\": " << info.totalFen << ",\n    \"workers\": [";
        bool first = true;
        const Status listed = AllowanceRun::forEachLine(
            db, info.id, [&](const QString &employeeNo, const AllowanceAmounts &a) {
                m_out << (first ? "\n        " : ",\n        ")
                      << "{\"employee_no\": " << jsonString(employeeNo)
                      << ", \"skill_fen\": " << a.skill << ", \"team_leader_fen\": " << a.teamLeader
                      << ", \"mentoring_fen\": " << a.mentoring << ", \"total_fen\": " << a.total()
                      << '}';
                first = false;
            });
        if (!listed)
            return failure(listed.error().userMessage);
        m_out << "\n    ]\n}\n";
        return Success;
    }
    m_out << tr("Allowances of %1, run %2 (%3): %n worker(s), %4 yuan.", nullptr, int(info.workers))
                 .arg(monthText)
                 .arg(info.id)
                 .arg(info.approved ? tr("approved, locked") : tr("draft"),
                     AllowanceRun::yuan(info.totalFen))
          << '\n';
    return Success;
}

} // namespace skl
