#include "core/reports/duelist.h"

#include <algorithm>

#include "core/domain/certificationrules.h"
#include "core/exporting/csvwriter.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/reports/targetplanner.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/dueliststore.h"
#include "core/store/policystore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString date(QDate day)
    {
        return day.toString(Qt::ISODate);
    }

} // namespace

// One worker found due: what orders the list at once, the whole row when asked.
struct DueFound
{
    const DueListStore::Candidates &row;
    const DueListFacts &known;
    Grade grade;
    QDate since;
    QDate eligibleFrom;

    DueWorker worker() const
    {
        DueWorker w;
        w.workerId = row.workerId();
        w.employeeNo = row.employeeNo();
        w.name = row.name();
        w.siteId = row.siteId();
        w.workshopId = row.workshopId();
        w.site = known.sites.value(w.siteId);
        w.workshop = known.workshops.value(w.workshopId);
        w.occupation = known.occupations.value(row.occupationId());
        w.grade = grade;
        w.next = static_cast<Grade>(rankOf(grade) + 1);
        w.since = since;
        w.eligibleFrom = eligibleFrom;
        return w;
    }
};

Status DueList::scan(QSqlDatabase &db, const Officer &by, QDate asOf, qint64 workshopId,
    const std::function<void(const DueFound &)> &onDue)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadDueList);
    if (!scope)
        return scope.error();
    if (workshopId != 0 && !scope->covers(workshopId))
        return Error { tr("%1 may read the due list of their own workshops only.").arg(by.label()),
            {}, Error::Kind::Refused };
    // A workshop head of one workshop: the database finds only its workers.
    if (workshopId == 0 && !scope->wholeCompany && scope->workshops.size() == 1)
        workshopId = scope->workshops.first();
    const auto policy = PolicyStore::certificationOn(db, asOf);
    if (!policy)
        return policy.error();
    const auto known = DueListStore::facts(db);
    if (!known)
        return known.error();
    auto candidates = DueListStore::candidates(db, asOf, *policy, workshopId);
    if (!candidates)
        return candidates.error();
    while (candidates->next()) {
        const Grade grade = candidates->grade();
        if (known->pending.contains(candidates->workerId())
            || grade >= known->highest.value(candidates->occupationId(), Grade::ChiefTechnician)
            || !scope->covers(candidates->workshopId()))
            continue;
        const QDate since = candidates->since();
        onDue(DueFound { *candidates, *known, grade, since,
            CertificationRules::eligibleFrom(since, policy->minYears[size_t(rankOf(grade))]) });
    }
    return candidates->status();
}

Result<QList<DueWorker>> DueList::compute(
    QSqlDatabase &db, const Officer &by, QDate asOf, qint64 workshopId)
{
    QList<DueWorker> due;
    if (auto scanned
        = scan(db, by, asOf, workshopId, [&due](const DueFound &found) { due += found.worker(); });
        !scanned)
        return scanned.error();
    std::sort(due.begin(), due.end(), [](const DueWorker &a, const DueWorker &b) {
        return std::tie(a.site, a.workshop, a.eligibleFrom, a.employeeNo)
            < std::tie(b.site, b.workshop, b.eligibleFrom, b.employeeNo);
    });
    return due;
}

Result<DueSummary> DueList::summarize(
    QSqlDatabase &db, const Officer &by, QDate asOf, QDate eligibleBy, int limit)
{
    DueSummary summary;
    const auto earlier = [](const DueWorker &a, const DueWorker &b) {
        return std::tie(a.eligibleFrom, a.employeeNo) < std::tie(b.eligibleFrom, b.employeeNo);
    };
    if (auto scanned = scan(db, by, asOf, 0,
            [&](const DueFound &found) {
                ++summary.count;
                if (found.eligibleFrom <= eligibleBy)
                    ++summary.eligibleBy;
                // A worker eligible later than all of a full short list is not read further.
                if (limit <= 0
                    || (summary.first.size() == limit
                        && found.eligibleFrom > summary.first.constLast().eligibleFrom))
                    return;
                DueWorker w = found.worker();
                const auto at
                    = std::upper_bound(summary.first.begin(), summary.first.end(), w, earlier);
                if (at - summary.first.begin() >= limit)
                    return;
                summary.first.insert(at, std::move(w));
                if (summary.first.size() > limit)
                    summary.first.removeLast();
            });
        !scanned)
        return scanned.error();
    return summary;
}

QStringList DueList::header()
{
    return { tr("Employee No."), tr("Name"), tr("Site"), tr("Workshop"), tr("Occupation"),
        tr("Grade"), tr("Since"), tr("Eligible from"), tr("Next grade"),
        tr("Recommended for the targets of") };
}

QStringList DueList::cells(const DueWorker &w, const TargetPlan *plan)
{
    return { w.employeeNo, w.name, w.site, w.workshop, w.occupation, GradeNames::chinese(w.grade),
        date(w.since), date(w.eligibleFrom), GradeNames::chinese(w.next),
        plan ? plan->recommendedBy.value(w.workerId) : QString() };
}

Status DueList::toCsv(const QList<DueWorker> &due, const TargetPlan *plan, const QString &path)
{
    CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
    if (auto done = writer.open(); !done)
        return done;
    if (auto done = writer.writeRow(header()); !done)
        return done;
    for (const DueWorker &w : due) {
        if (auto done = writer.writeRow(cells(w, plan), w.employeeNo); !done)
            return done;
    }
    return writer.commit();
}

Status DueList::toXlsx(const QList<DueWorker> &due, const TargetPlan *plan, const QString &path)
{
    using Kind = XlsxSheetWriter::Kind;
    const QStringList titles = header();
    const QList<Kind> kinds { Kind::Text, Kind::Text, Kind::Text, Kind::Text, Kind::Text,
        Kind::Text, Kind::Date, Kind::Date, Kind::Text, Kind::Text };
    const QList<double> widths { 12, 10, 14, 14, 14, 10, 12, 12, 10, 24 };
    QList<XlsxSheetWriter::Column> columns;
    for (int i = 0; i < titles.size(); ++i)
        columns += { titles[i], kinds[i], widths[i] };
    XlsxSheetWriter writer(path, tr("Due for assessment"), columns);
    if (auto done = writer.open(); !done)
        return done;
    for (const DueWorker &w : due) {
        if (auto done = writer.writeRow(cells(w, plan)); !done)
            return done;
    }
    return writer.commit();
}

} // namespace skl
