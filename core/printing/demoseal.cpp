#include "core/printing/demoseal.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kSize = 600;
    const QColor kRed(0xd0, 0x1c, 0x1f);

    QPainterPath star(QPointF centre, qreal outer)
    {
        QPainterPath path;
        const qreal inner = outer * 0.382;
        for (int i = 0; i < 10; ++i) {
            const qreal radius = i % 2 == 0 ? outer : inner;
            const qreal angle = qDegreesToRadians(-90.0 + i * 36.0);
            const QPointF point = centre + QPointF(radius * qCos(angle), radius * qSin(angle));
            if (i == 0)
                path.moveTo(point);
            else
                path.lineTo(point);
        }
        path.closeSubpath();
        return path;
    }

} // namespace

QByteArray demoSealPng(const QString &companyName, const QString &fontFamily)
{
    QImage image(kSize, kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF centre(kSize / 2.0, kSize / 2.0);
    painter.setPen(QPen(kRed, 18));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, kSize / 2.0 - 14, kSize / 2.0 - 14);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kRed);
    painter.drawPath(star(centre, 78));

    // The name along the upper arc, each character turned to face the centre.
    QFont font(fontFamily);
    font.setPixelSize(58);
    font.setBold(true);
    painter.setFont(font);
    const qreal radius = kSize / 2.0 - 80;
    const qsizetype count = companyName.size();
    const qreal span = std::min<qreal>(200, 19.0 * count);
    for (qsizetype i = 0; i < count; ++i) {
        const qreal angle = -90 - span / 2 + (count == 1 ? span / 2 : span * i / (count - 1));
        painter.save();
        painter.translate(centre);
        painter.rotate(angle + 90);
        painter.translate(0, -radius);
        painter.setPen(kRed);
        const QString character = companyName.mid(i, 1);
        const QRectF box(-35, -35, 70, 70);
        painter.drawText(box, Qt::AlignCenter, character);
        painter.restore();
    }
    font.setPixelSize(50);
    painter.setFont(font);
    painter.setPen(kRed);
    painter.drawText(QRectF(0, centre.y() + 88, kSize, 70), Qt::AlignCenter, u"示例专用章"_s);
    painter.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace skl
