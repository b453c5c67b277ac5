#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>

#include "core/demo/democompany.h"
#include "core/exporting/rosterexport.h"
#include "core/importing/rosterimport.h"
#include "core/store/rosterexportstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString exportTo(TempDatabase &db, const QString &name,
    CsvWriter::Encoding encoding = CsvWriter::Encoding::Utf8WithBom)
{
    NullProgress progress;
    const QString path = db.filePath(name);
    REQUIRE(RosterExport::toCsv(db.db(), db.admin(), path, encoding, progress).ok());
    return path;
}

} // namespace

TEST_CASE("Export then import into an empty database gives the same roster", "[export]")
{
    TempDatabase source;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(source.db(), 1500, 7, source.admin(), progress).ok());
    const QString first = exportTo(source, QStringLiteral("first.csv"));

    TempDatabase copy;
    RosterImportOptions options;
    NullProgress quiet;
    const auto report = RosterImport::run(copy.db(), copy.admin(), first, options, quiet);
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(report->created == 1500);
    const QString second = exportTo(copy, QStringLiteral("second.csv"));
    CHECK(readFile(first) == readFile(second));
}

TEST_CASE("The export opens in Excel: BOM, Chinese headers, CRLF", "[export]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,省份,技能等级,等级取得日期,一线\n"
                                "E1,\"张, 三\",2020-01-01,济南厂,山东省,高级工,2021-01-01,是\n"));
    const QByteArray bytes = readFile(exportTo(db, QStringLiteral("out.csv")));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("工号,姓名,性别,身份证号")));
    CHECK(text.contains(QStringLiteral("\r\nE1,\"张, 三\",,,,2020-01-01,,济南厂,山东,,,高级工,"
                                       "2021-01-01,是,否\r\n")));
}

TEST_CASE("A GBK export is readable by older tools", "[export]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nE1,王芳,2020-01-01\n"));
    const QByteArray bytes
        = readFile(exportTo(db, QStringLiteral("gbk.csv"), CsvWriter::Encoding::Gbk));
    QStringDecoder gbk("GBK");
    const QString text = gbk.decode(bytes);
    CHECK_FALSE(gbk.hasError());
    CHECK(text.contains(QStringLiteral("E1,王芳")));
}

TEST_CASE(
    "The export's grade is the latest award not revoked in the worker's occupation", "[export]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 300, 7, db.admin(), progress).ok());
    const auto exec = [&db](const QString &sql) {
        QSqlQuery q(db.db());
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    };
    // The histories the reading must tell apart: two awards on one day (the later record wins),
    // a revoked latest award, a newer award in another occupation, workers and awards of no
    // occupation.
    exec(QStringLiteral(
        "INSERT INTO grade_award (worker_id, occupation_id, grade, effective_date, way, "
        "created_event_id) SELECT worker_id, occupation_id, (grade + 1) % 8, effective_date, way, "
        "created_event_id FROM grade_award WHERE worker_id % 5 = 0"));
    exec(QStringLiteral("UPDATE grade_award SET revoked_date = effective_date WHERE id IN "
                        "(SELECT max(id) FROM grade_award WHERE worker_id % 7 = 0 "
                        "GROUP BY worker_id)"));
    exec(QStringLiteral(
        "INSERT INTO grade_award (worker_id, occupation_id, grade, effective_date, way, "
        "created_event_id) SELECT worker_id, (SELECT max(id) FROM occupation WHERE id <> "
        "grade_award.occupation_id), 6, '2099-01-01', way, created_event_id FROM grade_award "
        "WHERE worker_id % 3 = 0 AND occupation_id IS NOT NULL"));
    exec(QStringLiteral("UPDATE worker SET occupation_id = NULL WHERE id % 4 = 0"));
    exec(QStringLiteral(
        "INSERT INTO grade_award (worker_id, occupation_id, grade, effective_date, way, "
        "created_event_id) SELECT id, NULL, 2, '2001-02-03', 'x', created_event_id FROM worker "
        "WHERE id % 8 = 0"));

    QSqlQuery expected(db.db());
    REQUIRE(expected.exec(QStringLiteral(
        "SELECT w.employee_no, a.grade, a.effective_date FROM worker w LEFT JOIN grade_award a "
        "ON a.id = (SELECT g.id FROM grade_award g WHERE g.worker_id = w.id "
        "AND (g.occupation_id = w.occupation_id OR (g.occupation_id IS NULL "
        "AND w.occupation_id IS NULL)) AND g.revoked_date IS NULL "
        "ORDER BY g.effective_date DESC, g.id DESC LIMIT 1) ORDER BY w.id")));
    auto cursor = RosterExportStore::workers(db.db());
    REQUIRE(cursor.ok());
    int rows = 0;
    int graded = 0;
    while (expected.next()) {
        REQUIRE(cursor->next());
        ++rows;
        INFO("row " << rows);
        CHECK(cursor->employeeNo().toString() == expected.value(0).toString());
        const QVariant rank = expected.value(1);
        CHECK(cursor->grade() == (rank.isNull() ? std::nullopt : gradeFromRank(rank.toInt())));
        CHECK(cursor->gradeDate().toString() == expected.value(2).toString());
        graded += rank.isNull() ? 0 : 1;
    }
    CHECK_FALSE(cursor->next());
    CHECK(cursor->status().ok());
    CHECK(rows == 300);
    CHECK(graded > 0);
    CHECK(graded < rows);
}

