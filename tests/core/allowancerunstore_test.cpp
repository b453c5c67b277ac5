#include <array>
#include <barrier>
#include <thread>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include "core/exporting/allowancerunexport.h"
#include "core/reports/monthlyallowances.h"
#include "core/store/allowancerunstore.h"
#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/xlsxbuilder.h"

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
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto run
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
    REQUIRE(run.ok());
    const auto lines = AllowanceRunStore::lines(db.db(), pay, *run);
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
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto save = [&] {
        return AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
    };
    const auto first = save();
    const auto second = save();
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    // Only the month's newest run can be approved.
    const Status older = AllowanceRunStore::approve(db.db(), *first, kJune, chief, kJuly);
    REQUIRE_FALSE(older.ok());
    CHECK(older.error().userMessage.contains(QStringLiteral("not the newest")));
    REQUIRE(AllowanceRunStore::approve(db.db(), *second, kJune, chief, kJuly).ok());

    const Status again = AllowanceRunStore::approve(db.db(), *second, kJune, chief, kJuly);
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
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    REQUIRE(db.importCsv(twoWorkers()).committed);
    // A month without rates: no lines at all.
    const auto none = AllowanceRunStore::save(db.db(), kJune, {}, QStringLiteral("{}"), pay);
    REQUIRE(none.ok());
    const Status refused = AllowanceRunStore::approve(db.db(), *none, kJune, chief, kJuly);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("pays no worker")));
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    // Lines whose amounts add up to nothing.
    QList<AllowanceLine> zero = juneLines(db);
    for (AllowanceLine &line : zero)
        line.amounts = amounts(0, 0, 0);
    const auto nothing = AllowanceRunStore::save(db.db(), kJune, zero, QStringLiteral("{}"), pay);
    REQUIRE(nothing.ok());
    const auto info = AllowanceRunStore::run(db.db(), *nothing);
    REQUIRE(info.ok());
    REQUIRE(info->has_value());
    const auto reason = AllowanceRunStore::emptyReason(**info);
    REQUIRE(reason.has_value());
    CHECK(reason->contains(QStringLiteral("0.00 yuan")));
    CHECK_FALSE(AllowanceRunStore::approve(db.db(), *nothing, kJune, chief, kJuly).ok());
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    REQUIRE(AllowanceRunStore::approve(
        db.db(), *nothing, kJune, chief, kJuly, AllowanceRunStore::EmptyRun::Confirmed)
                .ok());
    CHECK_FALSE(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
}

TEST_CASE("A month is approved from its first day on, and only in its own name", "[allowance]")
{
    TempDatabase db;
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto run
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
    REQUIRE(run.ok());
    const Status early
        = AllowanceRunStore::approve(db.db(), *run, kJune, chief, QDate(2025, 5, 31));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().userMessage.contains(QStringLiteral("has not begun")));
    // June's run shown under July's name is not locked for either month.
    const Status elsewhere = AllowanceRunStore::approve(db.db(), *run, kJuly, chief, kJuly);
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().userMessage.contains(QStringLiteral("not of 2025-07")));
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    CHECK(AllowanceRunStore::approve(db.db(), *run, kJune, chief, kJune).ok());
}

