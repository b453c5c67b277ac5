#include "core/printing/fittedtext.h"

#include <cmath>

#include <QFontMetricsF>
#include <QPainter>

namespace skl {

namespace {

    constexpr qreal kStep = 0.25; // points

    // Whether text set in font fits box on at most maxLines lines; a single unbreakable run
    // wider than the box does not (it would be cut).
    bool fits(const QString &text, const QRectF &box, const QFont &font, int flags, int maxLines,
        const QPaintDevice *device)
    {
        const QFontMetricsF metrics(font, device);
        const QRectF needed = metrics.boundingRect(box, flags, text);
        if (needed.width() > box.width() + 0.01 || needed.height() > box.height() + 0.01)
            return false;
        return std::lround(needed.height() / metrics.lineSpacing()) <= maxLines;
    }

} // namespace

std::optional<FittedText> FittedText::fit(const QString &text, const QRectF &box, QFont font,
    const Sizes &sizes, Qt::Alignment alignment, const QPaintDevice *device)
{
    const int flags = int(alignment) | (sizes.maxLines > 1 ? int(Qt::TextWordWrap) : 0);
    for (qreal points = sizes.points; points >= sizes.minimumPoints - 1e-9; points -= kStep) {
        font.setPointSizeF(points);
        if (fits(text, box, font, flags, sizes.maxLines, device))
            return FittedText { font, flags };
    }
    return std::nullopt;
}

void FittedText::draw(QPainter &painter, const QRectF &box, const QString &text) const
{
    painter.setFont(font);
    painter.drawText(box, flags, text);
}

} // namespace skl
