#include "ui/dashboard/targetcharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include "core/domain/figureformat.h"
#include "core/domain/grade.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QColor kThreshold(0x37, 0x47, 0x4f);
    constexpr qreal kHalfBar = 0.42; // a threshold mark spans its bar's category

    std::optional<double> ratioOf(const UnitTargets &unit, TargetCharts::Ratio ratio)
    {
        return ratio == TargetCharts::Ratio::Skilled ? unit.skilledRatio()
                                                     : unit.highSkilledRatio();
    }

    std::optional<bool> metOf(const UnitTargets &unit, TargetCharts::Ratio ratio)
    {
        return ratio == TargetCharts::Ratio::Skilled ? unit.skilledTargetMet()
                                                     : unit.highSkilledTargetMet();
    }

    double targetOf(const UnitTargets &unit, TargetCharts::Ratio ratio)
    {
        return (ratio == TargetCharts::Ratio::Skilled ? unit.skilledTarget : unit.highSkilledTarget)
            .toDouble();
    }

    QPen thresholdPen()
    {
        QPen pen(kThreshold);
        pen.setWidthF(2.5);
        pen.setStyle(Qt::DashLine);
        return pen;
    }

    // A short vertical mark at value (percent) across the horizontal bar at index.
    void addThresholdMark(
        QChart *chart, double percent, int index, QAbstractAxis *x, QAbstractAxis *y)
    {
        auto *mark = new QLineSeries(chart);
        mark->append(percent, index - kHalfBar);
        mark->append(percent, index + kHalfBar);
        mark->setPen(thresholdPen());
        chart->addSeries(mark);
        mark->attachAxis(x);
        mark->attachAxis(y);
    }

    // One bar per value, green where met, red where not: a QBarSet has one colour, so the bars
    // that met their target are "selected" and drawn in the selected colour.
    QBarSet *colouredSet(
        const QString &name, const QList<double> &percents, const QList<std::optional<bool>> &met)
    {
        auto *set = new QBarSet(name);
        set->setColor(TargetCharts::notMetColor());
        set->setBorderColor(Qt::transparent);
        set->setSelectedColor(TargetCharts::metColor());
        for (qsizetype i = 0; i < percents.size(); ++i) {
            set->append(percents[i]);
            if (met[i].value_or(false))
                set->selectBar(int(i));
        }
        set->setLabelColor(Qt::black);
        return set;
    }

    QValueAxis *percentAxis(double maxPercent)
    {
        // Ticks every 10 %, up to the first ten above the highest bar.
        const double top
            = std::min(100.0, std::max(50.0, std::ceil(maxPercent / 10.0) * 10.0 + 10.0));
        auto *axis = new QValueAxis;
        axis->setRange(0, top);
        axis->setTickCount(int(top / 10.0) + 1);
        axis->setLabelFormat(FigureFormat::percentTickFormat());
        return axis;
    }

    struct PercentBars
    {
        QHorizontalBarSeries *series;
        QValueAxis *x;
        QBarCategoryAxis *y;
    };

    // Each bar's percentage written inside its end, or just past it when the bar is too short,
    // as FigureFormat writes it in the tables ("53.0%"). Qt's own bar labels print "@value" in
    // the %g form ("53", "7.14"), so the chart draws its own.
    void addValueLabels(
        QChart *chart, QHorizontalBarSeries *series, const QBarSet *set, const QStringList &texts)
    {
        QList<QGraphicsSimpleTextItem *> labels;
        for (int i = 0; i < set->count(); ++i) {
            auto *label = new QGraphicsSimpleTextItem(texts.value(i), chart);
            label->setFont(set->labelFont());
            label->setBrush(Qt::black);
            label->setZValue(100); // above the bars and the threshold marks
            labels += label;
        }
        const auto place = [chart, series, set, labels] {
            for (int i = 0; i < labels.size(); ++i) {
                QGraphicsSimpleTextItem *label = labels[i];
                const QPointF start = chart->mapToPosition(QPointF(0, i), series);
                const QPointF end = chart->mapToPosition(QPointF(set->at(i), i), series);
                const QRectF box = label->boundingRect();
                const bool fits = end.x() - start.x() > box.width() + 8;
                label->setPos(
                    fits ? end.x() - box.width() - 4 : end.x() + 4, end.y() - box.height() / 2);
                label->setVisible(chart->plotArea().isValid());
            }
        };
        QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
        place();
    }

    // One horizontal bar per category with its percentage written at its end.
    // texts: each bar's figure as the tables write it (a unit without employees: "—").
    PercentBars addPercentBars(QChart *chart, const QStringList &categories, QBarSet *set,
        const QStringList &texts, qreal barWidth, double highestPercent)
    {
        auto *series = new QHorizontalBarSeries(chart);
        series->append(set);
        series->setBarWidth(barWidth);
        series->setLabelsVisible(false);
        chart->addSeries(series);
        chart->legend()->hide(); // the colours are explained beside the chart
        auto *y = new QBarCategoryAxis;
        y->append(categories);
        QValueAxis *x = percentAxis(highestPercent);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        addValueLabels(chart, series, set, texts);
        return { series, x, y };
    }

    QChart *newChart(const QString &title)
    {
        auto *chart = new QChart;
        chart->setTitle(title);
        QFont font = chart->titleFont();
        font.setPointSizeF(font.pointSizeF() * 1.2);
        font.setBold(true);
        chart->setTitleFont(font);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        return chart;
    }

} // namespace

