#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/reports/duelist.h"
#include "core/reports/workforcetargets.h"

namespace skl {

// How one unit closes its target gaps from its own due list.
struct UnitPlan
{
    enum class Level { Company, Site, Workshop };
    Level level = Level::Company;
    UnitTargets unit; // as of the planned date
    qint64 skilledNeeded = 0; // more skilled workers for T1
    qint64 highSkilledNeeded = 0; // more high-skilled for T2/T3, after the skilled promotions
    qint64 skilledCandidates = 0; // due 学徒工 → 初级工
    qint64 highSkilledCandidates = 0; // due 中级工 → 高级工
    QList<qint64> skilledPicks; // worker ids, earliest eligible first
    QList<qint64> highSkilledPicks;

    qint64 skilledShortfall() const { return skilledNeeded - skilledPicks.size(); }
    qint64 highSkilledShortfall() const { return highSkilledNeeded - highSkilledPicks.size(); }
};

struct TargetPlan
{
    QDate asOf;
    QList<UnitPlan> units; // the company, its sites, their workshops
    // Worker id → the unit plan (workshop level) that picked it.
    QHash<qint64, QString> recommendedBy;
};

// The target planner (issue #5): per company, site and workshop, how many more skilled and
// high-skilled workers each needs on the planned date, and which due workers would close the gap.
// A promotion 学徒工 → 初级工 adds a skilled worker (and raises the high-skilled need a little, as
// T2 is a share of the skilled); 中级工 → 高级工 adds a high-skilled one. Shares are exact.
class TargetPlanner
{
    Q_DECLARE_TR_FUNCTIONS(skl::TargetPlanner)
public:
    static Result<TargetPlan> plan(QSqlDatabase &db, QDate asOf, const QList<DueWorker> &due);
    // Plans one unit from its candidates (earliest eligible first): exposed for tests.
    static UnitPlan planUnit(
        UnitPlan::Level level, const UnitTargets &unit, const QList<const DueWorker *> &candidates);

    static Status toCsv(const TargetPlan &plan, const QString &path);
    static QStringList header();
    static QStringList cells(const UnitPlan &unit);
};

} // namespace skl
