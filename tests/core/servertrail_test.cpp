#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include "core/domain/residentid.h"
#include "core/store/auditchain.h"
#include "core/store/audittrailstore.h"
#include "core/store/serveraddress.h"
#include "core/store/serverschema.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::cliAs;
using skl::test::TempDatabase;
using skl::test::TestServer;

// What only the server enforces (issue 14, "The trail"): an officer who goes around the program
// with psql and their own login is still in the trail. Each test runs on the test cluster only.

namespace {

// These tests are registered for the server run only (tests/CMakeLists.txt); run by hand without
// the cluster, each says so instead of failing.
bool serverRun()
{
    if (!skl::test::onServer())
        WARN("This test needs the PostgreSQL test cluster: run it through CTest.");
    return skl::test::onServer();
}

QString databaseOf(const TempDatabase &db)
{
    return ServerAddress::parse(db.path())->database;
}

// A connection of the officer's own, as psql would make: no program in between.
class DirectSession
{
public:
    DirectSession(const TempDatabase &db, const QString &login)
        : m_name(QUuid::createUuid().toString())
    {
        const auto address = ServerAddress::parse(db.path());
        QSqlDatabase session = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        session.setHostName(address->host);
        session.setPort(address->port);
        session.setDatabaseName(address->database);
        session.setUserName(login);
        session.setPassword(skl::test::password());
        INFO(session.lastError().text().toStdString());
        REQUIRE(session.open());
    }
    ~DirectSession() { QSqlDatabase::removeDatabase(m_name); }
    DirectSession(const DirectSession &) = delete;
    DirectSession &operator=(const DirectSession &) = delete;

    // Runs sql; the server's error text, empty when it succeeded.
    QString exec(const QString &sql)
    {
        QSqlDatabase session = QSqlDatabase::database(m_name);
        QSqlQuery query(session);
        if (query.exec(sql))
            return {};
        const QString error = query.lastError().text();
        return error.isEmpty() ? QStringLiteral("failed") : error;
    }

    // The one value of a query that must succeed.
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        INFO(sql.toStdString());
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0);
    }

private:
    QString m_name;
};

const QString kFirstId = skl::test::validId(QStringLiteral("11010519491231002"));
const QString kSecondId = skl::test::validId(QStringLiteral("37010219800101123"));

void importOneWorker(TempDatabase &db)
{
    const QString row
        = QStringLiteral("A1,张三,男,%1,,2010-03-01,,一厂,山东,机加车间,车工,,,是,否\n")
              .arg(kFirstId);
    REQUIRE(db.importCsv(skl::test::rosterHeader() + row).created == 1);
}

QList<AuditEventRow> trail(TempDatabase &db)
{
    const auto events = AuditTrailStore::page(db.db(), db.admin(), {});
    INFO((events ? QString() : events.error().detail).toStdString());
    REQUIRE(events.ok());
    return *events;
}

} // namespace

TEST_CASE("An officer's direct change of a worker is in the trail under their name, with old and "
          "new values",
    "[server][audit]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    importOneWorker(db);
    const Officer wang = db.officer(QStringLiteral("wang"), Roles { { Role::Hr, {} } });
    {
        DirectSession psql(db, QStringLiteral("wang"));
        REQUIRE(psql.exec(QStringLiteral("UPDATE worker SET name = '李四', id_number = '%1' "
                                         "WHERE employee_no = 'A1'")
                              .arg(kSecondId))
                    .isEmpty());
    }
    const qint64 workerId
        = db.scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = 'A1'")).toLongLong();

    const QList<AuditEventRow> events = trail(db);
    REQUIRE(!events.isEmpty());
    const AuditEventRow &direct = events.first();
    CHECK(direct.action == QStringLiteral("direct"));
    CHECK(direct.actor == QStringLiteral("wang"));
    CHECK(direct.summary.contains(QStringLiteral("worker")));
    CHECK(
        db.scalar(QStringLiteral("SELECT officer_id FROM audit_event WHERE id = %1").arg(direct.id))
            .toLongLong()
        == wang.id);
    QHash<QString, AuditChangeRow> byField;
    for (const AuditChangeRow &change : direct.changes) {
        CHECK(change.entity == QStringLiteral("worker"));
        CHECK(change.entityId == workerId);
        byField.insert(change.field, change);
    }
    // The row version the server keeps is bookkeeping, not a change of the officer's.
    CHECK(byField.size() == 2);
    REQUIRE(byField.contains(QStringLiteral("name")));
    CHECK(byField[QStringLiteral("name")].oldValue == QStringLiteral("张三"));
    CHECK(byField[QStringLiteral("name")].newValue == QStringLiteral("李四"));
    REQUIRE(byField.contains(QStringLiteral("id_number")));
    CHECK(byField[QStringLiteral("id_number")].oldValue == ResidentId::mask(kFirstId));
    CHECK(byField[QStringLiteral("id_number")].newValue == ResidentId::mask(kSecondId));

    // The command line shows it too, IDs masked.
    const auto json = cliAs(db.path(), QStringLiteral("admin"),
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") });
    INFO(json.err.toStdString());
    REQUIRE(json.exitCode == 0);
    CHECK_FALSE(json.out.contains(kFirstId));
    CHECK_FALSE(json.out.contains(kSecondId));
    const QJsonObject newest = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("events"))
                                   .toArray()
                                   .first()
                                   .toObject();
    CHECK(newest.value(QStringLiteral("action")).toString() == QStringLiteral("direct"));
    CHECK(newest.value(QStringLiteral("actor")).toString() == QStringLiteral("wang"));
    CHECK(json.out.contains(QStringLiteral("李四")));
    CHECK(json.out.contains(ResidentId::mask(kSecondId)));
}

