#include <QSqlQuery>

#include "core/domain/residentid.h"
#include "core/store/serverlogin.h"
#include "core/store/workeredits.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"

using namespace skl;
using skl::test::onServer;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

// E1 with a grade and 班组长 否, E2 without a grade, E3 a team leader (a period from the import).
QString threeWorkers()
{
    return rosterHeader()
        + QStringLiteral("E1,张伟,男,%1,,2010-07-01,,济南总厂,山东,机加工车间,车工,高级工,"
                         "2018-06-30,是,否\n"
                         "E2,李娜,女,%2,,2015-01-01,,济南总厂,山东,装配车间,钳工,,,否,否\n"
                         "E3,王强,男,,,2016-03-01,,青岛分厂,山东,焊接车间,焊工,,,是,是\n")
              .arg(validId(QStringLiteral("37010219850312001")),
                  validId(QStringLiteral("37010219900101002")));
}

qint64 idOf(TempDatabase &db, const QString &employeeNo)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
        .toLongLong();
}

qint64 unitId(TempDatabase &db, const QString &table, const QString &name)
{
    return db.scalar(QStringLiteral("SELECT id FROM %1 WHERE name = '%2'").arg(table, name))
        .toLongLong();
}

int events(TempDatabase &db, const QString &action)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = '%1'").arg(action))
        .toInt();
}

WorkerRecord newHire()
{
    WorkerRecord r;
    r.employeeNo = QStringLiteral("N1");
    r.name = QStringLiteral("赵敏");
    r.gender = Gender::Female;
    r.idNumber = validId(QStringLiteral("37010219990505002"));
    r.birthDate = QDate(1999, 5, 5);
    r.hireDate = QDate(2026, 3, 1);
    r.site = QStringLiteral("济南总厂");
    r.workshop = QStringLiteral("装配车间");
    r.occupation = QStringLiteral("钳工");
    r.grades += GradeEntry { Grade::Junior, QDate(2024, 6, 30) };
    r.frontline = true;
    return r;
}

QStringList fieldsOf(const QList<AuditEntry> &trail, const QString &action)
{
    QStringList fields;
    for (const AuditEntry &e : trail)
        if (e.action == action)
            fields += e.field;
    fields.sort();
    return fields;
}

} // namespace

TEST_CASE("A new hire added by hand is stored with its grade under one audited event", "[workers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const auto added = WorkerEdits(db.db()).add(hr, newHire());
    REQUIRE(added.ok());
    CHECK(added->problems.isEmpty());
    REQUIRE(added->workerId == idOf(db, QStringLiteral("N1")));
    CHECK(events(db, QStringLiteral("add")) == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM grade_award g JOIN worker w ON w.id = "
                                   "g.worker_id WHERE w.employee_no = 'N1' AND g.grade = 1"))
              .toInt()
        == 1);
    const auto record = WorkerStore(db.db()).record(hr, added->workerId);
    REQUIRE(record.ok());
    CHECK(record->workshop == QStringLiteral("装配车间"));
    CHECK(record->frontline);
    const auto trail = WorkerStore(db.db()).auditTrail(added->workerId);
    REQUIRE(trail.ok());
    CHECK(trail->last().action == QStringLiteral("add"));
}

