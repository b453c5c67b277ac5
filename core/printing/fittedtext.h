#pragma once

#include <optional>

#include <QFont>
#include <QRectF>
#include <QString>

class QPaintDevice;
class QPainter;

namespace skl {

// A value fitted into its box on a printed page (issue 15): at its preferred size if it fits,
// else wrapped onto the box's lines and shrunk in quarter points, down to a minimum size on the
// paper below which it would no longer be read. Measured with the device's own metrics, so that
// what was checked is what is drawn.
struct FittedText
{
    QFont font;
    int flags = 0; // alignment and wrapping for QPainter::drawText

    struct Sizes
    {
        qreal points = 12; // preferred, on the paper
        qreal minimumPoints = 8; // smallest legible on the paper
        int maxLines = 1;
    };
    // nullopt when text does not fit box even at the minimum size.
    static std::optional<FittedText> fit(const QString &text, const QRectF &box, QFont font,
        const Sizes &sizes, Qt::Alignment alignment, const QPaintDevice *device);

    void draw(QPainter &painter, const QRectF &box, const QString &text) const;
};

} // namespace skl
