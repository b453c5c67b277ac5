#include <algorithm>

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "core/demo/democompany.h"
#include "core/reports/monthlyallowances.h"
#include "core/reports/targetreportformat.h"
#include "core/reports/workforcetargets.h"
#include "core/store/allowancerunstore.h"
#include "core/store/certificatestore.h"
#include "core/store/companytransfer.h"
#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "core/store/serverlogin.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"

using namespace skl;
using namespace skl::test;

namespace {

// Every row of table in id order, as text: the same on both engines for the same values.
QStringList rowsOf(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    // Passwords cannot move: the server checks its own, so the file's hashes stay behind.
    const QString columns = table == u"officer"
        ? QStringLiteral("id, login, login_key, display_name, disabled, created_event_id")
        : QStringLiteral("*");
    REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, table)));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant value = q.value(i);
            values += value.isNull() ? QStringLiteral("∅")
                : value.typeId() == QMetaType::QByteArray
                ? QString::fromLatin1(value.toByteArray().toHex())
                : value.toString();
        }
        rows += values.join(u'|');
    }
    // Ids first, as numbers: "10|…" after "9|…".
    std::sort(rows.begin(), rows.end(), [](const QString &a, const QString &b) {
        const qint64 left = a.section(u'|', 0, 0).toLongLong();
        const qint64 right = b.section(u'|', 0, 0).toLongLong();
        return left != right ? left < right : a < b;
    });
    return rows;
}

QString targetsOf(QSqlDatabase &db, const Officer &by, QDate asOf)
{
    const auto report = WorkforceTargets::compute(db, by, asOf, WorkforceTargets::Detail::ByGrade);
    REQUIRE(report);
    return QString::fromUtf8(QJsonDocument(TargetReportFormat::toJson(*report)).toJson());
}

struct ServerDatabase
{
    ServerDatabase()
        : name(TestServer::freshDatabase())
        , url(TestServer::url(name))
    {
        ServerLogin::remember(url, TestServer::dbaLogin(), TestServer::dbaPassword());
    }
    ~ServerDatabase()
    {
        ServerLogin::forget(url);
        TestServer::release(name);
    }
    QString name;
    QString url;
};

// A demo company in a file of dir, made by its administrator "admin" (test::password()).
struct DemoFile
{
    DemoFile(const QTemporaryDir &dir, qint64 workers, quint64 seed)
        : connection(Connection::open(
            dir.filePath(QStringLiteral("company.sqlite")), Connection::Mode::CreateIfMissing))
    {
        REQUIRE(connection);
        NullProgress progress;
        REQUIRE(DemoCompany::fill((*connection)->db(), workers, seed,
            NewOfficer { QStringLiteral("admin"), {}, password(), {}, {} }, progress));
        admin = OfficerStore::load((*connection)->db(), QStringLiteral("admin"));
        REQUIRE(admin);
    }
    Result<std::unique_ptr<Connection>> connection;
    Result<Officer> admin = Error {};
};

} // namespace

