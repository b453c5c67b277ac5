#include "core/printing/trainingarchiveprintout.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include "core/domain/recognition.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/printing/documentpages.h"
#include "core/printing/reporttable.h"
#include "core/printing/textblock.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QMarginsF kMarginsMm(20, 18, 18, 16);
    constexpr double kGapMm = 4;
    constexpr double kTextPoints = 10.5;
    constexpr double kTablePoints = 9;

    QString isoOrEmpty(QDate date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    QString honourLevel(const QString &code)
    {
        const auto level = RecognitionNames::parseLevel(code);
        return level ? RecognitionNames::display(*level) : code;
    }

    std::unique_ptr<TextBlock> heading(const QString &text)
    {
        return std::make_unique<TextBlock>(text, 12, true);
    }

    std::unique_ptr<TextBlock> none()
    {
        return std::make_unique<TextBlock>(
            TrainingArchivePrintout::tr("None on record."), kTextPoints);
    }

    void addHeader(DocumentPages::Blocks &blocks, const TrainingArchive &a)
    {
        blocks.push_back(std::make_unique<TextBlock>(
            TrainingArchivePrintout::title(), 16, true, Qt::AlignHCenter));
        if (!a.company.isEmpty())
            blocks.push_back(
                std::make_unique<TextBlock>(a.company, kTextPoints, false, Qt::AlignHCenter));
        auto facts = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TrainingArchivePrintout::tr("Item") },
                { TrainingArchivePrintout::tr("Value") }, { TrainingArchivePrintout::tr("Item") },
                { TrainingArchivePrintout::tr("Value") } },
            3, kTextPoints);
        const QString unit = a.site.isEmpty() ? a.workshop : a.site + u" / "_s + a.workshop;
        facts->addRow({ { TrainingArchivePrintout::tr("Name") }, { a.name },
            { TrainingArchivePrintout::tr("Employee no.") }, { a.employeeNo } });
        facts->addRow({ { TrainingArchivePrintout::tr("ID number") }, { a.maskedId },
            { TrainingArchivePrintout::tr("Site / workshop") }, { unit } });
        facts->addRow({ { TrainingArchivePrintout::tr("Occupation") }, { a.occupation },
            { TrainingArchivePrintout::tr("Current grade") },
            { a.grade.isEmpty() ? TrainingArchivePrintout::tr("None") : a.grade } });
        facts->addRow({ { TrainingArchivePrintout::tr("Printed on") },
            { a.printedOn.toString(Qt::ISODate) }, {}, {} });
        blocks.push_back(std::move(facts));
    }

    void addRecords(DocumentPages::Blocks &blocks, const TrainingArchive &a)
    {
        blocks.push_back(heading(TrainingArchivePrintout::tr("1. Training records")));
        if (a.records.isEmpty()) {
            blocks.push_back(none());
            return;
        }
        auto table = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TrainingArchivePrintout::tr("Start") },
                { TrainingArchivePrintout::tr("End") }, { TrainingArchivePrintout::tr("Course") },
                { TrainingArchivePrintout::tr("Kind") },
                { TrainingArchivePrintout::tr("Hours"), Qt::AlignRight },
                { TrainingArchivePrintout::tr("Provider") },
                { TrainingArchivePrintout::tr("Cost (yuan)"), Qt::AlignRight },
                { TrainingArchivePrintout::tr("Result") },
                { TrainingArchivePrintout::tr("Certificate no.") },
                { TrainingArchivePrintout::tr("Expires") } },
            2, kTablePoints);
        for (const TrainingRecord &r : a.records)
            table->addRow({ { isoOrEmpty(r.start) }, { isoOrEmpty(r.end) }, { r.course },
                { TrainingNames::display(r.kind) }, { TrainingNames::hoursText(r.hoursTenths) },
                { r.provider }, { r.cost.toYuan(Fen::Grouping::Thousands) }, { r.result },
                { r.certificateNo }, { isoOrEmpty(r.expires) } });
        table->addRow(
            { { TrainingArchivePrintout::tr("Total") }, {},
                { TrainingArchivePrintout::tr("%n record(s)", nullptr, int(a.records.size())) }, {},
                { TrainingNames::hoursText(a.totalHoursTenths()) }, {},
                { a.totalCost().toYuan(Fen::Grouping::Thousands) }, {}, {}, {} },
            true);
        blocks.push_back(std::move(table));
    }

    void addGrades(DocumentPages::Blocks &blocks, const TrainingArchive &a)
    {
        blocks.push_back(heading(TrainingArchivePrintout::tr("2. Skill grades")));
        if (a.grades.isEmpty()) {
            blocks.push_back(none());
            return;
        }
        auto table = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TrainingArchivePrintout::tr("Effective") },
                { TrainingArchivePrintout::tr("Occupation") },
                { TrainingArchivePrintout::tr("Grade") }, { TrainingArchivePrintout::tr("Way") },
                { TrainingArchivePrintout::tr("Revoked") } },
            1, kTablePoints);
        for (const TrainingArchive::GradeRow &g : a.grades)
            table->addRow({ { isoOrEmpty(g.effective) }, { g.occupation },
                { GradeNames::display(g.grade) }, { g.way }, { isoOrEmpty(g.revoked) } });
        blocks.push_back(std::move(table));
    }

    void addCompetitions(DocumentPages::Blocks &blocks, const TrainingArchive &a)
    {
        blocks.push_back(heading(TrainingArchivePrintout::tr("3. Skill competitions")));
        if (a.competitions.isEmpty()) {
            blocks.push_back(none());
            return;
        }
        auto table = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TrainingArchivePrintout::tr("Held on") },
                { TrainingArchivePrintout::tr("Competition") },
                { TrainingArchivePrintout::tr("Level") },
                { TrainingArchivePrintout::tr("Placing") } },
            1, kTablePoints);
        for (const TrainingArchive::CompetitionRow &c : a.competitions)
            table->addRow({ { isoOrEmpty(c.heldOn) }, { c.name }, { c.level }, { c.placing } });
        blocks.push_back(std::move(table));
    }

    void addHonours(DocumentPages::Blocks &blocks, const TrainingArchive &a)
    {
        blocks.push_back(heading(TrainingArchivePrintout::tr("4. Honours")));
        if (a.honours.isEmpty()) {
            blocks.push_back(none());
            return;
        }
        auto table = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TrainingArchivePrintout::tr("Awarded on") },
                { TrainingArchivePrintout::tr("Honour") }, { TrainingArchivePrintout::tr("Level") },
                { TrainingArchivePrintout::tr("Awarding body") } },
            1, kTablePoints);
        for (const TrainingArchive::HonourRow &h : a.honours)
            table->addRow(
                { { isoOrEmpty(h.awardedOn) }, { h.name }, { honourLevel(h.level) }, { h.body } });
        blocks.push_back(std::move(table));
    }

    Status writeSheet(XlsxSheetWriter &writer, const QList<QStringList> &rows)
    {
        for (const QStringList &row : rows) {
            if (auto written = writer.writeRow(row); !written)
                return written;
        }
        return success();
    }

} // namespace

