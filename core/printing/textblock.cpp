#include "core/printing/textblock.h"

#include <QPainter>

namespace skl {

TextBlock::TextBlock(QString text, double points, bool bold, Qt::Alignment alignment)
    : m_text(std::move(text))
    , m_points(points)
    , m_bold(bold)
    , m_alignment(alignment)
{ }

void TextBlock::layout(const ReportStyle &style, double width)
{
    m_style = style;
    // Measured a little narrower than drawn: text at its exact width may wrap when drawn.
    m_heights = { style.wrappedHeight(style.font(m_points, m_bold), width - style.mm, m_text) };
}

void TextBlock::paint(QPainter &painter, const QRectF &rect, int, int) const
{
    const QFont font = m_style.font(m_points, m_bold);
    painter.save();
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(rect,
        int(m_alignment | Qt::AlignTop) | m_style.wrapFlags(font, rect.width(), m_text), m_text);
    painter.restore();
}

} // namespace skl
