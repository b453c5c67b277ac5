#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/printing/reportblock.h"

namespace skl {

// Ratios against their targets as horizontal bars, one row per unit (or per ratio) with its
// name on the left, in one or more panels side by side (one per ratio): green where the target
// is met, red where not, the unit's own target drawn across its bar. The names get the width
// the longest needs (up to a third of the block), then wrap, then shrink down to the minimum
// size: a name is never elided. Rows go to as many pages as they need, each part with the
// panels' titles, the key and the axis.
class RatioBars final : public ReportBlock
{
    Q_DECLARE_TR_FUNCTIONS(skl::RatioBars)
public:
    struct Bar
    {
        std::optional<double> ratio; // none without a denominator: no bar, "—"
        double target = 0;
        std::optional<bool> met;
    };
    struct Row
    {
        QString label;
        QList<Bar> bars; // one per panel
        bool emphasised = false;
    };

    // minimumRowMm: the height of a row whose name takes one line.
    RatioBars(QStringList panels, QList<Row> rows, double minimumRowMm = 7);

    void layout(const ReportStyle &style, double width) override;
    double headHeight() const override { return m_headHeight; }
    double footHeight() const override { return m_footHeight; }
    const QList<double> &rowHeights() const override { return m_rowHeights; }
    void paint(QPainter &painter, const QRectF &rect, int from, int to) const override;

private:
    QStringList m_panels;
    QList<Row> m_rows;
    double m_minimumRowMm;
    ReportStyle m_style;
    double m_labelWidth = 0;
    QList<double> m_tops; // each panel's axis end, a fraction
    QFont m_label;
    QFont m_labelBold;
    double m_headHeight = 0;
    double m_footHeight = 0;
    QList<double> m_rowHeights;
};

} // namespace skl
