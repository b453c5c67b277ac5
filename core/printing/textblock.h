#pragma once

#include <QList>
#include <QString>

#include "core/printing/reportblock.h"

namespace skl {

// A paragraph of a printed document (a notice's title, its sentences, a volume's particulars):
// one row that never splits, wrapped between words in the width it is given, never elided.
class TextBlock final : public ReportBlock
{
public:
    explicit TextBlock(QString text, double points = 10.5, bool bold = false,
        Qt::Alignment alignment = Qt::AlignLeft);

    void layout(const ReportStyle &style, double width) override;
    double headHeight() const override { return 0; }
    const QList<double> &rowHeights() const override { return m_heights; }
    int keepTogether() const override { return 1; }
    void paint(QPainter &painter, const QRectF &rect, int from, int to) const override;

private:
    QString m_text;
    double m_points;
    bool m_bold;
    Qt::Alignment m_alignment;
    ReportStyle m_style;
    QList<double> m_heights;
};

} // namespace skl