TEST_CASE(
    "A reopened month is corrected by a new run; the approved run stays as it was", "[allowance]")
{
    TempDatabase db;
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto approved
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
    REQUIRE(approved.ok());
    REQUIRE(AllowanceRunStore::approve(db.db(), *approved, kJune, chief, kJuly).ok());
    const QString linesOfRun
        = QStringLiteral("SELECT %1 FROM (SELECT worker_id, total_fen FROM "
                         "allowance_line WHERE run_id = %2 ORDER BY "
                         "worker_id) AS l")
              .arg(skl::test::groupConcat(QStringLiteral("worker_id || ':' || total_fen")));
    const QString storedBefore = db.scalar(linesOfRun.arg(*approved)).toString();

    // No reason, no reopening; an open month has nothing to reopen.
    const auto silent = AllowanceRunStore::reopen(db.db(), kJune, chief, QStringLiteral("  "));
    REQUIRE_FALSE(silent.ok());
    CHECK(silent.error().userMessage.contains(QStringLiteral("reason")));
    CHECK_FALSE(AllowanceRunStore::reopen(db.db(), kJuly, chief, QStringLiteral("typo")).ok());
    const auto reopened = AllowanceRunStore::reopen(
        db.db(), kJune, chief, QStringLiteral("E2 led a team from June 1"));
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
    const auto correction
        = AllowanceRunStore::save(db.db(), kJune, corrected, QStringLiteral("{}"), pay);
    REQUIRE(correction.ok());
    current = AllowanceRunStore::current(db.db(), kJune);
    REQUIRE(current.ok());
    CHECK((*current)->id == *correction);
    CHECK((*current)->corrects == *approved);
    const auto differences = AllowanceRunStore::diff(db.db(), chief, *approved, *correction);
    REQUIRE(differences.ok());
    REQUIRE(differences->size() == 1);
    CHECK(differences->at(0).employeeNo == QStringLiteral("E2"));
    CHECK(
        differences->at(0).after.total() - differences->at(0).before.total() == Fen::fromFen(5000));

    REQUIRE(AllowanceRunStore::approve(db.db(), *correction, kJune, chief, kJuly).ok());
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
    CHECK(db.scalar(linesOfRun.arg(*approved)).toString() == storedBefore);
    // Locked again: no new run until it is reopened once more.
    CHECK_FALSE(AllowanceRunStore::save(db.db(), kJune, corrected, QStringLiteral("{}"), pay).ok());
}

TEST_CASE("A damaged database file is not approved", "[allowance][file]")
{
    TempDatabase db;
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    // Enough workers that the middle of the file is roster pages, away from the run's own.
    QString roster = twoWorkers();
    for (int i = 0; i < 3000; ++i)
        roster += QStringLiteral("X%1,工人%1,男,,,2010-07-01,,济南总厂,山东,机加工车间,车工,"
                                 "高级工,2018-06-30,是,否\n")
                      .arg(i, 5, 10, QLatin1Char('0'));
    REQUIRE(db.importCsv(roster).committed);
    const auto run
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
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
    const Status approved = AllowanceRunStore::approve((*damaged)->db(), *run, kJune, chief, kJuly);
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

TEST_CASE("The officer who computed a run cannot approve it, whatever roles they hold",
    "[allowance][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const Officer both
        = db.officer(QStringLiteral("both"), Roles { Role::Payroll, Role::Approver });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const auto run
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), both);
    REQUIRE(run.ok());
    const auto info = AllowanceRunStore::run(db.db(), *run);
    REQUIRE(info.ok());
    CHECK((*info)->computedOfficerId == both.id);
    CHECK(AllowanceRunStore::computedBy(**info, both));
    CHECK_FALSE(AllowanceRunStore::computedBy(**info, chief));

    const Status self = AllowanceRunStore::approve(db.db(), *run, kJune, both, kJuly);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().isRefusal());
    CHECK(self.error().userMessage.contains(QStringLiteral("computed run")));
    // The admin holds every role, and is refused all the same for a run of their own.
    const auto own
        = AllowanceRunStore::save(db.db(), kJuly, juneLines(db), QStringLiteral("{}"), db.admin());
    REQUIRE(own.ok());
    CHECK(AllowanceRunStore::approve(db.db(), *own, kJuly, db.admin(), kJuly).error().isRefusal());
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    CHECK(AllowanceRunStore::checkOpen(db.db(), kJuly).ok());

    REQUIRE(AllowanceRunStore::approve(db.db(), *run, kJune, chief, kJuly).ok());
    CHECK_FALSE(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
}

