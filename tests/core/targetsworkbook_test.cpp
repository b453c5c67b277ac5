#include <QRegularExpression>
#include <QSqlQuery>

#include "core/demo/democompany.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/importing/csvreader.h"
#include "core/importing/recordsource.h"
#include "core/reports/targetreportformat.h"
#include "core/reports/targetsworkbook.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/xlsxbuilder.h"

using namespace Qt::StringLiterals;
using namespace skl;
using skl::test::TempDatabase;
using skl::test::XlsxBuilder;

namespace {

QList<QStringList> sheetRows(const QString &path, const QString &sheet)
{
    auto source = RecordSource::open(path, sheet);
    REQUIRE(source.ok());
    QList<QStringList> rows;
    CsvRecord record;
    while ((*source)->next(record))
        rows += record.cells;
    REQUIRE((*source)->error().isEmpty());
    return rows;
}

// A cell's number as the screen shows it: "53.2%", "—" when the cell holds no number.
QString shownPercent(const QString &cell)
{
    bool number = false;
    const double value = cell.toDouble(&number);
    return TargetReportFormat::percent(number ? std::optional(value) : std::nullopt);
}

} // namespace

TEST_CASE("Percent and count cells are numbers that Excel and LibreOffice show as 0.0% and #,##0",
    "[xlsx][export]")
{
    TempDatabase db;
    const QString path = db.filePath(u"kinds.xlsx"_s);
    XlsxSheetWriter writer(path, u"Figures"_s,
        { { u"Unit"_s, XlsxSheetWriter::Kind::Text, 10 },
            { u"Employees"_s, XlsxSheetWriter::Kind::Count, 10 },
            { u"Share"_s, XlsxSheetWriter::Kind::Percent, 10 } });
    REQUIRE(writer.open().ok());
    REQUIRE(writer.writeRow({ u"济南总厂"_s, u"12345"_s, u"0.532"_s }).ok());
    REQUIRE(writer.writeRow({ u"西安分厂"_s, u"0"_s, u"—"_s }).ok());
    REQUIRE(writer.commit().ok());

    const QString styles = QString::fromUtf8(XlsxBuilder::readPart(path, u"xl/styles.xml"_s));
    // The percent style is a number format whose code is 0.0%, applied by cellXfs entry 6.
    const QRegularExpression percentFormat(
        u"<numFmt numFmtId=\"(\\d+)\" formatCode=\"0\\.0%\"/>"_s);
    const auto format = percentFormat.match(styles);
    REQUIRE(format.hasMatch());
    const QString xfs = styles.section(u"<cellXfs"_s, 1).section(u"</cellXfs>"_s, 0, 0);
    const QStringList entries = xfs.split(u"<xf "_s).mid(1);
    REQUIRE(entries.size() > 6);
    CHECK(entries[6].contains(u"numFmtId=\"%1\""_s.arg(format.captured(1))));
    CHECK(entries[6].contains(u"applyNumberFormat=\"1\""_s));
    CHECK(entries[5].contains(u"numFmtId=\"3\""_s)); // #,##0

    const QString sheet
        = QString::fromUtf8(XlsxBuilder::readPart(path, u"xl/worksheets/sheet1.xml"_s));
    // Numbers, not strings: no t="inlineStr" on the count and the percent.
    CHECK(sheet.contains(u"<c r=\"B2\" s=\"5\"><v>12345</v></c>"_s));
    CHECK(sheet.contains(u"<c r=\"C2\" s=\"6\"><v>0.532</v></c>"_s));
    // A unit without a ratio says so in text, as the screen does.
    CHECK(sheet.contains(u"<c r=\"C3\" t=\"inlineStr\"><is><t>—</t></is></c>"_s));
}

TEST_CASE("The dashboard's workbook holds the figures of every tab, as the screen shows them",
    "[report][export]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 300, 7, db.admin(), progress).ok());
    const QDate asOf = QDate::currentDate();
    const auto report
        = WorkforceTargets::compute(db.db(), db.admin(), asOf, WorkforceTargets::Detail::ByGrade);
    REQUIRE(report.ok());
    const auto trend
        = TargetTrend::compute(db.db(), db.admin(), TargetTrend::monthEndsUpTo(asOf, 36));
    REQUIRE(trend.ok());

    const QString path = db.filePath(u"看板.xlsx"_s);
    REQUIRE(TargetsWorkbook::write(db.db(), db.admin(), *report, *trend, false, path).ok());
    const QStringList sheets = TargetsWorkbook::sheetNames();

    const auto company = sheetRows(path, sheets[0]);
    REQUIRE(company.size() == 2);
    CHECK(company[1][1] == report->company.name);
    CHECK(company[1][3].toLongLong() == report->company.employees);
    CHECK(
        shownPercent(company[1][5]) == TargetReportFormat::percent(report->company.skilledRatio()));

    const auto sites = sheetRows(path, sheets[1]);
    REQUIRE(sites.size() == report->sites.size() + 2); // the header, the sites, the total
    for (qsizetype i = 0; i < report->sites.size(); ++i) {
        const UnitTargets &u = report->sites[i];
        const QStringList &row = sites[i + 1];
        INFO(u.name.toStdString());
        CHECK(row[0] == u.name);
        CHECK(row[2].toLongLong() == u.employees);
        CHECK(row[3].toLongLong() == u.skilled);
        CHECK(shownPercent(row[4]) == TargetReportFormat::percent(u.skilledRatio()));
        CHECK(shownPercent(row[5]) == TargetReportFormat::percent(u.skilledTarget.toDouble()));
        CHECK(row[7].toLongLong() == u.highSkilled);
        CHECK(shownPercent(row[8]) == TargetReportFormat::percent(u.highSkilledRatio()));
    }

    const auto workshops = sheetRows(path, sheets[2]);
    REQUIRE(workshops.size() == report->workshops.size() + 1);
    for (qsizetype i = 0; i < report->workshops.size(); ++i) {
        const UnitTargets &u = report->workshops[i];
        CHECK(workshops[i + 1][1] == u.name);
        CHECK(workshops[i + 1][3].toLongLong() == u.employees);
        CHECK(shownPercent(workshops[i + 1][5]) == TargetReportFormat::percent(u.skilledRatio()));
    }

    const auto grades = sheetRows(path, sheets[3]);
    REQUIRE(grades.size() == report->sites.size() + 2);
    CHECK(grades.last().last().toLongLong() == report->company.byGrade.total());

    const auto months = sheetRows(path, sheets[4]);
    REQUIRE(months.size() == 37);
    for (qsizetype i = 0; i < trend->size(); ++i) {
        const TrendPoint &p = trend->at(i);
        CHECK(months[i + 1][1].toLongLong() == p.employees);
        CHECK(months[i + 1][2].toLongLong() == p.skilled);
    }

    QSqlQuery events(db.db());
    REQUIRE(events.exec(u"SELECT count(*) FROM audit_event WHERE action = 'export-targets'"_s));
    REQUIRE(events.next());
    CHECK(events.value(0).toInt() == 1);
}