TEST_CASE(
    "Adding a worker refuses a taken employee number or ID number and writes nothing", "[workers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const QString before = db.dump();

    WorkerRecord sameNumber = newHire();
    sameNumber.employeeNo = QStringLiteral("E2");
    auto added = WorkerEdits(db.db()).add(hr, sameNumber);
    REQUIRE(added.ok());
    REQUIRE(added->problems.size() == 1);
    CHECK(added->problems[0].field == QStringLiteral("employee_no"));
    CHECK(added->problems[0].reason.contains(QStringLiteral("李娜")));

    WorkerRecord sameId = newHire();
    sameId.idNumber = validId(QStringLiteral("37010219850312001"));
    sameId.birthDate = QDate(1985, 3, 12);
    added = WorkerEdits(db.db()).add(hr, sameId);
    REQUIRE(added.ok());
    REQUIRE(added->problems.size() == 1);
    CHECK(added->problems[0].field == QStringLiteral("id_number"));
    CHECK(added->problems[0].reason.contains(QStringLiteral("E1")));

    // The import's own rules: 济南总厂 is in 山东.
    WorkerRecord wrongProvince = newHire();
    wrongProvince.province = Province::parse(QStringLiteral("江苏"));
    added = WorkerEdits(db.db()).add(hr, wrongProvince);
    REQUIRE(added.ok());
    REQUIRE(added->problems.size() == 1);
    CHECK(added->problems[0].field == QStringLiteral("province"));
    CHECK(db.dump() == before);
}

