#include "core/domain/figureformat.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString signOf(bool negative, bool positive, FigureFormat::Sign sign)
    {
        if (negative)
            return u"-"_s;
        return positive && sign == FigureFormat::Sign::Always ? u"+"_s : QString();
    }

} // namespace

QString FigureFormat::percent(std::optional<double> ratio, Sign sign)
{
    if (!ratio || !std::isfinite(*ratio))
        return u"—"_s;
    return percentValue(*ratio * 100.0, sign);
}

QString FigureFormat::percentValue(double percent, Sign sign)
{
    if (!std::isfinite(percent))
        return u"—"_s;
    // Tenths rounded half away from zero, then written exactly: "-0.0%" never appears.
    const qint64 tenths = std::llround(percent * 10.0);
    return permille(tenths, sign);
}

QString FigureFormat::permille(std::optional<qint64> permille, Sign sign)
{
    if (!permille)
        return u"—"_s;
    const qint64 magnitude = *permille < 0 ? -*permille : *permille;
    return u"%1%2.%3%"_s.arg(signOf(*permille<0, *permille> 0, sign))
        .arg(magnitude / 10)
        .arg(magnitude % 10);
}

QString FigureFormat::percentTick(int percent)
{
    return u"%1%"_s.arg(percent);
}

QString FigureFormat::percentTickFormat()
{
    // printf's form of percentTick: no decimals, the sign glued on.
    return u"%.0f%%"_s;
}

QString FigureFormat::amount(Fen amount, Sign sign)
{
    return amount.toYuan(Fen::Grouping::Thousands,
        sign == Sign::Always ? Fen::Sign::Always : Fen::Sign::NegativeOnly);
}

QString FigureFormat::money(Fen amount)
{
    //: An amount of money in running text: "12,345.67 元".
    return tr("%1 yuan").arg(FigureFormat::amount(amount));
}

} // namespace skl
