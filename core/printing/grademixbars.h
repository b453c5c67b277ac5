#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/domain/grade.h"
#include "core/printing/reportblock.h"

namespace skl {

// The grade structure of each unit (the company, then its sites): one bar of 100 % per row,
// split by the grade in force (无等级, 学徒工 … 首席技师), with the unit's employees after it.
// Readable for any number of sites, where bars stacked by site would need a colour per site.
// Names are laid out as RatioBars lays them out: never elided.
class GradeMixBars final : public ReportBlock
{
    Q_DECLARE_TR_FUNCTIONS(skl::GradeMixBars)
public:
    struct Row
    {
        QString label;
        GradeCounts counts;
        bool emphasised = false;
    };

    explicit GradeMixBars(QList<Row> rows);

    void layout(const ReportStyle &style, double width) override;
    double headHeight() const override { return m_headHeight; }
    double footHeight() const override { return m_footHeight; }
    const QList<double> &rowHeights() const override { return m_rowHeights; }
    void paint(QPainter &painter, const QRectF &rect, int from, int to) const override;

    // The categories in the order of the bars: no grade first, then the eight grades.
    static QList<std::optional<Grade>> categories();
    static QString categoryName(std::optional<Grade> grade);

private:
    QList<Row> m_rows;
    ReportStyle m_style;
    double m_labelWidth = 0;
    double m_countWidth = 0;
    QFont m_label;
    QFont m_labelBold;
    double m_headHeight = 0;
    double m_footHeight = 0;
    QList<double> m_rowHeights;
    QList<QRectF> m_key; // each category's place in the key, relative to the block's top left
};

} // namespace skl
