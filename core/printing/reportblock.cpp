#include "core/printing/reportblock.h"

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

double ReportBlock::height(int from, int to) const
{
    double sum = headHeight() + footHeight();
    const QList<double> &rows = rowHeights();
    for (int i = from; i < to; ++i)
        sum += rows[i];
    return sum;
}

} // namespace skl
