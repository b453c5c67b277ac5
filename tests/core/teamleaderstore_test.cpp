#include "core/importing/datafiles.h"
#include "core/store/allowancerunstore.h"
#include "core/store/teamleaderstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;

namespace {

// W1 hired 2010-07-01 in 机加工车间; L1 hired 2020-01-01, left on 2025-07-01; O1 in 装配车间.
void addWorkers(TempDatabase &db)
{
    const auto report = db.importCsv(rosterHeader()
        + QStringLiteral(
            "W1,张伟,男,,,2010-07-01,,济南总厂,山东,机加工车间,车工,,,是,否\n"
            "L1,李强,男,,,2020-01-01,2025-07-01,济南总厂,山东,机加工车间,车工,,,是,否\n"
            "O1,王芳,女,,,2012-01-01,,济南总厂,山东,装配车间,钳工,,,是,否\n"));
    REQUIRE(report.problems.isEmpty());
}

qint64 idOf(TempDatabase &db, const QString &employeeNo)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
        .toLongLong();
}

InclusivePeriod days(const char *from, const char *to = nullptr)
{
    return InclusivePeriod { QDate::fromString(QString::fromLatin1(from), Qt::ISODate),
        to ? QDate::fromString(QString::fromLatin1(to), Qt::ISODate) : QDate() };
}

QStringList reasons(const RowProblems &problems)
{
    QStringList all;
    for (const RowProblem &p : problems)
        all += p.field + QStringLiteral(": ") + p.reason;
    return all;
}

// Computes (payroll) and approves (an approver) an empty run of month: the month is locked.
void lockMonth(TempDatabase &db, const Officer &pay, const Officer &chief, QDate month)
{
    const auto run = AllowanceRunStore::save(db.db(), month, {}, QStringLiteral("{}"), pay);
    REQUIRE(run.ok());
    REQUIRE(AllowanceRunStore::approve(
        db.db(), *run, month, chief, QDate(2026, 1, 1), AllowanceRunStore::EmptyRun::Confirmed)
                .ok());
}

} // namespace

TEST_CASE("An hr officer opens, closes and corrects a team-leader period, each audited with the "
          "old and the new dates",
    "[teamleader][editors]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const qint64 w1 = idOf(db, QStringLiteral("W1"));
    TeamLeaderStore store(db.db());

    const auto opened = store.save(hr, w1, 0, days("2024-03-01"));
    REQUIRE(opened.ok());
    REQUIRE(opened->problems.isEmpty());
    const qint64 id = opened->periodId;
    REQUIRE(id != 0);

    const auto closed = store.save(hr, w1, id, days("2024-03-01", "2024-12-31"));
    REQUIRE(closed.ok());
    CHECK(closed->problems.isEmpty());
    const auto corrected = store.save(hr, w1, id, days("2024-02-01", "2024-12-31"));
    REQUIRE(corrected.ok());
    CHECK(corrected->problems.isEmpty());

    const auto periods = store.periods(hr, w1);
    REQUIRE(periods.ok());
    REQUIRE(periods->size() == 1);
    CHECK(periods->first().days.from == QDate(2024, 2, 1));
    CHECK(periods->first().days.to == QDate(2024, 12, 31));

    // Three events by hr; the change rows keep each old and new date.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event e JOIN officer o ON "
                                   "o.id = e.officer_id WHERE e.action = 'team-leader' AND "
                                   "o.login = 'hr'"))
              .toInt()
        == 3);
    const QString changes = QStringLiteral(
        "SELECT count(*) FROM audit_change WHERE entity = 'team_leader_period' AND entity_id = %1 "
        "AND field = '%2' AND coalesce(old_value, '') = '%3' AND new_value = '%4'");
    CHECK(db.scalar(changes.arg(id).arg(
                        QStringLiteral("valid_to"), QString(), QStringLiteral("2024-12-31")))
              .toInt()
        == 1);
    CHECK(db.scalar(changes.arg(id).arg(QStringLiteral("valid_from"), QStringLiteral("2024-03-01"),
                        QStringLiteral("2024-02-01")))
              .toInt()
        == 1);
}

