#include "core/printing/reporttable.h"

#include <numeric>

#include <QPainter>

namespace skl {

ReportTable::ReportTable(QList<Column> columns, int wrapping, double points)
    : m_columns(std::move(columns))
    , m_wrapping(wrapping)
    , m_points(points)
{ }

void ReportTable::addRow(QList<Cell> cells, bool emphasised)
{
    cells.resize(m_columns.size());
    m_rows += Row { std::move(cells), emphasised };
}

double ReportTable::cellHeight(const QFont &font, double width, const QString &text) const
{
    // A little narrower than drawn: text at its exact width may wrap when drawn.
    return m_style.wrappedHeight(font, width - 2 * m_padding - 0.25 * m_style.mm, text)
        + 2 * m_padding;
}

// Sets the columns' widths for the font of points; false when they exceed width even with the
// wrapping column at its narrowest.
bool ReportTable::fits(double points, double width)
{
    m_font = m_style.font(points);
    m_bold = m_style.font(points, true);
    const QFontMetricsF fm = m_style.metrics(m_font);
    const QFontMetricsF bold = m_style.metrics(m_bold);
    const qsizetype count = m_columns.size();
    QList<double> body(count, 0);
    QList<double> heading(count, 0);
    for (qsizetype c = 0; c < count; ++c) {
        heading[c] = bold.horizontalAdvance(m_columns[c].title) + 2 * m_padding;
        for (const Row &row : m_rows) {
            const QFontMetricsF &metrics = row.emphasised ? bold : fm;
            body[c] = std::max(body[c], metrics.horizontalAdvance(row.cells[c].text));
        }
        // A little slack: a text measured to its exact width may wrap when drawn.
        body[c] += 2 * m_padding + 0.5 * m_style.mm;
        heading[c] += 0.5 * m_style.mm;
    }
    // Headings wrap before any figure does: a column is as wide as its widest figure, or its
    // heading when there is room for that.
    m_widths = heading;
    for (qsizetype c = 0; c < count; ++c)
        m_widths[c] = std::max(body[c], heading[c]);
    auto total = [this] { return std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0); };
    if (total() > width) {
        // Headings wrap, keeping at least four characters a line, so that they stay readable.
        for (qsizetype c = 0; c < count; ++c)
            m_widths[c] = std::max(body[c], std::min(heading[c], 4 * fm.height() + 2 * m_padding));
    }
    if (total() > width && m_wrapping >= 0) {
        const double others = total() - m_widths[m_wrapping];
        // A name wraps within at least five characters' width.
        const double narrowest = 5 * fm.height() + 2 * m_padding;
        m_widths[m_wrapping] = std::max(narrowest, width - others);
    }
    if (total() > width)
        return false;
    // Tables at more than half the width fill it: the eye follows a row across less space.
    if (total() > width / 2) {
        const double extra = (width - total()) / double(count);
        for (double &w : m_widths)
            w += extra;
    }
    return true;
}

void ReportTable::layout(const ReportStyle &style, double width)
{
    m_style = style;
    m_padding = 1.2 * style.mm;
    double points = m_points;
    while (!fits(points, width) && points > ReportStyle::kMinimumPoints)
        points = std::max(ReportStyle::kMinimumPoints, points - 0.5);
    if (std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0) > width) {
        // Even at the smallest size: the widest columns share the width, and their text wraps.
        const double scale = width / std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0);
        for (double &w : m_widths)
            w *= scale;
    }
    m_headHeight = 0;
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        m_headHeight = std::max(m_headHeight, cellHeight(m_bold, m_widths[c], m_columns[c].title));
    m_rowHeights.clear();
    for (const Row &row : m_rows) {
        double h = 0;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            h = std::max(
                h, cellHeight(row.emphasised ? m_bold : m_font, m_widths[c], row.cells[c].text));
        m_rowHeights += h;
    }
}

void ReportTable::paint(QPainter &painter, const QRectF &rect, int from, int to) const
{
    painter.save();
    const double tableWidth = std::accumulate(m_widths.cbegin(), m_widths.cend(), 0.0);
    QPen rule(ReportStyle::ruleColor());
    rule.setWidthF(0.15 * m_style.mm);
    auto drawRow = [&](double top, double height, const QList<Cell> &cells, const QFont &font,
                       const QColor &background, bool heading) {
        if (background.isValid())
            painter.fillRect(QRectF(rect.left(), top, tableWidth, height), background);
        painter.setFont(font);
        double x = rect.left();
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QRectF box(x, top, m_widths[c], height);
            const QRectF text = box.adjusted(m_padding, m_padding, -m_padding, -m_padding);
            const Qt::Alignment alignment
                = heading ? Qt::AlignHCenter : m_columns[c].alignment & Qt::AlignHorizontal_Mask;
            painter.setPen(cells[c].color);
            painter.drawText(text,
                int(alignment | Qt::AlignVCenter)
                    | m_style.wrapFlags(font, text.width(), cells[c].text),
                cells[c].text);
            painter.setPen(rule);
            painter.drawRect(box);
            x += m_widths[c];
        }
    };
    QList<Cell> titles;
    for (const Column &column : m_columns)
        titles += Cell { column.title, Qt::black };
    drawRow(rect.top(), m_headHeight, titles, m_bold, ReportStyle::headerColor(), true);
    double y = rect.top() + m_headHeight;
    for (int i = from; i < to; ++i) {
        const Row &row = m_rows[i];
        drawRow(y, m_rowHeights[i], row.cells, row.emphasised ? m_bold : m_font,
            row.emphasised ? ReportStyle::bandColor() : QColor(), false);
        y += m_rowHeights[i];
    }
    painter.restore();
}

} // namespace skl
