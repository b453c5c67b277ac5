#include "core/domain/allowancemonth.h"

#include <algorithm>

#include <QtGlobal>

namespace skl {

namespace {

    // Day indexes of the month as a half-open range [from, to), clipped to [0, days).
    struct Range
    {
        int from = 0;
        int to = 0;
        bool isEmpty() const { return from >= to; }
        Range clippedTo(Range other) const
        {
            return Range { std::max(from, other.from), std::min(to, other.to) };
        }
    };

    // [from, until): until is the first day not included; invalid dates are open ends.
    Range rangeOf(const AllowanceCalendar &c, QDate from, QDate until)
    {
        const int start = from.isValid() ? c.indexOf(from) : 0;
        const int end = until.isValid() ? c.indexOf(until) : c.days;
        return Range { std::clamp(start, 0, c.days), std::clamp(end, 0, c.days) };
    }

    qint64 sumOver(const std::vector<qint64> &sums, Range r)
    {
        return r.isEmpty() ? 0 : sums[size_t(r.to)] - sums[size_t(r.from)];
    }

    std::vector<qint64> runningSums(const std::vector<qint64> &rates)
    {
        std::vector<qint64> sums(rates.size() + 1, 0);
        for (size_t i = 0; i < rates.size(); ++i)
            sums[i + 1] = sums[i] + rates[i];
        return sums;
    }

    // Mentoring needs the grade and the apprentices day by day: only mentors come here.
    qint64 mentoringDays(const WorkerMonth &w, const AllowanceCalendar &c, Range service)
    {
        std::vector<int> grades(size_t(c.days), -1);
        for (const GradeSpan &span : w.grades) {
            const Range r = rangeOf(c, span.from, span.until);
            for (int i = r.from; i < r.to; ++i)
                grades[size_t(i)] = rankOf(span.grade);
        }
        QList<MentoringAgreement> agreements = w.mentoring;
        std::sort(agreements.begin(), agreements.end(),
            [](const MentoringAgreement &a, const MentoringAgreement &b) {
                return std::pair(a.start, a.id) < std::pair(b.start, b.id);
            });
        // Each agreement's paying days: its own period and its apprentice's service.
        QList<Range> paying;
        for (const MentoringAgreement &a : std::as_const(agreements))
            paying += rangeOf(c, a.start, a.end.isValid() ? a.end.addDays(1) : QDate())
                          .clippedTo(rangeOf(c, a.apprenticeHired, a.apprenticeLeft));
        qint64 sum = 0;
        for (int i = service.from; i < service.to; ++i) {
            const size_t d = size_t(i);
            if (grades[d] < c.mentoringMinGrade[d])
                continue;
            int paid = 0;
            for (const Range &r : std::as_const(paying)) {
                if (paid >= c.mentoringCap[d])
                    break;
                if (r.from <= i && i < r.to)
                    ++paid;
            }
            sum += paid * c.mentoring[d];
        }
        return sum;
    }

} // namespace

AllowanceCalendar::AllowanceCalendar(QDate anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return;
    first = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    days = first.daysInMonth();
    for (auto &rates : skill)
        rates.assign(size_t(days), 0);
    teamLeader.assign(size_t(days), 0);
    mentoring.assign(size_t(days), 0);
    mentoringCap.assign(size_t(days), 0);
    mentoringMinGrade.assign(size_t(days), rankOf(Grade::Senior));
}

void AllowanceCalendar::finish()
{
    for (size_t g = 0; g < skill.size(); ++g)
        skillSums[g] = runningSums(skill[g]);
    teamLeaderSums = runningSums(teamLeader);
}

std::optional<Grade> gradeAtMonthEnd(const WorkerMonth &w, const AllowanceCalendar &c)
{
    const Range service = rangeOf(c, w.hired, w.left);
    if (service.isEmpty())
        return std::nullopt;
    const QDate last = c.first.addDays(service.to - 1);
    for (const GradeSpan &span : w.grades) {
        if (span.from <= last && (!span.until.isValid() || last < span.until))
            return span.grade;
    }
    return std::nullopt;
}

AllowanceAmounts allowancesOf(const WorkerMonth &w, const AllowanceCalendar &c)
{
    Q_ASSERT(c.teamLeaderSums.size() == size_t(c.days) + 1); // finish() was called
    const Range service = rangeOf(c, w.hired, w.left);
    if (service.isEmpty() || !w.hired.isValid())
        return {};
    // The grade spans are disjoint: each adds its stretch of days at its grade's rates.
    qint64 skill = 0;
    for (const GradeSpan &span : w.grades)
        skill += sumOver(c.skillSums[size_t(rankOf(span.grade))],
            rangeOf(c, span.from, span.until).clippedTo(service));
    // Team-leader periods include their last day; the import keeps them from overlapping.
    qint64 leading = 0;
    for (const auto &[from, to] : w.leading)
        leading += sumOver(c.teamLeaderSums,
            rangeOf(c, from, to.isValid() ? to.addDays(1) : QDate()).clippedTo(service));
    const qint64 mentoring = w.mentoring.isEmpty() ? 0 : mentoringDays(w, c, service);
    return AllowanceAmounts { Fen::fromFen(roundHalfUp(skill, c.days)),
        Fen::fromFen(roundHalfUp(leading, c.days)), Fen::fromFen(roundHalfUp(mentoring, c.days)) };
}

} // namespace skl
