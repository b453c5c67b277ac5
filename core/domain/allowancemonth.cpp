#include "core/domain/allowancemonth.h"

#include <algorithm>

namespace skl {

namespace {

    bool inService(QDate hired, QDate left, QDate day)
    {
        return hired.isValid() && hired <= day && (!left.isValid() || day < left);
    }

    bool within(QDate from, QDate toIncluded, QDate day)
    {
        return from <= day && (!toIncluded.isValid() || day <= toIncluded);
    }

    // The grade of each day of the month, -1 where none.
    std::vector<int> gradeByDay(const WorkerMonth &w, const AllowanceCalendar &c)
    {
        std::vector<int> grades(size_t(c.days), -1);
        for (const GradeSpan &span : w.grades) {
            for (int i = 0; i < c.days; ++i) {
                const QDate day = c.first.addDays(i);
                if (span.from <= day && (!span.until.isValid() || day < span.until))
                    grades[size_t(i)] = rankOf(span.grade);
            }
        }
        return grades;
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

AllowanceAmounts allowancesOf(const WorkerMonth &w, const AllowanceCalendar &c)
{
    qint64 skill = 0;
    qint64 leading = 0;
    qint64 mentoring = 0;
    const std::vector<int> grades = gradeByDay(w, c);
    QList<MentoringAgreement> agreements = w.mentoring;
    std::sort(agreements.begin(), agreements.end(),
        [](const MentoringAgreement &a, const MentoringAgreement &b) {
            return std::pair(a.start, a.id) < std::pair(b.start, b.id);
        });
    for (int i = 0; i < c.days; ++i) {
        const QDate day = c.first.addDays(i);
        if (!inService(w.hired, w.left, day))
            continue;
        const size_t d = size_t(i);
        const int grade = grades[d];
        if (grade >= 0)
            skill += c.skill[size_t(grade)][d];
        for (const auto &[from, to] : w.leading) {
            if (within(from, to, day)) {
                leading += c.teamLeader[d];
                break;
            }
        }
        if (agreements.isEmpty() || grade < c.mentoringMinGrade[d])
            continue;
        int paid = 0;
        for (const MentoringAgreement &a : std::as_const(agreements)) {
            if (paid >= c.mentoringCap[d])
                break;
            if (within(a.start, a.end, day) && inService(a.apprenticeHired, a.apprenticeLeft, day))
                ++paid;
        }
        mentoring += paid * c.mentoring[d];
    }
    return AllowanceAmounts { roundHalfUp(skill, c.days), roundHalfUp(leading, c.days),
        roundHalfUp(mentoring, c.days) };
}

} // namespace skl
