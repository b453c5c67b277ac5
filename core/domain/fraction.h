#pragma once

#include <optional>

#include <QString>

namespace skl {

// An exact share such as 1/3: targets compare counts with integers, so that 1 high-skilled
// worker of 3 skilled meets "≥ 1/3" exactly, which doubles cannot promise.
struct Fraction
{
    qint64 numerator = 0;
    qint64 denominator = 1;

    // "1/3", "0.35", "35%".
    static std::optional<Fraction> parse(const QString &text);
    QString toString() const; // "1/3"

    double toDouble() const { return double(numerator) / double(denominator); }
    // part / whole ≥ this; whole > 0.
    bool isMetBy(qint64 part, qint64 whole) const
    {
        return part * denominator >= numerator * whole;
    }
    friend bool operator==(const Fraction &, const Fraction &) = default;
};

} // namespace skl
