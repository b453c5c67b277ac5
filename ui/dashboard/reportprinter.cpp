#include "ui/dashboard/reportprinter.h"

#include <QAbstractAxis>
#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

#include "core/common/appsettings.h"
#include "core/reports/targetreportformat.h"
#include "ui/dashboard/targetcharts.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr QSizeF kChartSize(900, 560); // the charts' own coordinates, scaled onto the page

    QString percent(std::optional<double> ratio)
    {
        return TargetReportFormat::percent(ratio);
    }

    QString verdict(std::optional<bool> met)
    {
        if (!met)
            return u"—"_s;
        return *met
            ? u"<span style=\"color:#2e7d32\">%1</span>"_s.arg(ReportPrinter::tr("met"))
            : u"<span style=\"color:#c62828\">%1</span>"_s.arg(ReportPrinter::tr("not met"));
    }

    QString cell(const QString &text, bool right = false)
    {
        return right ? u"<td align=\"right\">%1</td>"_s.arg(text) : u"<td>%1</td>"_s.arg(text);
    }

    QString headerRow(const QStringList &cells)
    {
        QString row = u"<tr style=\"background:#ddebf7\">"_s;
        for (const QString &c : cells)
            row += u"<th>%1</th>"_s.arg(c);
        return row + u"</tr>"_s;
    }

    QString table(const QString &rows)
    {
        return u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">%1</table>"_s
            .arg(rows);
    }

    // Every text of a chart in the print font (the screen's may lack Chinese in a PDF).
    void usePrintFont(QChart *chart, const QFont &base)
    {
        QFont title = base;
        title.setPointSizeF(16);
        title.setBold(true);
        chart->setTitleFont(title);
        QFont small = base;
        small.setPointSizeF(12);
        chart->legend()->setFont(small);
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsFont(small);
            axis->setTitleFont(small);
        }
    }

} // namespace

ReportPrinter::ReportPrinter(const DashboardData &data)
    : m_data(data)
    , m_font(AppSettings::printFont())
{ }

QString ReportPrinter::unitTable(const QList<UnitTargets> &units, bool withSite) const
{
    const QLocale locale;
    QString rows
        = headerRow({ withSite ? tr("Workshop") : tr("Site"), tr("Employees"), tr("Skilled %"),
            tr("Target"), tr("Result"), tr("High-skilled %"), tr("Target"), tr("Result") });
    for (const UnitTargets &u : units) {
        const QString name = withSite && !u.site.isEmpty() ? u.site + u" · "_s + u.name : u.name;
        rows += u"<tr>"_s + cell(name.toHtmlEscaped()) + cell(locale.toString(u.employees), true)
            + cell(percent(u.skilledRatio()), true)
            + cell(percent(u.skilledTarget.toDouble()), true) + cell(verdict(u.skilledTargetMet()))
            + cell(percent(u.highSkilledRatio()), true)
            + cell(percent(u.highSkilledTarget.toDouble()), true)
            + cell(verdict(u.highSkilledTargetMet())) + u"</tr>"_s;
    }
    return table(rows);
}

ReportPrinter::Section ReportPrinter::section(int index) const
{
    const TargetReport &report = m_data.report;
    const UnitTargets &c = report.company;
    const QLocale locale;
    switch (index) {
    case 0: {
        QString rows = headerRow({ tr("Figure"), tr("Value") });
        auto add = [&rows](const QString &what, const QString &value) {
            rows += u"<tr>"_s + cell(what) + cell(value, true) + u"</tr>"_s;
        };
        add(tr("Employees in service"), locale.toString(c.employees));
        add(tr("Skilled workers (初级工 and above)"), locale.toString(c.skilled));
        add(tr("High-skilled workers (高级工 and above)"), locale.toString(c.highSkilled));
        add(tr("Skilled workers of employees"), percent(c.skilledRatio()));
        add(tr("Target"), percent(c.skilledTarget.toDouble()));
        add(tr("Result"), verdict(c.skilledTargetMet()));
        add(tr("High-skilled of skilled workers"), percent(c.highSkilledRatio()));
        add(c.isEastern() ? tr("Target (eastern province)") : tr("Target"),
            percent(c.highSkilledTarget.toDouble()));
        add(tr("Result"), verdict(c.highSkilledTargetMet()));
        return { tr("Workforce targets"), { TargetCharts::companyTargets(report) }, table(rows) };
    }
    case 1:
    case 2: {
        const bool workshops = index == 2;
        const QList<UnitTargets> &units = workshops ? report.workshops : report.sites;
        const QString level = workshops ? tr("Workshops") : tr("Sites");
        return { level,
            { TargetCharts::unitRatios(units, TargetCharts::Ratio::Skilled,
                  tr("%1: skilled workers of employees").arg(level), workshops, {}),
                TargetCharts::unitRatios(units, TargetCharts::Ratio::HighSkilled,
                    tr("%1: high-skilled of skilled workers").arg(level), workshops, {}) },
            unitTable(units, workshops) };
    }
    case 3: {
        QStringList header { tr("Grade") };
        for (const UnitTargets &site : report.sites)
            header += site.name.toHtmlEscaped();
        header += tr("Total");
        QString rows = headerRow(header);
        for (Grade grade : kGrades) {
            rows += u"<tr>"_s + cell(GradeNames::display(grade));
            for (const UnitTargets &site : report.sites)
                rows += cell(locale.toString(site.byGrade[grade]), true);
            rows += cell(locale.toString(c.byGrade[grade]), true) + u"</tr>"_s;
        }
        return { tr("Grade distribution"), { TargetCharts::gradeDistribution(report) },
            table(rows) };
    }
    default: {
        QString rows = headerRow(
            { tr("Month end"), tr("Employees"), tr("Skilled %"), tr("High-skilled %") });
        for (const TrendPoint &p : m_data.trend) {
            const auto skilled = p.employees
                ? std::optional(double(p.skilled) / double(p.employees))
                : std::nullopt;
            const auto high = p.skilled ? std::optional(double(p.highSkilled) / double(p.skilled))
                                        : std::nullopt;
            rows += u"<tr>"_s + cell(p.monthEnd.toString(u"yyyy-MM"_s))
                + cell(locale.toString(p.employees), true) + cell(percent(skilled), true)
                + cell(percent(high), true) + u"</tr>"_s;
        }
        return { tr("Trend at month ends"), { TargetCharts::trend(m_data.trend) }, table(rows) };
    }
    }
}

