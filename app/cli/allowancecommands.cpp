#include "app/cli/allowancecommands.h"

#include <QDir>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/domain/figureformat.h"
#include "core/exporting/allowancerunexport.h"
#include "core/reports/monthlyallowances.h"
#include "core/reports/payreport.h"
#include "core/store/allowancerunstore.h"
#include "core/store/allowancestore.h"
#include "core/store/officerstore.h"
#include "core/store/paystore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

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

int AllowanceCommands::dataImport(DataFile kind, const QString &what, CliArguments &args)
{
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 2 || args.first() != u"import")
        return m_cli.usageError(tr("%1 import FILE.csv reads the file.").arg(what));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto allowed = OfficerStore::require(connection->db(), m_cli.officer(),
            kind == DataFile::Rates ? Act::SetAllowanceRates : Act::ImportPayTables);
        !allowed)
        return m_cli.failure(allowed.error());
    const QString file = args.at(1);
    const auto outcome = importDataFile(connection->db(), kind, file, m_cli.officer());
    if (!outcome)
        return m_cli.failure(outcome.error());
    if (!outcome->problems.isEmpty()) {
        for (const RowProblem &problem : outcome->problems)
            m_cli.err() << problem.toString() << '\n';
        return m_cli.failure(
            tr("%n problem(s) in %1; nothing was imported.", nullptr, int(outcome->problems.size()))
                .arg(QDir::toNativeSeparators(file)));
    }
    m_cli.out() << tr("%n row(s) imported from %1.", nullptr, outcome->written)
                       .arg(QDir::toNativeSeparators(file))
                << '\n';
    if (outcome->replaced > 0)
        m_cli.out() << tr("%n row(s) replaced a stored value; the replaced values are kept in "
                          "the history.",
            nullptr, outcome->replaced)
                    << '\n';
    return Success;
}

int AllowanceCommands::parity(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    const QString csv = args.option(u"--csv"_s);
    const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent);
    if (!args.finish() || !asOf)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    // Every worker's pay in a file is an export of pay: payroll's alone.
    if (auto allowed = OfficerStore::require(
            connection->db(), m_cli.officer(), csv.isEmpty() ? Act::ReadPay : Act::ExportPayroll);
        !allowed)
        return m_cli.failure(allowed.error());
    if (!csv.isEmpty()) {
        const auto written = PayReport::workersToCsv(connection->db(), m_cli.officer(), *asOf, csv);
        if (!written)
            return m_cli.failure(written.error());
        m_cli.out() << tr("%n worker(s) written to %1.", nullptr, int(*written))
                           .arg(QDir::toNativeSeparators(csv))
                    << '\n';
        return Success;
    }
    const auto report = PayReport::compute(connection->db(), m_cli.officer(), *asOf);
    if (!report)
        return m_cli.failure(report.error());
    if (asJson)
        m_cli.printJson(PayReport::toJson(*report));
    else
        m_cli.out() << PayReport::toText(*report);
    return Success;
}

