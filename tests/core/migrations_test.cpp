#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/reports/workforcetargets.h"
#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "tests/support/catchqt.h"

using namespace skl;

namespace {

// Runs fn on a bare connection to path (no migration, no pragmas).
template <typename Fn> void withRawConnection(const QString &path, Fn fn)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE(
    "A schema version 1 database is upgraded with its data and grades in force", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    withRawConnection(path, [](QSqlDatabase &db) {
        REQUIRE(Migrations::migrateTo(db, 1).ok());
        exec(db,
            QStringLiteral("INSERT INTO audit_event VALUES (1, '2024-01-01T00:00:00Z', 'hr', "
                           "'init', 'old program')"));
        exec(db, QStringLiteral("INSERT INTO company VALUES (1, '老厂', 37, 1)"));
        exec(db,
            QStringLiteral("INSERT INTO policy_value VALUES ('targets.skilled_share', "
                           "'1900-01-01', '3/10', 1), ('targets.high_skilled_share', "
                           "'1900-01-01', '1/3', 1), ('targets.high_skilled_share_eastern', "
                           "'1900-01-01', '35/100', 1)"));
        exec(db,
            QStringLiteral("INSERT INTO worker (id, employee_no, name, hire_date, "
                           "created_event_id) VALUES (1, 'A', '甲', '2010-01-01', 1)"));
        exec(db,
            QStringLiteral("INSERT INTO grade_award (worker_id, grade, effective_date, way, "
                           "created_event_id) VALUES (1, 2, '2012-01-01', 'import', 1), "
                           "(1, 3, '2018-01-01', 'import', 1)"));
    });

    auto connection = Connection::open(path, Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    QSqlDatabase &db = (*connection)->db();
    CHECK(Migrations::currentVersion(db).value() == Migrations::latestVersion());
    const auto before = WorkforceTargets::companyReport(db, QDate(2017, 6, 1));
    const auto after = WorkforceTargets::companyReport(db, QDate(2018, 1, 1));
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    CHECK(before->company.skilled == 1);
    CHECK(before->company.highSkilled == 0);
    CHECK(after->company.highSkilled == 1);
    CHECK(after->company.name == QStringLiteral("老厂"));
}

TEST_CASE("A database from a newer SkillLadder is refused and left untouched", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    withRawConnection(path, [](QSqlDatabase &db) {
        REQUIRE(Migrations::migrateTo(db, Migrations::latestVersion()).ok());
        exec(db,
            QStringLiteral("UPDATE schema_version SET version = %1")
                .arg(Migrations::latestVersion() + 1));
    });
    const QByteArray digest = digestOf(path);
    const auto connection = Connection::open(path, Connection::Mode::MustExist);
    REQUIRE_FALSE(connection.ok());
    CHECK(connection.error().userMessage.contains(QStringLiteral("newer version")));
    CHECK(digestOf(path) == digest);
}

TEST_CASE("A database of another program is not taken for ours", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    withRawConnection(path,
        [](QSqlDatabase &db) { exec(db, QStringLiteral("CREATE TABLE songs (title TEXT)")); });
    const auto connection = Connection::open(path, Connection::Mode::CreateIfMissing);
    REQUIRE_FALSE(connection.ok());
    CHECK(connection.error().userMessage.contains(QStringLiteral("another program")));
}

TEST_CASE("Opening a missing file without creating it says how to create one", "[migrations]")
{
    QTemporaryDir dir;
    const auto connection = Connection::open(
        dir.filePath(QStringLiteral("none.sqlite")), Connection::Mode::MustExist);
    REQUIRE_FALSE(connection.ok());
    CHECK(connection.error().userMessage.contains(QStringLiteral("Create the company")));
    CHECK_FALSE(connection.error().userMessage.contains(QStringLiteral("init")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}

TEST_CASE("Connections run in WAL mode with foreign keys enforced", "[migrations]")
{
    QTemporaryDir dir;
    auto connection = Connection::open(
        dir.filePath(QStringLiteral("wal.sqlite")), Connection::Mode::CreateIfMissing);
    REQUIRE(connection.ok());
    QSqlQuery q((*connection)->db());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO worker (employee_no, name, hire_date, "
                                      "created_event_id) VALUES ('X', 'x', '2020-01-01', 999)")));
}