QColor TargetCharts::metColor()
{
    return { 0x2e, 0x7d, 0x32 };
}

QColor TargetCharts::notMetColor()
{
    return { 0xc6, 0x28, 0x28 };
}

QChart *TargetCharts::companyTargets(const TargetReport &report)
{
    const UnitTargets &c = report.company;
    QChart *chart = newChart(
        tr("%1: workforce targets as of %2").arg(c.name, report.asOf.toString(Qt::ISODate)));
    const QStringList categories { tr("Skilled workers of employees\n(target %1)")
                                       .arg(FigureFormat::percent(c.skilledTarget.toDouble())),
        c.isEastern() ? tr("High-skilled of skilled workers\n(target %1, eastern province)")
                            .arg(FigureFormat::percent(c.highSkilledTarget.toDouble()))
                      : tr("High-skilled of skilled workers\n(target %1)")
                            .arg(FigureFormat::percent(c.highSkilledTarget.toDouble())) };
    const QList<double> percents { c.skilledRatio().value_or(0) * 100,
        c.highSkilledRatio().value_or(0) * 100 };
    QBarSet *set = colouredSet(
        tr("Actual share"), percents, { c.skilledTargetMet(), c.highSkilledTargetMet() });
    const QStringList texts { FigureFormat::percent(c.skilledRatio()),
        FigureFormat::percent(c.highSkilledRatio()) };
    const PercentBars bars
        = addPercentBars(chart, categories, set, texts, 0.6, std::max(percents[0], percents[1]));
    addThresholdMark(chart, c.skilledTarget.toDouble() * 100, 0, bars.x, bars.y);
    addThresholdMark(chart, c.highSkilledTarget.toDouble() * 100, 1, bars.x, bars.y);
    return chart;
}

