#include "core/reports/targetplanner.h"

#include "core/exporting/csvwriter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The smallest k ≥ 0 with (part + k) / whole ≥ share.
    qint64 needed(const Fraction &share, qint64 part, qint64 whole)
    {
        if (whole <= 0)
            return 0;
        const qint64 atLeast
            = (share.numerator * whole + share.denominator - 1) / share.denominator;
        return std::max<qint64>(0, atLeast - part);
    }

    QString unitLabel(const UnitPlan &plan)
    {
        if (plan.level == UnitPlan::Level::Workshop && !plan.unit.site.isEmpty())
            return plan.unit.site + u" / "_s + plan.unit.name;
        return plan.unit.name;
    }

    QString levelName(UnitPlan::Level level)
    {
        switch (level) {
        case UnitPlan::Level::Company:
            return TargetPlanner::tr("Company");
        case UnitPlan::Level::Site:
            return TargetPlanner::tr("Site");
        case UnitPlan::Level::Workshop:
            return TargetPlanner::tr("Workshop");
        }
        return QString();
    }

} // namespace

UnitPlan TargetPlanner::planUnit(
    UnitPlan::Level level, const UnitTargets &unit, const QList<const DueWorker *> &candidates)
{
    UnitPlan plan;
    plan.level = level;
    plan.unit = unit;
    plan.skilledNeeded = needed(unit.skilledTarget, unit.skilled, unit.employees);
    QList<const DueWorker *> apprentices;
    QList<const DueWorker *> intermediates;
    for (const DueWorker *w : candidates) {
        if (w->grade == Grade::Apprentice)
            apprentices += w;
        else if (w->grade == Grade::Intermediate)
            intermediates += w;
    }
    const auto earliestFirst = [](const DueWorker *a, const DueWorker *b) {
        return std::tie(a->eligibleFrom, a->employeeNo) < std::tie(b->eligibleFrom, b->employeeNo);
    };
    std::sort(apprentices.begin(), apprentices.end(), earliestFirst);
    std::sort(intermediates.begin(), intermediates.end(), earliestFirst);
    plan.skilledCandidates = apprentices.size();
    plan.highSkilledCandidates = intermediates.size();
    for (qsizetype i = 0; i < std::min<qint64>(plan.skilledNeeded, apprentices.size()); ++i)
        plan.skilledPicks += apprentices[i]->workerId;
    const qint64 skilledAfter = unit.skilled + plan.skilledPicks.size();
    plan.highSkilledNeeded = needed(unit.highSkilledTarget, unit.highSkilled, skilledAfter);
    for (qsizetype i = 0; i < std::min<qint64>(plan.highSkilledNeeded, intermediates.size()); ++i)
        plan.highSkilledPicks += intermediates[i]->workerId;
    return plan;
}

Result<TargetPlan> TargetPlanner::plan(QSqlDatabase &db, QDate asOf, const QList<DueWorker> &due)
{
    const auto report = WorkforceTargets::companyReport(db, asOf);
    if (!report)
        return report.error();
    QList<const DueWorker *> all;
    QHash<qint64, QList<const DueWorker *>> bySite;
    QHash<qint64, QList<const DueWorker *>> byWorkshop;
    for (const DueWorker &w : due) {
        all += &w;
        bySite[w.siteId] += &w;
        if (w.workshopId != 0)
            byWorkshop[w.workshopId] += &w;
    }
    TargetPlan plan;
    plan.asOf = asOf;
    plan.units += planUnit(UnitPlan::Level::Company, report->company, all);
    for (const UnitTargets &site : report->sites)
        plan.units += planUnit(UnitPlan::Level::Site, site, bySite.value(site.siteId));
    for (const UnitTargets &workshop : report->workshops) {
        UnitPlan unit
            = planUnit(UnitPlan::Level::Workshop, workshop, byWorkshop.value(workshop.workshopId));
        for (const qint64 id : std::as_const(unit.skilledPicks))
            plan.recommendedBy.insert(id, unitLabel(unit));
        for (const qint64 id : std::as_const(unit.highSkilledPicks))
            plan.recommendedBy.insert(id, unitLabel(unit));
        plan.units += std::move(unit);
    }
    return plan;
}

QStringList TargetPlanner::header()
{
    return { tr("Level"), tr("Unit"), tr("Employees"), tr("Skilled"), tr("High-skilled"),
        tr("Skilled needed"), tr("Due 学徒工"), tr("Skilled short after"),
        tr("High-skilled needed"), tr("Due 中级工"), tr("High-skilled short after") };
}

QStringList TargetPlanner::cells(const UnitPlan &u)
{
    return { levelName(u.level), unitLabel(u), QString::number(u.unit.employees),
        QString::number(u.unit.skilled), QString::number(u.unit.highSkilled),
        QString::number(u.skilledNeeded), QString::number(u.skilledCandidates),
        QString::number(u.skilledShortfall()), QString::number(u.highSkilledNeeded),
        QString::number(u.highSkilledCandidates), QString::number(u.highSkilledShortfall()) };
}

Status TargetPlanner::toCsv(const TargetPlan &plan, const QString &path)
{
    CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
    if (auto done = writer.open(); !done)
        return done;
    if (auto done = writer.writeRow(header()); !done)
        return done;
    for (const UnitPlan &unit : plan.units) {
        if (auto done = writer.writeRow(cells(unit), unitLabel(unit)); !done)
            return done;
    }
    return writer.commit();
}

} // namespace skl
