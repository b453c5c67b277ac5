#include "core/domain/figureformat.h"
#include "tests/support/catchqt.h"

using namespace skl;

TEST_CASE("Every percentage reads the same way: one decimal and the sign glued on", "[figures]")
{
    CHECK(FigureFormat::percent(0.53) == QStringLiteral("53.0%"));
    CHECK(FigureFormat::percent(1.0 / 3.0) == QStringLiteral("33.3%"));
    CHECK(FigureFormat::percent(0.35) == QStringLiteral("35.0%"));
    CHECK(FigureFormat::percent(std::nullopt) == QStringLiteral("—"));
    CHECK(FigureFormat::percentValue(7.05) == QStringLiteral("7.1%"));
    CHECK(FigureFormat::percentValue(-0.04) == QStringLiteral("0.0%"));
    CHECK(FigureFormat::permille(1023) == QStringLiteral("102.3%")); // a compa-ratio
    CHECK(FigureFormat::permille(-38) == QStringLiteral("-3.8%"));
    CHECK(FigureFormat::permille(100, FigureFormat::Sign::Always) == QStringLiteral("+10.0%"));
    CHECK(FigureFormat::permille(0, FigureFormat::Sign::Always) == QStringLiteral("0.0%"));
}

TEST_CASE("A chart's percentage scale reads as the figures do, whole: 10%", "[figures]")
{
    CHECK(FigureFormat::percentTick(10) == QStringLiteral("10%"));
    CHECK(FigureFormat::percentTick(0) == QStringLiteral("0%"));
    // The axes that format their own ticks write the same.
    CHECK(QString::asprintf(FigureFormat::percentTickFormat().toLatin1().constData(), 10.0)
        == FigureFormat::percentTick(10));
}

TEST_CASE("Money on screen has thousands separators and two decimals", "[figures]")
{
    CHECK(FigureFormat::amount(Fen::fromFen(1234567)) == QStringLiteral("12,345.67"));
    CHECK(FigureFormat::amount(Fen::fromFen(-100000050)) == QStringLiteral("-1,000,000.50"));
    CHECK(FigureFormat::amount(Fen::fromFen(5), FigureFormat::Sign::Always)
        == QStringLiteral("+0.05"));
    CHECK(FigureFormat::money(Fen::fromFen(1234567)) == QStringLiteral("12,345.67 yuan"));
}
