#include "core/printing/trendchart.h"

#include <cmath>

#include <QPainter>
#include <QPainterPath>

#include "core/domain/figureformat.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr double kSmallPoints = 7.5;

    struct Series
    {
        QString name;
        QColor color;
        bool dashed;
        std::optional<double> (*value)(const TrendPoint &);
    };

    std::optional<double> skilledShare(const TrendPoint &p)
    {
        return p.employees ? std::optional(double(p.skilled) / double(p.employees)) : std::nullopt;
    }

    std::optional<double> highSkilledShare(const TrendPoint &p)
    {
        return p.skilled ? std::optional(double(p.highSkilled) / double(p.skilled)) : std::nullopt;
    }

    std::optional<double> skilledTarget(const TrendPoint &p)
    {
        return p.skilledTarget.toDouble();
    }

    std::optional<double> highSkilledTarget(const TrendPoint &p)
    {
        return p.highSkilledTarget.toDouble();
    }

    QList<Series> series()
    {
        const QColor skilled(0x15, 0x65, 0xc0);
        const QColor high(0xef, 0x6c, 0x00);
        return { { TrendChart::tr("Skilled workers of employees"), skilled, false, skilledShare },
            { TrendChart::tr("High-skilled of skilled workers"), high, false, highSkilledShare },
            { TrendChart::tr("Target for skilled workers"), skilled.lighter(140), true,
                skilledTarget },
            { TrendChart::tr("Target for high-skilled workers"), high.lighter(130), true,
                highSkilledTarget } };
    }

} // namespace

TrendChart::TrendChart(QList<TrendPoint> points, double heightMm)
    : m_points(std::move(points))
    , m_heightMm(heightMm)
{ }

void TrendChart::layout(const ReportStyle &style, double)
{
    m_style = style;
    m_headHeight = style.metrics(style.font(kSmallPoints)).lineSpacing() + 2 * style.mm;
    m_rowHeights = { m_heightMm * style.mm };
}

void TrendChart::paint(QPainter &painter, const QRectF &rect, int, int) const
{
    const double mm = m_style.mm;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont small = m_style.font(kSmallPoints);
    const QFontMetricsF fm = m_style.metrics(small);
    painter.setFont(small);
    const QList<Series> all = series();

    // The key.
    double x = rect.left();
    const double keyHeight = fm.lineSpacing();
    for (const Series &s : all) {
        painter.setPen(QPen(s.color, 0.6 * mm, s.dashed ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(QPointF(x, rect.top() + keyHeight / 2),
            QPointF(x + 8 * mm, rect.top() + keyHeight / 2));
        x += 10 * mm;
        painter.setPen(Qt::black);
        const double w = fm.horizontalAdvance(s.name) + mm;
        painter.drawText(
            QRectF(x, rect.top(), w, keyHeight), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        x += w + 6 * mm;
    }

    const QRectF chart(rect.left(), rect.top() + m_headHeight, rect.width(), m_rowHeights[0]);
    if (m_points.isEmpty()) {
        painter.setPen(Qt::black);
        painter.drawText(chart, Qt::AlignCenter, tr("No month end to show."));
        painter.restore();
        return;
    }
    double highest = 0;
    for (const TrendPoint &p : m_points)
        for (const Series &s : all)
            highest = std::max(highest, s.value(p).value_or(0));
    const int top = int(std::clamp(std::ceil(highest * 10.0 - 1e-9) * 10.0 + 10.0, 50.0, 100.0));
    const double axisWidth = fm.horizontalAdvance(FigureFormat::percentTick(100)) + 2 * mm;
    const QRectF plot = chart.adjusted(axisWidth, mm,
        -(fm.horizontalAdvance(u"2000-00"_s) / 2 + 2 * mm), -(fm.lineSpacing() + 2 * mm));
    auto yOf = [&](double ratio) { return plot.bottom() - plot.height() * ratio * 100 / top; };
    const qsizetype n = m_points.size();
    auto xOf = [&](qsizetype i) {
        return n == 1 ? plot.center().x() : plot.left() + plot.width() * double(i) / double(n - 1);
    };

    QPen grid(QColor(0xd5, 0xda, 0xdf), 0.15 * mm);
    for (int tick = 0; tick <= top; tick += 10) {
        const double y = yOf(tick / 100.0);
        painter.setPen(tick == 0 ? QPen(Qt::black, 0.25 * mm) : grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(chart.left(), y - fm.lineSpacing() / 2, axisWidth - mm, fm.lineSpacing()),
            Qt::AlignRight | Qt::AlignVCenter, FigureFormat::percentTick(tick));
    }
    // A tick every month; a name every step months, counted back from the last, where the
    // names fit side by side.
    const double nameWidth = fm.horizontalAdvance(u"2000-00"_s) + 3 * mm;
    const double monthWidth = n > 1 ? plot.width() / double(n - 1) : plot.width();
    qsizetype step = 1;
    for (const qsizetype s : { 1, 2, 3, 4, 6, 12 }) {
        step = s;
        if (monthWidth * double(s) >= nameWidth)
            break;
    }
    painter.setPen(QPen(Qt::black, 0.25 * mm));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (qsizetype i = 0; i < n; ++i) {
        const double px = xOf(i);
        const bool named = (n - 1 - i) % step == 0;
        painter.drawLine(
            QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + (named ? 1.5 : 0.8) * mm));
        if (named)
            painter.drawText(
                QRectF(px - nameWidth / 2, plot.bottom() + 1.5 * mm, nameWidth, fm.lineSpacing()),
                Qt::AlignCenter, m_points[i].monthEnd.toString(u"yyyy-MM"_s));
    }

    for (const Series &s : all) {
        QPainterPath path;
        bool drawing = false;
        for (qsizetype i = 0; i < n; ++i) {
            const auto value = s.value(m_points[i]);
            if (!value) {
                drawing = false;
                continue;
            }
            const QPointF point(xOf(i), yOf(*value));
            if (drawing)
                path.lineTo(point);
            else
                path.moveTo(point);
            drawing = true;
        }
        painter.setPen(QPen(s.color, (s.dashed ? 0.45 : 0.6) * mm,
            s.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (s.dashed)
            continue;
        painter.setBrush(s.color);
        painter.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < n; ++i) {
            if (const auto value = s.value(m_points[i]))
                painter.drawEllipse(QPointF(xOf(i), yOf(*value)), 0.6 * mm, 0.6 * mm);
        }
    }
    painter.restore();
}

} // namespace skl
