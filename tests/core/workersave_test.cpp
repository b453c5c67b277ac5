#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
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
    auto record = workers.record(idOf(db, QStringLiteral("E1")));
    REQUIRE(record.ok());
    CHECK(record->idNumber == validId(QStringLiteral("37010219850312001")));
    record->name = QStringLiteral("张维");
    record->workshop = QStringLiteral("装配车间");
    record->teamLeader = true;
    const auto saved = WorkerStore(db.db()).save(*record);
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
}

TEST_CASE("A profile saved unchanged writes nothing, not even an audit event", "[profile]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    const int events = db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt();
    WorkerStore workers(db.db());
    const auto record = workers.record(idOf(db, QStringLiteral("E2")));
    REQUIRE(record.ok());
    const auto saved = WorkerStore(db.db()).save(*record);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->changed);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() == events);
}

TEST_CASE("Another worker's ID number is refused and nothing is written", "[profile]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(twoWorkers()).committed);
    WorkerStore workers(db.db());
    auto record = workers.record(idOf(db, QStringLiteral("E2")));
    REQUIRE(record.ok());
    record->idNumber = validId(QStringLiteral("37010219850312001")); // E1's
    record->birthDate = {};
    record->name = QStringLiteral("李四");
    const auto saved = WorkerStore(db.db()).save(*record);
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
    auto record = workers.record(idOf(db, QStringLiteral("E2")));
    REQUIRE(record.ok());
    record->idNumber = validId(QStringLiteral("37010219900101003"));
    REQUIRE(WorkerStore(db.db()).save(*record)->changed);
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
