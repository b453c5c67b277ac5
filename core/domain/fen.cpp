#include "core/domain/fen.h"

#include <charconv>

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

// Written into a byte buffer rather than with QString::arg: a payroll workbook formats four
// amounts on each of half a million lines, and arg() was a quarter of its export (issue 19).
QString Fen::toYuan(Grouping grouping, Sign sign) const
{
    const quint64 magnitude = m_fen < 0 ? 0 - quint64(m_fen) : quint64(m_fen);
    char whole[24];
    const qsizetype digits
        = std::to_chars(whole, whole + sizeof whole, magnitude / 100).ptr - whole;
    char text[48];
    char *p = text;
    if (m_fen < 0)
        *p++ = '-';
    else if (sign == Sign::Always && m_fen > 0)
        *p++ = '+';
    for (qsizetype i = 0; i < digits; ++i) {
        if (grouping == Grouping::Thousands && i > 0 && (digits - i) % 3 == 0)
            *p++ = ',';
        *p++ = whole[i];
    }
    *p++ = '.';
    *p++ = char('0' + magnitude % 100 / 10);
    *p++ = char('0' + magnitude % 10);
    return QString::fromLatin1(text, p - text);
}

Fen Fen::dividedRoundingHalfUp(qint64 denominator) const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    const qint64 rounded = (2 * magnitude + denominator) / (2 * denominator);
    return Fen(m_fen < 0 ? -rounded : rounded);
}

} // namespace skl
