#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/printing/reportblock.h"
#include "core/reports/targettrend.h"

namespace skl {

// The company's two ratios at month ends as lines, with the targets in force then dashed
// beside them: one block of a fixed height that does not split. Every month has a tick; as
// many months are named as fit side by side, always the last.
class TrendChart final : public ReportBlock
{
    Q_DECLARE_TR_FUNCTIONS(skl::TrendChart)
public:
    TrendChart(QList<TrendPoint> points, double heightMm);

    void layout(const ReportStyle &style, double width) override;
    double headHeight() const override { return m_headHeight; }
    const QList<double> &rowHeights() const override { return m_rowHeights; }
    int keepTogether() const override { return 1; }
    void paint(QPainter &painter, const QRectF &rect, int from, int to) const override;

private:
    QList<TrendPoint> m_points;
    double m_heightMm;
    ReportStyle m_style;
    double m_headHeight = 0;
    QList<double> m_rowHeights;
};

} // namespace skl
