#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include "core/exporting/allowancerunexport.h"
#include "core/store/allowancerunstore.h"
#include "core/store/connection.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

const QDate kJune(2025, 6, 1);
const QDate kJuly(2025, 7, 1);

// E1 高级工, E2 without a grade.
QString twoWorkers()
{
    return rosterHeader()
        + QStringLiteral("E1,张伟,男,%1,,2010-07-01,,济南总厂,山东,机加工车间,车工,高级工,"
                         "2018-06-30,是,否\n"
                         "E2,李娜,女,%2,,2015-01-01,,济南总厂,山东,装配车间,钳工,,,否,是\n")
              .arg(validId(QStringLiteral("37010219850312001")),
                  validId(QStringLiteral("37010219900101002")));
}

qint64 idOf(TempDatabase &db, const QString &employeeNo)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
        .toLongLong();
}

AllowanceAmounts amounts(qint64 skill, qint64 teamLeader, qint64 mentoring)
{
    return { Fen::fromFen(skill), Fen::fromFen(teamLeader), Fen::fromFen(mentoring) };
}

QList<AllowanceLine> juneLines(TempDatabase &db)
{
    return { AllowanceLine { idOf(db, QStringLiteral("E1")), {}, {}, {}, {},
                 amounts(30050, 0, 7500), Grade::Senior },
        AllowanceLine {
            idOf(db, QStringLiteral("E2")), {}, {}, {}, {}, amounts(0, 10000, 0), std::nullopt } };
}

} // namespace

TEST_CASE("A saved run reads back its amounts, grade or none, and total", "[allowance]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto run = AllowanceRunStore::save(
        db.db(), kJune, juneLines(db), QStringLiteral("{}"), QStringLiteral("hr"));
    REQUIRE(run.ok());
    const auto lines = AllowanceRunStore::lines(db.db(), *run);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 2);
    // By site, workshop, employee number: 机加工车间 sorts before 装配车间.
    CHECK(lines->at(0).employeeNo == QStringLiteral("E1"));
    CHECK(lines->at(0).grade == Grade::Senior);
    CHECK(lines->at(0).amounts == amounts(30050, 0, 7500));
    CHECK(lines->at(1).employeeNo == QStringLiteral("E2"));
    CHECK_FALSE(lines->at(1).grade.has_value());
    CHECK(lines->at(1).amounts.total() == Fen::fromFen(10000));
    const auto current = AllowanceRunStore::current(db.db(), kJune);
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    CHECK((*current)->id == *run);
    CHECK((*current)->workers == 2);
    CHECK((*current)->total == Fen::fromFen(47550));
    CHECK_FALSE((*current)->approved);
}

