#include "core/domain/gradetimeline.h"
#include "tests/support/catchqt.h"

using namespace skl;

namespace {

GradeRecord record(qint64 id, qint64 occupation, Grade grade, QDate effective, QDate revoked = {})
{
    return GradeRecord { id, occupation, grade, effective, revoked };
}

} // namespace

TEST_CASE("A grade is in force from its effective day on, not the day before", "[grades]")
{
    const QList<GradeRecord> records { record(1, 1, Grade::Senior, QDate(2020, 3, 1)) };
    CHECK_FALSE(highestGradeOn(records, QDate(2020, 2, 29)).has_value());
    CHECK(highestGradeOn(records, QDate(2020, 3, 1)) == Grade::Senior);
}

TEST_CASE("A later record in the same occupation supersedes, a demotion included", "[grades]")
{
    const QList<GradeRecord> records { record(1, 1, Grade::Technician, QDate(2018, 1, 1)),
        record(2, 1, Grade::Senior, QDate(2021, 1, 1)) };
    CHECK(highestGradeOn(records, QDate(2020, 6, 1)) == Grade::Technician);
    CHECK(highestGradeOn(records, QDate(2021, 1, 1)) == Grade::Senior);
}

TEST_CASE("Across occupations the highest grade in force counts", "[grades]")
{
    const QList<GradeRecord> records { record(1, 1, Grade::Intermediate, QDate(2015, 1, 1)),
        record(2, 2, Grade::Technician, QDate(2019, 1, 1)),
        record(3, 1, Grade::Senior, QDate(2020, 1, 1)) };
    CHECK(highestGradeOn(records, QDate(2018, 1, 1)) == Grade::Intermediate);
    CHECK(highestGradeOn(records, QDate(2020, 1, 1)) == Grade::Technician);
}

TEST_CASE("A revoked record stays in force on its revocation day and ends after it", "[grades]")
{
    const QList<GradeRecord> records {
        record(1, 1, Grade::Intermediate, QDate(2015, 1, 1)),
        record(2, 1, Grade::Technician, QDate(2020, 1, 1), QDate(2020, 6, 30)),
    };
    CHECK(highestGradeOn(records, QDate(2020, 6, 30)) == Grade::Technician);
    CHECK(highestGradeOn(records, QDate(2020, 7, 1)) == Grade::Intermediate);
}

TEST_CASE("Spans cover the history with adjacent equal grades merged", "[grades]")
{
    const QList<GradeRecord> records {
        record(1, 1, Grade::Junior, QDate(2010, 5, 1)),
        record(2, 2, Grade::Junior, QDate(2012, 1, 1)), // same highest grade: no new span
        record(3, 1, Grade::Intermediate, QDate(2014, 5, 1)),
        record(4, 1, Grade::Senior, QDate(2019, 5, 1), QDate(2020, 1, 31)),
    };
    const QList<GradeSpan> expected {
        { QDate(2010, 5, 1), QDate(2014, 5, 1), Grade::Junior },
        { QDate(2014, 5, 1), QDate(2019, 5, 1), Grade::Intermediate },
        { QDate(2019, 5, 1), QDate(2020, 2, 1), Grade::Senior },
        { QDate(2020, 2, 1), QDate(), Grade::Intermediate },
    };
    CHECK(highestGradeSpans(records) == expected);
}

TEST_CASE("A worker without records has no span", "[grades]")
{
    CHECK(highestGradeSpans({}).isEmpty());
}
