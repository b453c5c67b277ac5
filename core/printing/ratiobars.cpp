#include "core/printing/ratiobars.h"

#include <cmath>

#include <QPainter>

#include "core/domain/figureformat.h"
#include "core/reports/targetreportformat.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr double kLabelPoints = 8.5;
    constexpr double kSmallPoints = 7.5;
    constexpr int kMaximumLines = 2; // a longer name shrinks before it takes a third line
    constexpr double kPanelGapMm = 8;

    QString tickLabel(int percent)
    {
        return FigureFormat::percentTick(percent);
    }

} // namespace

RatioBars::RatioBars(QStringList panels, QList<Row> rows, double minimumRowMm)
    : m_panels(std::move(panels))
    , m_rows(std::move(rows))
    , m_minimumRowMm(minimumRowMm)
{ }

void RatioBars::layout(const ReportStyle &style, double width)
{
    m_style = style;
    const double mm = style.mm;
    // The axis of each panel ends at the first ten above its highest bar or target (at least
    // 50 %), the same on every page of the block so that pages compare.
    m_tops.clear();
    for (qsizetype p = 0; p < m_panels.size(); ++p) {
        double highest = 0;
        for (const Row &row : m_rows)
            highest = std::max({ highest, row.bars[p].ratio.value_or(0), row.bars[p].target });
        m_tops += std::clamp(std::ceil(highest * 10.0 - 1e-9) / 10.0 + 0.1, 0.5, 1.0);
    }

    // The names' column: up to a third of the block.
    m_labelWidth = style.nameColumnOfRows(m_rows, width / 3, kLabelPoints, kMaximumLines,
        m_minimumRowMm * mm, m_label, m_labelBold, m_rowHeights);
    const QFontMetricsF small = style.metrics(style.font(kSmallPoints));
    const QFontMetricsF title = style.metrics(style.font(9, true));
    m_headHeight = small.lineSpacing() + title.lineSpacing() + 3 * mm;
    m_footHeight = small.lineSpacing() + 2 * mm;
}