TEST_CASE("An approved month is locked: no second approval, no new run", "[allowance]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto save = [&] {
        return AllowanceRunStore::save(
            db.db(), kJune, juneLines(db), QStringLiteral("{}"), QStringLiteral("hr"));
    };
    const auto first = save();
    const auto second = save();
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    // Only the month's newest run can be approved.
    const Status older
        = AllowanceRunStore::approve(db.db(), *first, kJune, QStringLiteral("chief"), kJuly);
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().userMessage.contains(QStringLiteral("not the newest")));
    REQUIRE(
        AllowanceRunStore::approve(db.db(), *second, kJune, QStringLiteral("chief"), kJuly).ok());

    const Status again
        = AllowanceRunStore::approve(db.db(), *second, kJune, QStringLiteral("chief"), kJuly);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().userMessage.contains(QStringLiteral("approved already")));
    CHECK_FALSE(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    const auto third = save();
    REQUIRE_FALSE(third.ok());
    CHECK(third.error().userMessage.contains(QStringLiteral("locked")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM allowance_run")).toInt() == 2);
    const auto current = AllowanceRunStore::current(db.db(), kJune);
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    CHECK((*current)->id == *second);
    CHECK((*current)->approved);
    CHECK((*current)->approvedBy == QStringLiteral("chief"));
    // Another month is still open.
    CHECK(AllowanceRunStore::checkOpen(db.db(), QDate(2025, 7, 1)).ok());
}

TEST_CASE("A run that pays no one or nothing is approved only when confirmed", "[allowance]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    // A month without rates: no lines at all.
    const auto none
        = AllowanceRunStore::save(db.db(), kJune, {}, QStringLiteral("{}"), QStringLiteral("hr"));
    REQUIRE(none.ok());
    const Status refused
        = AllowanceRunStore::approve(db.db(), *none, kJune, QStringLiteral("chief"), kJuly);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("pays no worker")));
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    // Lines whose amounts add up to nothing.
    QList<AllowanceLine> zero = juneLines(db);
    for (AllowanceLine &line : zero)
        line.amounts = amounts(0, 0, 0);
    const auto nothing
        = AllowanceRunStore::save(db.db(), kJune, zero, QStringLiteral("{}"), QStringLiteral("hr"));
    REQUIRE(nothing.ok());
    const auto info = AllowanceRunStore::run(db.db(), *nothing);
    REQUIRE(info.ok());
    REQUIRE(info->has_value());
    const auto reason = AllowanceRunStore::emptyReason(**info);
    REQUIRE(reason.has_value());
    CHECK(reason->contains(QStringLiteral("0.00 yuan")));
    CHECK_FALSE(
        AllowanceRunStore::approve(db.db(), *nothing, kJune, QStringLiteral("chief"), kJuly).ok());
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    REQUIRE(AllowanceRunStore::approve(db.db(), *nothing, kJune, QStringLiteral("chief"), kJuly,
        AllowanceRunStore::EmptyRun::Confirmed)
                .ok());
    CHECK_FALSE(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
}

TEST_CASE("A month is approved from its first day on, and only in its own name", "[allowance]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto run = AllowanceRunStore::save(
        db.db(), kJune, juneLines(db), QStringLiteral("{}"), QStringLiteral("hr"));
    REQUIRE(run.ok());
    const Status early = AllowanceRunStore::approve(
        db.db(), *run, kJune, QStringLiteral("chief"), QDate(2025, 5, 31));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().userMessage.contains(QStringLiteral("has not begun")));
    // June's run shown under July's name is not locked for either month.
    const Status elsewhere
        = AllowanceRunStore::approve(db.db(), *run, kJuly, QStringLiteral("chief"), kJuly);
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().userMessage.contains(QStringLiteral("not of 2025-07")));
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    CHECK(AllowanceRunStore::approve(db.db(), *run, kJune, QStringLiteral("chief"), kJune).ok());
}

TEST_CASE(
    "A reopened month is corrected by a new run; the approved run stays as it was", "[allowance]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto approved = AllowanceRunStore::save(
        db.db(), kJune, juneLines(db), QStringLiteral("{}"), QStringLiteral("hr"));
    REQUIRE(approved.ok());
    REQUIRE(
        AllowanceRunStore::approve(db.db(), *approved, kJune, QStringLiteral("chief"), kJuly).ok());
    const QString storedBefore
        = db.scalar(QStringLiteral("SELECT group_concat(worker_id || ':' || total_fen) "
                                   "FROM allowance_line WHERE run_id = %1")
                        .arg(*approved))
              .toString();

    // No reason, no reopening; an open month has nothing to reopen.
    const auto silent
        = AllowanceRunStore::reopen(db.db(), kJune, QStringLiteral("chief"), QStringLiteral("  "));
    REQUIRE_FALSE(silent.ok());
    CHECK(silent.error().userMessage.contains(QStringLiteral("reason")));
    CHECK_FALSE(
        AllowanceRunStore::reopen(db.db(), kJuly, QStringLiteral("chief"), QStringLiteral("typo"))
            .ok());
    const auto reopened = AllowanceRunStore::reopen(
        db.db(), kJune, QStringLiteral("chief"), QStringLiteral("E2 led a team from June 1"));
    REQUIRE(reopened.ok());
    CHECK(*reopened == *approved);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                   "'allowance-reopen' AND summary LIKE '%E2 led a team%'"))
              .toInt()
        == 1);
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    auto current = AllowanceRunStore::current(db.db(), kJune);
    REQUIRE(current.ok());
    REQUIRE(current->has_value());
    CHECK((*current)->reopened);
    CHECK((*current)->reopenedBy == QStringLiteral("chief"));

    // The correction: E2 is paid 50.00 more.
    QList<AllowanceLine> corrected = juneLines(db);
    corrected[1].amounts = amounts(0, 15000, 0);
    const auto correction = AllowanceRunStore::save(
        db.db(), kJune, corrected, QStringLiteral("{}"), QStringLiteral("hr"));
    REQUIRE(correction.ok());
    current = AllowanceRunStore::current(db.db(), kJune);
    REQUIRE(current.ok());
    CHECK((*current)->id == *correction);
    CHECK((*current)->corrects == *approved);
    const auto differences = AllowanceRunStore::diff(db.db(), *approved, *correction);
    REQUIRE(differences.ok());
    REQUIRE(differences->size() == 1);
    CHECK(differences->at(0).employeeNo == QStringLiteral("E2"));
    CHECK(
        differences->at(0).after.total() - differences->at(0).before.total() == Fen::fromFen(5000));

    REQUIRE(AllowanceRunStore::approve(db.db(), *correction, kJune, QStringLiteral("chief"), kJuly)
                .ok());
    CHECK_FALSE(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    current = AllowanceRunStore::current(db.db(), kJune);
    REQUIRE(current.ok());
    CHECK((*current)->id == *correction);
    CHECK((*current)->approved);
    CHECK_FALSE((*current)->reopened);
    // The first approved run is still stored, approved, with its lines.
    const auto first = AllowanceRunStore::run(db.db(), *approved);
    REQUIRE(first.ok());
    CHECK((*first)->approved);
    CHECK((*first)->total == Fen::fromFen(47550));
    CHECK(db.scalar(QStringLiteral("SELECT group_concat(worker_id || ':' || total_fen) FROM "
                                   "allowance_line WHERE run_id = %1")
                        .arg(*approved))
              .toString()
        == storedBefore);
    // Locked again: no new run until it is reopened once more.
    CHECK_FALSE(AllowanceRunStore::save(
        db.db(), kJune, corrected, QStringLiteral("{}"), QStringLiteral("hr"))
                    .ok());
}