TEST_CASE("A leaving is recorded with its date and reason, and the worker leaves the service",
    "[workers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const qint64 e2 = idOf(db, QStringLiteral("E2"));
    WorkerEdits edits(db.db());

    CHECK_FALSE(edits.recordLeaving(hr, e2, QDate(2026, 5, 1), QStringLiteral("  ")).ok());
    const Status early = edits.recordLeaving(hr, e2, QDate(2014, 12, 31), QStringLiteral("辞职"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().userMessage.contains(QStringLiteral("2015-01-01")));

    REQUIRE(edits.recordLeaving(hr, e2, QDate(2026, 5, 1), QStringLiteral("个人原因辞职")).ok());
    CHECK(db.scalar(QStringLiteral("SELECT leave_date FROM worker WHERE employee_no = 'E2'"))
              .toString()
        == QStringLiteral("2026-05-01"));
    const auto trail = WorkerStore(db.db()).auditTrail(e2);
    REQUIRE(trail.ok());
    CHECK(fieldsOf(*trail, QStringLiteral("leave"))
        == QStringList { QStringLiteral("leave_date"), QStringLiteral("leave_reason") });
    bool reasonKept = false;
    for (const AuditEntry &e : *trail)
        reasonKept = reasonKept || e.newValue == QStringLiteral("个人原因辞职");
    CHECK(reasonKept);

    // In service up to the day before, left from the leave date: what allowances read.
    const auto record = WorkerStore(db.db()).record(hr, e2);
    REQUIRE(record.ok());
    CHECK(record->isInServiceOn(QDate(2026, 4, 30)));
    CHECK_FALSE(record->isInServiceOn(QDate(2026, 5, 1)));

    const Status again = edits.recordLeaving(hr, e2, QDate(2026, 6, 1), QStringLiteral("退休"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().userMessage.contains(QStringLiteral("2026-05-01")));
}

TEST_CASE("Moving several workers is one audited event naming every worker changed", "[workers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const qint64 assembly = unitId(db, QStringLiteral("workshop"), QStringLiteral("装配车间"));
    const QList<qint64> chosen { idOf(db, QStringLiteral("E1")), idOf(db, QStringLiteral("E2")),
        idOf(db, QStringLiteral("E3")) };
    const auto moved = WorkerEdits(db.db()).move(hr, chosen, { assembly, std::nullopt });
    REQUIRE(moved.ok());
    CHECK(*moved == 2); // E2 is there already
    CHECK(events(db, QStringLiteral("move")) == 1);
    CHECK(db.scalar(
                QStringLiteral("SELECT count(*) FROM worker WHERE workshop_id = %1").arg(assembly))
              .toInt()
        == 3);
    // E3 came from another site: the workshop's site comes with it.
    CHECK(db.scalar(QStringLiteral("SELECT s.name FROM worker w JOIN site s ON s.id = w.site_id "
                                   "WHERE w.employee_no = 'E3'"))
              .toString()
        == QStringLiteral("济南总厂"));
    const QString summary
        = db.scalar(QStringLiteral("SELECT summary FROM audit_event WHERE action = 'move'"))
              .toString();
    CHECK(summary.contains(QStringLiteral("E1")));
    CHECK(summary.contains(QStringLiteral("E3")));
    CHECK_FALSE(summary.contains(QStringLiteral("E2")));
    CHECK(fieldsOf(*WorkerStore(db.db()).auditTrail(chosen[0]), QStringLiteral("move"))
        == QStringList { QStringLiteral("workshop") });
    CHECK(fieldsOf(*WorkerStore(db.db()).auditTrail(chosen[2]), QStringLiteral("move"))
        == QStringList { QStringLiteral("site"), QStringLiteral("workshop") });

    const qint64 welder = unitId(db, QStringLiteral("occupation"), QStringLiteral("焊工"));
    const auto occupation
        = WorkerEdits(db.db()).move(hr, chosen.mid(0, 2), { std::nullopt, welder });
    REQUIRE(occupation.ok());
    CHECK(*occupation == 2);
    CHECK(events(db, QStringLiteral("move")) == 2);
    const auto nothing = WorkerEdits(db.db()).move(hr, chosen.mid(0, 2), { std::nullopt, welder });
    REQUIRE(nothing.ok());
    CHECK(*nothing == 0);
    CHECK(events(db, QStringLiteral("move")) == 2);
}

TEST_CASE(
    "A worker with no history is deleted; one with history is refused, naming it", "[workers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    WorkerEdits edits(db.db());

    // E3 leads a team: the period is history.
    const Status leader = edits.remove(hr, idOf(db, QStringLiteral("E3")));
    REQUIRE_FALSE(leader.ok());
    CHECK(leader.error().isRefusal());
    CHECK(leader.error().userMessage.contains(QStringLiteral("E3")));
    CHECK(leader.error().userMessage.contains(WorkerEdits::tr("team-leader periods: %1").arg(1)));

    // A grade a later import brings becomes a certification: history too.
    REQUIRE(db.importCsv(rosterHeader()
                  + QStringLiteral("E2,李娜,女,%1,,2015-01-01,,济南总厂,山东,装配车间,钳工,"
                                   "中级工,2020-06-30,否,否\n")
                        .arg(validId(QStringLiteral("37010219900101002"))))
                .committed);
    const auto references = edits.referencesTo(idOf(db, QStringLiteral("E2")));
    REQUIRE(references.ok());
    CHECK(*references
        == QStringList {
            WorkerEdits::tr("certifications (proposed, decided or revoked): %1").arg(1) });
    CHECK_FALSE(edits.remove(hr, idOf(db, QStringLiteral("E2"))).ok());

    // E1 has only what the roster brought (its grade): deleted, and the trail keeps the row.
    const qint64 e1 = idOf(db, QStringLiteral("E1"));
    REQUIRE(edits.referencesTo(e1)->isEmpty());
    REQUIRE(edits.remove(hr, e1).ok());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker WHERE employee_no = 'E1'")).toInt()
        == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM grade_award WHERE worker_id = %1").arg(e1))
              .toInt()
        == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change c JOIN audit_event e ON "
                                   "e.id = c.event_id WHERE e.action = 'delete' AND c.field = "
                                   "'name' AND c.old_value = '张伟'"))
              .toInt()
        == 1);
}

TEST_CASE(
    "A worker added after a deletion does not inherit the deleted worker's trail", "[workers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    WorkerEdits edits(db.db());
    const auto first = edits.add(hr, newHire());
    REQUIRE(first.ok());
    REQUIRE(edits.remove(hr, first->workerId).ok());
    WorkerRecord other = newHire();
    other.employeeNo = QStringLiteral("N2");
    other.name = QStringLiteral("周芷若");
    const auto second = edits.add(hr, other);
    REQUIRE(second.ok());
    const auto trail = WorkerStore(db.db()).auditTrail(second->workerId);
    REQUIRE(trail.ok());
    CHECK(fieldsOf(*trail, QStringLiteral("delete")).isEmpty());
    CHECK(trail->size() == 1);
}