TEST_CASE("A direct change is recorded even when the session names a program event of its own",
    "[server][audit]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    importOneWorker(db);
    db.officer(QStringLiteral("wang"), Roles { { Role::Hr, {} } });
    const qint64 sealed = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    {
        DirectSession psql(db, QStringLiteral("wang"));
        REQUIRE(psql.exec(QStringLiteral("BEGIN")).isEmpty());
        // The setting the program writes, naming an event that is sealed already.
        REQUIRE(
            psql.exec(QStringLiteral("SET LOCAL skl.audit_event = '%1'").arg(sealed)).isEmpty());
        REQUIRE(psql.exec(QStringLiteral("UPDATE worker SET name = '李四'")).isEmpty());
        REQUIRE(psql.exec(QStringLiteral("COMMIT")).isEmpty());
    }
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change c JOIN audit_event e ON "
                                   "e.id = c.event_id WHERE e.action = 'direct' AND c.field = "
                                   "'name' AND c.new_value = '李四'"))
              .toInt()
        == 1);
}

TEST_CASE("An officer's session writes audit events in that officer's name only", "[server][audit]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    db.officer(QStringLiteral("wang"), Roles { { Role::Hr, {} } });
    DirectSession psql(db, QStringLiteral("wang"));
    const QString refused = psql.exec(
        QStringLiteral("INSERT INTO audit_event (at, actor, action, summary, officer_id) VALUES "
                       "('2026-01-01T00:00:00.000Z', 'admin', 'note', 'x', %1)")
            .arg(db.admin().id));
    CHECK(refused.contains(QStringLiteral("own name")));
}

TEST_CASE(
    "Not even the administrator can change or delete the trail on the server", "[server][audit]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    importOneWorker(db);
    DirectSession psql(db, QStringLiteral("admin"));
    for (const QString &sql : {
             QStringLiteral("UPDATE audit_event SET summary = 'nothing happened'"),
             QStringLiteral("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)"),
             QStringLiteral("UPDATE audit_change SET new_value = 'x'"),
             QStringLiteral("DELETE FROM audit_change"),
             QStringLiteral("UPDATE audit_seal SET hash = 'x'"),
             QStringLiteral("DELETE FROM audit_seal"),
             QStringLiteral("TRUNCATE audit_event, audit_change, audit_seal CASCADE"),
         }) {
        INFO(sql.toStdString());
        CHECK(psql.exec(sql).contains(QStringLiteral("permission denied")));
    }
    // The program's own way to change its open event's summary refuses sealed events.
    const QString sealed = psql.exec(QStringLiteral(
        "SELECT audit_set_summary((SELECT max(id) FROM audit_event), 'nothing happened')"));
    CHECK(sealed.contains(QStringLiteral("not an open event")));
}