TEST_CASE("A damaged database file is not approved", "[allowance]")
{
    TempDatabase db;
    // Enough workers that the middle of the file is roster pages, away from the run's own.
    QString roster = twoWorkers();
    for (int i = 0; i < 3000; ++i)
        roster += QStringLiteral("X%1,工人%1,男,,,2010-07-01,,济南总厂,山东,机加工车间,车工,"
                                 "高级工,2018-06-30,是,否\n")
                      .arg(i, 5, 10, QLatin1Char('0'));
    REQUIRE(db.importCsv(roster).committed);
    const auto run = AllowanceRunStore::save(
        db.db(), kJune, juneLines(db), QStringLiteral("{}"), QStringLiteral("hr"));
    REQUIRE(run.ok());
    REQUIRE(db.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).lastError().type()
        == QSqlError::NoError);
    {
        QFile file(db.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 middle = file.size() / 2 / 4096 * 4096 + 1024;
        REQUIRE(file.seek(middle));
        file.write(QByteArray(512, '\xA5'));
    }
    // A connection of its own: the test's connection may hold the sound pages in its cache.
    auto damaged = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(damaged.ok());
    const Status approved
        = AllowanceRunStore::approve((*damaged)->db(), *run, kJune, QStringLiteral("chief"), kJuly);
    REQUIRE_FALSE(approved.ok());
    CHECK(approved.error().userMessage.contains(QStringLiteral("damaged")));
}

TEST_CASE(
    "The payroll CSV prints a zero amount as 0.00 and a negative one with its sign", "[allowance]")
{
    TempDatabase db;
    // A worker paid one kind only has zeros in the other columns. Runs never pay less than
    // nothing (rates are not negative), but a negative amount must still read as one in the
    // payroll file: "-12.30", never "-12.-30".
    const QList<AllowanceLine> lines {
        AllowanceLine { 1, QStringLiteral("E1"), QStringLiteral("张伟"), QStringLiteral("济南总厂"),
            QStringLiteral("机加工车间"), amounts(30050, 0, 7500), Grade::Senior },
        AllowanceLine { 2, QStringLiteral("E2"), QStringLiteral("李娜"), QStringLiteral("济南总厂"),
            QStringLiteral("装配车间"), amounts(-1230, 0, 0), std::nullopt },
    };
    const QString path = db.filePath(QStringLiteral("津贴.csv"));
    REQUIRE(AllowanceRunExport::toCsv(lines, path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
    REQUIRE(rows.size() >= 4);
    CHECK(rows[1] == QStringLiteral("E1,张伟,济南总厂,机加工车间,300.50,0.00,75.00,375.50"));
    CHECK(rows[2] == QStringLiteral("E2,李娜,济南总厂,装配车间,-12.30,0.00,0.00,-12.30"));
    CHECK(rows[3].startsWith(QStringLiteral("合计,")));
    CHECK(rows[3].endsWith(QStringLiteral(",288.20,0.00,75.00,363.20")));
}
