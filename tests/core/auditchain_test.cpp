#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/domain/residentid.h"
#include "core/store/auditchain.h"
#include "core/store/auditlog.h"
#include "core/store/audittrailstore.h"
#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "core/store/officerstore.h"
#include "core/store/transaction.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// What another tool (sqlite3, psql) does to the trail, without SkillLadder's guards.
void tamper(const QString &location, const QStringList &statements)
{
    skl::test::changeAsAnotherTool(location, statements, skl::test::AuditGuards::Kept);
}

void tamperDroppingGuards(const QString &location, const QStringList &statements)
{
    skl::test::changeAsAnotherTool(location, statements, skl::test::AuditGuards::Dropped);
}

// A company with a few events, one of them with change rows (the officer disabled): returns the
// id of the event with change rows.
qint64 eventWithChanges(TempDatabase &db, const Officer &admin)
{
    db.officer(QStringLiteral("clerk"), { Role::Hr });
    REQUIRE(OfficerStore::setDisabled(db.db(), admin, QStringLiteral("clerk"), true).ok());
    const qint64 id
        = db.scalar(QStringLiteral("SELECT max(event_id) FROM audit_change")).toLongLong();
    REQUIRE(id > 0);
    // One more event after it, so that the broken one is not the newest.
    REQUIRE(OfficerStore::setDisabled(db.db(), admin, QStringLiteral("clerk"), false).ok());
    return id;
}

AuditVerification verified(TempDatabase &db, const Officer &by)
{
    auto outcome = AuditChain::verify(db.db(), by);
    REQUIRE(outcome.ok());
    return *outcome;
}

} // namespace

TEST_CASE("Every audit event is sealed when its transaction commits", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    eventWithChanges(db, admin);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event e LEFT JOIN audit_seal s "
                                   "ON s.event_id = e.id WHERE s.event_id IS NULL"))
              .toInt()
        == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_seal_due")).toInt() == 0);
    const AuditVerification outcome = verified(db, admin);
    CHECK(outcome.isIntact());
    CHECK(outcome.eventCount
        == db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong());
    CHECK(outcome.lastHash.size() == 64);
}

TEST_CASE("An audit event cannot be committed without its seal", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const auto before = db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt();
    // Outside a transaction the event would commit on its own, unsealed: the database refuses.
    CHECK_FALSE(AuditLog(db.db()).beginEvent(QStringLiteral("test"), QStringLiteral("x"), admin));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() == before);
}

TEST_CASE("A deleted audit change row is found and its event named", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const qint64 event = eventWithChanges(db, admin);
    tamperDroppingGuards(db.path(),

        { QStringLiteral("DELETE FROM audit_change WHERE event_id = %1").arg(event) });
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == event);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::ChangesDeleted);
    CHECK(outcome.firstBreak->actor == QStringLiteral("admin"));
    CHECK(outcome.firstBreak->userMessage().contains(QString::number(event)));
}

TEST_CASE("An edited audit change row is found and its event named", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const qint64 event = eventWithChanges(db, admin);
    tamperDroppingGuards(db.path(),
        { QStringLiteral("UPDATE audit_change SET new_value = 'no' WHERE "
                         "event_id = %1")
                .arg(event) });
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == event);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::ChangesAltered);
}

TEST_CASE("An edited audit event summary is found and named", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const qint64 event = eventWithChanges(db, admin);
    tamperDroppingGuards(db.path(),
        { QStringLiteral("UPDATE audit_event SET summary = 'nothing happened' "
                         "WHERE id = %1")
                .arg(event) });
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == event);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::Edited);
    const QString message = outcome.firstBreak->userMessage();
    CHECK(message.contains(QString::number(event)));
    CHECK(message.contains(QStringLiteral("admin")));
}

TEST_CASE("A deleted audit event is found and named", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const qint64 event = eventWithChanges(db, admin);
    // As a careful forger would: the change rows and the seal go too.
    tamperDroppingGuards(db.path(),
        { QStringLiteral("DELETE FROM audit_change WHERE event_id = %1").arg(event),
            QStringLiteral("DELETE FROM audit_seal WHERE event_id = %1").arg(event),
            QStringLiteral("DELETE FROM audit_event WHERE id = %1").arg(event) });
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == event);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::Deleted);
}

