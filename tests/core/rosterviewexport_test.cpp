#include <QSqlQuery>

#include "core/demo/democompany.h"
#include "core/exporting/rosterviewexport.h"
#include "core/importing/csvreader.h"
#include "core/importing/recordsource.h"
#include "core/store/auditlog.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::TempDatabase;
using Column = RosterViewExport::Column;

namespace {

// Every record of a written file, header first, read back as the import reads it.
QList<QStringList> readBack(const QString &path)
{
    auto source = RecordSource::open(path, {});
    REQUIRE(source.ok());
    QList<QStringList> rows;
    CsvRecord record;
    while ((*source)->next(record))
        rows += record.cells;
    REQUIRE((*source)->error().isEmpty());
    return rows;
}

// The rows the screen lists for this query, in the given columns.
QList<QStringList> screenRows(
    TempDatabase &db, const Officer &by, const RosterQuery &query, const QList<Column> &columns)
{
    WorkerStore workers(db.db());
    const auto rows = workers.page(by, query, std::nullopt, 100000);
    REQUIRE(rows.ok());
    QList<QStringList> result;
    for (const WorkerRow &row : *rows) {
        QStringList cells;
        for (Column column : columns)
            cells += RosterViewExport::cell(row, column);
        result += cells;
    }
    return result;
}

const QList<RosterViewExport::Shown> kShown = {
    { Column::Name, QStringLiteral("姓名") },
    { Column::IdNumber, QStringLiteral("身份证号") },
    { Column::EmployeeNo, QStringLiteral("工号") },
    { Column::HireDate, QStringLiteral("入职日期") },
};
const QList<Column> kColumns
    = { Column::Name, Column::IdNumber, Column::EmployeeNo, Column::HireDate };

} // namespace

TEST_CASE(
    "The roster leaves the screen as filtered, sorted and in the shown columns", "[roster][export]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 600, 7, db.admin(), progress).ok());

    RosterQuery query;
    query.filter.frontline = true;
    query.sortKey = RosterQuery::SortKey::Name;
    query.order = Qt::DescendingOrder;
    const auto expected = screenRows(db, db.admin(), query, kColumns);
    REQUIRE(expected.size() > 10);
    REQUIRE(expected.size() < 600);

    SECTION("CSV")
    {
        const QString path = db.filePath(QStringLiteral("shown.csv"));
        const auto written = RosterViewExport::toCsv(
            db.db(), db.admin(), query, kShown, path, CsvWriter::Encoding::Utf8WithBom, progress);
        REQUIRE(written.ok());
        CHECK(*written == expected.size());
        const auto rows = readBack(path);
        CHECK(rows.first() == QStringList { u"姓名"_s, u"身份证号"_s, u"工号"_s, u"入职日期"_s });
        CHECK(rows.mid(1) == expected);
        // ID numbers are masked as the list shows them, even for the administrator.
        CHECK(rows.at(1).at(1).contains(QLatin1Char('*')));
    }
    SECTION("Excel")
    {
        const QString path = db.filePath(QStringLiteral("shown.xlsx"));
        const auto written
            = RosterViewExport::toXlsx(db.db(), db.admin(), query, kShown, path, progress);
        REQUIRE(written.ok());
        CHECK(*written == expected.size());
        CHECK(readBack(path).mid(1) == expected);
    }
    // Each export is recorded with its row count, as the other exports are.
    QSqlQuery events(db.db());
    REQUIRE(events.exec(
        QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'export-roster-view'")));
    REQUIRE(events.next());
    CHECK(events.value(0).toInt() == 1);
}

TEST_CASE("A workshop head's roster export holds only their workshops", "[roster][export]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 400, 7, db.admin(), progress).ok());
    QSqlQuery first(db.db());
    REQUIRE(first.exec(QStringLiteral("SELECT id, name FROM workshop ORDER BY id")));
    REQUIRE(first.next());
    const qint64 workshopId = first.value(0).toLongLong();
    const QString workshop = first.value(1).toString();
    const Officer head
        = db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead }, { workshopId });

    const QString path = db.filePath(QStringLiteral("head.csv"));
    const QList<RosterViewExport::Shown> shown = { { Column::Workshop, QStringLiteral("车间") },
        { Column::Name, QStringLiteral("姓名") } };
    const auto written = RosterViewExport::toCsv(
        db.db(), head, RosterQuery {}, shown, path, CsvWriter::Encoding::Utf8WithBom, progress);
    REQUIRE(written.ok());
    REQUIRE(*written > 0);
    const auto rows = readBack(path);
    CHECK(rows.size() == *written + 1);
    for (const QStringList &row : rows.mid(1))
        CHECK(row.first() == workshop);
    CHECK(rows.mid(1) == screenRows(db, head, RosterQuery {}, { Column::Workshop, Column::Name }));
}
