#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace skl {

// A QR code (libqrencode, error correction level M) as a square of modules.
class QrCode
{
public:
    // Empty (size() == 0) when text cannot be encoded.
    explicit QrCode(const QString &text);

    int size() const { return m_size; } // modules per side
    bool isDark(int x, int y) const { return m_dark.at(y * m_size + x); }

    // Paints the code with its quiet zone of 4 modules into a square of target, as filled
    // rectangles (one per run of dark modules): sharp at any resolution, searchable PDFs stay
    // small.
    void paint(QPainter &painter, const QRectF &target) const;

private:
    int m_size = 0;
    QList<bool> m_dark;
};

} // namespace skl