QChart *TargetCharts::unitRatios(const QList<UnitTargets> &units, Ratio ratio, const QString &title,
    bool withSite, UnitClicked clicked)
{
    QChart *chart = newChart(title);
    QStringList categories;
    QList<double> percents;
    QStringList texts;
    QList<std::optional<bool>> met;
    double highest = 0;
    // Horizontal bars run bottom-up: list the units in reverse so the first stands on top.
    for (qsizetype i = units.size() - 1; i >= 0; --i) {
        const UnitTargets &u = units[i];
        categories += withSite && !u.site.isEmpty() ? u.site + u" · "_s + u.name : u.name;
        percents += ratioOf(u, ratio).value_or(0) * 100;
        texts += FigureFormat::percent(ratioOf(u, ratio));
        met += metOf(u, ratio);
        highest = std::max(highest, percents.last());
    }
    QBarSet *set = colouredSet(ratio == Ratio::Skilled ? tr("Skilled workers of employees")
                                                       : tr("High-skilled of skilled workers"),
        percents, met);
    const PercentBars bars = addPercentBars(chart, categories, set, texts, 0.7, highest);
    QHorizontalBarSeries *series = bars.series;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const qsizetype row = units.size() - 1 - i;
        addThresholdMark(chart, targetOf(units[i], ratio) * 100, int(row), bars.x, bars.y);
    }
    if (clicked) {
        const qsizetype count = units.size();
        QObject::connect(series, &QHorizontalBarSeries::clicked, chart,
            [clicked, count](int index, QBarSet *) { clicked(int(count - 1 - index)); });
    }
    return chart;
}

QChart *TargetCharts::gradeDistribution(const TargetReport &report)
{
    QChart *chart = newChart(tr("Employees in service by grade, by site, as of %1")
                                 .arg(report.asOf.toString(Qt::ISODate)));
    auto *series = new QStackedBarSeries(chart);
    GradeCounts totals;
    for (const UnitTargets &site : report.sites) {
        auto *set = new QBarSet(site.name);
        for (Grade grade : kGrades)
            set->append(double(site.byGrade[grade]));
        totals += site.byGrade;
        series->append(set);
    }
    double highest = 0;
    for (Grade grade : kGrades)
        highest = std::max(highest, double(totals[grade]));
    chart->addSeries(series);
    QStringList categories;
    for (Grade grade : kGrades)
        categories += GradeNames::display(grade);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, highest * 1.1 + 1);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Employees"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *TargetCharts::trend(const QList<TrendPoint> &points)
{
    QChart *chart = newChart(tr("Trend at month ends"));
    auto *skilled = new QLineSeries(chart);
    skilled->setName(tr("Skilled workers of employees"));
    auto *high = new QLineSeries(chart);
    high->setName(tr("High-skilled of skilled workers"));
    auto *skilledTarget = new QLineSeries(chart);
    skilledTarget->setName(tr("Target for skilled workers"));
    auto *highTarget = new QLineSeries(chart);
    highTarget->setName(tr("Target for high-skilled workers"));
    double highest = 0;
    for (const TrendPoint &p : points) {
        const auto x = double(p.monthEnd.startOfDay().toMSecsSinceEpoch());
        if (p.employees > 0)
            skilled->append(x, 100.0 * double(p.skilled) / double(p.employees));
        if (p.skilled > 0)
            high->append(x, 100.0 * double(p.highSkilled) / double(p.skilled));
        skilledTarget->append(x, p.skilledTarget.toDouble() * 100);
        highTarget->append(x, p.highSkilledTarget.toDouble() * 100);
    }
    for (QLineSeries *s : { skilled, high })
        for (const QPointF &point : s->points())
            highest = std::max(highest, point.y());
    QPen skilledPen(QColor(0x15, 0x65, 0xc0));
    skilledPen.setWidthF(2.5);
    skilled->setPen(skilledPen);
    QPen highPen(QColor(0xef, 0x6c, 0x00));
    highPen.setWidthF(2.5);
    high->setPen(highPen);
    QPen skilledTargetPen = thresholdPen();
    skilledTargetPen.setColor(skilledPen.color().lighter(140));
    skilledTarget->setPen(skilledTargetPen);
    QPen highTargetPen = thresholdPen();
    highTargetPen.setColor(highPen.color().lighter(130));
    highTarget->setPen(highTargetPen);

    auto *x = new QDateTimeAxis;
    x->setFormat(u"yyyy-MM"_s);
    x->setTickCount(std::min<int>(13, std::max<int>(2, int(points.size() / 3) + 1)));
    auto *y = percentAxis(highest);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : { skilled, high, skilledTarget, highTarget }) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace skl
