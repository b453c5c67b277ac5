#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/domain/fen.h"

namespace skl {

// How a percentage and an amount of money read on screen and in printouts, one form each, as a
// Chinese office writes them (issue 15): "53.0%" (one decimal, no space, "—" when there is no
// value) and "12,345.67 元" (thousands separated, two decimals). Files for payroll and Excel keep
// plain numbers (Fen::toYuan, numbers in cells). The ticks of a chart's percentage scale are
// whole percentages in the same form, "10%", on screen and in printouts alike.
class FigureFormat
{
    Q_DECLARE_TR_FUNCTIONS(skl::FigureFormat)
public:
    enum class Sign { NegativeOnly, Always };

    // A share as a fraction (0.532 → "53.2%").
    static QString percent(std::optional<double> ratio, Sign sign = Sign::NegativeOnly);
    // A value already in percent, as a chart holds it (53.2 → "53.2%").
    static QString percentValue(double percent, Sign sign = Sign::NegativeOnly);
    // A value in ‰, exact (1023 → "102.3%", a compa-ratio; -38 → "-3.8%", a gap).
    static QString permille(std::optional<qint64> permille, Sign sign = Sign::NegativeOnly);
    // A tick of a percentage scale: 10 → "10%".
    static QString percentTick(int percent);
    // The same for a chart axis that formats its own ticks (QValueAxis::setLabelFormat).
    static QString percentTickFormat();
    // An amount in a column headed in 元: "12,345.67".
    static QString amount(Fen amount, Sign sign = Sign::NegativeOnly);
    // An amount in running text: "12,345.67 元".
    static QString money(Fen amount);
};

} // namespace skl