TEST_CASE("The newest audit events deleted after a check are found", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    eventWithChanges(db, admin);
    REQUIRE(verified(db, admin).isIntact()); // remembers the newest event as checked
    const qint64 newest = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    tamperDroppingGuards(db.path(),
        { QStringLiteral("DELETE FROM audit_change WHERE event_id = %1").arg(newest),
            QStringLiteral("DELETE FROM audit_seal WHERE event_id = %1").arg(newest),
            QStringLiteral("DELETE FROM audit_event WHERE id = %1").arg(newest) });
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == newest);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::Deleted);
}

TEST_CASE("An audit event added with another tool is found unsealed", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    eventWithChanges(db, admin);
    tamper(db.path(),
        { QStringLiteral("INSERT INTO audit_event (at, actor, action, summary) VALUES "
                         "('2026-01-01T00:00:00.000Z', 'admin', 'test', 'forged')") });
    const qint64 forged = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == forged);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::Unsealed);
}

TEST_CASE("An audit event added with another tool below the first id is found", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    eventWithChanges(db, admin);
    // Outside the ids the chain walks, and with its pending seal removed.
    tamper(db.path(),
        { QStringLiteral("INSERT INTO audit_event (id, at, actor, officer_id, action, summary) "
                         "VALUES (-1, '2025-01-02T01:00:00.000Z', 'admin', 1, 'officer-roles', "
                         "'forged')"),
            QStringLiteral("INSERT INTO audit_change (event_id, entity, entity_id, field, "
                           "old_value, new_value) VALUES (-1, 'officer', 2, 'roles', 'hr', "
                           "'approver')"),
            QStringLiteral("DELETE FROM audit_seal_due") });
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == -1);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::Inserted);
}

TEST_CASE("The newest audit event deleted with the check point moved back is found by what it "
          "made",
    "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    db.officer(QStringLiteral("clerk"), { Role::Hr }); // the newest event made this officer
    const qint64 newest = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    REQUIRE(db.scalar(QStringLiteral("SELECT created_event_id FROM officer WHERE login = 'clerk'"))
                .toLongLong()
        == newest);
    tamperDroppingGuards(db.path(),
        { QStringLiteral("DELETE FROM audit_change WHERE event_id = %1").arg(newest),
            QStringLiteral("DELETE FROM audit_seal WHERE event_id = %1").arg(newest),
            QStringLiteral("DELETE FROM audit_event WHERE id = %1").arg(newest),
            QStringLiteral("UPDATE audit_chain_state SET checked_event_id = (SELECT "
                           "max(event_id) FROM audit_seal), checked_hash = (SELECT hash FROM "
                           "audit_seal ORDER BY event_id DESC LIMIT 1)") });
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == newest);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::Deleted);
}

TEST_CASE("A role granted with another tool is found, naming the event it claims", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const Officer hr = db.officer(QStringLiteral("hr-li"), { Role::Hr });
    // An approver role backdated with sqlite3, pointing at the company's creation.
    tamper(db.path(),
        { QStringLiteral("INSERT INTO officer_role (officer_id, role, granted_on, "
                         "granted_event_id) VALUES (%1, 'approver', '2020-01-01', 1)")
                .arg(hr.id) });
    const AuditVerification outcome = verified(db, admin);
    REQUIRE(outcome.firstBreak);
    CHECK(outcome.firstBreak->eventId == 1);
    CHECK(outcome.firstBreak->problem == AuditBreak::Problem::Unrecorded);
    CHECK(outcome.firstBreak->userMessage().contains(QStringLiteral("role")));
}