QString TrainingArchivePrintout::title()
{
    return tr("Lifelong vocational skill training archive");
}

void TrainingArchivePrintout::setUp(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
}

Status TrainingArchivePrintout::paint(QPagedPaintDevice &device, const TrainingArchive &archive)
{
    const ReportStyle style = DocumentPages::styleFor(device, {});
    const QRectF area(0, 0, device.width(), device.height());
    const QFont small = style.font(9);
    const double footHeight = style.metrics(small).lineSpacing();

    DocumentPages::Blocks blocks;
    addHeader(blocks, archive);
    addRecords(blocks, archive);
    addGrades(blocks, archive);
    addCompetitions(blocks, archive);
    addHonours(blocks, archive);

    const QRectF body = area.adjusted(0, 0, 0, -(footHeight + 3 * style.mm));
    const QList<DocumentPages::Page> pages = DocumentPages::flow(blocks, style, body, kGapMm);
    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("The printer or file cannot be opened for printing."), {} };
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        DocumentPages::paint(painter, pages[i]);
        // The page number on every page, one page as well: a page of an archive is filed alone.
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), area.bottom() - footHeight, area.width(), footHeight),
            Qt::AlignHCenter | Qt::AlignVCenter,
            archive.name + u"  "_s + DocumentPages::pageOf(int(i + 1), int(pages.size())));
    }
    painter.end();
    return success();
}

