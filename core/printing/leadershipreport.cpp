#include "core/printing/leadershipreport.h"

#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/common/appsettings.h"
#include "core/printing/grademixbars.h"
#include "core/printing/ratiobars.h"
#include "core/printing/reportblock.h"
#include "core/printing/reporttable.h"
#include "core/printing/trendchart.h"
#include "core/reports/targetreportformat.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kPdfResolution = 300;
    constexpr double kBlockGapMm = 6;
    constexpr double kTrendHeightMm = 85;
    const QMarginsF kMarginsMm(12, 10, 12, 9);

    // A paragraph: one row that does not split.
    class NoteBlock final : public ReportBlock
    {
    public:
        explicit NoteBlock(QString text)
            : m_text(std::move(text))
        { }
        void layout(const ReportStyle &style, double width) override
        {
            m_style = style;
            // Measured a little narrower than drawn: text at its exact width may wrap when drawn.
            m_heights = { style.wrappedHeight(style.font(9), width - style.mm, m_text) };
        }
        double headHeight() const override { return 0; }
        const QList<double> &rowHeights() const override { return m_heights; }
        int keepTogether() const override { return 1; }
        void paint(QPainter &painter, const QRectF &rect, int, int) const override
        {
            const QFont font = m_style.font(9);
            painter.setFont(font);
            painter.setPen(Qt::black);
            painter.drawText(rect, m_style.wrapFlags(font, rect.width(), m_text), m_text);
        }

    private:
        QString m_text;
        ReportStyle m_style;
        QList<double> m_heights;
    };

    QString percent(std::optional<double> ratio)
    {
        return TargetReportFormat::percent(ratio);
    }

    ReportTable::Cell number(qint64 value)
    {
        return { QLocale().toString(value) };
    }

    ReportTable::Cell verdict(std::optional<bool> met)
    {
        if (!met)
            return { u"—"_s };
        return *met
            ? ReportTable::Cell { LeadershipReport::tr("met"), ReportStyle::metColor() }
            : ReportTable::Cell { LeadershipReport::tr("not met"), ReportStyle::notMetColor() };
    }

    RatioBars::Row ratioRow(const QString &label, const UnitTargets &u)
    {
        return {
            label,
            { { u.skilledRatio(), u.skilledTarget.toDouble(), u.skilledTargetMet() },
                { u.highSkilledRatio(), u.highSkilledTarget.toDouble(), u.highSkilledTargetMet() } }
        };
    }

    QString workshopLabel(const UnitTargets &u)
    {
        return u.site.isEmpty() ? u.name : u.site + u" · "_s + u.name;
    }

    QList<ReportTable::Cell> targetCells(const UnitTargets &u)
    {
        return { number(u.employees), number(u.skilled), { percent(u.skilledRatio()) },
            { percent(u.skilledTarget.toDouble()) }, verdict(u.skilledTargetMet()),
            number(u.highSkilled), { percent(u.highSkilledRatio()) },
            { percent(u.highSkilledTarget.toDouble()) }, verdict(u.highSkilledTargetMet()) };
    }

    QList<ReportTable::Column> targetColumns(QList<ReportTable::Column> names)
    {
        const Qt::Alignment right = Qt::AlignRight;
        return names
            + QList<ReportTable::Column> { { LeadershipReport::tr("Employees"), right },
                  { LeadershipReport::tr("Skilled"), right },
                  { LeadershipReport::tr("Skilled %"), right },
                  { LeadershipReport::tr("Target"), right },
                  { LeadershipReport::tr("Result"), Qt::AlignHCenter },
                  { LeadershipReport::tr("High-skilled"), right },
                  { LeadershipReport::tr("High-skilled %"), right },
                  { LeadershipReport::tr("Target"), right },
                  { LeadershipReport::tr("Result"), Qt::AlignHCenter } };
    }

    QStringList ratioPanels()
    {
        return { LeadershipReport::tr("Skilled workers of employees"),
            LeadershipReport::tr("High-skilled of skilled workers") };
    }

    Error cannotWrite(const QString &path, const QString &reason)
    {
        return Error { LeadershipReport::tr("%1 cannot be written: %2")
                           .arg(QDir::toNativeSeparators(path), reason),
            {} };
    }

} // namespace

struct LeadershipReport::Section
{
    QString title;
    std::vector<std::unique_ptr<ReportBlock>> blocks;
};

// One part of a block on a page: its rows [from, to) in rect.
struct LeadershipReport::Page
{
    struct Part
    {
        const ReportBlock *block;
        int from;
        int to;
        QRectF rect;
    };
    qsizetype section = 0;
    bool continued = false;
    QList<Part> parts;
};

LeadershipReport::LeadershipReport(LeadershipFigures figures, Options options)
    : m_figures(std::move(figures))
    , m_family(options.fontFamily.isEmpty() ? AppSettings::printFont() : options.fontFamily)
{ }