TEST_CASE("The program cannot change or delete a sealed audit event", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const qint64 event = eventWithChanges(db, admin);
    QSqlQuery query(db.db());
    for (const QString &sql : {
             QStringLiteral("UPDATE audit_event SET summary = 'x' WHERE id = %1"),
             QStringLiteral("DELETE FROM audit_event WHERE id = %1"),
             QStringLiteral("UPDATE audit_change SET new_value = 'x' WHERE event_id = %1"),
             QStringLiteral("DELETE FROM audit_change WHERE event_id = %1"),
             QStringLiteral("INSERT INTO audit_change (event_id, entity, entity_id, field) "
                            "VALUES (%1, 'worker', 1, 'name')"),
             QStringLiteral("UPDATE audit_seal SET hash = 'x' WHERE event_id = %1"),
             QStringLiteral("DELETE FROM audit_seal WHERE event_id = %1"),
         }) {
        INFO(sql.toStdString());
        CHECK_FALSE(query.exec(sql.arg(event)));
        CHECK(query.lastError().text().contains(QStringLiteral("sealed")));
    }
    CHECK(verified(db, admin).isIntact());
}

namespace {

void checkEveryOpeningWarnsOf(const QString &path, qint64 event, const QString &naming)
{
    for (int opening = 0; opening < 2; ++opening) {
        auto connection = Connection::open(path, Connection::Mode::MustExist);
        REQUIRE(connection.ok()); // the data stays usable
        const QString warning = (*connection)->auditWarning();
        INFO(warning.toStdString());
        CHECK(warning.contains(QString::number(event)));
        CHECK(warning.contains(naming));
    }
}

} // namespace

TEST_CASE("Opening a file warns of an audit event added by another tool", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    eventWithChanges(db, admin);
    tamper(db.path(),
        { QStringLiteral("INSERT INTO audit_event (at, actor, action, summary) VALUES "
                         "('2026-01-01T00:00:00.000Z', 'someone', 'test', 'forged')") });
    const qint64 forged = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    checkEveryOpeningWarnsOf(db.path(), forged, QStringLiteral("someone"));
}

TEST_CASE("Opening a file warns when the newest audit event was edited", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    eventWithChanges(db, admin);
    const qint64 newest = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    tamperDroppingGuards(db.path(),
        { QStringLiteral("UPDATE audit_event SET actor = 'someone' WHERE id = %1").arg(newest) });
    checkEveryOpeningWarnsOf(db.path(), newest, QStringLiteral("someone"));
}

TEST_CASE("A break found by a full check is reported at every later opening", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const qint64 event = eventWithChanges(db, admin);
    tamperDroppingGuards(db.path(),
        { QStringLiteral("UPDATE audit_event SET actor = 'someone' WHERE id = %1").arg(event) });
    REQUIRE(verified(db, admin).firstBreak);
    checkEveryOpeningWarnsOf(db.path(), event, QStringLiteral("someone"));
    // Work goes on, and the warning stays.
    REQUIRE(OfficerStore::setDisabled(db.db(), admin, QStringLiteral("clerk"), true).ok());
    checkEveryOpeningWarnsOf(db.path(), event, QStringLiteral("someone"));
}

TEST_CASE("A break made between two writes is remembered by the second", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    eventWithChanges(db, admin);
    tamper(db.path(),
        { QStringLiteral("INSERT INTO audit_event (at, actor, action, summary) VALUES "
                         "('2026-01-01T00:00:00.000Z', 'someone', 'test', 'forged')") });
    const qint64 forged = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    REQUIRE(OfficerStore::setDisabled(db.db(), admin, QStringLiteral("clerk"), true).ok());
    CHECK(db.scalar(QStringLiteral("SELECT broken_event_id FROM audit_chain_state")).toLongLong()
        == forged);
    checkEveryOpeningWarnsOf(db.path(), forged, QStringLiteral("someone"));
}

TEST_CASE("Opening a file with a whole audit trail gives no warning", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    eventWithChanges(db, admin);
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    CHECK((*connection)->auditWarning().isEmpty());
    // It remembered how far it checked: the next opening starts after the newest event.
    CHECK(db.scalar(QStringLiteral("SELECT checked_event_id FROM audit_chain_state")).toLongLong()
        == db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong());
}