TEST_CASE("On the server an officer's own login writes no seal but through the owner, and only "
          "for an open event of their own transaction",
    "[server][audit]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    importOneWorker(db);
    const Officer wang = db.officer(QStringLiteral("wang"), Roles { { Role::Hr, {} } });
    const qint64 sealed = db.scalar(QStringLiteral("SELECT max(id) FROM audit_event")).toLongLong();
    const QString note
        = QStringLiteral("INSERT INTO audit_event (at, actor, action, summary, officer_id) VALUES "
                         "('2026-01-01T00:00:00.000Z', '%1', 'note', 'written by hand', %2) "
                         "RETURNING id");
    DirectSession psql(db, QStringLiteral("wang"));
    for (const QString &sql : {
             QStringLiteral("INSERT INTO audit_seal (event_id, prev_event_id, prev_hash, "
                            "change_count, changes_digest, hash) SELECT max(id), NULL, NULL, 0, "
                            "'', 'forged' FROM audit_event"),
             QStringLiteral("INSERT INTO audit_seal_due (event_id) VALUES (%1)").arg(sealed),
             QStringLiteral("DELETE FROM audit_seal_due"),
             QStringLiteral("SELECT audit_seal_event(%1)").arg(sealed + 1),
         }) {
        INFO(sql.toStdString());
        CHECK(psql.exec(sql).contains(QStringLiteral("permission denied")));
    }
    // A sealed event, and another officer's event that is still open in their transaction.
    CHECK(psql.exec(QStringLiteral("SELECT audit_seal_own_event(%1)").arg(sealed))
              .contains(QStringLiteral("not an open event")));
    {
        DirectSession admin(db, QStringLiteral("admin"));
        REQUIRE(admin.exec(QStringLiteral("BEGIN")).isEmpty());
        const qint64 theirs
            = admin.value(note.arg(QStringLiteral("admin")).arg(db.admin().id)).toLongLong();
        CHECK(psql.exec(QStringLiteral("SELECT audit_seal_own_event(%1)").arg(theirs))
                  .contains(QStringLiteral("not an open event")));
        REQUIRE(admin.exec(QStringLiteral("ROLLBACK")).isEmpty());
    }

    // Their own event, in their own transaction, is sealed as the program seals it.
    REQUIRE(psql.exec(QStringLiteral("BEGIN")).isEmpty());
    const qint64 own = psql.value(note.arg(QStringLiteral("wang")).arg(wang.id)).toLongLong();
    const QString hash
        = psql.value(QStringLiteral("SELECT audit_seal_own_event(%1)").arg(own)).toString();
    REQUIRE(psql.exec(QStringLiteral("COMMIT")).isEmpty());
    CHECK(hash.size() == 64);
    CHECK(psql.exec(QStringLiteral("SELECT audit_seal_own_event(%1)").arg(own))
              .contains(QStringLiteral("not an open event")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_seal_due")).toInt() == 0);
    const auto verified = AuditChain::verify(db.db(), db.admin());
    REQUIRE(verified.ok());
    CHECK(verified->isIntact());
    CHECK(verified->lastEventId == own);
    CHECK(verified->lastHash == hash);
}

TEST_CASE("audit verify passes after direct changes and fails once the owner tampers",
    "[server][audit][cli]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    importOneWorker(db);
    db.officer(QStringLiteral("wang"), Roles { { Role::Hr, {} } });
    {
        DirectSession psql(db, QStringLiteral("wang"));
        REQUIRE(psql.exec(QStringLiteral("UPDATE worker SET name = '李四'")).isEmpty());
        REQUIRE(psql.exec(QStringLiteral("UPDATE worker SET gender = NULL")).isEmpty());
        REQUIRE(psql.exec(QStringLiteral("UPDATE site SET name = '二厂'")).isEmpty());
    }
    REQUIRE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'direct'"))
                .toInt()
        == 3);
    const auto whole = cliAs(
        db.path(), QStringLiteral("admin"), { QStringLiteral("audit"), QStringLiteral("verify") });
    INFO(whole.out.toStdString() + whole.err.toStdString());
    CHECK(whole.exitCode == 0);

    // The owner can go past the trail's guards; the seals still tell.
    const QString owner = ServerSchema::groupRole(databaseOf(db), QStringLiteral("owner"));
    TestServer::exec(databaseOf(db),
        { QStringLiteral("SET ROLE %1").arg(owner),
            QStringLiteral("ALTER TABLE audit_change DISABLE TRIGGER USER"),
            QStringLiteral("UPDATE audit_change SET new_value = '王五' WHERE new_value = '李四'"),
            QStringLiteral("ALTER TABLE audit_change ENABLE TRIGGER USER") });
    const auto broken = cliAs(
        db.path(), QStringLiteral("admin"), { QStringLiteral("audit"), QStringLiteral("verify") });
    INFO(broken.out.toStdString() + broken.err.toStdString());
    CHECK(broken.exitCode != 0);
    CHECK(broken.err.contains(QStringLiteral("change rows")));
}

TEST_CASE(
    "A roster import through the program on the server records each change once", "[server][audit]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    importOneWorker(db);
    const QString row
        = QStringLiteral("A1,张三丰,男,%1,,2010-03-01,,一厂,山东,机加车间,车工,,,是,否\n")
              .arg(kFirstId);
    REQUIRE(db.importCsv(skl::test::rosterHeader() + row).updated == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE entity = 'worker' "
                                   "AND field = 'name'"))
              .toInt()
        == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'direct'"))
              .toInt()
        == 0);
    const auto verified = AuditChain::verify(db.db(), db.admin());
    REQUIRE(verified.ok());
    CHECK(verified->isIntact());
}

