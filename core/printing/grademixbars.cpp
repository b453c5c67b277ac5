#include "core/printing/grademixbars.h"

#include <QLocale>
#include <QPainter>

#include "core/domain/figureformat.h"
#include "core/reports/targetreportformat.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr double kLabelPoints = 8.5;
    constexpr double kSmallPoints = 7.5;
    constexpr int kMaximumLines = 2;

    // Light to dark with the grade (ColorBrewer YlGnBu), grey for no grade yet.
    QColor colorOf(qsizetype category)
    {
        static const QList<QColor> colors { QColor(0xbd, 0xbd, 0xbd), QColor(0xff, 0xff, 0xd9),
            QColor(0xed, 0xf8, 0xb1), QColor(0xc7, 0xe9, 0xb4), QColor(0x7f, 0xcd, 0xbb),
            QColor(0x41, 0xb6, 0xc4), QColor(0x1d, 0x91, 0xc0), QColor(0x22, 0x5e, 0xa8),
            QColor(0x0c, 0x2c, 0x84) };
        return colors.at(category);
    }

    bool isDark(qsizetype category)
    {
        return category >= 5;
    }

} // namespace

GradeMixBars::GradeMixBars(QList<Row> rows)
    : m_rows(std::move(rows))
{ }

QList<std::optional<Grade>> GradeMixBars::categories()
{
    QList<std::optional<Grade>> all { std::nullopt };
    for (Grade grade : kGrades)
        all += grade;
    return all;
}

QString GradeMixBars::categoryName(std::optional<Grade> grade)
{
    return grade ? GradeNames::display(*grade) : tr("No grade");
}

void GradeMixBars::layout(const ReportStyle &style, double width)
{
    m_style = style;
    const double mm = style.mm;
    const QFontMetricsF small = style.metrics(style.font(kSmallPoints));
    m_countWidth = 0;
    for (const Row &row : m_rows)
        m_countWidth = std::max(m_countWidth,
            small.horizontalAdvance(
                tr("%1 employees").arg(QLocale().toString(row.counts.total()))));
    m_countWidth += 3 * mm;

    m_labelWidth = style.nameColumnOfRows(
        m_rows, width / 3, kLabelPoints, kMaximumLines, 8 * mm, m_label, m_labelBold, m_rowHeights);

    // The key flows over as many lines as the grades' names need.
    m_key.clear();
    const double lineHeight = small.lineSpacing() + mm;
    double x = m_labelWidth;
    double y = 0;
    for (const auto &category : categories()) {
        const double w = 4 * mm + small.horizontalAdvance(categoryName(category)) + 4 * mm;
        if (x + w > width && x > m_labelWidth) {
            x = m_labelWidth;
            y += lineHeight;
        }
        m_key += QRectF(x, y, w, lineHeight);
        x += w;
    }
    m_headHeight = y + lineHeight + 2 * mm;
    m_footHeight = small.lineSpacing() + 2 * mm;
}

void GradeMixBars::paint(QPainter &painter, const QRectF &rect, int from, int to) const
{
    const double mm = m_style.mm;
    painter.save();
    const QFont small = m_style.font(kSmallPoints);
    const QFontMetricsF smallMetrics = m_style.metrics(small);
    const QList<std::optional<Grade>> all = categories();

    painter.setFont(small);
    for (qsizetype c = 0; c < all.size(); ++c) {
        const QRectF key = m_key[c].translated(rect.topLeft());
        painter.fillRect(
            QRectF(key.left(), key.top() + key.height() * 0.2, 3 * mm, key.height() * 0.55),
            colorOf(c));
        painter.setPen(ReportStyle::ruleColor());
        painter.drawRect(
            QRectF(key.left(), key.top() + key.height() * 0.2, 3 * mm, key.height() * 0.55));
        painter.setPen(Qt::black);
        painter.drawText(
            key.adjusted(4 * mm, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, categoryName(all[c]));
    }

    const double barsLeft = rect.left() + m_labelWidth;
    const double barsWidth = rect.right() - m_countWidth - barsLeft;
    const double rowsTop = rect.top() + m_headHeight;
    double rowsBottom = rowsTop;
    for (int i = from; i < to; ++i)
        rowsBottom += m_rowHeights[i];
    QPen grid(QColor(0xd5, 0xda, 0xdf), 0.15 * mm);
    for (int tick = 0; tick <= 100; tick += 20) {
        const double x = barsLeft + barsWidth * tick / 100.0;
        painter.setPen(tick == 0 ? QPen(Qt::black, 0.25 * mm) : grid);
        painter.drawLine(QPointF(x, rowsTop), QPointF(x, rowsBottom));
        painter.setPen(Qt::black);
        const QString text = FigureFormat::percentTick(tick);
        const double w = smallMetrics.horizontalAdvance(text) + mm;
        painter.drawText(QRectF(x - w / 2, rowsBottom + mm, w, smallMetrics.lineSpacing()),
            Qt::AlignCenter, text);
    }

    double rowTop = rowsTop;
    for (int i = from; i < to; ++i) {
        const Row &row = m_rows[i];
        const double h = m_rowHeights[i];
        if (row.emphasised)
            painter.fillRect(
                QRectF(rect.left(), rowTop, rect.width(), h), ReportStyle::bandColor());
        const QFont &labelFont = row.emphasised ? m_labelBold : m_label;
        painter.setFont(labelFont);
        painter.setPen(Qt::black);
        const QRectF label(rect.left() + m_style.namePadding(), rowTop,
            m_labelWidth - 2 * m_style.namePadding(), h);
        painter.drawText(label,
            int(Qt::AlignLeft | Qt::AlignVCenter)
                | m_style.wrapFlags(labelFont, label.width(), row.label),
            row.label);
        painter.setFont(small);
        const qint64 total = row.counts.total();
        const double barHeight = std::min(h * 0.65, 6 * mm);
        const double barTop = rowTop + (h - barHeight) / 2;
        double x = barsLeft;
        for (qsizetype c = 0; c < all.size() && total > 0; ++c) {
            const qint64 count = row.counts[all[c]];
            if (count == 0)
                continue;
            const double w = barsWidth * double(count) / double(total);
            const QRectF segment(x, barTop, w, barHeight);
            painter.fillRect(segment, colorOf(c));
            // The share inside its segment where it fits.
            const QString share = TargetReportFormat::percent(double(count) / double(total));
            if (smallMetrics.horizontalAdvance(share) + mm <= w) {
                painter.setPen(isDark(c) ? Qt::white : Qt::black);
                painter.drawText(segment, Qt::AlignCenter, share);
            }
            x += w;
        }
        painter.setPen(QPen(ReportStyle::ruleColor(), 0.15 * mm));
        painter.drawRect(QRectF(barsLeft, barTop, barsWidth, barHeight));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(rect.right() - m_countWidth, rowTop, m_countWidth, h),
            Qt::AlignRight | Qt::AlignVCenter, tr("%1 employees").arg(QLocale().toString(total)));
        rowTop += h;
    }
    painter.restore();
}

} // namespace skl
