#include "core/domain/assessment.h"
#include "tests/support/catchqt.h"

using namespace skl;

namespace {

PartScores scored(std::optional<int> theory, std::optional<int> practical,
    std::optional<int> review = std::nullopt)
{
    PartScores parts;
    const auto set = [&](AssessmentPart part, std::optional<int> tenths) {
        if (tenths)
            parts[size_t(part)].score = Score { *tenths };
    };
    set(AssessmentPart::Theory, theory);
    set(AssessmentPart::Practical, practical);
    set(AssessmentPart::Review, review);
    return parts;
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("Scores are 0 to 100 with at most one decimal, held exactly in tenths", "[assessment]")
{
    CHECK(AssessmentRules::parseScore(QStringLiteral("60")).score == Score { 600 });
    CHECK(AssessmentRules::parseScore(QStringLiteral("59.9")).score == Score { 599 });
    CHECK(AssessmentRules::parseScore(QStringLiteral(" 100.0 ")).score == Score { 1000 });
    CHECK(AssessmentRules::parseScore(QStringLiteral("0")).score == Score { 0 });
    CHECK_FALSE(AssessmentRules::parseScore(QString()).score);
    CHECK(AssessmentRules::parseScore(QString()).error.isEmpty()); // empty: not scored
    CHECK_FALSE(AssessmentRules::parseScore(QStringLiteral("100.1")).error.isEmpty());
    CHECK_FALSE(AssessmentRules::parseScore(QStringLiteral("59.95")).error.isEmpty());
    CHECK_FALSE(AssessmentRules::parseScore(QStringLiteral("-1")).error.isEmpty());
    CHECK_FALSE(AssessmentRules::parseScore(QStringLiteral("abc")).error.isEmpty());
    CHECK(Score { 599 }.text() == QStringLiteral("59.9"));
}

TEST_CASE("60.0 passes and 59.9 fails", "[assessment]")
{
    const AssessmentPolicy policy;
    CHECK(AssessmentRules::outcome(Grade::Senior, scored(600, 600), policy).passed);
    const auto failed = AssessmentRules::outcome(Grade::Senior, scored(599, 600), policy);
    CHECK_FALSE(failed.passed);
    CHECK(failed.failedParts == QList<AssessmentPart> { AssessmentPart::Theory });
}

TEST_CASE("技师 and above need the comprehensive review; a missing part fails", "[assessment]")
{
    const AssessmentPolicy policy;
    CHECK(AssessmentRules::requiredParts(Grade::Senior, policy).size() == 2);
    CHECK(AssessmentRules::requiredParts(Grade::Technician, policy).size() == 3);
    const auto noReview = AssessmentRules::outcome(Grade::Technician, scored(800, 900), policy);
    CHECK_FALSE(noReview.passed);
    CHECK(noReview.failedParts == QList<AssessmentPart> { AssessmentPart::Review });
    CHECK(AssessmentRules::outcome(Grade::Technician, scored(800, 900, 600), policy).passed);
    const auto nothing = AssessmentRules::outcome(Grade::Junior, scored({}, {}), policy);
    CHECK(nothing.failedParts.size() == 2);
}

TEST_CASE(
    "Panels have an odd number of at least three, and enough for the candidates", "[assessment]")
{
    const AssessmentPolicy policy;
    CHECK(AssessmentRules::panelProblem(AssessmentPart::Practical, 2, 4, policy));
    CHECK(AssessmentRules::panelProblem(AssessmentPart::Review, 4, 4, policy));
    CHECK_FALSE(AssessmentRules::panelProblem(AssessmentPart::Practical, 3, 15, policy));
    CHECK(AssessmentRules::panelProblem(AssessmentPart::Practical, 3, 16, policy)); // 1 per 5
    CHECK_FALSE(AssessmentRules::panelProblem(AssessmentPart::Theory, 1, 15, policy));
    CHECK(AssessmentRules::panelProblem(AssessmentPart::Theory, 1, 16, policy)); // 1 per 15
    CHECK(AssessmentRules::panelProblem(AssessmentPart::Theory, 0, 1, policy));
}

TEST_CASE("Eligibility is judged on the assessment date and names the day it comes", "[assessment]")
{
    const AssessmentPolicy policy;
    // 高级工 since 2021-06-01, four years to 技师: eligible from 2025-06-01.
    const auto onTheDay = AssessmentRules::eligibility(
        Grade::Technician, Grade::Senior, day("2021-06-01"), day("2025-06-01"), 4, {}, policy);
    CHECK_FALSE(onTheDay.refusal);
    const auto dayShort = AssessmentRules::eligibility(
        Grade::Technician, Grade::Senior, day("2021-06-01"), day("2025-05-31"), 4, {}, policy);
    REQUIRE(dayShort.refusal);
    CHECK(dayShort.eligibleFrom == day("2025-06-01"));
    CHECK(dayShort.refusal->contains(QStringLiteral("2025-06-01")));
    // Two rungs up is refused, whatever the years.
    CHECK(AssessmentRules::eligibility(
        Grade::Technician, Grade::Intermediate, day("2010-01-01"), day("2025-06-01"), 4, {}, policy)
              .refusal);
}

TEST_CASE("An alternative condition admits up to its grade without a grade held", "[assessment]")
{
    AssessmentPolicy policy;
    policy.conditions.insert(QStringLiteral("tech-school"), Grade::Intermediate);
    CHECK_FALSE(AssessmentRules::eligibility(Grade::Intermediate, std::nullopt, {},
        day("2025-06-01"), 4, QStringLiteral("tech-school"), policy)
                    .refusal);
    CHECK(AssessmentRules::eligibility(Grade::Senior, std::nullopt, {}, day("2025-06-01"), 5,
        QStringLiteral("tech-school"), policy)
              .refusal);
    CHECK(AssessmentRules::eligibility(Grade::Intermediate, std::nullopt, {}, day("2025-06-01"), 4,
        QStringLiteral("unknown"), policy)
              .refusal);
}
