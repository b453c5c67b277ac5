#pragma once

#include <optional>

#include <QCoreApplication>

#include "core/domain/fen.h"
#include "core/domain/fraction.h"

namespace skl {

// What the enterprise's policy sets for the employee-education fund (职工教育经费, section 十八,
// DOMAIN.md §5): the share of the wage bill that may be extracted before tax (8 %), and the share
// of the fund that must go to frontline workers (60 %).
struct FundPolicy
{
    Fraction capShare { 8, 100 };
    Fraction frontlineTarget { 3, 5 };
};

// The fund's figures of one calendar year. Every amount is exact fen; the one rounding is the
// cap's (the wage bill × the cap share, halves up to the fen). The share is an exact fraction,
// and there is none when nothing was spent: 0 ÷ 0 is no share, never 0 % (DOMAIN.md §5).
struct FundFigures
{
    int year = 0;
    std::optional<Fen> wageBill; // none: neither pay records nor an entered figure
    std::optional<Fen> cap; // none when the wage bill is none
    Fen spent; // training records that start in the year
    Fen frontline; // the part of spent on workers flagged frontline (一线)
    std::optional<Fraction> frontlineShare; // frontline ÷ spent, reduced; none when spent is 0
    Fraction frontlineTarget;
    std::optional<bool> met; // share ≥ target; none when there is no share

    friend bool operator==(const FundFigures &, const FundFigures &) = default;
};

class EducationFund
{
    Q_DECLARE_TR_FUNCTIONS(skl::EducationFund)
public:
    static FundFigures compute(
        int year, std::optional<Fen> wageBill, Fen spent, Fen frontline, const FundPolicy &policy);

    // wageBill × share, rounded half up to the fen; none without a wage bill.
    static std::optional<Fen> capOf(std::optional<Fen> wageBill, Fraction share);
    // frontline ÷ spent as a reduced fraction; none when spent is zero.
    static std::optional<Fraction> shareOf(Fen frontline, Fen spent);

    // "60%", "59.99%", "33.33%": a share for people, to two decimals (the comparison with the
    // target is made on the exact fraction, never on this text).
    static QString percentText(Fraction share);
    // 达标 / 未达标 / 无支出 as the page and the printouts say it.
    static QString verdictText(std::optional<bool> met);
};

} // namespace skl