TEST_CASE("A direct change of an amount keeps the replaced row and leaves the amount out of the "
          "trail",
    "[server][audit]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    importOneWorker(db);
    db.officer(QStringLiteral("wang"), Roles { { Role::Payroll, {} } });
    const QString workerId
        = db.scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = 'A1'")).toString();
    {
        DirectSession psql(db, QStringLiteral("wang"));
        REQUIRE(psql.exec(QStringLiteral("INSERT INTO pay_record (worker_id, effective_from, mode, "
                                         "amount_fen, monthly_fen, event_id) VALUES (%1, "
                                         "'2026-01-01', 'monthly', 654321, 654321, (SELECT "
                                         "max(id) FROM audit_event))")
                              .arg(workerId))
                    .isEmpty());
        REQUIRE(psql.exec(QStringLiteral("UPDATE pay_record SET amount_fen = 987654, mode = "
                                         "'annual'"))
                    .isEmpty());
    }
    const QString kept
        = db.scalar(QStringLiteral("SELECT 'pay_record_replaced/' || id FROM pay_record_replaced "
                                   "WHERE amount_fen = 654321"))
              .toString();
    REQUIRE(!kept.isEmpty());
    const QString key = workerId + QStringLiteral("/2026-01-01");
    CHECK(db.scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE field = '%1'")
                        .arg(QStringLiteral("amount_fen@") + key))
              .toString()
        == kept);
    CHECK(db.scalar(QStringLiteral("SELECT new_value FROM audit_change WHERE field = '%1' "
                                   "AND old_value = 'monthly'")
                        .arg(QStringLiteral("mode@") + key))
              .toString()
        == QStringLiteral("annual"));
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE old_value LIKE '%65432%' "
                                 "OR new_value LIKE '%65432%' OR old_value LIKE '%98765%' OR "
                                 "new_value LIKE '%98765%'"))
            .toInt()
        == 0);
    const auto verified = AuditChain::verify(db.db(), db.admin());
    REQUIRE(verified.ok());
    CHECK(verified->isIntact());
}

TEST_CASE("A roster import on the server copies text with backslashes and quotes unchanged",
    "[server][import]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    // COPY's text format gives the backslash a meaning: each must arrive as written.
    const QString name = QStringLiteral("O'Neil\\N \\t李");
    const QString row
        = QStringLiteral("A1,\"%1\",男,%2,,2010-03-01,,一厂,山东,机加车间,车工,,,是,否\n")
              .arg(name, kFirstId);
    const RosterImportReport report = db.importCsv(skl::test::rosterHeader() + row);
    INFO(report.problems.size());
    REQUIRE(report.created == 1);
    CHECK(db.scalar(QStringLiteral("SELECT name FROM worker WHERE employee_no = 'A1'")).toString()
        == name);
}

TEST_CASE("On the server an officer cannot clear a recorded break of the trail, nor move its "
          "check to a seal that does not exist",
    "[server][audit]")
{
    if (!serverRun())
        return;
    TempDatabase db;
    importOneWorker(db);
    db.officer(QStringLiteral("wang"), Roles { { Role::Hr, {} } });
    const qint64 newest
        = db.scalar(QStringLiteral("SELECT max(event_id) FROM audit_seal")).toLongLong();
    const QString hash
        = db.scalar(QStringLiteral("SELECT hash FROM audit_seal WHERE event_id = %1").arg(newest))
              .toString();
    TestServer::exec(databaseOf(db),
        { QStringLiteral("UPDATE audit_chain_state SET broken_event_id = %1, "
                         "broken_problem = 'edited' WHERE id = 1")
                .arg(newest) });

    DirectSession psql(db, QStringLiteral("wang"));
    CHECK(psql.exec(QStringLiteral("UPDATE audit_chain_state SET broken_event_id = NULL"))
              .contains(QStringLiteral("permission denied")));
    CHECK(psql.exec(QStringLiteral("SELECT audit_record_checked(%1, 'forged', false)").arg(newest))
              .contains(QStringLiteral("not sealed with that hash")));
    CHECK(
        psql.exec(
                QStringLiteral("SELECT audit_record_checked(%1, '%2', true)").arg(newest).arg(hash))
            .contains(QStringLiteral("owner")));
    // Moving the mark to a real seal is what every commit does.
    CHECK(psql.exec(QStringLiteral("SELECT audit_record_checked(%1, '%2', false)")
                        .arg(newest)
                        .arg(hash))
              .isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT broken_event_id FROM audit_chain_state")).toLongLong()
        == newest);

    // A whole verify by a login that may act as the owner clears it.
    const auto verified = AuditChain::verify(db.db(), db.admin());
    REQUIRE(verified.ok());
    CHECK(verified->isIntact());
    CHECK(db.scalar(QStringLiteral("SELECT broken_event_id FROM audit_chain_state")).isNull());
}