TEST_CASE("Upgrading to schema 11 seals the events written before, in id order", "[audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    const QString name = QStringLiteral("v10");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(Migrations::migrateTo(raw, 10).ok());
        QSqlQuery query(raw);
        REQUIRE(query.exec(
            QStringLiteral("INSERT INTO audit_event (id, at, actor, action, summary) VALUES "
                           "(1, '2025-01-01T00:00:00.000Z', 'hr', 'init', 'one'), "
                           "(2, '2025-01-02T00:00:00.000Z', 'hr', 'edit', 'two')")));
        REQUIRE(query.exec(QStringLiteral(
            "INSERT INTO audit_change (event_id, entity, entity_id, field, old_value, new_value) "
            "VALUES (2, 'worker', 1, 'name', '张三', '张叁')")));
        REQUIRE(Migrations::migrateTo(raw, 11).ok());
        REQUIRE(query.exec(QStringLiteral(
            "SELECT event_id, prev_event_id, change_count FROM audit_seal ORDER BY event_id")));
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 1);
        CHECK(query.value(1).isNull());
        REQUIRE(query.next());
        CHECK(query.value(0).toInt() == 2);
        CHECK(query.value(1).toInt() == 1);
        CHECK(query.value(2).toInt() == 1);
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    auto connection = Connection::open(path, Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    CHECK((*connection)->auditWarning().isEmpty());
}

TEST_CASE("The audit trail never shows a full ID number", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const QString id = skl::test::validId(QStringLiteral("11010519491231002"));
    {
        Transaction transaction(db.db());
        AuditLog audit(db.db());
        const auto event = audit.beginEvent(
            QStringLiteral("worker-edit"), QStringLiteral("Corrected %1 of 张三.").arg(id), admin);
        REQUIRE(event.ok());
        REQUIRE(audit
                    .recordChange(*event, QStringLiteral("worker"), 1, QStringLiteral("id_number"),
                        QStringLiteral("110105194912310021"), id)
                    .ok());
        REQUIRE(audit
                    .recordChange(*event, QStringLiteral("worker"), 1, QStringLiteral("note"),
                        QString(), QStringLiteral("ID %1 checked").arg(id))
                    .ok());
        REQUIRE(transaction.commit(QStringLiteral("test")).ok());
    }
    const auto events = AuditTrailStore::page(db.db(), admin, {});
    REQUIRE(events.ok());
    REQUIRE(!events->isEmpty());
    const AuditEventRow &newest = events->first();
    CHECK(newest.summary == QStringLiteral("Corrected %1 of 张三.").arg(ResidentId::mask(id)));
    REQUIRE(newest.changes.size() == 2);
    CHECK(newest.changes[0].oldValue == QStringLiteral("110105********0021"));
    CHECK(newest.changes[0].newValue == ResidentId::mask(id));
    CHECK(newest.changes[1].oldValue.isNull());
    CHECK_FALSE(newest.changes[1].newValue.contains(id));
    CHECK(AuditChain::verify(db.db(), admin)->isIntact());
}

TEST_CASE("The audit trail is read newest first, filtered and a page at a time", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const Officer chief = db.officer(QStringLiteral("chief"), { Role::Admin });
    REQUIRE(OfficerStore::setDisabled(db.db(), chief, QStringLiteral("admin"), true).ok());
    REQUIRE(OfficerStore::setDisabled(db.db(), chief, QStringLiteral("admin"), false).ok());

    const auto all = AuditTrailStore::page(db.db(), chief, {});
    REQUIRE(all.ok());
    REQUIRE(all->size() >= 4);
    for (qsizetype i = 1; i < all->size(); ++i)
        CHECK((*all)[i - 1].id > (*all)[i].id);

    AuditTrailFilter byChief;
    byChief.actor = QStringLiteral("CHIEF");
    const auto chiefs = AuditTrailStore::page(db.db(), chief, byChief);
    REQUIRE(chiefs.ok());
    CHECK(chiefs->size() == 2);
    for (const AuditEventRow &event : *chiefs)
        CHECK(event.actor == QStringLiteral("chief"));

    AuditTrailFilter enabling;
    enabling.action = QStringLiteral("officer-enable");
    const auto enabled = AuditTrailStore::page(db.db(), chief, enabling);
    REQUIRE(enabled.ok());
    REQUIRE(enabled->size() == 1);
    REQUIRE(enabled->first().changes.size() == 1);
    CHECK(enabled->first().changes.first().field == QStringLiteral("disabled"));

    AuditTrailFilter future;
    future.since = QDate::currentDate().addDays(1);
    CHECK(AuditTrailStore::page(db.db(), chief, future)->isEmpty());
    AuditTrailFilter today;
    today.since = QDate::currentDate();
    today.until = QDate::currentDate();
    CHECK(AuditTrailStore::page(db.db(), chief, today)->size() == all->size());

    const auto first = AuditTrailStore::page(db.db(), chief, {}, 0, 2);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 2);
    const auto second = AuditTrailStore::page(db.db(), chief, {}, first->last().id, 2);
    REQUIRE(second.ok());
    REQUIRE(!second->isEmpty());
    CHECK(second->first().id == (*all)[2].id);
}

