#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace skl {

// Words drawn as filled outlines, not as text: marks on a certificate (样张, 补发) that a reader
// sees on the page but that a PDF's text layer must not hold, so that the text layer is the
// certificate's own words only (issue 15). The outline is scaled to fill box (the font gives the
// glyphs' shape, not their size), centred, then rotated by degrees about the box's centre.
namespace OutlinedText {
    void draw(QPainter &painter, const QRectF &box, const QString &text, const QFont &font,
        const QColor &colour, qreal degrees = 0);
} // namespace OutlinedText

} // namespace skl