int AllowanceCommands::allowances(CliArguments &args)
{
    const QString monthText = args.option(u"--month"_s);
    const QString csv = args.option(u"--csv"_s);
    const QString xlsx = args.option(u"--xlsx"_s);
    const bool asJson = args.flag(u"--json"_s);
    const bool confirmEmpty = args.flag(u"--confirm-empty"_s);
    const QString reason = args.option(u"--reason"_s);
    if (args.hasErrors())
        return BadUsage;
    const QString verb = args.isEmpty() ? QString() : args.takeFirst();
    if (!reason.isEmpty() && verb != u"reopen")
        return m_cli.usageError(tr("--reason belongs to \"allowances reopen\"."));
    if (confirmEmpty && verb != u"approve")
        return m_cli.usageError(tr("--confirm-empty belongs to \"allowances approve\"."));
    const QDate month = QDate::fromString(monthText + u"-01"_s, Qt::ISODate);

    // The command line is checked first (exit 2), then the officer's roles before any lookup
    // (exit 3, whatever the state of the month).
    qint64 firstRun = 0;
    qint64 secondRun = 0;
    const bool diffOfMonth = verb == u"diff" && args.isEmpty() && month.isValid();
    if (verb == u"diff") {
        if (!diffOfMonth
            && (args.size() != 2 || (firstRun = args.at(0).toLongLong()) <= 0
                || (secondRun = args.at(1).toLongLong()) <= 0))
            return m_cli.usageError(tr("allowances diff RUN RUN compares two runs; allowances "
                                       "diff --month YYYY-MM compares a correction run with the "
                                       "approved run it corrects."));
    } else {
        if (!month.isValid())
            return m_cli.usageError(tr("--month YYYY-MM is required."));
        if (!args.noneLeft() && verb != u"approve")
            return BadUsage;
        if (!verb.isEmpty() && verb != u"approve" && verb != u"reopen")
            return m_cli.usageError(tr("Unknown allowances command \"%1\".").arg(verb));
        if (verb == u"reopen" && reason.trimmed().isEmpty())
            return m_cli.usageError(
                tr("allowances reopen --month YYYY-MM --reason TEXT: the reason is required."));
    }
    const bool exports = !csv.isEmpty() || !xlsx.isEmpty();
    const Act act = verb == u"approve" ? Act::ApproveAllowances
        : verb == u"reopen"            ? Act::ReopenAllowances
        : verb.isEmpty() && exports    ? Act::ExportPayroll
                                       : Act::ReadPay;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    const Officer &officer = m_cli.officer();
    if (auto allowed = OfficerStore::require(db, officer, act); !allowed)
        return m_cli.failure(allowed.error());

    if (verb == u"diff") {
        if (diffOfMonth) {
            // A reopened month: its correction run against the approved run it corrects.
            const auto current = AllowanceRunStore::current(db, month);
            if (!current)
                return m_cli.failure(current.error());
            if (!*current || !(*current)->corrects)
                return m_cli.failure(
                    tr("%1 has no correction run: reopen the month and compute it again first.")
                        .arg(monthText));
            firstRun = (*current)->corrects;
            secondRun = (*current)->id;
            m_cli.out() << tr("Correction run %1 against the approved run %2 of %3:")
                               .arg(secondRun)
                               .arg(firstRun)
                               .arg(monthText)
                        << '\n';
        }
        const auto differences = AllowanceRunStore::diff(db, officer, firstRun, secondRun);
        if (!differences)
            return m_cli.failure(differences.error());
        for (const AllowanceDifference &d : *differences)
            m_cli.out() << d.employeeNo << '\t' << d.name << '\t'
                        << FigureFormat::amount(d.before.total()) << " → "
                        << FigureFormat::amount(d.after.total()) << '\n';
        m_cli.out() << tr("%n worker(s) differ.", nullptr, int(differences->size())) << '\n';
        return Success;
    }
    if (verb == u"reopen") {
        const auto reopened = AllowanceRunStore::reopen(db, month, officer, reason);
        if (!reopened)
            return m_cli.failure(reopened.error());
        m_cli.out() << tr("Reopened %1: approved run %2 is kept as it was; compute the month "
                          "again for a correction run, compare it with \"allowances diff --month "
                          "%1\" and approve it to lock the month again.")
                           .arg(monthText)
                           .arg(*reopened)
                    << '\n';
        return Success;
    }
    if (verb == u"approve") {
        const auto current = AllowanceRunStore::current(db, month);
        if (!current)
            return m_cli.failure(current.error());
        if (!*current)
            return m_cli.failure(tr("%1 has no allowance run to approve.").arg(monthText));
        // The officer who computed the run is refused by approve() whatever the run pays;
        // anyone else learns first how to approve a run that pays nothing.
        if (const auto empty = AllowanceRunStore::emptyReason(**current);
            empty && !confirmEmpty && !AllowanceRunStore::computedBy(**current, officer))
            return m_cli.failure(
                tr("%1 Nothing was approved; give --confirm-empty to approve it all the same.")
                    .arg(*empty));
        if (auto done
            = AllowanceRunStore::approve(db, (*current)->id, month, officer, QDate::currentDate(),
                confirmEmpty ? AllowanceRunStore::EmptyRun::Confirmed
                             : AllowanceRunStore::EmptyRun::Refuse);
            !done)
            return m_cli.failure(done.error());
        m_cli.out() << tr("Approved run %1: the allowances of %2 are locked.")
                           .arg((*current)->id)
                           .arg(monthText)
                    << '\n';
        return Success;
    }

    // A locked month shows its approved run; otherwise the month is computed afresh and saved.
    auto current = AllowanceRunStore::current(db, month);
    if (!current)
        return m_cli.failure(current.error());
    // An officer who may read pay but not compute it (an approver) is shown the draft run as it
    // stands, to decide on it; only a month with no run at all needs computing first.
    const bool shownAsIs = *current && !officer.may(Act::ComputeAllowances);
    if (!shownAsIs && (!*current || !(*current)->approved || (*current)->reopened)) {
        NullProgress progress;
        const auto run = MonthlyAllowances::computeAndSave(db, month, officer, progress);
        if (!run)
            return m_cli.failure(run.error());
        current = AllowanceRunStore::current(db, month);
        if (!current || !*current)
            return m_cli.failure(tr("The allowance run could not be read back."));
    }
    const AllowanceRunInfo &info = **current;
    if (exports) {
        // Audited in core: who, which month, how many rows, which file.
        const auto written = csv.isEmpty()
            ? AllowanceRunExport::write(
                db, officer, info.id, xlsx, AllowanceRunExport::Format::Xlsx)
            : AllowanceRunExport::write(db, officer, info.id, csv, AllowanceRunExport::Format::Csv);
        if (!written)
            return m_cli.failure(written.error());
    }
    if (asJson) {
        // Streamed by hand: half a million workers are usual at a million employees.
        m_cli.out() << "{\n    \"month\": \"" << monthText << "\",\n    \"run\": " << info.id
                    << ",\n    \"status\": \"" << (info.approved ? "approved" : "draft")
                    << "\",\n    \"total_fen\": " << info.total.fen() << ",\n    \"workers\": [";
        bool first = true;
        const Status listed = AllowanceRunStore::forEachLine(
            db, officer, info.id, [&](const QString &employeeNo, const AllowanceAmounts &a) {
                m_cli.out() << (first ? "\n        " : ",\n        ")
                            << "{\"employee_no\": " << jsonString(employeeNo)
                            << ", \"skill_fen\": " << a.skill.fen()
                            << ", \"team_leader_fen\": " << a.teamLeader.fen()
                            << ", \"mentoring_fen\": " << a.mentoring.fen()
                            << ", \"total_fen\": " << a.total().fen() << '}';
                first = false;
            });
        if (!listed)
            return m_cli.failure(listed.error());
        m_cli.out() << "\n    ]\n}\n";
        return Success;
    }
    m_cli.out() << tr(
        "Allowances of %1, run %2 (%3): %n worker(s), %4 yuan.", nullptr, int(info.workers))
                       .arg(monthText)
                       .arg(info.id)
                       .arg(info.approved      ? tr("approved, locked")
                               : info.corrects ? tr("draft correcting run %1").arg(info.corrects)
                                               : tr("draft"),
                           FigureFormat::amount(info.total))
                << '\n';
    return Success;
}

} // namespace skl