TEST_CASE("A run computed before officers is compared with the approver by login",
    "[allowance][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const Officer wang = db.officer(QStringLiteral("wang"), Roles { Role::Approver });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const auto run
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
    REQUIRE(run.ok());
    // As a file from before issue 13 stores it: the operating-system user's name, no officer.
    // The sealed event is edited as another tool would, past the schema 11 trigger.
    skl::test::changeAsAnotherTool(db.path(),
        { QStringLiteral("UPDATE audit_event SET actor = 'Wang', officer_id = NULL "
                         "WHERE id = (SELECT computed_event_id FROM allowance_run WHERE id = %1)")
                .arg(*run) },
        skl::test::AuditGuards::Dropped);
    const Status self = AllowanceRunStore::approve(db.db(), *run, kJune, wang, kJuly);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().isRefusal());
    CHECK(AllowanceRunStore::approve(db.db(), *run, kJune, chief, kJuly).ok());
}

// Issue 14: two approvers at two computers approve the same run at the same moment, each on a
// connection of their own. The month is locked once; the other approver waits for the write lock
// and is then told that the run is approved already, on a file and on the server alike.
TEST_CASE("Two approvers approving the same run at once lock its month once, and the other is told",
    "[allowance][concurrency]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const std::array<Officer, 2> approvers { db.officer(
                                                 QStringLiteral("wang"), Roles { Role::Approver }),
        db.officer(QStringLiteral("chief"), Roles { Role::Approver }) };
    const QList<QDate> months { QDate(2025, 3, 1), QDate(2025, 4, 1), QDate(2025, 5, 1), kJune };
    QList<qint64> runs;
    for (const QDate &month : months) {
        const auto run
            = AllowanceRunStore::save(db.db(), month, juneLines(db), QStringLiteral("{}"), pay);
        REQUIRE(run.ok());
        runs += *run;
    }
    std::barrier bothReady(2);
    std::array<int, 2> approved { 0, 0 };
    std::array<QStringList, 2> told;
    std::array<bool, 2> opened { false, false };
    const auto approve = [&](int who) {
        auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
        opened[who] = connection.ok();
        for (qsizetype i = 0; i < runs.size(); ++i) {
            bothReady.arrive_and_wait();
            if (!connection)
                continue;
            const Status done = AllowanceRunStore::approve(
                (*connection)->db(), runs[i], months[i], approvers[who], kJuly);
            if (done)
                ++approved[who];
            else
                told[who] += done.error().userMessage;
        }
    };
    std::thread a(approve, 0);
    std::thread b(approve, 1);
    a.join();
    b.join();
    REQUIRE(opened[0]);
    REQUIRE(opened[1]);
    CHECK(approved[0] + approved[1] == months.size());
    CHECK(told[0].size() + told[1].size() == months.size());
    for (const QStringList &messages : told) {
        for (const QString &message : messages) {
            INFO(message.toStdString());
            CHECK(message.contains(QStringLiteral("is approved already")));
        }
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM allowance_run WHERE status = 'approved'"))
              .toInt()
        == months.size());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                   "'allowance-approve'"))
              .toInt()
        == months.size());
}

TEST_CASE("Computing, approving and reopening a month each need their role, checked first",
    "[allowance][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const Officer audit = db.officer(QStringLiteral("audit"), Roles { Role::Auditor });

    NullProgress progress;
    for (const Officer &refused : { chief, hr, audit }) {
        INFO(refused.login.toStdString());
        const auto computed = MonthlyAllowances::computeAndSave(db.db(), kJune, refused, progress);
        REQUIRE_FALSE(computed.ok());
        CHECK(computed.error().isRefusal());
        CHECK_FALSE(
            AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), refused)
                .ok());
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM allowance_run")).toInt() == 0);
    const auto run
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
    REQUIRE(run.ok());
    // Refused before anything else: a run of another month, or none at all, is not looked at.
    for (const Officer &refused : { pay, hr, audit }) {
        INFO(refused.login.toStdString());
        CHECK(AllowanceRunStore::approve(db.db(), *run, kJune, refused, kJuly).error().isRefusal());
        CHECK(AllowanceRunStore::approve(db.db(), 999, kJuly, refused, kJuly).error().isRefusal());
    }
    REQUIRE(AllowanceRunStore::approve(db.db(), *run, kJune, chief, kJuly).ok());
    for (const Officer &refused : { pay, hr, audit }) {
        INFO(refused.login.toStdString());
        const auto reopened
            = AllowanceRunStore::reopen(db.db(), kJune, refused, QStringLiteral("x"));
        REQUIRE_FALSE(reopened.ok());
        CHECK(reopened.error().isRefusal());
        // Without a reason, still refused for the role first.
        CHECK(AllowanceRunStore::reopen(db.db(), kJune, refused, QString()).error().isRefusal());
    }
    CHECK_FALSE(AllowanceRunStore::checkOpen(db.db(), kJune).ok());
    // A disabled approver approves nothing any more.
    REQUIRE(OfficerStore::setDisabled(db.db(), db.admin(), chief.login, true).ok());
    CHECK(
        AllowanceRunStore::reopen(db.db(), kJune, chief, QStringLiteral("x")).error().isRefusal());
}

