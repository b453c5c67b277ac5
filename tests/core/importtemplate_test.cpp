#include <QRegularExpression>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include "core/domain/rostercolumns.h"
#include "core/exporting/importtemplate.h"
#include "core/importing/datafiles.h"
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

// The workbook at path again at out, with one part replaced.
void rezip(const QString &path, const QString &out, const QString &part, const QByteArray &content)
{
    QuaZip source(path);
    REQUIRE(source.open(QuaZip::mdUnzip));
    QuaZip target(out);
    REQUIRE(target.open(QuaZip::mdCreate));
    for (bool more = source.goToFirstFile(); more; more = source.goToNextFile()) {
        const QString name = source.getCurrentFileName();
        QuaZipFile in(&source);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = name == part ? content : in.readAll();
        in.close();
        QuaZipFile entry(&target);
        REQUIRE(entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        REQUIRE(entry.write(bytes) == bytes.size());
        entry.close();
    }
    target.close();
    REQUIRE(target.getZipError() == 0);
}

// The cell style of each column of a template's first sheet: 1 text, 2 date, 4 money.
QList<int> columnStyles(const QString &sheet)
{
    QList<int> styles;
    static const QRegularExpression col(QStringLiteral("<col [^>]*style=\"(\\d+)\""));
    for (auto it = col.globalMatch(sheet); it.hasNext();)
        styles += it.next().captured(1).toInt();
    return styles;
}

// The template filled in as an officer would in Excel: each column's example from the
// explanation sheet, typed as the column's format makes Excel store it (a date as a date serial,
// an amount as a number, an employee number as text).
QString fillWithExamples(TempDatabase &db, ImportTemplate::Kind kind)
{
    const QString path = db.filePath(ImportTemplate::defaultFileName(kind));
    REQUIRE(ImportTemplate::write(kind, path).ok());
    const QList<QStringList> help = sheetRows(path, ImportTemplate::explanationSheetName());
    QString sheet = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QList<int> styles = columnStyles(sheet);
    REQUIRE(styles.size() == help.size() - 1);
    QString row = QStringLiteral("<row r=\"2\">");
    for (qsizetype i = 0; i < styles.size(); ++i) {
        const QString example = help[i + 1][3];
        if (example.isEmpty())
            continue;
        const QString ref = QString(QChar(u'A' + int(i))) + QStringLiteral("2");
        bool number = false;
        example.toDouble(&number);
        if (styles[i] == 2) {
            const qint64 serial
                = QDate(1899, 12, 30).daysTo(QDate::fromString(example, Qt::ISODate));
            row += QStringLiteral("<c r=\"%1\" s=\"2\"><v>%2</v></c>").arg(ref).arg(serial);
        } else if (number && styles[i] != 1) {
            row += QStringLiteral("<c r=\"%1\" s=\"%2\"><v>%3</v></c>")
                       .arg(ref)
                       .arg(styles[i])
                       .arg(example.toDouble());
        } else {
            row += QStringLiteral("<c r=\"%1\" s=\"%2\" t=\"inlineStr\"><is><t>%3</t></is></c>")
                       .arg(ref)
                       .arg(styles[i])
                       .arg(example);
        }
    }
    row += QStringLiteral("</row>");
    sheet.replace(QStringLiteral("</sheetData>"), row + QStringLiteral("</sheetData>"));
    const QString filled = db.filePath(
        QStringLiteral("filled-") + ImportTemplate::key(kind) + QStringLiteral(".xlsx"));
    rezip(path, filled, QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8());
    return filled;
}

} // namespace

TEST_CASE("Every table import has a template that, filled with its examples, imports through "
          "the real import",
    "[xlsx][template]")
{
    TempDatabase db;
    // The workers the examples name: 000123, a 车工 高级技师 who may mentor, and 000456.
    REQUIRE(db.importCsv(QStringLiteral("工号,姓名,入职日期,工种,技能等级,等级取得日期\n"
                                        "000123,张伟,2008-07-01,车工,高级技师,2015-01-01\n"
                                        "000456,李娜,2024-07-01,车工,,\n"))
                .committed);
    for (DataFile file : DataFileColumns::all()) {
        const ImportTemplate::Kind kind = ImportTemplate::kindOf(file);
        INFO(ImportTemplate::key(kind).toStdString());
        CHECK(ImportTemplate::fromKey(DataFileColumns::name(file)) == kind);
        const QString filled = fillWithExamples(db, kind);
        const auto outcome = importDataFile(db.db(), file, filled, db.admin());
        REQUIRE(outcome.ok());
        QStringList problems;
        for (const RowProblem &p : outcome->problems)
            problems += p.toString();
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(outcome->problems.isEmpty());
        CHECK(outcome->written == 1);
    }
}

TEST_CASE("A table template heads every column the import reads, explains each, and formats "
          "numbers as text, dates as dates and amounts with two decimals",
    "[xlsx][template]")
{
    TempDatabase db;
    for (DataFile file : DataFileColumns::all()) {
        const ImportTemplate::Kind kind = ImportTemplate::kindOf(file);
        INFO(ImportTemplate::key(kind).toStdString());
        const QString path = db.filePath(QStringLiteral("t.xlsx"));
        REQUIRE(ImportTemplate::write(kind, path).ok());
        const QList<KeyedColumn> columns = DataFileColumns::of(file);
        const QList<QStringList> header = sheetRows(path, {});
        REQUIRE(header.size() == 1);
        const QList<QStringList> help = sheetRows(path, ImportTemplate::explanationSheetName());
        REQUIRE(help.size() == columns.size() + 1);
        const QList<int> styles = columnStyles(
            QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"))));
        REQUIRE(styles.size() == columns.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const KeyedColumn &column = columns[i];
            INFO(column.key.toStdString());
            CHECK((header[0][i] == column.key || column.aliases.contains(header[0][i])));
            CHECK(help[i + 1][0] == header[0][i]);
            CHECK(help[i + 1][1]
                == (column.required ? ImportTemplate::tr("Required")
                                    : ImportTemplate::tr("Optional")));
            CHECK_FALSE(help[i + 1][2].isEmpty()); // the format
            CHECK_FALSE(help[i + 1][4].isEmpty()); // what it takes
            CHECK(help[i + 1][5].contains(column.key));
            const int expected = column.key.endsWith(QStringLiteral("_no")) ? 1
                : QStringList { QStringLiteral("effective_from"), QStringLiteral("from"),
                      QStringLiteral("to"), QStringLiteral("start"), QStringLiteral("end"),
                      QStringLiteral("planned_end"), QStringLiteral("expires") }
                      .contains(column.key)
                ? 2
                : QStringList { QStringLiteral("amount"), QStringLiteral("min"),
                      QStringLiteral("mid"), QStringLiteral("max"), QStringLiteral("p10"),
                      QStringLiteral("p25"), QStringLiteral("p50"), QStringLiteral("p75"),
                      QStringLiteral("p90"), QStringLiteral("cost") }
                      .contains(column.key)
                ? 4
                : 0;
            CHECK(styles[i] == expected);
        }
    }
    // The agreements' template carries the new optional columns by their exact names.
    const QList<KeyedColumn> agreements = DataFileColumns::of(DataFile::Mentorships);
    QStringList keys;
    for (const KeyedColumn &column : agreements)
        keys += column.key;
    CHECK(keys.contains(QStringLiteral("planned_end")));
    CHECK(keys.contains(QStringLiteral("outcome")));
}

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
