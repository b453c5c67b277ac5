#include "core/domain/grade.h"
#include "tests/support/catchqt.h"

using namespace skl;

TEST_CASE("Every spelling of every grade is understood, whatever the UI language", "[grade]")
{
    struct Spelling
    {
        const char16_t *text;
        Grade grade;
    };
    const Spelling spellings[] = {
        { u"学徒工", Grade::Apprentice },
        { u"Apprentice", Grade::Apprentice },
        { u"初级工", Grade::Junior },
        { u"五级", Grade::Junior },
        { u"5", Grade::Junior },
        { u"5级", Grade::Junior },
        { u"Junior Worker", Grade::Junior },
        { u"中级工", Grade::Intermediate },
        { u"四级", Grade::Intermediate },
        { u"4", Grade::Intermediate },
        { u"Intermediate Worker", Grade::Intermediate },
        { u"高级工", Grade::Senior },
        { u"三级", Grade::Senior },
        { u"三级工", Grade::Senior },
        { u"3", Grade::Senior },
        { u"Senior Worker", Grade::Senior },
        { u"高级工（三级）", Grade::Senior },
        { u"高级工(三级)", Grade::Senior },
        { u"技师", Grade::Technician },
        { u"二级", Grade::Technician },
        { u"2", Grade::Technician },
        { u"Technician", Grade::Technician },
        { u"高级技师", Grade::SeniorTechnician },
        { u"一级", Grade::SeniorTechnician },
        { u"1", Grade::SeniorTechnician },
        { u"Senior Technician", Grade::SeniorTechnician },
        { u"特级技师", Grade::SpecialTechnician },
        { u"Special-Grade Technician", Grade::SpecialTechnician },
        { u"special grade technician", Grade::SpecialTechnician },
        { u"SpecialTechnician", Grade::SpecialTechnician },
        { u"首席技师", Grade::ChiefTechnician },
        { u"Chief Technician", Grade::ChiefTechnician },
        { u" CHIEF technician ", Grade::ChiefTechnician },
    };
    for (const Spelling &s : spellings) {
        const QString text = QString::fromUtf16(s.text);
        INFO(text.toStdString());
        const auto parsed = GradeNames::parse(text);
        REQUIRE(parsed.has_value());
        CHECK(*parsed == s.grade);
    }
}

TEST_CASE("Unknown or contradictory grade spellings are refused", "[grade]")
{
    for (const char16_t *text : { u"", u"六级", u"0", u"6", u"高级", u"Master", u"高级工(二级)" })
        CHECK_FALSE(GradeNames::parse(QString::fromUtf16(text)).has_value());
}

TEST_CASE("Skilled starts at 初级工 and high-skilled at 高级工", "[grade]")
{
    CHECK_FALSE(isSkilled(Grade::Apprentice));
    CHECK(isSkilled(Grade::Junior));
    CHECK_FALSE(isHighSkilled(Grade::Intermediate));
    CHECK(isHighSkilled(Grade::Senior));
    CHECK(isHighSkilled(Grade::ChiefTechnician));
}

TEST_CASE("Certificates print the grade with its national level", "[grade]")
{
    CHECK(GradeNames::chineseWithLevel(Grade::Senior) == QStringLiteral("高级工（三级）"));
    CHECK(GradeNames::chineseWithLevel(Grade::SeniorTechnician)
        == QStringLiteral("高级技师（一级）"));
    CHECK(GradeNames::chineseWithLevel(Grade::ChiefTechnician) == QStringLiteral("首席技师"));
}

TEST_CASE("Grade counts keep those with no grade yet apart from every grade", "[grade]")
{
    GradeCounts counts;
    CHECK(counts.total() == 0);
    counts.add(std::nullopt, 4);
    counts.add(Grade::Apprentice, 3);
    counts.add(Grade::Junior, 2);
    counts.add(Grade::Senior, 5);
    counts.add(Grade::ChiefTechnician, 1);
    counts.add(Grade::Junior, 10);
    CHECK(counts[std::nullopt] == 4);
    CHECK(counts[Grade::Apprentice] == 3);
    CHECK(counts[Grade::Junior] == 12);
    CHECK(counts[Grade::Intermediate] == 0);
    CHECK(counts[Grade::ChiefTechnician] == 1);
    CHECK(counts.total() == 25);
    CHECK(counts.graded() == 21);
    CHECK(counts.atLeast(Grade::Junior) == 18); // skilled workers
    CHECK(counts.atLeast(Grade::Senior) == 6); // high-skilled workers
    CHECK(counts.atLeast(Grade::ChiefTechnician) == 1);

    GradeCounts more;
    more.add(std::nullopt, 1);
    more.add(Grade::Technician, 2);
    GradeCounts sum = counts;
    sum += more;
    CHECK(sum[std::nullopt] == 5);
    CHECK(sum[Grade::Technician] == 2);
    CHECK(sum.total() == counts.total() + more.total());
    CHECK(sum != counts);
    counts += more;
    CHECK(sum == counts);
}

TEST_CASE("Every grade is listed once, in rank order, and ranks read back", "[grade]")
{
    REQUIRE(kGrades.size() == size_t(kGradeCount));
    for (int rank = 0; rank < kGradeCount; ++rank) {
        CHECK(rankOf(kGrades[size_t(rank)]) == rank);
        CHECK(gradeFromRank(rank) == kGrades[size_t(rank)]);
    }
    CHECK_FALSE(gradeFromRank(-1).has_value());
    CHECK_FALSE(gradeFromRank(kGradeCount).has_value());
}
