#include "app/cli/duecommands.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/reports/duelist.h"
#include "core/reports/targetplanner.h"
#include "core/store/exportlog.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

int DueCommands::due(CliArguments &args)
{
    const QString workshop = args.option(u"--workshop"_s);
    const QString csv = args.option(u"--csv"_s);
    const QString xlsx = args.option(u"--xlsx"_s);
    const bool asJson = args.flag(u"--json"_s);
    const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent);
    if (!args.finish() || !asOf)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    if (auto allowed = OfficerStore::require(db, m_cli.officer(), Act::ReadDueList); !allowed)
        return m_cli.failure(allowed.error());
    qint64 workshopId = 0;
    if (!workshop.isEmpty()) {
        // An unknown or ambiguous workshop is invalid data (exit 1), named with the choices.
        const auto id = OfficerStore::workshopNamed(db, workshop);
        if (!id)
            return m_cli.failure(id.error());
        workshopId = *id;
    }
    const auto list = DueList::compute(db, m_cli.officer(), *asOf, workshopId);
    if (!list)
        return m_cli.failure(list.error());
    const auto planned = TargetPlanner::plan(db, *asOf, *list);
    if (!planned)
        return m_cli.failure(planned.error());
    if (!csv.isEmpty() || !xlsx.isEmpty()) {
        const QString path = csv.isEmpty() ? xlsx : csv;
        const Status written = csv.isEmpty() ? DueList::toXlsx(*list, &*planned, path)
                                             : DueList::toCsv(*list, &*planned, path);
        if (!written)
            return m_cli.failure(written.error().userMessage);
        if (auto recorded = ExportLog::record(
                db, m_cli.officer(), u"export-due"_s, tr("the due list"), list->size(), path);
            !recorded)
            return m_cli.failure(recorded.error());
        m_cli.out() << tr(
            "%n worker(s) due for assessment written to %1.", nullptr, int(list->size()))
                           .arg(QDir::toNativeSeparators(path))
                    << '\n';
        return Success;
    }
    if (asJson) {
        // Streamed one worker per line: a million-worker company may have 100,000s due.
        m_cli.out() << "{\n    \"as_of\": \"" << asOf->toString(Qt::ISODate)
                    << "\",\n    \"workers\": [";
        bool first = true;
        for (const DueWorker &w : *list) {
            const QJsonObject worker {
                { u"employee_no"_s, w.employeeNo },
                { u"name"_s, w.name },
                { u"site"_s, w.site },
                { u"workshop"_s, w.workshop },
                { u"occupation"_s, w.occupation },
                { u"grade"_s, GradeNames::chinese(w.grade) },
                { u"since"_s, w.since.toString(Qt::ISODate) },
                { u"eligible_from"_s, w.eligibleFrom.toString(Qt::ISODate) },
                { u"next_grade"_s, GradeNames::chinese(w.next) },
                { u"recommended_for"_s, planned->recommendedBy.value(w.workerId) },
            };
            m_cli.out() << (first ? "\n        " : ",\n        ")
                        << QString::fromUtf8(QJsonDocument(worker).toJson(QJsonDocument::Compact));
            first = false;
        }
        m_cli.out() << "\n    ]\n}\n";
        return Success;
    }
    m_cli.out() << DueList::header().join(u'\t') << '\n';
    for (const DueWorker &w : *list)
        m_cli.out() << DueList::cells(w, &*planned).join(u'\t') << '\n';
    m_cli.out() << tr("%n worker(s) due for assessment on %1.", nullptr, int(list->size()))
                       .arg(asOf->toString(Qt::ISODate))
                << '\n';
    return Success;
}

int DueCommands::plan(CliArguments &args)
{
    const QString csv = args.option(u"--csv"_s);
    const bool asJson = args.flag(u"--json"_s);
    const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent);
    if (!args.finish() || !asOf)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    // The plan reads the targets and the due list.
    for (const Act act : { Act::ReadTargets, Act::ReadDueList }) {
        if (auto allowed = OfficerStore::require(db, m_cli.officer(), act); !allowed)
            return m_cli.failure(allowed.error());
    }
    const auto list = DueList::compute(db, m_cli.officer(), *asOf);
    if (!list)
        return m_cli.failure(list.error());
    auto planned = TargetPlanner::plan(db, *asOf, *list);
    if (!planned)
        return m_cli.failure(planned.error().userMessage);
    // A workshop head's targets are those of their own workshops (issue 13).
    if (const Officer &by = m_cli.officer(); by.isConfinedToWorkshops(Act::ReadTargets)) {
        planned->units.removeIf([&by](const UnitPlan &u) {
            return u.level != UnitPlan::Level::Workshop
                || !by.workshopIds.contains(u.unit.workshopId);
        });
    }
    if (!csv.isEmpty()) {
        if (auto done = TargetPlanner::toCsv(*planned, csv); !done)
            return m_cli.failure(done.error().userMessage);
        if (auto recorded = ExportLog::record(db, m_cli.officer(), u"export-plan"_s,
                tr("the target plan"), planned->units.size(), csv);
            !recorded)
            return m_cli.failure(recorded.error());
        m_cli.out() << tr("The plan is written to %1.").arg(QDir::toNativeSeparators(csv)) << '\n';
        return Success;
    }
    if (!asJson) {
        m_cli.out() << TargetPlanner::header().join(u'\t') << '\n';
        for (const UnitPlan &u : planned->units)
            m_cli.out() << TargetPlanner::cells(u).join(u'\t') << '\n';
        return Success;
    }
    QHash<qint64, QString> employeeNo;
    for (const DueWorker &w : *list)
        employeeNo.insert(w.workerId, w.employeeNo);
    const auto numbers = [&](const QList<qint64> &ids) {
        QJsonArray all;
        for (const qint64 id : ids)
            all += employeeNo.value(id);
        return all;
    };
    static const QStringList kLevels { u"company"_s, u"site"_s, u"workshop"_s };
    QJsonArray units;
    for (const UnitPlan &u : planned->units)
        units += QJsonObject {
            { u"level"_s, kLevels.at(int(u.level)) },
            { u"name"_s, u.unit.name },
            { u"site"_s, u.unit.site },
            { u"employees"_s, u.unit.employees },
            { u"skilled"_s, u.unit.skilled },
            { u"high_skilled"_s, u.unit.highSkilled },
            { u"skilled_needed"_s, u.skilledNeeded },
            { u"skilled_candidates"_s, u.skilledCandidates },
            { u"skilled_picks"_s, numbers(u.skilledPicks) },
            { u"skilled_shortfall"_s, u.skilledShortfall() },
            { u"high_skilled_needed"_s, u.highSkilledNeeded },
            { u"high_skilled_candidates"_s, u.highSkilledCandidates },
            { u"high_skilled_picks"_s, numbers(u.highSkilledPicks) },
            { u"high_skilled_shortfall"_s, u.highSkilledShortfall() },
        };
    m_cli.printJson(
        QJsonObject { { u"as_of"_s, asOf->toString(Qt::ISODate) }, { u"units"_s, units } });
    return Success;
}

} // namespace skl
