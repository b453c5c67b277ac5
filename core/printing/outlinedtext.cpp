#include "core/printing/outlinedtext.h"

#include <algorithm>

#include <QPainter>
#include <QPainterPath>

namespace skl {

void OutlinedText::draw(QPainter &painter, const QRectF &box, const QString &text,
    const QFont &font, const QColor &colour, qreal degrees)
{
    QPainterPath path;
    path.addText(0, 0, font, text); // the baseline at y 0
    const QRectF shape = path.boundingRect();
    if (shape.isEmpty())
        return;
    const qreal scale = std::min(box.width() / shape.width(), box.height() / shape.height());
    painter.save();
    painter.translate(box.center());
    painter.rotate(degrees);
    painter.scale(scale, scale);
    painter.translate(-shape.center());
    painter.setPen(Qt::NoPen);
    painter.fillPath(path, colour);
    painter.restore();
}

} // namespace skl
