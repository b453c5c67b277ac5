#include "core/domain/fen.h"
#include "tests/support/catchqt.h"

using namespace skl;

TEST_CASE("Yuan text becomes exact fen, or is refused", "[money]")
{
    const auto [text, fen] = GENERATE(table<const char *, qint64>({
        { "0", 0 },
        { "1234", 123400 },
        { "1234.5", 123450 },
        { "1234.56", 123456 },
        { "0.01", 1 },
        { " 12.30 ", 1230 },
        { "1,234.50", 123450 },
        { "12,345,678.09", 1234567809 },
        { "-12.30", -1230 },
        { "+7", 700 },
        { "999,999,999.99", 99999999999 },
    }));
    const auto parsed = Fen::parseYuan(QString::fromUtf8(text));
    REQUIRE(parsed.has_value());
    CHECK(parsed->fen() == fen);
}

TEST_CASE("Yuan text with three decimals, an exponent or stray signs is not an amount", "[money]")
{
    const char *text = GENERATE("", "12.345", "1e3", "12.", ".5", "¥5", "1,23.00", "12,3456",
        "1 234", "--1", "abc", "1000000000", "1,000,000,000.00", "0x10", "１２");
    CHECK_FALSE(Fen::parseYuan(QString::fromUtf8(text)).has_value());
}

TEST_CASE(
    "Fen prints as yuan, plain for payroll files and grouped and signed for people", "[money]")
{
    CHECK(Fen::fromFen(123450).toYuan() == QStringLiteral("1234.50"));
    CHECK(Fen::fromFen(5).toYuan() == QStringLiteral("0.05"));
    CHECK(Fen::fromFen(-5).toYuan() == QStringLiteral("-0.05"));
    CHECK(Fen::fromFen(-123456789).toYuan(Fen::Grouping::Thousands)
        == QStringLiteral("-1,234,567.89"));
    CHECK(Fen::fromFen(100000).toYuan(Fen::Grouping::Thousands) == QStringLiteral("1,000.00"));
    CHECK(Fen::fromFen(99999).toYuan(Fen::Grouping::Thousands) == QStringLiteral("999.99"));
    CHECK(Fen::fromFen(1230).toYuan(Fen::Grouping::Thousands, Fen::Sign::Always)
        == QStringLiteral("+12.30"));
    CHECK(Fen {}.toYuan(Fen::Grouping::None, Fen::Sign::Always) == QStringLiteral("0.00"));
}

TEST_CASE("Fen adds, subtracts and multiplies exactly", "[money]")
{
    Fen total;
    total += Fen::fromFen(10);
    total += Fen::fromFen(20) * 3;
    total -= Fen::fromFen(5);
    CHECK(total == Fen::fromFen(65));
    CHECK(-total == Fen::fromFen(-65));
    CHECK(Fen::fromFen(1) < Fen::fromFen(2));
    CHECK((Fen::fromFen(7) - Fen::fromFen(9)).isNegative());
}

TEST_CASE("An amount divided rounds half a fen away from zero, once", "[money]")
{
    const auto [fen, by, expected] = GENERATE(table<qint64, qint64, qint64>({
        { 1200000, 12, 100000 }, // an annual salary of 12,000 yuan is 1,000 a month
        { 100006, 12, 8334 }, // 8333.83 → 8334
        { 18, 12, 2 }, // 1.5 → 2 (half up)
        { 6, 12, 1 }, // 0.5 → 1
        { 5, 12, 0 }, // 0.42 → 0
        { -18, 12, -2 },
        { 0, 31, 0 },
    }));
    CHECK(Fen::fromFen(fen).dividedRoundingHalfUp(by) == Fen::fromFen(expected));
}
