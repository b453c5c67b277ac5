#include "core/printing/reportblock.h"

#include <algorithm>

#include <QPaintDevice>

namespace skl {

QFont ReportStyle::font(double points, bool bold) const
{
    QFont f(family);
    f.setPointSizeF(std::max(points, kMinimumPoints));
    f.setBold(bold);
    // Measured and drawn at the device's resolution: no hinting, so that what was measured is
    // what is drawn on a printer of another resolution too.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QFontMetricsF ReportStyle::metrics(const QFont &font) const
{
    return QFontMetricsF(font, device);
}

int ReportStyle::wrapFlags(const QFont &font, double width, const QString &text) const
{
    const QFontMetricsF fm = metrics(font);
    const QRectF words = fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text);
    return words.width() <= width + 0.5 ? Qt::TextWordWrap : Qt::TextWrapAnywhere;
}

double ReportStyle::wrappedHeight(const QFont &font, double width, const QString &text) const
{
    return metrics(font)
        .boundingRect(QRectF(0, 0, width, 1e9), wrapFlags(font, width, text), text)
        .height();
}

double ReportStyle::nameColumn(const QStringList &names, double widest, double points,
    int maximumLines, QFont &regular, QFont &bold) const
{
    for (;; points -= 0.5) {
        regular = font(points);
        bold = font(points, true);
        const QFontMetricsF fm = metrics(bold);
        double natural = 0;
        for (const QString &name : names)
            natural = std::max(natural, fm.horizontalAdvance(name));
        // 1 mm of slack beyond the padding: a name measured to its exact width may wrap when
        // drawn.
        const double width = std::min(natural + 2 * namePadding() + mm, widest);
        const double lines = maximumLines * fm.lineSpacing() + 0.5;
        const bool fits = std::ranges::all_of(
            names, [&](const QString &name) { return nameHeight(bold, width, name) <= lines; });
        if (fits || points - 0.5 < kMinimumPoints)
            return width;
    }
}

double ReportStyle::nameHeight(const QFont &font, double columnWidth, const QString &name) const
{
    return wrappedHeight(font, columnWidth - 2 * namePadding() - mm, name);
}

double ReportBlock::height(int from, int to) const
{
    double sum = headHeight() + footHeight();
    const QList<double> &rows = rowHeights();
    for (int i = from; i < to; ++i)
        sum += rows[i];
    return sum;
}

} // namespace skl