Result<LeadershipFigures> LeadershipReport::collect(QSqlDatabase &db, const Officer &by, QDate asOf)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadTargets); !allowed)
        return allowed.error();
    auto report = WorkforceTargets::compute(db, by, asOf, WorkforceTargets::Detail::ByGrade);
    if (!report)
        return report.error();
    LeadershipFigures figures { std::move(*report), {}, false };
    if (by.isConfinedToWorkshops(Act::ReadTargets)) {
        figures.trendWithheld = true;
        return figures;
    }
    auto trend = TargetTrend::compute(db, by, TargetTrend::monthEndsUpTo(asOf, kTrendMonths));
    if (!trend)
        return trend.error();
    figures.trend = std::move(*trend);
    return figures;
}

QString LeadershipReport::title() const
{
    return tr("%1 workforce targets %2")
        .arg(m_figures.report.company.name, m_figures.report.asOf.toString(Qt::ISODate));
}

std::vector<LeadershipReport::Section> LeadershipReport::sections() const
{
    const TargetReport &report = m_figures.report;
    const UnitTargets &c = report.company;
    const QLocale locale;
    std::vector<Section> all;

    {
        Section overview { tr("Workforce targets"), {} };
        const QString high = c.isEastern()
            ? tr("High-skilled of skilled workers (target %1, eastern province)")
            : tr("High-skilled of skilled workers (target %1)");
        // One panel, a row per ratio, each against its own target.
        const RatioBars::Row skilled {
            tr("Skilled workers of employees (target %1)").arg(percent(c.skilledTarget.toDouble())),
            { { c.skilledRatio(), c.skilledTarget.toDouble(), c.skilledTargetMet() } }
        };
        const RatioBars::Row highSkilled {
            high.arg(percent(c.highSkilledTarget.toDouble())),
            { { c.highSkilledRatio(), c.highSkilledTarget.toDouble(), c.highSkilledTargetMet() } }
        };
        overview.blocks.push_back(
            std::make_unique<RatioBars>(QStringList { tr("Share, against the target") },
                QList<RatioBars::Row> { skilled, highSkilled }, 16));
        auto figures = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { tr("Figure") }, { tr("Value"), Qt::AlignRight } });
        figures->addRow({ { tr("Employees in service") }, number(c.employees) });
        figures->addRow({ { tr("Skilled workers (初级工 and above)") }, number(c.skilled) });
        figures->addRow(
            { { tr("High-skilled workers (高级工 and above)") }, number(c.highSkilled) });
        figures->addRow({ { tr("Skilled workers of employees") }, { percent(c.skilledRatio()) } });
        figures->addRow({ { tr("Target") }, { percent(c.skilledTarget.toDouble()) } });
        figures->addRow({ { tr("Result") }, verdict(c.skilledTargetMet()) });
        figures->addRow(
            { { tr("High-skilled of skilled workers") }, { percent(c.highSkilledRatio()) } });
        figures->addRow({ { c.isEastern() ? tr("Target (eastern province)") : tr("Target") },
            { percent(c.highSkilledTarget.toDouble()) } });
        figures->addRow({ { tr("Result") }, verdict(c.highSkilledTargetMet()) });
        overview.blocks.push_back(std::move(figures));
        overview.blocks.push_back(std::make_unique<NoteBlock>(
            tr("Employees in service on %1. Skilled workers hold 初级工 or a higher grade in "
               "force, high-skilled workers 高级工 or higher; each unit is held to the thresholds "
               "in force for its province on that day (section 二 of the 2022 opinion, "
               "中办发〔2022〕58号).")
                .arg(report.asOf.toString(Qt::ISODate))));
        all.push_back(std::move(overview));
    }

    {
        Section sites { tr("Sites"), {} };
        QList<RatioBars::Row> rows;
        auto table = std::make_unique<ReportTable>(targetColumns({ { tr("Site") } }), 0);
        for (const UnitTargets &u : report.sites) {
            rows += ratioRow(u.name, u);
            table->addRow(QList<ReportTable::Cell> { { u.name } } + targetCells(u));
        }
        table->addRow(QList<ReportTable::Cell> { { tr("Company total") } } + targetCells(c), true);
        if (report.sites.isEmpty())
            sites.blocks.push_back(
                std::make_unique<NoteBlock>(tr("The company has no site on record.")));
        else
            sites.blocks.push_back(std::make_unique<RatioBars>(ratioPanels(), rows));
        sites.blocks.push_back(std::move(table));
        all.push_back(std::move(sites));
    }

    {
        Section workshops { tr("Workshops"), {} };
        QList<RatioBars::Row> rows;
        auto table = std::make_unique<ReportTable>(
            targetColumns({ { tr("Site") }, { tr("Workshop") } }), 1);
        for (const UnitTargets &u : report.workshops) {
            rows += ratioRow(workshopLabel(u), u);
            table->addRow(QList<ReportTable::Cell> { { u.site }, { u.name } } + targetCells(u));
        }
        if (report.workshops.isEmpty()) {
            workshops.blocks.push_back(
                std::make_unique<NoteBlock>(tr("The company has no workshop on record.")));
        } else {
            workshops.blocks.push_back(std::make_unique<RatioBars>(ratioPanels(), rows));
            workshops.blocks.push_back(std::move(table));
        }
        all.push_back(std::move(workshops));
    }

    {
        Section grades { tr("Grade distribution"), {} };
        QList<GradeMixBars::Row> rows { { tr("Company total"), c.byGrade, true } };
        QList<ReportTable::Column> columns { { tr("Site") } };
        for (const auto &category : GradeMixBars::categories())
            columns += { GradeMixBars::categoryName(category), Qt::AlignRight };
        columns += { tr("Employees"), Qt::AlignRight };
        auto table = std::make_unique<ReportTable>(columns, 0);
        auto cells = [](const QString &name, const GradeCounts &counts) {
            QList<ReportTable::Cell> row { { name } };
            for (const auto &category : GradeMixBars::categories())
                row += number(counts[category]);
            row += number(counts.total());
            return row;
        };
        for (const UnitTargets &site : report.sites) {
            rows += { site.name, site.byGrade, false };
            table->addRow(cells(site.name, site.byGrade));
        }
        table->addRow(cells(tr("Company total"), c.byGrade), true);
        grades.blocks.push_back(std::make_unique<GradeMixBars>(rows));
        grades.blocks.push_back(std::move(table));
        all.push_back(std::move(grades));
    }

    {
        Section trend { tr("Trend at month ends"), {} };
        if (m_figures.trendWithheld) {
            trend.blocks.push_back(std::make_unique<NoteBlock>(
                tr("The trend counts the whole company; your targets are those of your "
                   "workshops.")));
        } else {
            trend.blocks.push_back(std::make_unique<TrendChart>(m_figures.trend, kTrendHeightMm));
            const Qt::Alignment right = Qt::AlignRight;
            auto table = std::make_unique<ReportTable>(
                QList<ReportTable::Column> { { tr("Month end") }, { tr("Employees"), right },
                    { tr("Skilled"), right }, { tr("Skilled %"), right }, { tr("Target"), right },
                    { tr("High-skilled"), right }, { tr("High-skilled %"), right },
                    { tr("Target"), right } },
                -1);
            for (const TrendPoint &p : m_figures.trend) {
                const auto skilled = p.employees
                    ? std::optional(double(p.skilled) / double(p.employees))
                    : std::nullopt;
                const auto high = p.skilled
                    ? std::optional(double(p.highSkilled) / double(p.skilled))
                    : std::nullopt;
                table->addRow({ { p.monthEnd.toString(u"yyyy-MM"_s) }, number(p.employees),
                    number(p.skilled), { percent(skilled) },
                    { percent(p.skilledTarget.toDouble()) }, number(p.highSkilled),
                    { percent(high) }, { percent(p.highSkilledTarget.toDouble()) } });
            }
            trend.blocks.push_back(std::move(table));
        }
        all.push_back(std::move(trend));
    }
    return all;
}

