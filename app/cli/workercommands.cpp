#include "app/cli/workercommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/domain/cellvalues.h"
#include "core/domain/rostercolumns.h"
#include "core/importing/rosterrow.h"
#include "core/store/workeredits.h"
#include "core/store/workerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    // The options of "worker add", one per roster column: the cells a roster row would hold.
    struct AddOption
    {
        RosterField field;
        const char16_t *name;
    };
    constexpr AddOption kAddOptions[] = {
        { RosterField::EmployeeNo, u"--employee" },
        { RosterField::Name, u"--name" },
        { RosterField::Gender, u"--gender" },
        { RosterField::IdNumber, u"--id" },
        { RosterField::BirthDate, u"--birth" },
        { RosterField::HireDate, u"--hire" },
        { RosterField::Site, u"--site" },
        { RosterField::Province, u"--province" },
        { RosterField::Workshop, u"--workshop" },
        { RosterField::Occupation, u"--occupation" },
        { RosterField::Grade, u"--grade" },
        { RosterField::GradeDate, u"--grade-date" },
    };

} // namespace

int WorkerCommands::worker(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(tr("worker needs add, leave, move or delete."));
    const QString verb = args.takeFirst();
    if (verb == u"add")
        return add(args);
    if (verb == u"leave")
        return leave(args);
    if (verb == u"move")
        return move(args);
    if (verb == u"delete")
        return remove(args);
    return m_cli.usageError(tr("Unknown worker command \"%1\".").arg(verb));
}

int WorkerCommands::add(CliArguments &args)
{
    QStringList cells(kRosterFieldCount);
    for (const AddOption &option : kAddOptions)
        cells[int(option.field)] = args.option(QString::fromUtf16(option.name));
    cells[int(RosterField::Frontline)] = CellValues::formatYesNo(args.flag(u"--frontline"_s));
    cells[int(RosterField::TeamLeader)] = CellValues::formatYesNo(args.flag(u"--team-leader"_s));
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    if (cells[int(RosterField::EmployeeNo)].isEmpty() || cells[int(RosterField::Name)].isEmpty()
        || cells[int(RosterField::HireDate)].isEmpty())
        return m_cli.usageError(
            tr("worker add needs --employee NO, --name NAME and --hire YYYY-MM-DD."));
    RowProblems problems;
    const WorkerRecord record = RosterRow::parseFields(cells, problems);
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    WorkerEdits edits(connection->db());
    if (problems.isEmpty()) {
        const auto added = edits.add(m_cli.officer(), record);
        if (!added)
            return m_cli.failure(added.error());
        problems = added->problems;
        if (problems.isEmpty()) {
            if (asJson)
                m_cli.printJson(QJsonObject {
                    { u"employee_no"_s, record.employeeNo }, { u"worker_id"_s, added->workerId } });
            else
                m_cli.out() << tr("Added employee %1 %2.").arg(record.employeeNo, record.name)
                            << '\n';
            return Success;
        }
    }
    for (const RowProblem &p : std::as_const(problems))
        m_cli.err() << tr("%1: %2").arg(RosterColumns::labelForKey(p.field), p.reason) << '\n';
    m_cli.err() << tr("Nothing was written.") << '\n';
    return InvalidData;
}

int WorkerCommands::leave(CliArguments &args)
{
    const auto date = args.date(u"--date"_s, CliArguments::DateRule::Required);
    const QString reason = args.option(u"--reason"_s);
    const bool asJson = args.flag(u"--json"_s);
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1 || reason.trimmed().isEmpty())
        return m_cli.usageError(tr("worker leave needs one employee number, --date YYYY-MM-DD "
                                   "(the first day out of service) and --reason TEXT."));
    const QString employeeNo = args.takeFirst();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    WorkerEdits edits(connection->db());
    const auto id = edits.idOf(employeeNo);
    if (!id)
        return m_cli.failure(id.error());
    if (const Status done = edits.recordLeaving(m_cli.officer(), *id, *date, reason); !done)
        return m_cli.failure(done.error());
    if (asJson)
        m_cli.printJson(QJsonObject { { u"employee_no"_s, employeeNo },
            { u"leave_date"_s, CellValues::formatDate(*date) },
            { u"reason"_s, reason.trimmed() } });
    else
        m_cli.out() << tr("Employee %1 leaves; first day out of service %2.")
                           .arg(employeeNo, CellValues::formatDate(*date))
                    << '\n';
    return Success;
}

