#include "core/domain/allowancemonth.h"
#include "tests/support/catchqt.h"

using namespace skl;

namespace {

// June 2025 (30 days): 初级工 100.00, 中级工 200.00, 高级工 300.00 yuan; team leader 300.00;
// mentoring 50.00 per apprentice; at most 3 apprentices, mentors from 高级工.
AllowanceCalendar june()
{
    AllowanceCalendar c(QDate(2025, 6, 1));
    for (int i = 0; i < c.days; ++i) {
        c.skill[1][size_t(i)] = 10000;
        c.skill[2][size_t(i)] = 20000;
        c.skill[3][size_t(i)] = 30000;
        c.teamLeader[size_t(i)] = 30000;
        c.mentoring[size_t(i)] = 5000;
        c.mentoringCap[size_t(i)] = 3;
    }
    c.finish();
    return c;
}

WorkerMonth intermediateFrom(QDate day)
{
    WorkerMonth w;
    w.hired = QDate(2010, 1, 1);
    w.grades = { GradeSpan { QDate(2015, 1, 1), day, Grade::Junior },
        GradeSpan { day, QDate(), Grade::Intermediate } };
    return w;
}

MentoringAgreement agreement(qint64 id, QDate start, QDate apprenticeLeft = {})
{
    return MentoringAgreement { id, start, QDate(), QDate(2020, 1, 1), apprenticeLeft };
}

} // namespace

TEST_CASE("A grade change on the 1st, the 15th and the last day", "[allowance]")
{
    const AllowanceCalendar c = june();
    CHECK(allowancesOf(intermediateFrom(QDate(2025, 6, 1)), c).skill == Fen::fromFen(20000));
    // 14 days at 100.00 and 16 at 200.00: 4600.00 ÷ 30 = 153.333… → 153.33.
    CHECK(allowancesOf(intermediateFrom(QDate(2025, 6, 15)), c).skill == Fen::fromFen(15333));
    // 29 days at 100.00 and 1 at 200.00: 3100.00 ÷ 30 = 103.333… → 103.33.
    CHECK(allowancesOf(intermediateFrom(QDate(2025, 6, 30)), c).skill == Fen::fromFen(10333));
}

TEST_CASE("Hire and leave inside the month count only the days in service", "[allowance]")
{
    WorkerMonth w = intermediateFrom(QDate(2020, 1, 1));
    w.hired = QDate(2025, 6, 10);
    w.left = QDate(2025, 6, 21); // the first day no longer in service: 10th … 20th, 11 days
    CHECK(allowancesOf(w, june()).skill == Fen::fromFen(7333)); // 2200.00 ÷ 30 = 73.333…
}

TEST_CASE("February of a leap year has 29 days; halves round up", "[allowance]")
{
    AllowanceCalendar feb(QDate(2024, 2, 10));
    REQUIRE(feb.days == 29);
    for (int i = 0; i < feb.days; ++i)
        feb.skill[2][size_t(i)] = 20000;
    feb.finish();
    WorkerMonth w = intermediateFrom(QDate(2020, 1, 1));
    CHECK(allowancesOf(w, feb).skill == Fen::fromFen(20000));
    w.hired = QDate(2024, 2, 15); // 15 days: 3000.00 ÷ 29 = 103.448… → 103.45
    CHECK(allowancesOf(w, feb).skill == Fen::fromFen(10345));

    AllowanceCalendar half = june();
    for (int i = 0; i < half.days; ++i)
        half.skill[2][size_t(i)] = 15; // 0.15 yuan a month
    half.finish();
    WorkerMonth oneDay = intermediateFrom(QDate(2020, 1, 1));
    oneDay.hired = QDate(2025, 6, 30); // 15 ÷ 30 = 0.5 fen → 1
    CHECK(allowancesOf(oneDay, half).skill == Fen::fromFen(1));
    CHECK(roundHalfUp(44, 10) == 4);
    CHECK(roundHalfUp(45, 10) == 5);
}

TEST_CASE("A rate change in the middle of the month", "[allowance]")
{
    AllowanceCalendar c = june();
    for (int i = 15; i < c.days; ++i)
        c.skill[1][size_t(i)] = 13000; // from the 16th
    c.finish();
    WorkerMonth w = intermediateFrom(QDate(2030, 1, 1)); // 初级工 all month
    CHECK(allowancesOf(w, c).skill == Fen::fromFen(11500)); // (15 × 100 + 15 × 130) ÷ 30
}

TEST_CASE("Team leader: the days led, both ends included", "[allowance]")
{
    WorkerMonth w = intermediateFrom(QDate(2020, 1, 1));
    w.leading = { { QDate(2025, 6, 10), QDate(2025, 6, 19) } };
    CHECK(allowancesOf(w, june()).teamLeader == Fen::fromFen(10000)); // 10 days of 300.00
    w.leading = { { QDate(2024, 1, 1), QDate() } };
    CHECK(allowancesOf(w, june()).teamLeader == Fen::fromFen(30000));
}

TEST_CASE("A mentor over the cap is paid for the earliest agreements, at the minimum grade",
    "[allowance]")
{
    WorkerMonth mentor;
    mentor.hired = QDate(2005, 1, 1);
    mentor.grades = { GradeSpan { QDate(2015, 1, 1), QDate(), Grade::Senior } };
    // Four apprentices, the cap is 3: the earliest three count. When A leaves on the 16th, the
    // fourth takes the place: 3 a day all month.
    mentor.mentoring = { agreement(4, QDate(2025, 4, 1)), agreement(1, QDate(2025, 1, 1)),
        agreement(2, QDate(2025, 2, 1)), agreement(3, QDate(2025, 3, 1)) };
    CHECK(allowancesOf(mentor, june()).mentoring == Fen::fromFen(15000));
    mentor.mentoring[1].apprenticeLeft = QDate(2025, 6, 16);
    CHECK(allowancesOf(mentor, june()).mentoring == Fen::fromFen(15000));
    // Two apprentices, the second from the 21st: (20 + 2 × 10) apprentice-days of 50.00 ÷ 30.
    mentor.mentoring = { agreement(1, QDate(2025, 1, 1)), agreement(2, QDate(2025, 6, 21)) };
    CHECK(allowancesOf(mentor, june()).mentoring
        == Fen::fromFen(6667)); // 2000.00 ÷ 30 = 66.666… → 66.67
    // Below 高级工 until the 15th: 16 days × 3 × 50.00 ÷ 30 = 80.00.
    mentor.mentoring = { agreement(1, QDate(2025, 1, 1)), agreement(2, QDate(2025, 1, 2)),
        agreement(3, QDate(2025, 1, 3)) };
    mentor.grades = { GradeSpan { QDate(2015, 1, 1), QDate(2025, 6, 15), Grade::Intermediate },
        GradeSpan { QDate(2025, 6, 15), QDate(), Grade::Senior } };
    CHECK(allowancesOf(mentor, june()).mentoring == Fen::fromFen(8000));
}
