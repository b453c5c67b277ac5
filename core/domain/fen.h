#pragma once

#include <compare>
#include <optional>

#include <QString>
#include <QStringView>

namespace skl {

// An amount of money in fen (分, 1/100 yuan), exact: pay and allowances are integers all the way
// to the payroll file (DOMAIN.md §4). No double goes in or out; stored as INTEGER *_fen columns.
class Fen
{
public:
    constexpr Fen() = default;
    static constexpr Fen fromFen(qint64 fen) { return Fen(fen); }

    // Yuan as officers and spreadsheets write it: "1234", "1234.5", "1,234.50", "-12.30", an
    // optional sign, at most two decimals, thousands separators only in groups of three, under a
    // billion yuan; spaces around are ignored. nullopt for anything else (an exponent, three
    // decimals, "12.", "¥5").
    static std::optional<Fen> parseYuan(QStringView text);

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    enum class Grouping { None, Thousands };
    enum class Sign { NegativeOnly, Always };
    // "1234.50" (files for payroll), "1,234.50" (screens and printouts), "+1,234.50" (a gap).
    QString toYuan(Grouping grouping = Grouping::None, Sign sign = Sign::NegativeOnly) const;

    // numerator ÷ denominator rounded half up (away from zero for negatives), the one rounding
    // of a pro-rated or annual amount (an annual salary ÷ 12).
    Fen dividedRoundingHalfUp(qint64 denominator) const;

    constexpr Fen operator-() const { return Fen(-m_fen); }
    constexpr Fen &operator+=(Fen other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Fen &operator-=(Fen other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    friend constexpr Fen operator+(Fen a, Fen b) { return Fen(a.m_fen + b.m_fen); }
    friend constexpr Fen operator-(Fen a, Fen b) { return Fen(a.m_fen - b.m_fen); }
    friend constexpr Fen operator*(Fen a, qint64 times) { return Fen(a.m_fen * times); }
    friend constexpr Fen operator*(qint64 times, Fen a) { return Fen(a.m_fen * times); }
    friend constexpr bool operator==(Fen, Fen) = default;
    friend constexpr std::strong_ordering operator<=>(Fen, Fen) = default;

private:
    constexpr explicit Fen(qint64 fen)
        : m_fen(fen)
    { }
    qint64 m_fen = 0;
};

} // namespace skl
