#include "core/printing/outlinedtext.h"

#include <QPainter>
#include <QPainterPath>

namespace skl {

void OutlinedText::draw(QPainter &painter, const QRectF &box, const QString &text,
    const QFont &font, const QColor &colour, qreal degrees)
{
    QPainterPath path;
    path.addText(0, 0, font, text); // the baseline at y 0
    const QRectF shape = path.boundingRect();
    painter.save();
    painter.translate(box.center());
    painter.rotate(degrees);
    painter.translate(-shape.center());
    painter.setPen(Qt::NoPen);
    painter.fillPath(path, colour);
    painter.restore();
}

} // namespace skl
