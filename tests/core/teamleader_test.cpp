#include <QSqlError>
#include <QSqlQuery>

#include "core/importing/datafiles.h"
#include "core/reports/monthlyallowances.h"
#include "core/store/allowancestore.h"
#include "core/store/rosterexportstore.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

// W1 高级工 hired long ago; 班组长 as given.
QString rosterWith(const QString &teamLeader)
{
    return rosterHeader()
        + QStringLiteral("W1,张伟,男,%1,,2010-07-01,,济南总厂,山东,机加工车间,车工,高级工,"
                         "2018-06-30,是,%2\n")
              .arg(validId(QStringLiteral("37010219850312001")), teamLeader);
}

RosterImportOptions on(QDate day)
{
    RosterImportOptions options;
    options.day = day;
    return options;
}

void setRates(TempDatabase &db)
{
    const QString rates = db.writeFile(QStringLiteral("rates.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,高级工,300.00,2025-01-01\n"
                       "班组长津贴,,300.00,2025-01-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, rates, db.admin())->written == 2);
}

Fen teamLeaderPay(TempDatabase &db, QDate month)
{
    NullProgress progress;
    const auto lines = MonthlyAllowances::compute(db.db(), month, progress);
    REQUIRE(lines.ok());
    Fen sum;
    for (const AllowanceLine &line : *lines)
        sum += line.amounts.teamLeader;
    return sum;
}

qint64 workerId(TempDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = 'W1'")).toLongLong();
}

} // namespace

TEST_CASE("A roster import with 班组长 是 pays the team-leader allowance from the import's day",
    "[allowance][roster]")
{
    TempDatabase db;
    setRates(db);
    const auto report = db.importCsv(rosterWith(QStringLiteral("是")), on(QDate(2025, 6, 16)));
    REQUIRE(report.committed);
    const auto periods = AllowanceStore::teamLeaderPeriods(db.db(), workerId(db));
    REQUIRE(periods.ok());
    REQUIRE(periods->size() == 1);
    CHECK(periods->first().from == QDate(2025, 6, 16));
    // June 16–30: 15 of 30 days of 300.00; nothing in May.
    CHECK(teamLeaderPay(db, QDate(2025, 6, 1)) == Fen::fromFen(15000));
    CHECK(teamLeaderPay(db, QDate(2025, 5, 1)).isZero());
    // The same roster again opens no second period.
    db.importCsv(rosterWith(QStringLiteral("是")), on(QDate(2025, 7, 1)));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM team_leader_period")).toInt() == 1);
}

TEST_CASE("A roster import with 班组长 否 closes the open team-leader period the day before",
    "[allowance][roster]")
{
    TempDatabase db;
    setRates(db);
    REQUIRE(db.importCsv(rosterWith(QStringLiteral("是")), on(QDate(2025, 6, 1))).committed);
    const auto report = db.importCsv(rosterWith(QStringLiteral("否")), on(QDate(2025, 6, 11)));
    CHECK(report.committed);
    const auto periods = AllowanceStore::teamLeaderPeriods(db.db(), workerId(db));
    REQUIRE(periods.ok());
    REQUIRE(periods->size() == 1);
    CHECK(periods->first().from == QDate(2025, 6, 1));
    CHECK(periods->first().to == QDate(2025, 6, 10));
    CHECK(teamLeaderPay(db, QDate(2025, 6, 1)) == Fen::fromFen(10000));
    CHECK(teamLeaderPay(db, QDate(2025, 7, 1)).isZero());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE entity = "
                                   "'team_leader_period' AND field = 'valid_to' AND new_value = "
                                   "'2025-06-10'"))
              .toInt()
        == 1);
}

TEST_CASE("The roster's 班组长 column follows the team-leader periods, not the imported flag",
    "[allowance][roster]")
{
    TempDatabase db;
    const QDate today = QDate::currentDate();
    REQUIRE(db.importCsv(rosterWith(QStringLiteral("是")), on(today)).committed);
    const auto flagOf = [&] {
        WorkerStore workers(db.db());
        const auto rows = workers.page(db.admin(), RosterQuery(), std::nullopt, 10);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        return rows->first().teamLeader;
    };
    const auto exported = [&] {
        auto cursor = RosterExportStore::workers(db.db());
        REQUIRE(cursor.ok());
        REQUIRE(cursor->next());
        return cursor->teamLeader();
    };
    CHECK(flagOf());
    CHECK(exported());
    // The period ended yesterday (as a roles file may say): the flag stays, the column does not.
    REQUIRE(db.db()
                .exec(QStringLiteral("UPDATE team_leader_period SET valid_from = '%1', "
                                     "valid_to = '%1'")
                          .arg(today.addDays(-1).toString(Qt::ISODate)))
                .lastError()
                .type()
        == QSqlError::NoError);
    CHECK(db.scalar(QStringLiteral("SELECT team_leader FROM worker")).toInt() == 1);
    CHECK_FALSE(flagOf());
    CHECK_FALSE(exported());
}
