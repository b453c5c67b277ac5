#pragma once

#include <array>
#include <optional>
#include <vector>

#include <QDate>
#include <QList>

#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/domain/gradetimeline.h"

namespace skl {

// What is in force on each day of one month (index 0 = the 1st): the three allowance rates in
// fen per month, and the mentoring policy (DOMAIN.md §4, issue #6). The rates stay plain
// integers of fen: allowancesOf sums them per day for a million workers in a tight loop, and
// turns the rounded sums into Fen once per worker and kind.
struct AllowanceCalendar
{
    QDate first; // the 1st of the month
    int days = 0; // days in the month
    std::array<std::vector<qint64>, kGradeCount> skill; // [grade][day]
    std::vector<qint64> teamLeader; // [day]
    std::vector<qint64> mentoring; // per apprentice [day]
    std::vector<int> mentoringCap; // apprentices paid per mentor [day]
    std::vector<int> mentoringMinGrade; // rank [day]

    explicit AllowanceCalendar(QDate anyDayOfMonth = {});
    int indexOf(QDate day) const { return int(first.daysTo(day)); }

    // Running sums of the rates ([i] = the days before day i), for the sum over a stretch of
    // days in one step: call once the rates are filled in.
    void finish();
    std::array<std::vector<qint64>, kGradeCount> skillSums;
    std::vector<qint64> teamLeaderSums;
};

// An agreement as the month sees it: start and end both included (end invalid: ongoing), and
// the apprentice's service.
struct MentoringAgreement
{
    qint64 id = 0; // ties on the start day: the earlier agreement first
    QDate start;
    QDate end;
    QDate apprenticeHired;
    QDate apprenticeLeft; // first day no longer in service; invalid: in service
};

// One worker's month: service (leave = first day no longer in service), the highest grade in
// force as spans, the team-leader periods (both days included; end invalid: still leading) and
// the agreements in which the worker is the mentor.
struct WorkerMonth
{
    QDate hired;
    QDate left;
    QList<GradeSpan> grades;
    QList<std::pair<QDate, QDate>> leading;
    QList<MentoringAgreement> mentoring;
};

struct AllowanceAmounts
{
    Fen skill;
    Fen teamLeader;
    Fen mentoring;
    Fen total() const { return skill + teamLeader + mentoring; }
    AllowanceAmounts &operator+=(const AllowanceAmounts &other)
    {
        skill += other.skill;
        teamLeader += other.teamLeader;
        mentoring += other.mentoring;
        return *this;
    }
    friend bool operator==(const AllowanceAmounts &, const AllowanceAmounts &) = default;
};

// The month's allowances of one worker, exactly: per kind, amount = round half up of
// (Σ over the days in service of the rate in force that day) ÷ days in the month, which is the
// sum over the segments of constant rate and state of rate × days ÷ days in month, rounded once.
// Skill: the rate of the highest grade in force that day. Team leader: the days led. Mentoring:
// per day on which the mentor holds the minimum grade, the apprentices of the agreements in force
// whose apprentice is in service, earliest-starting first, at most the cap.
// The grade in force on the worker's last day of service in the month, if any.
std::optional<Grade> gradeAtMonthEnd(const WorkerMonth &worker, const AllowanceCalendar &calendar);

// The calendar must be finished (AllowanceCalendar::finish).
AllowanceAmounts allowancesOf(const WorkerMonth &worker, const AllowanceCalendar &calendar);

// round(numerator ÷ denominator), halves up; both ≥ 0, denominator > 0.
inline qint64 roundHalfUp(qint64 numerator, qint64 denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

} // namespace skl
