#pragma once

#include <QList>
#include <QStringList>

#include "core/printing/reportblock.h"

namespace skl {

// A table of a printed report that flows over as many pages as it needs, its header row drawn
// again at the top of every part. Columns take the width their longest text needs; when the
// table is wider than the page, the wrapping column (the units' names) wraps and then the font
// shrinks, down to ReportStyle::kMinimumPoints: no cell is ever cut or elided.
class ReportTable final : public ReportBlock
{
public:
    struct Cell
    {
        QString text;
        QColor color = Qt::black;
    };
    struct Column
    {
        QString title;
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Row
    {
        QList<Cell> cells;
        bool emphasised = false; // a total: bold on a band
    };

    // wrapping: the column that wraps first when the table is too wide (-1: none).
    ReportTable(QList<Column> columns, int wrapping = 0, double points = 8.5);

    void addRow(QList<Cell> cells, bool emphasised = false);
    qsizetype size() const { return m_rows.size(); }

    void layout(const ReportStyle &style, double width) override;
    double headHeight() const override { return m_headHeight; }
    const QList<double> &rowHeights() const override { return m_rowHeights; }
    void paint(QPainter &painter, const QRectF &rect, int from, int to) const override;

private:
    double cellHeight(const QFont &font, double width, const QString &text) const;
    bool fits(double points, double width);

    QList<Column> m_columns;
    QList<Row> m_rows;
    int m_wrapping;
    double m_points;
    ReportStyle m_style;
    double m_padding = 0;
    QList<double> m_widths;
    double m_headHeight = 0;
    QList<double> m_rowHeights;
    QFont m_font;
    QFont m_bold;
};

} // namespace skl
