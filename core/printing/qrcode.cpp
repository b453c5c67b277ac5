#include "core/printing/qrcode.h"

#include <QPainter>

#include <qrencode.h>

namespace skl {

QrCode::QrCode(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return;
    m_size = code->width;
    m_dark.resize(qsizetype(m_size) * m_size);
    for (int i = 0; i < m_size * m_size; ++i)
        m_dark[i] = (code->data[i] & 1) != 0; // bit 0: dark module
    QRcode_free(code);
}

void QrCode::paint(QPainter &painter, const QRectF &target) const
{
    if (m_size == 0)
        return;
    constexpr int kQuietZone = 4;
    const qreal side = std::min(target.width(), target.height());
    const qreal module = side / (m_size + 2 * kQuietZone);
    const QPointF origin = target.topLeft() + QPointF(module * kQuietZone, module * kQuietZone);
    painter.save();
    painter.fillRect(QRectF(target.topLeft(), QSizeF(side, side)), Qt::white);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            // A hair wider than the module so that neighbouring runs leave no seam.
            painter.fillRect(QRectF(origin.x() + start * module, origin.y() + y * module,
                                 (x - start) * module + module * 0.02, module * 1.02),
                Qt::black);
        }
    }
    painter.restore();
}

} // namespace skl