TEST_CASE("A run's lines are read by payroll and approvers only", "[allowance][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const auto run
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
    REQUIRE(run.ok());
    for (const Officer &reader : { pay, chief }) {
        CHECK(AllowanceRunStore::lines(db.db(), reader, *run).ok());
        CHECK(AllowanceRunStore::diff(db.db(), reader, *run, *run).ok());
    }
    for (const auto &[login, role] : { std::pair { QStringLiteral("audit"), Role::Auditor },
             std::pair { QStringLiteral("hr"), Role::Hr },
             std::pair { QStringLiteral("sysadmin"), Role::Admin } }) {
        const Officer other = db.officer(login, Roles { role });
        INFO(other.login.toStdString());
        CHECK(AllowanceRunStore::lines(db.db(), other, *run).error().isRefusal());
        CHECK(AllowanceRunStore::diff(db.db(), other, *run, *run).error().isRefusal());
        int visited = 0;
        const Status each = AllowanceRunStore::forEachLine(
            db.db(), other, *run, [&](const QString &, const AllowanceAmounts &) { ++visited; });
        CHECK(each.error().isRefusal());
        CHECK(visited == 0);
    }
}

TEST_CASE("Every payroll export is recorded: who, which month, how many rows, which file",
    "[allowance][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const auto run
        = AllowanceRunStore::save(db.db(), kJune, juneLines(db), QStringLiteral("{}"), pay);
    REQUIRE(run.ok());
    const QString xlsx = db.filePath(QStringLiteral("津贴.xlsx"));
    const auto written
        = AllowanceRunExport::write(db.db(), pay, *run, xlsx, AllowanceRunExport::Format::Xlsx);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    CHECK(QFile::exists(xlsx));
    // Header, two workers, totals: the filter covers the header and the workers only, so that
    // filtering or sorting leaves the totals row where it is (issue 15).
    const QString sheet = QString::fromUtf8(
        skl::test::XlsxBuilder::readPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheet.contains(QStringLiteral("<row r=\"4\"")));
    CHECK(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:H3\"/>")));
    // Amounts stay numbers, shown with thousands separators (built-in format 4, #,##0.00).
    const QString styles = QString::fromUtf8(
        skl::test::XlsxBuilder::readPart(xlsx, QStringLiteral("xl/styles.xml")));
    CHECK(styles.contains(QStringLiteral("<xf numFmtId=\"4\"")));
    CHECK(sheet.contains(QStringLiteral("s=\"4\"><v>")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                   "'payroll-export' AND actor = 'pay' AND officer_id = %1 AND "
                                   "summary LIKE '%2025-06%2 worker(s)%津贴.xlsx%'")
                        .arg(pay.id))
              .toInt()
        == 1);
    // An approver reads the run but sends no payroll file.
    const QString csv = db.filePath(QStringLiteral("津贴.csv"));
    const auto refused
        = AllowanceRunExport::write(db.db(), chief, *run, csv, AllowanceRunExport::Format::Csv);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isRefusal());
    CHECK_FALSE(QFile::exists(csv));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                   "'payroll-export'"))
              .toInt()
        == 1);
}
