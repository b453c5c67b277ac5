#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include "core/domain/rostercolumns.h"
#include "core/exporting/importtemplate.h"
#include "core/importing/rosterimport.h"
#include "core/importing/xlsxreader.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

QByteArray zipEntry(const QString &path, const QString &name)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    REQUIRE(zip.setCurrentFile(name));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QList<QStringList> sheetRows(const QString &path, const QString &sheet)
{
    auto reader = XlsxReader::open(path, sheet);
    REQUIRE(reader.ok());
    QList<QStringList> rows;
    CsvRecord record;
    while ((*reader)->next(record))
        rows += record.cells;
    REQUIRE((*reader)->error().isEmpty());
    return rows;
}

} // namespace

TEST_CASE(
    "The roster template imports as an empty roster, its header accepted whole", "[xlsx][template]")
{
    TempDatabase db;
    const QString path = db.filePath(ImportTemplate::defaultFileName(ImportTemplate::Kind::Roster));
    REQUIRE(ImportTemplate::write(ImportTemplate::Kind::Roster, path).ok());

    const QList<QStringList> rows = sheetRows(path, {});
    REQUIRE(rows.size() == 1); // the header, no example row to delete before importing
    QStringList errors;
    const auto columns = RosterColumns::fromHeader(rows.first(), errors);
    CHECK(errors.isEmpty());
    REQUIRE(columns);
    CHECK(columns->ignoredHeaders().isEmpty());
    for (RosterField field : RosterColumns::allFields())
        CHECK(columns->has(field));

    NullProgress progress;
    const auto report = RosterImport::run(db.db(), db.admin(), path, {}, progress);
    REQUIRE(report.ok());
    CHECK_FALSE(report->hasProblems());
    CHECK(report->ignoredColumns.isEmpty());
    CHECK(report->rows == 0);
}

TEST_CASE("The roster template keeps employee and ID numbers as text and dates as dates",
    "[xlsx][template]")
{
    TempDatabase db;
    const QString path = db.filePath(QStringLiteral("模板.xlsx"));
    REQUIRE(ImportTemplate::write(ImportTemplate::Kind::Roster, path).ok());

    // The cell formats (cellXfs) in order, as number format ids: 49 is Excel's text "@".
    const QString styles = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/styles.xml")));
    const QString xfs
        = styles.section(QStringLiteral("<cellXfs"), 1).section(QStringLiteral("</cellXfs>"), 0, 0);
    QStringList formatOfStyle;
    static const QRegularExpression xf(QStringLiteral("<xf numFmtId=\"(\\d+)\""));
    for (auto it = xf.globalMatch(xfs); it.hasNext();)
        formatOfStyle += it.next().captured(1);
    const QString numFmts
        = styles.section(QStringLiteral("<numFmts"), 1).section(QStringLiteral("</numFmts>"), 0, 0);

    const QString sheet
        = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    auto formatOfColumn = [&](RosterField field) {
        const int column = int(RosterColumns::allFields().indexOf(field)) + 1;
        const QRegularExpression col(
            QStringLiteral("<col min=\"%1\" max=\"%1\"[^>]* style=\"(\\d+)\"").arg(column));
        const auto match = col.match(sheet);
        REQUIRE(match.hasMatch());
        return formatOfStyle.value(match.captured(1).toInt());
    };
    CHECK(formatOfColumn(RosterField::IdNumber) == QStringLiteral("49"));
    CHECK(formatOfColumn(RosterField::EmployeeNo) == QStringLiteral("49"));
    for (RosterField field : { RosterField::HireDate, RosterField::BirthDate,
             RosterField::LeaveDate, RosterField::GradeDate }) {
        const QString format = formatOfColumn(field);
        INFO(RosterColumns::key(field).toStdString());
        CHECK(numFmts.contains(
            QStringLiteral("numFmtId=\"%1\" formatCode=\"yyyy\\-mm\\-dd\"").arg(format)));
    }
    CHECK(formatOfColumn(RosterField::Name) == QStringLiteral("0"));
}

TEST_CASE("The roster template's second sheet explains every column", "[xlsx][template]")
{
    TempDatabase db;
    const QString path = db.filePath(QStringLiteral("模板.xlsx"));
    REQUIRE(ImportTemplate::write(ImportTemplate::Kind::Roster, path).ok());
    const auto names = XlsxReader::sheetNames(path);
    REQUIRE(names.ok());
    REQUIRE(names->size() == 2);
    CHECK(names->at(1) == ImportTemplate::explanationSheetName());

    const QList<QStringList> rows = sheetRows(path, ImportTemplate::explanationSheetName());
    const QList<RosterField> fields = RosterColumns::allFields();
    REQUIRE(rows.size() == 1 + fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        const RosterField field = fields[i];
        const QStringList &row = rows[i + 1];
        INFO(RosterColumns::key(field).toStdString());
        REQUIRE(row.size() >= 6);
        CHECK(row[0] == RosterColumns::chineseHeader(field));
        CHECK(row[1]
            == (RosterColumns::isRequired(field) ? ImportTemplate::tr("Required")
                                                 : ImportTemplate::tr("Optional")));
        CHECK_FALSE(row[2].isEmpty()); // the format
        for (const QString &alias : RosterColumns::aliases(field))
            CHECK(row[5].contains(alias));
    }
    // The accepted spellings are spelled out where a column takes a fixed set of values.
    const auto rowOf = [&](RosterField field) { return rows[fields.indexOf(field) + 1]; };
    CHECK(rowOf(RosterField::Frontline)[4].contains(QStringLiteral("是")));
    CHECK(rowOf(RosterField::Frontline)[4].contains(QStringLiteral("否")));
    CHECK(rowOf(RosterField::Gender)[4].contains(QStringLiteral("女")));
    CHECK(rowOf(RosterField::Grade)[4].contains(QStringLiteral("高级技师")));
    // An example ID number reads back digit for digit: the example column is text.
    CHECK(rowOf(RosterField::IdNumber)[3] == QStringLiteral("11010519491231002X"));
    CHECK(rowOf(RosterField::EmployeeNo)[3] == QStringLiteral("000123"));
}

TEST_CASE("A template is not written over a path that cannot be created", "[xlsx][template]")
{
    const auto written = ImportTemplate::write(
        ImportTemplate::Kind::Roster, QStringLiteral("/nonexistent-dir/模板.xlsx"));
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().userMessage.contains(QStringLiteral("模板.xlsx")));
}