TEST_CASE("An export whose reading fails gives the error and writes no file", "[export]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 50, 7, db.admin(), progress).ok());
    QSqlQuery q(db.db());
    REQUIRE(q.exec(QStringLiteral("ALTER TABLE grade_award RENAME TO grade_award_gone")));
    for (const QString &name : { QStringLiteral("roster.csv"), QStringLiteral("roster.xlsx") }) {
        const QString path = db.filePath(name);
        const auto written = name.endsWith(QStringLiteral(".csv"))
            ? RosterExport::toCsv(
                db.db(), db.admin(), path, CsvWriter::Encoding::Utf8WithBom, progress)
            : RosterExport::toXlsx(db.db(), db.admin(), path, progress);
        CHECK_FALSE(written.ok());
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("A row written from UTF-8 reads exactly as the same row written from text", "[export]")
{
    // Quoting (separators, quotes, line breaks, spaces at either end, also Unicode ones), the
    // formula guard and numbers that stay numbers, Chinese and characters beyond the BMP.
    const QStringList cells { QString(), QStringLiteral("plain"), QStringLiteral("a,b"),
        QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), QStringLiteral("cr\rhere"),
        QStringLiteral("tab\there"), QStringLiteral(" lead"), QStringLiteral("trail "),
        QStringLiteral("\u3000全角空格"), QStringLiteral("全角空格\u3000"),
        QStringLiteral("\u00a0nbsp"), QStringLiteral("nbsp\u00a0"), QStringLiteral("\u2003em"),
        QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+cmd|' /C calc'!A0"),
        QStringLiteral("-12.30"), QStringLiteral("+10.0 %"), QStringLiteral("1,234.56"),
        QStringLiteral("@SUM(A1)"), QStringLiteral("\tTab"), QStringLiteral("-"),
        QStringLiteral("张三"), QStringLiteral("𠀀字"), QStringLiteral("字𠀀"), QStringLiteral("é"),
        QStringLiteral("\"") };
    QList<QByteArray> utf8;
    for (const QString &cell : cells)
        utf8 += cell.toUtf8();
    QList<QUtf8StringView> views;
    for (const QByteArray &bytes : std::as_const(utf8))
        views += QUtf8StringView(bytes);

    QTemporaryDir dir;
    const QString fromText = dir.filePath(QStringLiteral("text.csv"));
    const QString fromUtf8 = dir.filePath(QStringLiteral("utf8.csv"));
    CsvWriter text(fromText, CsvWriter::Encoding::Utf8WithBom);
    REQUIRE(text.open().ok());
    CsvWriter bytes(fromUtf8, CsvWriter::Encoding::Utf8WithBom);
    REQUIRE(bytes.open().ok());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        REQUIRE(text.writeRow({ cells[i] }).ok());
        REQUIRE(bytes.writeUtf8Row(&views[i], 1).ok());
    }
    REQUIRE(text.writeRow(cells).ok());
    REQUIRE(bytes.writeUtf8Row(views.constData(), views.size()).ok());
    REQUIRE(text.commit().ok());
    REQUIRE(bytes.commit().ok());
    CHECK(readFile(fromUtf8) == readFile(fromText));
}
