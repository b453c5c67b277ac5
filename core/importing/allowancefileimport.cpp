#include "core/importing/allowancefileimport.h"

#include "core/importing/periodoverlaps.h"
#include "core/importing/tablecells.h"
#include "core/store/allowancestore.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/lockedmonths.h"
#include "core/store/mentorshipstore.h"
#include "core/store/officerstore.h"
#include "core/store/teamleaderstore.h"

using namespace Qt::StringLiterals;

namespace skl {

Result<TableImportOutcome> AllowanceFileImport::rates(
    QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress)
{
    // Roles first: a refused officer learns nothing of the file, not even its problems.
    if (auto allowed = OfficerStore::require(db, by, Act::SetAllowanceRates); !allowed)
        return allowed.error();
    QHash<QString, int> seen; // kind, grade and day → the line that set them
    TableSpec<AllowanceRate> spec;
    spec.columns = DataFileColumns::of(DataFile::Rates);
    spec.parseRow = [&seen](const KeyedRow &row,
                        RowProblems &problems) -> Result<std::optional<AllowanceRate>> {
        const qsizetype before = problems.size();
        AllowanceRate rate;
        const auto kind = AllowanceStore::parseKind(row.value(u"kind"_s));
        if (!kind)
            problems += RowProblem(row.line, u"kind"_s,
                tr("\"%1\" is not skill, team_leader or mentoring (技能津贴, 班组长津贴, "
                   "带徒津贴).")
                    .arg(row.value(u"kind"_s)));
        else
            rate.kind = *kind;
        const bool graded = !row.value(u"grade"_s).isEmpty();
        if (kind == AllowanceKind::Skill) {
            if (!graded)
                problems
                    += RowProblem(row.line, u"grade"_s, tr("A skill allowance needs its grade."));
            else
                rate.grade = TableCells::grade(row, u"grade"_s, problems);
        } else if (kind && graded) {
            problems += RowProblem(row.line, u"grade"_s,
                tr("Only the skill allowance depends on the grade; leave the grade empty."));
        }
        if (const auto amount = TableCells::yuan(row, u"amount"_s, problems))
            rate.fen = *amount;
        if (const auto from = TableCells::date(row, u"effective_from"_s, problems))
            rate.effectiveFrom = *from;
        if (problems.size() != before)
            return std::optional<AllowanceRate>();
        const QString key = AllowanceStore::code(rate.kind)
            + QString::number(storedRank(rate.grade)) + rate.effectiveFrom.toString(Qt::ISODate);
        if (const auto earlier = seen.constFind(key); earlier != seen.constEnd()) {
            problems += RowProblem(row.line, u"row"_s,
                tr("The same rate from the same day is on line %1 already.").arg(*earlier));
            return std::optional<AllowanceRate>();
        }
        seen.insert(key, row.line);
        return std::optional(rate);
    };
    spec.write = [&db, &by](const QList<AllowanceRate> &rates, ProgressSink &writing) {
        return AllowanceStore::setRates(db, rates, by, writing);
    };
    return importTable(path, spec, progress);
}

Result<TableImportOutcome> AllowanceFileImport::roles(
    QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ImportPayTables); !allowed)
        return allowed.error();
    // The editor's rules too (TeamLeaderStore): inside the worker's service, and no change to
    // what a locked allowance month paid.
    const auto locked = LockedMonths::read(db);
    if (!locked)
        return locked.error();
    PeriodOverlaps<qint64> leading(
        [&db](qint64 worker) { return AllowanceStore::teamLeaderPeriods(db, worker); });
    TableSpec<TeamLeaderPeriod> spec;
    spec.columns = DataFileColumns::of(DataFile::Roles);
    spec.parseRow = [&db, &leading, &locked](const KeyedRow &row,
                        RowProblems &problems) -> Result<std::optional<TeamLeaderPeriod>> {
        const auto worker = TableCells::worker(db, row, u"employee_no"_s, problems);
        const qsizetype before = problems.size(); // the periods are checked without the worker
        const QString role = row.value(u"role"_s).toLower();
        if (role != u"team_leader" && role != u"班组长")
            problems += RowProblem(row.line, u"role"_s,
                tr("\"%1\" is not a role with an allowance; write team_leader or 班组长.")
                    .arg(row.value(u"role"_s)));
        FiledPeriod period;
        period.line = row.line;
        if (const auto from = TableCells::date(row, u"from"_s, problems))
            period.days.from = *from;
        if (const auto to = TableCells::optionalDate(row, u"to"_s, problems))
            period.days.to = *to;
        if (problems.size() == before && period.days.to.isValid()
            && period.days.to < period.days.from)
            problems += RowProblem(row.line, u"to"_s,
                tr("The period ends (%1) before it starts (%2).")
                    .arg(period.days.to.toString(Qt::ISODate),
                        period.days.from.toString(Qt::ISODate)));
        if (problems.size() != before || !worker)
            return std::optional<TeamLeaderPeriod>();
        problems += TeamLeaderStore::checkDays(*worker, period.days, row.line);
        problems += TeamLeaderStore::checkLocked(*locked, {}, period.days, row.line);
        if (problems.size() != before)
            return std::optional<TeamLeaderPeriod>();
        const auto overlapped = leading.add(worker->id, period);
        if (!overlapped)
            return overlapped.error();
        if (*overlapped) {
            problems += RowProblem(row.line, u"from"_s,
                tr("%1 (%2) already leads a team %3 (%4).")
                    .arg(worker->name, worker->employeeNo, (*overlapped)->text(),
                        (*overlapped)->where()));
            return std::optional<TeamLeaderPeriod>();
        }
        return std::optional(TeamLeaderPeriod { worker->id, period.days });
    };
    spec.write = [&db, &by](const QList<TeamLeaderPeriod> &periods, ProgressSink &writing) {
        return AllowanceStore::addTeamLeaderPeriods(db, periods, by, writing);
    };
    return importTable(path, spec, progress);
}