int WorkerCommands::move(CliArguments &args)
{
    const QString workshopName = args.option(u"--workshop"_s);
    const QString siteName = args.option(u"--site"_s);
    const QString occupationName = args.option(u"--occupation"_s);
    const bool asJson = args.flag(u"--json"_s);
    if (args.hasErrors())
        return BadUsage;
    if (args.isEmpty() || (workshopName.isEmpty() && occupationName.isEmpty()))
        return m_cli.usageError(tr("worker move needs employee numbers and --workshop W [--site "
                                   "S] and/or --occupation O."));
    const QStringList employeeNumbers = args.rest();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    WorkerStore units(connection->db());
    WorkerEdits::Move to;
    if (!workshopName.isEmpty()) {
        const auto sites = units.sites();
        const auto workshops = units.workshops();
        if (!sites)
            return m_cli.failure(sites.error());
        if (!workshops)
            return m_cli.failure(workshops.error());
        std::optional<qint64> siteId;
        for (const NamedUnit &site : *sites)
            if (site.name == siteName)
                siteId = site.id;
        if (!siteName.isEmpty() && !siteId)
            return m_cli.failure(tr("There is no site %1.").arg(siteName));
        QList<qint64> matches;
        for (const NamedUnit &unit : *workshops)
            if (unit.name == workshopName && (!siteId || unit.siteId == *siteId))
                matches += unit.id;
        if (matches.isEmpty())
            return m_cli.failure(tr("There is no workshop %1.").arg(workshopName));
        if (matches.size() > 1)
            return m_cli.usageError(
                tr("Several sites have a workshop %1: name the site with --site.")
                    .arg(workshopName));
        to.workshopId = matches.first();
    }
    if (!occupationName.isEmpty()) {
        const auto occupations = units.occupations();
        if (!occupations)
            return m_cli.failure(occupations.error());
        for (const NamedUnit &unit : *occupations)
            if (unit.name == occupationName)
                to.occupationId = unit.id;
        if (!to.occupationId)
            return m_cli.failure(tr("There is no occupation %1.").arg(occupationName));
    }
    WorkerEdits edits(connection->db());
    QList<qint64> ids;
    for (const QString &number : employeeNumbers) {
        const auto id = edits.idOf(number);
        if (!id)
            return m_cli.failure(id.error());
        ids += *id;
    }
    const auto moved = edits.move(m_cli.officer(), ids, to);
    if (!moved)
        return m_cli.failure(moved.error());
    if (asJson)
        m_cli.printJson(QJsonObject {
            { u"moved"_s, *moved }, { u"chosen"_s, QJsonArray::fromStringList(employeeNumbers) } });
    else
        m_cli.out() << tr("Moved %1 of %2 workers; the others were there already.")
                           .arg(*moved)
                           .arg(employeeNumbers.size())
                    << '\n';
    return Success;
}

int WorkerCommands::remove(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("worker delete needs one employee number."));
    const QString employeeNo = args.takeFirst();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    WorkerEdits edits(connection->db());
    const auto id = edits.idOf(employeeNo);
    if (!id)
        return m_cli.failure(id.error());
    if (const Status done = edits.remove(m_cli.officer(), *id); !done)
        return m_cli.failure(done.error());
    if (asJson)
        m_cli.printJson(QJsonObject { { u"deleted"_s, employeeNo } });
    else
        m_cli.out() << tr("Deleted employee %1.").arg(employeeNo) << '\n';
    return Success;
}

} // namespace skl