QList<LeadershipReport::Page> LeadershipReport::paginate(
    const std::vector<Section> &sections, const ReportStyle &style, const QRectF &content) const
{
    QList<Page> pages;
    for (size_t s = 0; s < sections.size(); ++s) {
        pages += Page { qsizetype(s), false, {} };
        double y = content.top();
        for (const auto &block : sections[s].blocks) {
            block->layout(style, content.width());
            const int rows = int(block->rowHeights().size());
            int from = 0;
            do {
                const double room = content.bottom() - y;
                int to = from;
                while (to < rows && block->height(from, to + 1) <= room)
                    ++to;
                const int wanted = std::min(block->keepTogether(), rows - from);
                const bool headFits = block->height(from, from) <= room;
                if ((to - from < wanted || !headFits) && y > content.top()) {
                    pages += Page { qsizetype(s), true, {} };
                    y = content.top();
                    continue;
                }
                // A row taller than a whole page (it cannot be) still goes on one.
                if (to == from && rows > 0)
                    to = from + 1;
                const double h = block->height(from, to);
                pages.last().parts += Page::Part { block.get(), from, to,
                    QRectF(content.left(), y, content.width(), h) };
                y += h + kBlockGapMm * style.mm;
                from = to;
            } while (from < rows);
        }
    }
    return pages;
}