void ReportPrinter::paint(QPagedPaintDevice &device) const
{
    QPainter painter(&device);
    for (int page = 0; page < kPages; ++page) {
        if (page > 0)
            device.newPage();
        const Section s = section(page);
        paintPage(painter, painter.viewport(), s, page + 1);
        qDeleteAll(s.charts);
    }
}

void ReportPrinter::paintPage(
    QPainter &painter, const QRect &page, const Section &section, int number) const
{
    const TargetReport &report = m_data.report;
    const double mm = painter.device()->logicalDpiX() / 25.4;
    const QRectF area = QRectF(page).adjusted(10 * mm, 8 * mm, -10 * mm, -8 * mm);

    // Heading: company, section, as-of date; page number at the foot.
    QFont heading = m_font;
    heading.setPointSizeF(16);
    heading.setBold(true);
    painter.setFont(heading);
    painter.setPen(Qt::black);
    const QRectF headingBox(area.left(), area.top(), area.width(), 10 * mm);
    painter.drawText(headingBox, Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1 — %2").arg(report.company.name, section.title));
    QFont small = m_font;
    small.setPointSizeF(10);
    painter.setFont(small);
    painter.drawText(headingBox, Qt::AlignRight | Qt::AlignVCenter,
        tr("As of %1").arg(QLocale().toString(report.asOf, QLocale::LongFormat)));
    painter.drawText(QRectF(area.left(), area.bottom() - 5 * mm, area.width(), 5 * mm),
        Qt::AlignCenter,
        tr("SkillLadder · page %1 of %2 · section 二 of the 2022 opinion (中办发〔2022〕58号)")
            .arg(number)
            .arg(kPages));

    // Charts on the left, one above the other; the table beside them.
    const double top = headingBox.bottom() + 4 * mm;
    const double bottom = area.bottom() - 8 * mm;
    const double chartWidth = area.width() * 0.55;
    const double chartHeight = (bottom - top) / std::max<qsizetype>(1, section.charts.size());
    for (qsizetype i = 0; i < section.charts.size(); ++i) {
        QChart *chart = section.charts[i];
        usePrintFont(chart, m_font);
        QGraphicsScene scene;
        scene.addItem(chart);
        const QRectF target(area.left(), top + double(i) * chartHeight, chartWidth, chartHeight);
        const QSizeF size(
            kChartSize.width(), kChartSize.width() * target.height() / target.width());
        chart->resize(size);
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(&painter, target, scene.sceneRect());
        scene.removeItem(chart);
    }

    QTextDocument table;
    table.documentLayout()->setPaintDevice(painter.device());
    QFont tableFont = m_font;
    tableFont.setPointSizeF(section.tableHtml.count(u"<tr>"_s) > 24 ? 7 : 8.5);
    table.setDefaultFont(tableFont);
    table.setHtml(section.tableHtml);
    const double tableLeft = area.left() + chartWidth + 6 * mm;
    table.setTextWidth(area.right() - tableLeft);
    painter.save();
    painter.translate(tableLeft, top);
    table.drawContents(&painter, QRectF(0, 0, area.right() - tableLeft, bottom - top));
    painter.restore();
}

} // namespace skl