TEST_CASE("Only admins and auditors read or verify the audit trail", "[audit]")
{
    TempDatabase db;
    const Officer admin = db.admin();
    const Officer auditor = db.officer(QStringLiteral("auditor"), { Role::Auditor });
    const Officer clerk = db.officer(QStringLiteral("clerk"), { Role::Hr });
    CHECK(AuditTrailStore::page(db.db(), auditor, {}).ok());
    CHECK(AuditChain::verify(db.db(), auditor).ok());
    const auto refused = AuditTrailStore::page(db.db(), clerk, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isRefusal());
    const auto notVerified = AuditChain::verify(db.db(), clerk);
    REQUIRE_FALSE(notVerified.ok());
    CHECK(notVerified.error().isRefusal());
}

TEST_CASE("The audit trail of one worker holds the events about that worker", "[audit]")
{
    TempDatabase db;
    const QString header = skl::test::rosterHeader();
    const QString rows
        = QStringLiteral("A1,张三,男,,,2010-03-01,,一厂,山东,机加车间,车工,,,是,%1\n"
                         "A2,李四%2,男,,,2011-03-01,,一厂,山东,机加车间,车工,,,是,否\n");
    REQUIRE(db.importCsv(header + rows.arg(QStringLiteral("否"), QString())).created == 2);
    const qint64 created
        = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    db.officer(QStringLiteral("clerk"), { Role::Hr }); // an event about no worker
    // One import changes both: A1's team-leader flag, A2's name.
    REQUIRE(
        db.importCsv(header + rows.arg(QStringLiteral("是"), QStringLiteral("四"))).updated == 2);
    const qint64 updated
        = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();

    AuditTrailFilter first;
    first.employeeNumber = QStringLiteral("A1");
    const auto aboutA1 = AuditTrailStore::page(db.db(), db.admin(), first);
    REQUIRE(aboutA1.ok());
    QList<qint64> ids;
    for (const AuditEventRow &event : *aboutA1)
        ids += event.id;
    CHECK(ids == QList<qint64> { updated, created });
    // The update's event changed A1 only; the creation's change rows (none) stay none.
    for (const AuditChangeRow &change : aboutA1->first().changes)
        CHECK(change.entityId
            == db.scalar(QStringLiteral("SELECT id FROM worker WHERE "
                                        "employee_no = 'A1'"))
                   .toLongLong());
    CHECK(aboutA1->first().changeCount == aboutA1->first().changes.size());

    AuditTrailFilter second;
    second.employeeNumber = QStringLiteral("A2");
    const auto aboutA2 = AuditTrailStore::page(db.db(), db.admin(), second);
    REQUIRE(aboutA2.ok());
    REQUIRE(aboutA2->size() == 2);
    CHECK(aboutA2->first().id == updated);
    REQUIRE(aboutA2->first().changes.size() == 1);
    CHECK(aboutA2->first().changes.first().newValue == QStringLiteral("李四四"));

    AuditTrailFilter nobody;
    nobody.employeeNumber = QStringLiteral("Z9");
    const auto unknown = AuditTrailStore::page(db.db(), db.admin(), nobody);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().userMessage.contains(QStringLiteral("Z9")));
}