Status TrainingArchivePrintout::writePdf(const TrainingArchive &archive, const QString &path)
{
    return DocumentPages::writePdf(path, title(), [&archive](QPagedPaintDevice &device) {
        setUp(device);
        return paint(device, archive);
    });
}

Status TrainingArchivePrintout::writeXlsx(const TrainingArchive &a, const QString &path)
{
    using K = XlsxSheetWriter::Kind;
    XlsxSheetWriter writer(path, tr("Training records"),
        { { tr("Start"), K::Date, 12 }, { tr("End"), K::Date, 12 }, { tr("Course"), K::Text, 24 },
            { tr("Kind"), K::Text, 12 }, { tr("Hours"), K::General, 8 },
            { tr("Provider"), K::Text, 22 }, { tr("Cost (yuan)"), K::Money, 12 },
            { tr("Result"), K::Text, 10 }, { tr("Certificate no."), K::Text, 18 },
            { tr("Expires"), K::Date, 12 } });
    if (auto opened = writer.open(); !opened)
        return opened;
    QList<QStringList> records;
    for (const TrainingRecord &r : a.records)
        records += QStringList { isoOrEmpty(r.start), isoOrEmpty(r.end), r.course,
            TrainingNames::display(r.kind), TrainingNames::hoursText(r.hoursTenths), r.provider,
            r.cost.toYuan(), r.result, r.certificateNo, isoOrEmpty(r.expires) };
    if (auto written = writeSheet(writer, records); !written)
        return written;
    if (auto totals = writer.writeTotalsRow({ tr("Total"), {}, {}, {},
            TrainingNames::hoursText(a.totalHoursTenths()), {}, a.totalCost().toYuan() });
        !totals)
        return totals;

    writer.addSheet(tr("Worker"), { { tr("Item"), K::Text, 14 }, { tr("Value"), K::Text, 30 } },
        { { tr("Title"), title() }, { tr("Company"), a.company }, { tr("Name"), a.name },
            { tr("Employee no."), a.employeeNo }, { tr("ID number"), a.maskedId },
            { tr("Site"), a.site }, { tr("Workshop"), a.workshop },
            { tr("Occupation"), a.occupation }, { tr("Current grade"), a.grade },
            { tr("Printed on"), a.printedOn.toString(Qt::ISODate) } });
    QList<QStringList> grades;
    for (const TrainingArchive::GradeRow &g : a.grades)
        grades += QStringList { isoOrEmpty(g.effective), g.occupation, GradeNames::display(g.grade),
            g.way, isoOrEmpty(g.revoked) };
    writer.addSheet(tr("Skill grades"),
        { { tr("Effective"), K::Date, 12 }, { tr("Occupation"), K::Text, 16 },
            { tr("Grade"), K::Text, 12 }, { tr("Way"), K::Text, 16 },
            { tr("Revoked"), K::Date, 12 } },
        grades);
    QList<QStringList> competitions;
    for (const TrainingArchive::CompetitionRow &c : a.competitions)
        competitions += QStringList { isoOrEmpty(c.heldOn), c.name, c.level, c.placing };
    writer.addSheet(tr("Skill competitions"),
        { { tr("Held on"), K::Date, 12 }, { tr("Competition"), K::Text, 30 },
            { tr("Level"), K::Text, 10 }, { tr("Placing"), K::Text, 12 } },
        competitions);
    QList<QStringList> honours;
    for (const TrainingArchive::HonourRow &h : a.honours)
        honours += QStringList { isoOrEmpty(h.awardedOn), h.name, honourLevel(h.level), h.body };
    writer.addSheet(tr("Honours"),
        { { tr("Awarded on"), K::Date, 12 }, { tr("Honour"), K::Text, 30 },
            { tr("Level"), K::Text, 10 }, { tr("Awarding body"), K::Text, 24 } },
        honours);
    return writer.commit();
}

} // namespace skl