TEST_CASE("A company file moves onto an empty server whole: every row, the targets, the locked "
          "runs and the trail's chain",
    "[server][transfer]")
{
    if (!onServer())
        return; // the server's copy of the tests runs it (CTest's "postgres/" tests)
    QTemporaryDir dir;
    DemoFile demo(dir, 300, 7);
    auto &file = demo.connection;
    const auto &by = demo.admin;
    NullProgress progress;
    // Last month's allowances, computed by payroll and locked by the administrator.
    const auto payroll = OfficerStore::load((*file)->db(), QStringLiteral("payroll-wang"));
    REQUIRE(payroll);
    const QDate today = QDate::currentDate();
    const QDate month = QDate(today.year(), today.month(), 1).addMonths(-1);
    const auto run = MonthlyAllowances::computeAndSave((*file)->db(), month, *payroll, progress);
    REQUIRE(run);
    REQUIRE(AllowanceRunStore::approve(
        (*file)->db(), *run, month, *by, today, AllowanceRunStore::EmptyRun::Confirmed));

    ServerDatabase server;
    auto target = Connection::open(server.url, Connection::Mode::CreateIfMissing);
    REQUIRE(target);
    const auto moved
        = CompanyTransfer::copy((*file)->db(), *by, password(), (*target)->db(), progress);
    REQUIRE(moved);
    CHECK(moved->workers == 300);

    QSqlDatabase &from = (*file)->db();
    QSqlDatabase &to = (*target)->db();
    SECTION("every table holds the same rows, ids included")
    {
        for (const QString &table : from.tables()) {
            if (table == u"schema_version" || table.startsWith(u"sqlite_")
                || table == u"audit_chain_state")
                continue;
            QStringList expected = rowsOf(from, table);
            QStringList actual = rowsOf(to, table);
            if (table == u"audit_event" || table == u"audit_seal") {
                // The move is the server's own event, sealed after the file's last.
                REQUIRE(actual.size() == expected.size() + 1);
                actual.removeLast();
            }
            INFO(table.toStdString());
            CHECK(actual == expected);
        }
    }
    SECTION("the targets and every locked allowance run are the same")
    {
        const QDate asOf = QDate::currentDate();
        CHECK(targetsOf(to, *by, asOf) == targetsOf(from, *by, asOf));
        CHECK(targetsOf(to, *by, asOf.addYears(-1)) == targetsOf(from, *by, asOf.addYears(-1)));
        QSqlQuery runs(from);
        REQUIRE(
            runs.exec(QStringLiteral("SELECT id FROM allowance_run WHERE status = 'approved'")));
        int locked = 0;
        while (runs.next()) {
            const qint64 id = runs.value(0).toLongLong();
            const auto before = AllowanceRunStore::lines(from, *by, id);
            const auto after = AllowanceRunStore::lines(to, *by, id);
            REQUIRE(before);
            REQUIRE(after);
            REQUIRE(after->size() == before->size());
            for (qsizetype i = 0; i < before->size(); ++i) {
                CHECK((*after)[i].employeeNo == (*before)[i].employeeNo);
                CHECK((*after)[i].amounts.total() == (*before)[i].amounts.total());
            }
            ++locked;
        }
        CHECK(locked > 0);
    }
    SECTION("the officers are the server's logins; only the mover's password is known")
    {
        const auto mover = OfficerStore::logIn(to, QStringLiteral("admin"), password());
        REQUIRE(mover);
        CHECK(mover->id == by->id);
        CHECK(mover->roles == by->roles);
        const auto hr = OfficerStore::logIn(to, QStringLiteral("hr-zhang"), password());
        REQUIRE_FALSE(hr);
        CHECK(hr.error().isRefusal());
        QSqlQuery q(to);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM officer WHERE password_hash <> ''")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
    SECTION("the certificates keep their key: the published key and the printed codes stay good")
    {
        const auto before = CertificateStore::publicKey(from);
        const auto after = CertificateStore::publicKey(to);
        REQUIRE(before);
        REQUIRE(after);
        CHECK(after->key == before->key);
        QSqlQuery q(from);
        REQUIRE(q.exec(QStringLiteral("SELECT c.id FROM certification c JOIN certificate ce ON "
                                      "ce.certification_id = c.id WHERE c.status = 'approved' "
                                      "ORDER BY c.id LIMIT 1")));
        REQUIRE(q.next());
        const auto printed = CertificateStore::forCertification(from, q.value(0).toLongLong());
        REQUIRE(printed);
        const auto checked = CertificateStore::verify(to, printed->verification);
        REQUIRE(checked);
        CHECK(checked->verdict == VerificationOutcome::Verdict::Valid);
        CHECK(CertificateStore::forCertification(to, q.value(0).toLongLong())->verification
            == printed->verification);
    }
    SECTION("new rows on the server continue after the moved ids")
    {
        QSqlQuery q(to);
        REQUIRE(q.exec(QStringLiteral("SELECT max(id) FROM worker")));
        REQUIRE(q.next());
        const qint64 last = q.value(0).toLongLong();
        REQUIRE(q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('worker', 'id'))")));
        REQUIRE(q.next());
        CHECK(q.value(0).toLongLong() == last + 1);
    }
}

TEST_CASE("A company moves only onto an empty server database, and not with a broken trail",
    "[server][transfer]")
{
    if (!onServer())
        return;
    QTemporaryDir dir;
    DemoFile demo(dir, 50, 3);
    auto &file = demo.connection;
    const auto &by = demo.admin;
    NullProgress progress;

    ServerDatabase server;
    auto target = Connection::open(server.url, Connection::Mode::CreateIfMissing);
    REQUIRE(target);
    REQUIRE(CompanyTransfer::copy((*file)->db(), *by, password(), (*target)->db(), progress));
    const auto again
        = CompanyTransfer::copy((*file)->db(), *by, password(), (*target)->db(), progress);
    REQUIRE_FALSE(again);
    CHECK(again.error().userMessage.contains(QStringLiteral("already holds a company")));

    ServerDatabase other;
    auto empty = Connection::open(other.url, Connection::Mode::CreateIfMissing);
    REQUIRE(empty);
    QSqlQuery tamper((*file)->db());
    REQUIRE(tamper.exec(QStringLiteral("DROP TRIGGER audit_event_sealed_update")));
    REQUIRE(
        tamper.exec(QStringLiteral("UPDATE audit_event SET summary = 'rewritten' WHERE id = 2")));
    const auto broken
        = CompanyTransfer::copy((*file)->db(), *by, password(), (*empty)->db(), progress);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().userMessage.contains(QStringLiteral("audit trail of the file is broken")));
    QSqlQuery q((*empty)->db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM worker")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}
