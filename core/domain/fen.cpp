#include "core/domain/fen.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Under a billion yuan: more than any pay, band or rate, and small enough that sums over a
    // million workers, and the per-mille ratios of pay reports (× 1000, doubled for rounding),
    // stay far inside qint64.
    constexpr int kMaxYuanDigits = 9;

} // namespace

std::optional<Fen> Fen::parseYuan(QStringView text)
{
    static const QRegularExpression yuan(
        u"^([+-]?)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.([0-9]{1,2}))?$"_s);
    const auto match = yuan.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    QString whole = match.captured(2);
    whole.remove(u',');
    if (whole.size() > kMaxYuanDigits)
        return std::nullopt;
    const qint64 cents = match.captured(3).leftJustified(2, u'0').toLongLong();
    const qint64 fen = whole.toLongLong() * 100 + cents;
    return Fen(match.captured(1) == u"-" ? -fen : fen);
}

QString Fen::toYuan(Grouping grouping, Sign sign) const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    QString whole = QString::number(magnitude / 100);
    if (grouping == Grouping::Thousands) {
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, u',');
    }
    QString prefix;
    if (m_fen < 0)
        prefix = u"-"_s;
    else if (sign == Sign::Always && m_fen > 0)
        prefix = u"+"_s;
    return u"%1%2.%3"_s.arg(prefix, whole).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

Fen Fen::dividedRoundingHalfUp(qint64 denominator) const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    const qint64 rounded = (2 * magnitude + denominator) / (2 * denominator);
    return Fen(m_fen < 0 ? -rounded : rounded);
}

} // namespace skl