TEST_CASE("A team-leader period outside the worker's service, with its dates reversed or "
          "overlapping another is refused with its reason, and nothing is written",
    "[teamleader][editors]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const qint64 w1 = idOf(db, QStringLiteral("W1"));
    const qint64 l1 = idOf(db, QStringLiteral("L1"));
    TeamLeaderStore store(db.db());
    REQUIRE(store.save(hr, w1, 0, days("2024-01-01", "2024-06-30"))->problems.isEmpty());
    const QString before = db.dump();

    const auto check = [&](qint64 worker, const InclusivePeriod &period) {
        const auto saved = store.save(hr, worker, 0, period);
        REQUIRE(saved.ok());
        return reasons(saved->problems).join(u'\n');
    };
    CHECK(check(w1, days("2010-01-01", "2010-12-31"))
              .contains(QStringLiteral("was hired on "
                                       "2010-07-01")));
    CHECK(check(w1, days("2025-02-01", "2025-01-31"))
              .startsWith(QStringLiteral("to: The period "
                                         "ends")));
    CHECK(
        check(w1, days("2024-06-01")).contains(QStringLiteral("already leads a team 2024-01-01")));
    // The leave date is the first day out of service: an open period would run past it.
    CHECK(check(l1, days("2025-01-01")).contains(QStringLiteral("2025-06-30 at the latest")));
    CHECK(
        check(l1, days("2025-07-01", "2025-07-31")).contains(QStringLiteral("left on 2025-07-01")));
    CHECK(db.dump() == before);
    // The day before leaving is the last possible day.
    CHECK(check(l1, days("2025-01-01", "2025-06-30")).isEmpty());
}

TEST_CASE("A team-leader period that would change an approved allowance month is refused until "
          "an approver reopens the month",
    "[teamleader][editors][allowance]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const qint64 w1 = idOf(db, QStringLiteral("W1"));
    TeamLeaderStore store(db.db());
    const auto running = store.save(hr, w1, 0, days("2025-01-01"));
    REQUIRE(running.ok());
    REQUIRE(running->problems.isEmpty());
    lockMonth(db, pay, chief, QDate(2025, 6, 1));

    // Closing it in May changes June's pay: refused, naming the month and what to do.
    const auto inMay = store.save(hr, w1, running->periodId, days("2025-01-01", "2025-05-31"));
    REQUIRE(inMay.ok());
    REQUIRE(inMay->problems.size() == 1);
    CHECK(inMay->problems.first().reason.contains(QStringLiteral("2025-06")));
    CHECK(inMay->problems.first().reason.contains(QStringLiteral("reopen")));
    // Closing it after June leaves June as paid.
    const auto inJuly = store.check(w1, running->periodId, days("2025-01-01", "2025-07-15"));
    REQUIRE(inJuly.ok());
    CHECK(inJuly->isEmpty());
    // The import of periods follows the same rule.
    const QString file = db.writeFile(QStringLiteral("roles.csv"),
        QStringLiteral("employee_no,role,from,to\nO1,班组长,2025-06-10,2025-06-19\n").toUtf8());
    const auto imported = importDataFile(db.db(), DataFile::Roles, file, pay);
    REQUIRE(imported.ok());
    REQUIRE(imported->problems.size() == 1);
    CHECK(imported->problems.first().toString().contains(QStringLiteral("line 2: from")));
    CHECK(imported->written == 0);

    REQUIRE(AllowanceRunStore::reopen(
        db.db(), QDate(2025, 6, 1), chief, QStringLiteral("张伟卸任班组长补录"))
                .ok());
    const auto reopened = store.save(hr, w1, running->periodId, days("2025-01-01", "2025-05-31"));
    REQUIRE(reopened.ok());
    CHECK(reopened->problems.isEmpty());
}

TEST_CASE("Only hr edits team-leader periods; a workshop head reads those of their own "
          "workshops only",
    "[teamleader][editors][officers]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const qint64 workshop
        = db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '装配车间'")).toLongLong();
    const Officer head
        = db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead }, { workshop });
    TeamLeaderStore store(db.db());
    const QString before = db.dump();

    const auto refused = store.save(pay, idOf(db, QStringLiteral("W1")), 0, days("2024-01-01"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK(db.dump() == before);

    CHECK(store.periods(head, idOf(db, QStringLiteral("O1"))).ok());
    const auto elsewhere = store.periods(head, idOf(db, QStringLiteral("W1")));
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().kind == Error::Kind::Refused);
}
