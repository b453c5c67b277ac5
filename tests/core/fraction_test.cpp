#include "core/domain/fraction.h"
#include "tests/support/catchqt.h"

using namespace skl;

TEST_CASE("Shares are read as fractions, decimals or percentages, exactly", "[targets]")
{
    CHECK(Fraction::parse(QStringLiteral("1/3")) == Fraction { 1, 3 });
    CHECK(Fraction::parse(QStringLiteral("0.35")) == Fraction { 7, 20 });
    CHECK(Fraction::parse(QStringLiteral("35%")) == Fraction { 7, 20 });
    CHECK(Fraction::parse(QStringLiteral("30 / 100")) == Fraction { 3, 10 });
    CHECK_FALSE(Fraction::parse(QStringLiteral("1/0")).has_value());
    CHECK_FALSE(Fraction::parse(QStringLiteral("a third")).has_value());
}

TEST_CASE("One of three meets 1/3 exactly, where a double would round", "[targets]")
{
    const Fraction third { 1, 3 };
    CHECK(third.isMetBy(1, 3));
    CHECK(third.isMetBy(333, 999));
    CHECK_FALSE(third.isMetBy(332, 999));
    const Fraction thirtyPercent { 3, 10 };
    CHECK(thirtyPercent.isMetBy(3, 10));
    CHECK_FALSE(thirtyPercent.isMetBy(299, 1000));
}
