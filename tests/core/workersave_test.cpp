#include <QSqlQuery>

#include "core/domain/residentid.h"
#include "core/store/certificationstore.h"
#include "core/store/connection.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::approveImportedGrades;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

QString twoWorkers()
{
    return rosterHeader()
        + QStringLiteral("E1,张伟,男,%1,,2010-07-01,,济南总厂,山东,机加工车间,车工,高级工,"
                         "2018-06-30,是,否\n"
                         "E2,李娜,女,%2,,2015-01-01,,济南总厂,山东,装配车间,钳工,,,否,否\n")
              .arg(validId(QStringLiteral("37010219850312001")),
                  validId(QStringLiteral("37010219900101002")));
}

qint64 idOf(TempDatabase &db, const QString &employeeNo)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
        .toLongLong();
}

} // namespace

TEST_CASE("Saving a profile writes the changed fields and audits each one", "[profile]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    WorkerStore workers(db.db());
    const auto read = workers.snapshot(db.admin(), idOf(db, QStringLiteral("E1")));
    REQUIRE(read.ok());
    // The profile reads the number masked (issue 13); saving leaves the stored one as it was.
    CHECK(read->record.idNumber == ResidentId::mask(validId(QStringLiteral("37010219850312001"))));
    WorkerRecord record = read->record;
    record.name = QStringLiteral("张维");
    record.workshop = QStringLiteral("装配车间");
    record.teamLeader = true;
    const auto saved = WorkerStore(db.db()).save(db.admin(), *read, record);
    REQUIRE(saved.ok());
    CHECK(saved->changed);
    CHECK(saved->problems.isEmpty());

    const auto trail = workers.auditTrail(idOf(db, QStringLiteral("E1")));
    REQUIRE(trail.ok());
    QStringList fields;
    for (const AuditEntry &e : *trail)
        if (e.action == QStringLiteral("edit"))
            fields += e.field;
    fields.sort();
    CHECK(fields
        == QStringList {
            QStringLiteral("name"), QStringLiteral("team_leader"), QStringLiteral("workshop") });
    CHECK(trail->last().action == QStringLiteral("import")); // the creation, oldest last
    CHECK(db.scalar(QStringLiteral("SELECT name FROM worker WHERE employee_no = 'E1'")).toString()
        == QStringLiteral("张维"));
    CHECK(db.scalar(QStringLiteral("SELECT id_number FROM worker WHERE employee_no = 'E1'"))
              .toString()
        == validId(QStringLiteral("37010219850312001")));
}

TEST_CASE("A profile saved unchanged writes nothing, not even an audit event", "[profile]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const int events = db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt();
    WorkerStore workers(db.db());
    const auto read = workers.snapshot(db.admin(), idOf(db, QStringLiteral("E2")));
    REQUIRE(read.ok());
    const auto saved = WorkerStore(db.db()).save(db.admin(), *read, read->record);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->changed);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() == events);
}

TEST_CASE("Another worker's ID number is refused and nothing is written", "[profile]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    WorkerStore workers(db.db());
    const auto read = workers.snapshot(db.admin(), idOf(db, QStringLiteral("E2")));
    REQUIRE(read.ok());
    WorkerRecord record = read->record;
    record.idNumber = validId(QStringLiteral("37010219850312001")); // E1's
    record.birthDate = {};
    record.name = QStringLiteral("李四");
    const auto saved = WorkerStore(db.db()).save(db.admin(), *read, record);
    REQUIRE(saved.ok());
    REQUIRE(saved->problems.size() == 1);
    CHECK(saved->problems.first().field == QStringLiteral("id_number"));
    CHECK(saved->problems.first().reason.contains(QStringLiteral("E1")));
    CHECK(db.scalar(QStringLiteral("SELECT name FROM worker WHERE employee_no = 'E2'")).toString()
        == QStringLiteral("李娜"));
}

TEST_CASE("The audit trail shows ID numbers masked", "[profile]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    WorkerStore workers(db.db());
    const auto read = workers.snapshot(db.admin(), idOf(db, QStringLiteral("E2")));
    REQUIRE(read.ok());
    WorkerRecord record = read->record;
    record.idNumber = validId(QStringLiteral("37010219900101003"));
    REQUIRE(WorkerStore(db.db()).save(db.admin(), *read, record)->changed);
    const auto trail = workers.auditTrail(idOf(db, QStringLiteral("E2")));
    REQUIRE(trail.ok());
    const AuditEntry &change = trail->first();
    CHECK(change.field == QStringLiteral("id_number"));
    CHECK(change.oldValue.mid(6, 8) == QStringLiteral("********"));
    CHECK(change.newValue.mid(6, 8) == QStringLiteral("********"));
}

TEST_CASE("The grade history lists every record with how and when it was recorded", "[profile]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    REQUIRE(db.importCsv(rosterHeader()
                  + QStringLiteral("E1,张伟,男,,,2010-07-01,,济南总厂,山东,机加工车间,"
                                   "车工,技师,2022-06-30,是,否\n"))
                .committed);
    approveImportedGrades(db);
    WorkerStore workers(db.db());
    const auto history = workers.gradeHistory(idOf(db, QStringLiteral("E1")));
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).grade == Grade::Senior);
    CHECK(history->at(1).grade == Grade::Technician);
    CHECK(history->at(1).effective == QDate(2022, 6, 30));
    CHECK(history->at(1).occupation == QStringLiteral("车工"));
    CHECK(history->at(1).way == QStringLiteral("import"));
    CHECK(history->at(1).recordedAt.isValid());
}

