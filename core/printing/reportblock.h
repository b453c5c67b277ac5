#pragma once

#include <algorithm>

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QString>
#include <QStringList>

class QPaintDevice;
class QPainter;
class QRectF;

namespace skl {

// What the blocks of a printed report share: the device they are measured for (a PDF file or a
// printer, each with its own resolution), its pixels per millimetre, and the print font, chosen
// by name (Noto CJK breaks Qt 6.4's PDF text layer).
struct ReportStyle
{
    QPaintDevice *device = nullptr;
    double mm = 1; // device pixels per millimetre
    QString family;

    // No text of a report is drawn smaller than this: below it, print on paper is unreadable.
    static constexpr double kMinimumPoints = 6.5;

    QFont font(double points, bool bold = false) const;
    QFontMetricsF metrics(const QFont &font) const;
    // The height text needs in width, wrapped between words (and between any two characters of
    // a word that alone is wider than width): a report never elides a name.
    double wrappedHeight(const QFont &font, double width, const QString &text) const;
    // The flags that wrap text so in width.
    int wrapFlags(const QFont &font, double width, const QString &text) const;
    // A column of units' names beside a chart: as wide as the longest name needs, up to widest;
    // then names wrap to maximumLines, then the font shrinks from points; at the minimum size
    // they take more lines. Never an ellipsis (issue 15). Returns the column's width and sets
    // the regular and bold fonts.
    double nameColumn(const QStringList &names, double widest, double points, int maximumLines,
        QFont &regular, QFont &bold) const;
    // The height name needs in a column of columnWidth that nameColumn() gave.
    double nameHeight(const QFont &font, double columnWidth, const QString &name) const;
    // nameColumn() for rows with a label (bold when emphasised), and the height of every row:
    // its name's, and at least minimumRow.
    template <typename Rows>
    double nameColumnOfRows(const Rows &rows, double widest, double points, int maximumLines,
        double minimumRow, QFont &regular, QFont &bold, QList<double> &rowHeights) const
    {
        QStringList names;
        for (const auto &row : rows)
            names += row.label;
        const double width = nameColumn(names, widest, points, maximumLines, regular, bold);
        rowHeights.clear();
        for (const auto &row : rows)
            rowHeights += std::max(
                minimumRow, nameHeight(row.emphasised ? bold : regular, width, row.label) + 2 * mm);
        return width;
    }
    // The room a name's column keeps on each side.
    double namePadding() const { return mm; }

    static QColor metColor() { return { 0x2e, 0x7d, 0x32 }; }
    static QColor notMetColor() { return { 0xc6, 0x28, 0x28 }; }
    static QColor thresholdColor() { return { 0x37, 0x47, 0x4f }; }
    static QColor ruleColor() { return { 0x9e, 0xa7, 0xb0 }; }
    static QColor bandColor() { return { 0xf2, 0xf5, 0xf8 }; }
    static QColor headerColor() { return { 0xdd, 0xeb, 0xf7 }; }
};

// A piece of a report that flows down the pages: a head and a foot drawn with every part of it
// (a table's header row, a chart's legend and axis), and rows between them that may go to
// different pages. A chart that cannot be split is one row.
class ReportBlock
{
public:
    virtual ~ReportBlock() = default;

    // Measures the block for a width in device pixels; called before any of the others.
    virtual void layout(const ReportStyle &style, double width) = 0;
    virtual double headHeight() const = 0;
    virtual double footHeight() const { return 0; }
    virtual const QList<double> &rowHeights() const = 0;
    // The fewest rows worth starting at the foot of a page: fewer go to the next page instead.
    virtual int keepTogether() const { return 3; }
    // Paints rows [from, to) with the head and the foot in rect (of the height they need).
    virtual void paint(QPainter &painter, const QRectF &rect, int from, int to) const = 0;

    // The height of rows [from, to) with the head and the foot.
    double height(int from, int to) const;
};

} // namespace skl
