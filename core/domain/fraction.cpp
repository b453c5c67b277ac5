#include "core/domain/fraction.h"

#include <numeric>

namespace skl {

namespace {

    std::optional<Fraction> reduced(qint64 numerator, qint64 denominator)
    {
        if (denominator <= 0 || numerator < 0)
            return std::nullopt;
        const qint64 divisor = std::gcd(numerator, denominator);
        return Fraction { numerator / divisor, denominator / divisor };
    }

} // namespace

std::optional<Fraction> Fraction::parse(const QString &text)
{
    QString t = text.trimmed();
    bool ok = false;
    if (const qsizetype slash = t.indexOf(u'/'); slash > 0) {
        bool okDen = false;
        const qint64 num = t.left(slash).trimmed().toLongLong(&ok);
        const qint64 den = t.mid(slash + 1).trimmed().toLongLong(&okDen);
        return ok && okDen ? reduced(num, den) : std::nullopt;
    }
    qint64 scale = 1;
    if (t.endsWith(u'%')) {
        t.chop(1);
        scale = 100;
    }
    // Decimal text read digit by digit: no binary rounding on the way.
    const qsizetype point = t.indexOf(u'.');
    const QString whole = point < 0 ? t : t.left(point);
    const QString decimals = point < 0 ? QString() : t.mid(point + 1);
    if (decimals.size() > 9)
        return std::nullopt;
    qint64 denominator = scale;
    for (qsizetype i = 0; i < decimals.size(); ++i)
        denominator *= 10;
    const qint64 numerator = (whole + decimals).toLongLong(&ok);
    return ok ? reduced(numerator, denominator) : std::nullopt;
}

QString Fraction::toString() const
{
    return QStringLiteral("%1/%2").arg(numerator).arg(denominator);
}

} // namespace skl