Result<TableImportOutcome> AllowanceFileImport::mentorships(
    QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ImportPayTables); !allowed)
        return allowed.error();
    const auto locked = LockedMonths::read(db);
    if (!locked)
        return locked.error();
    // One mentor per apprentice and occupation at a time.
    PeriodOverlaps<std::pair<qint64, qint64>> mentored(
        [&db](const std::pair<qint64, qint64> &apprenticeIn) {
            return AllowanceStore::apprenticeships(db, apprenticeIn.first, apprenticeIn.second);
        });
    TableSpec<Mentorship> spec;
    spec.columns = DataFileColumns::of(DataFile::Mentorships);
    spec.parseRow = [&db, &mentored, &locked](const KeyedRow &row,
                        RowProblems &problems) -> Result<std::optional<Mentorship>> {
        const auto mentor = TableCells::worker(db, row, u"mentor_no"_s, problems);
        const auto apprentice = TableCells::worker(db, row, u"apprentice_no"_s, problems);
        const qsizetype before = problems.size(); // the rest is checked without the workers
        const auto occupation = TableCells::occupation(db, row, u"occupation"_s, problems);
        FiledPeriod period;
        period.line = row.line;
        if (const auto start = TableCells::date(row, u"start"_s, problems))
            period.days.from = *start;
        if (const auto end = TableCells::optionalDate(row, u"end"_s, problems))
            period.days.to = *end;
        QDate plannedEnd;
        if (const auto planned = TableCells::optionalDate(row, u"planned_end"_s, problems))
            plannedEnd = *planned;
        // outcome: the grade reached (出师 when the agreement has ended), or 未出师 or 中止.
        std::optional<Grade> reached;
        std::optional<MentorshipOutcome> ended;
        if (const QString cell = row.value(u"outcome"_s); !cell.isEmpty()) {
            if (const auto said = MentorshipOutcomes::parse(cell))
                ended = *said;
            else if (const auto grade = GradeNames::parse(cell))
                reached = *grade;
            else
                problems += RowProblem(row.line, u"outcome"_s,
                    tr("\"%1\" is neither the grade the apprentice reached (出师) nor 未出师 or "
                       "中止.")
                        .arg(cell));
        }
        if (problems.size() == before && plannedEnd.isValid() && plannedEnd < period.days.from)
            problems += RowProblem(row.line, u"planned_end"_s,
                tr("The agreement is planned to end (%1) before it starts (%2).")
                    .arg(plannedEnd.toString(Qt::ISODate), period.days.from.toString(Qt::ISODate)));
        if (problems.size() == before && period.days.to.isValid()
            && period.days.to < period.days.from)
            problems += RowProblem(row.line, u"end"_s,
                tr("The agreement ends (%1) before it starts (%2).")
                    .arg(period.days.to.toString(Qt::ISODate),
                        period.days.from.toString(Qt::ISODate)));
        if (problems.size() != before || !mentor || !apprentice)
            return std::optional<Mentorship>();
        if (reached && period.days.to.isValid())
            ended = MentorshipOutcome::Completed;
        const Mentorship agreement { mentor->id, apprentice->id, occupation->id, period.days,
            plannedEnd, reached, ended };
        // The editor's rules (MentorshipStore): both in service, the outcome with its end, the
        // mentor's grade, and no change to what a locked allowance month paid.
        problems += MentorshipStore::checkTerms(*mentor, *apprentice, agreement, row.line);
        if (problems.size() != before)
            return std::optional<Mentorship>();
        const auto graded = MentorshipStore::checkMentorGrade(
            db, *mentor, *occupation, period.days.from, row.line);
        if (!graded)
            return graded.error();
        problems += *graded;
        problems += MentorshipStore::checkLocked(*locked, std::nullopt, agreement, row.line);
        if (problems.size() != before)
            return std::optional<Mentorship>();
        const auto overlapped = mentored.add({ apprentice->id, occupation->id }, period);
        if (!overlapped)
            return overlapped.error();
        if (*overlapped) {
            problems += RowProblem(row.line, u"apprentice_no"_s,
                tr("%1 (%2) already has a mentor in %3 for %4 (%5): one mentor per "
                   "occupation at a time.")
                    .arg(apprentice->name, apprentice->employeeNo, occupation->name,
                        (*overlapped)->text(), (*overlapped)->where()));
            return std::optional<Mentorship>();
        }
        return std::optional(agreement);
    };
    spec.write = [&db, &by](const QList<Mentorship> &agreements, ProgressSink &writing) {
        return AllowanceStore::addMentorships(db, agreements, by, writing);
    };
    return importTable(path, spec, progress);
}

} // namespace skl