void RatioBars::paint(QPainter &painter, const QRectF &rect, int from, int to) const
{
    const double mm = m_style.mm;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = m_style.font(kSmallPoints);
    const QFont title = m_style.font(9, true);
    const QFontMetricsF smallMetrics = m_style.metrics(small);
    const QFontMetricsF titleMetrics = m_style.metrics(title);

    // The key, above the panels: what the colours and the dashed mark mean.
    double y = rect.top();
    {
        painter.setFont(small);
        double x = rect.left() + m_labelWidth;
        const double h = smallMetrics.lineSpacing();
        auto swatch = [&](const QColor &color, const QString &text) {
            painter.fillRect(QRectF(x, y + h * 0.2, 3 * mm, h * 0.6), color);
            x += 4 * mm;
            painter.setPen(Qt::black);
            painter.drawText(QRectF(x, y, smallMetrics.horizontalAdvance(text) + mm, h),
                Qt::AlignLeft | Qt::AlignVCenter, text);
            x += smallMetrics.horizontalAdvance(text) + 5 * mm;
        };
        swatch(ReportStyle::metColor(), tr("target met"));
        swatch(ReportStyle::notMetColor(), tr("target not met"));
        QPen dash(ReportStyle::thresholdColor(), 0.5 * mm, Qt::DashLine);
        painter.setPen(dash);
        painter.drawLine(QPointF(x + 1.5 * mm, y), QPointF(x + 1.5 * mm, y + h));
        x += 4 * mm;
        painter.setPen(Qt::black);
        const QString target = tr("the unit's own target (35% in eastern provinces)");
        painter.drawText(
            QRectF(x, y, rect.right() - x, h), Qt::AlignLeft | Qt::AlignVCenter, target);
        y += h + mm;
    }

    const qsizetype panels = m_panels.size();
    const double panelsLeft = rect.left() + m_labelWidth;
    const double panelWidth
        = (rect.right() - panelsLeft - double(panels - 1) * kPanelGapMm * mm) / double(panels);
    auto panelLeft
        = [&](qsizetype p) { return panelsLeft + double(p) * (panelWidth + kPanelGapMm * mm); };
    painter.setFont(title);
    painter.setPen(Qt::black);
    for (qsizetype p = 0; p < panels; ++p)
        painter.drawText(QRectF(panelLeft(p), y, panelWidth, titleMetrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter, m_panels[p]);
    const double rowsTop = rect.top() + m_headHeight;
    double rowsBottom = rowsTop;
    for (int i = from; i < to; ++i)
        rowsBottom += m_rowHeights[i];

    // Bands every other row, so that the eye keeps the row from the name to its bars.
    double rowTop = rowsTop;
    for (int i = from; i < to; ++i) {
        if ((i - from) % 2 == 1 || m_rows[i].emphasised)
            painter.fillRect(QRectF(rect.left(), rowTop, rect.width(), m_rowHeights[i]),
                ReportStyle::bandColor());
        rowTop += m_rowHeights[i];
    }
    // Grid lines every 10 %, the axis and its labels.
    QPen grid(QColor(0xd5, 0xda, 0xdf), 0.15 * mm);
    painter.setFont(small);
    for (qsizetype p = 0; p < panels; ++p) {
        const double left = panelLeft(p);
        const int top = int(std::lround(m_tops[p] * 100));
        for (int tick = 0; tick <= top; tick += 10) {
            const double x = left + panelWidth * tick / double(top);
            painter.setPen(tick == 0 ? QPen(Qt::black, 0.25 * mm) : grid);
            painter.drawLine(QPointF(x, rowsTop), QPointF(x, rowsBottom));
            painter.setPen(Qt::black);
            const QString text = tickLabel(tick);
            const double w = smallMetrics.horizontalAdvance(text) + mm;
            painter.drawText(QRectF(x - w / 2, rowsBottom + mm, w, smallMetrics.lineSpacing()),
                Qt::AlignCenter, text);
        }
        painter.setPen(QPen(Qt::black, 0.25 * mm));
        painter.drawLine(QPointF(left, rowsBottom), QPointF(left + panelWidth, rowsBottom));
    }

    rowTop = rowsTop;
    for (int i = from; i < to; ++i) {
        const Row &row = m_rows[i];
        const double h = m_rowHeights[i];
        const QFont &labelFont = row.emphasised ? m_labelBold : m_label;
        painter.setFont(labelFont);
        painter.setPen(Qt::black);
        const QRectF label(rect.left() + m_style.namePadding(), rowTop,
            m_labelWidth - 2 * m_style.namePadding(), h);
        painter.drawText(label,
            int(Qt::AlignLeft | Qt::AlignVCenter)
                | m_style.wrapFlags(labelFont, label.width(), row.label),
            row.label);
        const double barHeight = std::min(h * 0.6, 5 * mm);
        const double barTop = rowTop + (h - barHeight) / 2;
        painter.setFont(small);
        for (qsizetype p = 0; p < panels; ++p) {
            const Bar &bar = row.bars[p];
            const double left = panelLeft(p);
            const double scale = panelWidth / m_tops[p];
            double end = left;
            if (bar.ratio) {
                end = left + scale * std::min(*bar.ratio, m_tops[p]);
                const QColor color = bar.met.value_or(false) ? ReportStyle::metColor()
                                                             : ReportStyle::notMetColor();
                painter.fillRect(QRectF(left, barTop, end - left, barHeight), color);
            }
            // The unit's target across its bar.
            const double mark = left + scale * bar.target;
            painter.setPen(QPen(ReportStyle::thresholdColor(), 0.5 * mm, Qt::DashLine));
            painter.drawLine(
                QPointF(mark, barTop - 0.1 * h), QPointF(mark, barTop + barHeight + 0.1 * h));
            // The value after the bar's end, or inside it when the bar reaches the panel's end.
            const QString value = TargetReportFormat::percent(bar.ratio);
            const double w = smallMetrics.horizontalAdvance(value) + mm;
            const bool inside = end + w + mm > left + panelWidth;
            painter.setPen(inside ? Qt::white : Qt::black);
            const QRectF box = inside ? QRectF(end - w - mm, rowTop, w, h)
                                      : QRectF(std::max(end, mark) + mm, rowTop, w, h);
            painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, value);
        }
        rowTop += h;
    }
    painter.restore();
}

} // namespace skl
