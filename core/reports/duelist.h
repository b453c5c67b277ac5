#pragma once

#include <functional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"

namespace skl {

struct TargetPlan;

// A worker eligible for regular promotion on a date (待评价名单).
struct DueWorker
{
    qint64 workerId = 0;
    QString employeeNo;
    QString name;
    QString site;
    QString workshop;
    qint64 siteId = 0;
    qint64 workshopId = 0;
    QString occupation;
    Grade grade = Grade::Apprentice; // held on the date
    QDate since;
    QDate eligibleFrom; // since + the policy's minimum years
    Grade next = Grade::Junior;
};

// What a page that only announces the due list needs of it: how many, and who comes first.
struct DueSummary
{
    qsizetype count = 0;
    qsizetype eligibleBy = 0; // of them, eligible on or before the day asked
    QList<DueWorker> first; // the earliest eligible, then by employee number
};

struct DueFound;

// The workers due for assessment as of a date (issue #5): in service, holding a grade below
// their occupation's top for at least the policy's minimum years (in force on that date), with no
// certification awaiting a decision. Sorted by site, workshop, then who became eligible first.
// The grade is the highest in force (as the target report counts it) in the worker's own
// occupation's ladder. by must be allowed to read the due list; a workshop head's holds their own
// workshops only (issue 13), and another workshop is refused.
class DueList
{
    Q_DECLARE_TR_FUNCTIONS(skl::DueList)
public:
    static Result<QList<DueWorker>> compute(
        QSqlDatabase &db, const Officer &by, QDate asOf, qint64 workshopId = 0);
    // The same workers as compute, counted: only the first `limit` are read whole (the home
    // page of a million workers, issue 19).
    static Result<DueSummary> summarize(
        QSqlDatabase &db, const Officer &by, QDate asOf, QDate eligibleBy, int limit);

    // The list for Excel, with the planner's recommendation per worker (plan may be null).
    static Status toCsv(const QList<DueWorker> &due, const TargetPlan *plan, const QString &path);
    static Status toXlsx(const QList<DueWorker> &due, const TargetPlan *plan, const QString &path);
    static QStringList header();
    static QStringList cells(const DueWorker &worker, const TargetPlan *plan);

private:
    // Every worker due, as the database returns them (in no order).
    static Status scan(QSqlDatabase &db, const Officer &by, QDate asOf, qint64 workshopId,
        const std::function<void(const DueFound &)> &onDue);
};

} // namespace skl