TEST_CASE("A profile saved after another window changed the worker writes nothing and says "
          "who changed what",
    "[profile][concurrency]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const qint64 id = idOf(db, QStringLiteral("E1"));
    // Window A opens the profile.
    const auto readByA = WorkerStore(db.db()).snapshot(db.admin(), id);
    REQUIRE(readByA.ok());
    // Window B (or the command line) renames the worker meanwhile, through its own connection.
    {
        auto other = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(other.ok());
        WorkerStore workers((*other)->db());
        const auto readByB = workers.snapshot(db.admin(), id);
        REQUIRE(readByB.ok());
        WorkerRecord renamed = readByB->record;
        renamed.name = QStringLiteral("张维");
        const auto saved = workers.save(db.admin(), *readByB, renamed);
        REQUIRE(saved.ok());
        REQUIRE(saved->changed);
    }
    // A sets the leave date on what it read, with the old name still in its form.
    WorkerRecord edited = readByA->record;
    edited.leaveDate = QDate(2026, 12, 1);
    const int changesBefore
        = db.scalar(QStringLiteral("SELECT count(*) FROM audit_change")).toInt();
    const auto saved = WorkerStore(db.db()).save(db.admin(), *readByA, edited);
    REQUIRE(saved.ok());
    CHECK(saved->stale);
    CHECK_FALSE(saved->changed);
    CHECK(db.scalar(QStringLiteral("SELECT name FROM worker WHERE id = %1").arg(id)).toString()
        == QStringLiteral("张维"));
    CHECK(
        db.scalar(QStringLiteral("SELECT leave_date FROM worker WHERE id = %1").arg(id)).isNull());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change")).toInt() == changesBefore);
    REQUIRE(saved->changedSince.size() == 1);
    CHECK(saved->changedSince.first().field == QStringLiteral("name"));
    CHECK(saved->changedSince.first().oldValue == QStringLiteral("张伟"));
    CHECK(saved->changedSince.first().newValue == QStringLiteral("张维"));

    // Read again, the same edit saves and keeps B's name.
    const auto reread = WorkerStore(db.db()).snapshot(db.admin(), id);
    REQUIRE(reread.ok());
    WorkerRecord again = reread->record;
    again.leaveDate = QDate(2026, 12, 1);
    const auto resaved = WorkerStore(db.db()).save(db.admin(), *reread, again);
    REQUIRE(resaved.ok());
    CHECK(resaved->changed);
    CHECK_FALSE(resaved->stale);
    CHECK(db.scalar(QStringLiteral("SELECT name FROM worker WHERE id = %1").arg(id)).toString()
        == QStringLiteral("张维"));
    CHECK(
        db.scalar(QStringLiteral("SELECT leave_date FROM worker WHERE id = %1").arg(id)).toString()
        == QStringLiteral("2026-12-01"));
}

TEST_CASE("Every write of a worker row bumps its row version, an import's and a grade's too",
    "[profile][concurrency]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const auto version = [&] {
        return db.scalar(QStringLiteral("SELECT row_version FROM worker WHERE employee_no = 'E1'"))
            .toLongLong();
    };
    const qint64 first = version();
    REQUIRE(db.importCsv(rosterHeader()
                  + QStringLiteral("E1,张伟,男,,,2010-07-01,2026-06-30,济南总厂,山东,机加工车间,"
                                   "车工,技师,2022-06-30,是,否\n"))
                .committed);
    CHECK(version() > first);
    const qint64 second = version();
    QSqlQuery q(db.db());
    REQUIRE(q.exec(QStringLiteral("UPDATE worker SET frontline = 0 WHERE employee_no = 'E1'")));
    CHECK(version() == second + 1);
}

TEST_CASE("Ticking 班组长 in the profile opens a team-leader period today; clearing it the same "
          "day removes it",
    "[profile][allowance]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const qint64 id = idOf(db, QStringLiteral("E2"));
    const QString periodsToday
        = QStringLiteral("SELECT count(*) FROM team_leader_period WHERE worker_id = %1 "
                         "AND valid_from = '%2' AND valid_to IS NULL")
              .arg(id)
              .arg(QDate::currentDate().toString(Qt::ISODate));
    WorkerStore workers(db.db());
    auto read = workers.snapshot(db.admin(), id);
    REQUIRE(read.ok());
    CHECK_FALSE(read->record.teamLeader);
    WorkerRecord edited = read->record;
    edited.teamLeader = true;
    REQUIRE(workers.save(db.admin(), *read, edited)->changed);
    CHECK(db.scalar(periodsToday).toInt() == 1);
    read = workers.snapshot(db.admin(), id);
    REQUIRE(read.ok());
    CHECK(read->record.teamLeader); // the profile shows the period, as the roster does

    edited = read->record;
    edited.teamLeader = false;
    REQUIRE(workers.save(db.admin(), *read, edited)->changed);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM team_leader_period WHERE worker_id = %1")
                        .arg(id))
              .toInt()
        == 0);
    CHECK_FALSE(workers.snapshot(db.admin(), id)->record.teamLeader);
}