void LeadershipReport::paintFrame(QPainter &painter, const ReportStyle &style, const QRectF &area,
    const QString &heading, double headingHeight, int number, int count) const
{
    const double mm = style.mm;
    painter.save();
    const QFont small = style.font(8.5);
    const QFontMetricsF smallMetrics = style.metrics(small);
    const QString asOf = tr("As of %1").arg(m_figures.report.asOf.toString(Qt::ISODate));
    const double asOfWidth = smallMetrics.horizontalAdvance(asOf) + 2 * mm;
    const QFont title = style.font(14, true);
    const QRectF headingBox(
        area.left(), area.top(), area.width() - asOfWidth - 4 * mm, headingHeight);
    painter.setPen(Qt::black);
    painter.setFont(title);
    painter.drawText(headingBox,
        int(Qt::AlignLeft | Qt::AlignVCenter) | style.wrapFlags(title, headingBox.width(), heading),
        heading);
    painter.setFont(small);
    painter.drawText(QRectF(area.right() - asOfWidth, area.top(), asOfWidth, headingHeight),
        Qt::AlignRight | Qt::AlignVCenter, asOf);
    painter.setPen(QPen(ReportStyle::ruleColor(), 0.3 * mm));
    painter.drawLine(QPointF(area.left(), area.top() + headingHeight + mm),
        QPointF(area.right(), area.top() + headingHeight + mm));

    const double footTop = area.bottom() - smallMetrics.lineSpacing();
    painter.drawLine(QPointF(area.left(), footTop - mm), QPointF(area.right(), footTop - mm));
    painter.setPen(Qt::black);
    const QString page = tr("Page %1 of %2").arg(number).arg(count);
    const double pageWidth = smallMetrics.horizontalAdvance(page) + 2 * mm;
    painter.drawText(
        QRectF(area.right() - pageWidth, footTop, pageWidth, smallMetrics.lineSpacing()),
        Qt::AlignRight | Qt::AlignVCenter, page);
    painter.drawText(
        QRectF(area.left(), footTop, area.width() - pageWidth - 4 * mm, smallMetrics.lineSpacing()),
        Qt::AlignLeft | Qt::AlignVCenter,
        tr("%1 · workforce targets as of %2 · SkillLadder")
            .arg(m_figures.report.company.name, m_figures.report.asOf.toString(Qt::ISODate)));
    painter.restore();
}

void LeadershipReport::setUp(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, kMarginsMm, QPageLayout::Millimeter));
}

Result<int> LeadershipReport::paint(QPagedPaintDevice &device, ProgressSink &progress) const
{
    ReportStyle style;
    style.device = &device;
    style.mm = device.logicalDpiX() / 25.4;
    style.family = m_family;
    const double mm = style.mm;
    const QRectF area(0, 0, device.width(), device.height());

    const std::vector<Section> all = sections();
    // The heading takes the height of the longest of the pages' headings, so that every page's
    // content starts at the same place.
    const QFont title = style.font(14, true);
    const double asOfWidth
        = style.metrics(style.font(8.5))
              .horizontalAdvance(tr("As of %1").arg(m_figures.report.asOf.toString(Qt::ISODate)))
        + 6 * mm;
    auto heading = [&](const Page &page) {
        const QString section = all[size_t(page.section)].title;
        return page.continued
            ? tr("%1 — %2 (continued)").arg(m_figures.report.company.name, section)
            : tr("%1 — %2").arg(m_figures.report.company.name, section);
    };
    double headingHeight = style.metrics(title).lineSpacing();
    for (const Section &section : all)
        headingHeight = std::max(headingHeight,
            style.wrappedHeight(title, area.width() - asOfWidth - mm,
                tr("%1 — %2 (continued)").arg(m_figures.report.company.name, section.title)));
    const double footHeight = style.metrics(style.font(8.5)).lineSpacing() + 2 * mm;
    const QRectF content = area.adjusted(0, headingHeight + 5 * mm, 0, -(footHeight + 3 * mm));
    const QList<Page> pages = paginate(all, style, content);

    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("The printer or file cannot be opened for printing."), {} };
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (progress.isCanceled()) {
            painter.end();
            return Error { tr("Printing was cancelled; nothing was written."), {} };
        }
        if (i > 0)
            device.newPage();
        const Page &page = pages[i];
        paintFrame(
            painter, style, area, heading(page), headingHeight, int(i + 1), int(pages.size()));
        for (const Page::Part &part : page.parts)
            part.block->paint(painter, part.rect, part.from, part.to);
        progress.report(i + 1, pages.size());
    }
    painter.end();
    return int(pages.size());
}

Result<int> LeadershipReport::writePdf(const QString &path, ProgressSink &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setCreator(u"SkillLadder"_s);
        writer.setTitle(title());
        setUp(writer);
        pages = paint(writer, progress);
    }
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return pages;
}

} // namespace skl