TEST_CASE("Desk acts on workers are refused to officers the permission table excludes",
    "[workers][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const qint64 workshop = unitId(db, QStringLiteral("workshop"), QStringLiteral("装配车间"));
    const Officer auditor = db.officer(QStringLiteral("auditor"), Roles { Role::Auditor });
    const Officer head
        = db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead }, { workshop });
    const QString before = db.dump();
    const qint64 e2 = idOf(db, QStringLiteral("E2"));
    for (const Officer &by : { auditor, head }) {
        WorkerEdits edits(db.db());
        const auto added = edits.add(by, newHire());
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().isRefusal());
        const Status left = edits.recordLeaving(by, e2, QDate(2026, 5, 1), QStringLiteral("辞职"));
        REQUIRE_FALSE(left.ok());
        CHECK(left.error().isRefusal());
        const auto moved = edits.move(by, { e2 }, { workshop, std::nullopt });
        REQUIRE_FALSE(moved.ok());
        CHECK(moved.error().isRefusal());
        const Status removed = edits.remove(by, e2);
        REQUIRE_FALSE(removed.ok());
        CHECK(removed.error().isRefusal());
    }
    CHECK(db.dump() == before);
}

namespace {

// A master-apprentice agreement between E1 and E2, written as another tool would.
void mentor(TempDatabase &db)
{
    QSqlQuery q(db.db());
    REQUIRE(q.exec(QStringLiteral(
        "INSERT INTO mentorship (mentor_id, apprentice_id, occupation_id, start_date, event_id) "
        "SELECT m.id, a.id, m.occupation_id, '2024-01-01', (SELECT max(id) FROM audit_event) "
        "FROM worker m, worker a WHERE m.employee_no = 'E1' AND a.employee_no = 'E2'")));
}

} // namespace

TEST_CASE("A worker in a master-apprentice agreement is not deleted", "[workers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    mentor(db);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const Status removed = WorkerEdits(db.db()).remove(hr, idOf(db, QStringLiteral("E2")));
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().isRefusal());
    CHECK(removed.error().userMessage.contains(
        WorkerEdits::tr("master-apprentice agreements: %1").arg(1)));
}

TEST_CASE(
    "On the server an hr officer's own login does the desk acts on workers", "[workers][server]")
{
    if (!onServer())
        return;
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    mentor(db);
    const Officer hr = db.officer(QStringLiteral("hr-desk"), Roles { Role::Hr });
    const qint64 assembly = unitId(db, QStringLiteral("workshop"), QStringLiteral("装配车间"));
    const qint64 e2 = idOf(db, QStringLiteral("E2"));
    ServerLogin::remember(db.path(), hr.login.toCaseFolded(), skl::test::password());
    {
        auto opened = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(opened.ok());
        WorkerEdits edits((*opened)->db());
        const auto added = edits.add(hr, newHire());
        REQUIRE(added.ok());
        REQUIRE(added->problems.isEmpty());
        const auto moved = edits.move(hr, { added->workerId, e2 }, { assembly, std::nullopt });
        INFO((moved ? QString() : moved.error().userMessage).toStdString());
        REQUIRE(moved.ok());
        REQUIRE(edits.recordLeaving(hr, e2, QDate(2026, 5, 1), QStringLiteral("退休")).ok());
        const Status removed = edits.remove(hr, added->workerId);
        INFO((removed ? QString() : removed.error().userMessage).toStdString());
        CHECK(removed.ok());
        // hr reads no agreements on the server: the foreign key itself refuses, with a reason.
        const Status refused = edits.remove(hr, e2);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().isRefusal());
    }
    ServerLogin::remember(
        db.path(), skl::test::TestServer::dbaLogin(), skl::test::TestServer::dbaPassword());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 3);
    CHECK(
        db.scalar(QStringLiteral("SELECT leave_date FROM worker WHERE id = %1").arg(e2)).toString()
        == QStringLiteral("2026-05-01"));
}
