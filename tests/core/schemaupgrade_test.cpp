#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/store/backupstore.h"
#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "core/store/schemaupgrade.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"

using namespace skl;

namespace {

// A company file as SkillLadder at schema 20 (issue 16's release) left it: one company, one
// worker.
void makeVersion20(const QString &path)
{
    const QString name = QStringLiteral("v20-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(Migrations::migrateTo(db, 20).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO audit_event (id, at, actor, action, summary) "
                                      "VALUES (1, '2025-01-01T00:00:00Z', 'hr', 'init', 'old')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO company VALUES (1, '老厂', 37, 1)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO worker (id, employee_no, name, hire_date, "
                                      "created_event_id) VALUES (1, 'A', '甲', '2010-01-01', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

class CountingProgress final : public ProgressSink
{
public:
    void report(qint64 done, qint64 of) override
    {
        last = done;
        total = of;
        ++calls;
    }
    bool isCanceled() const override { return false; }
    qint64 last = 0;
    qint64 total = 0;
    int calls = 0;
};

} // namespace

TEST_CASE("A file of an earlier SkillLadder is copied before it is upgraded, and the copy is the "
          "file as it was",
    "[upgrade][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeVersion20(path);
    CHECK(SchemaUpgrade::pendingFrom(path) == 20);

    CountingProgress progress;
    const auto report = SchemaUpgrade::upgrade(path, progress);
    REQUIRE(report.ok());
    CHECK(report->from == 20);
    CHECK(report->to == Migrations::latestVersion());
    // The copy in the automatic backups' default folder, named for the upgrade.
    const QFileInfo copy(report->backup);
    CHECK(copy.exists());
    CHECK(copy.absolutePath() == QDir(dir.path()).filePath(QStringLiteral("backups")));
    CHECK(copy.fileName().startsWith(QStringLiteral("old.before-upgrade-v20-")));
    const auto inspected = BackupStore::inspect(report->backup);
    REQUIRE(inspected.ok());
    CHECK(inspected->schemaVersion == 20);
    CHECK(inspected->company == QStringLiteral("老厂"));
    // The copy and each step counted: the last report is the whole.
    CHECK(progress.calls == Migrations::latestVersion() - 20 + 1);
    CHECK(progress.last == progress.total);

    CHECK(SchemaUpgrade::pendingFrom(path) == 0);
    const auto reopened = Connection::open(path, Connection::Mode::MustExist);
    REQUIRE(reopened.ok());
    CHECK((*reopened)->upgradedFrom() == 0); // current now: no second copy
    CHECK((*reopened)->upgradeBackup().isEmpty());
}

TEST_CASE("A file that cannot be copied first is not upgraded", "[upgrade][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeVersion20(path);
    // Where the backups' folder should be, a file: the folder cannot be made.
    QFile blocker(dir.filePath(QStringLiteral("backups")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    const auto opened = Connection::open(path, Connection::Mode::MustExist);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().userMessage.contains(QStringLiteral("Nothing was changed")));
    CHECK(SchemaUpgrade::pendingFrom(path) == 20);
}

TEST_CASE("A new or current file needs no upgrade and gets no copy", "[upgrade][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const auto created = Connection::open(path, Connection::Mode::CreateIfMissing);
    REQUIRE(created.ok());
    CHECK((*created)->upgradedFrom() == 0);
    CHECK(SchemaUpgrade::pendingFrom(path) == 0);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    CHECK(SchemaUpgrade::pendingFrom(dir.filePath(QStringLiteral("missing.sqlite"))) == 0);
}

TEST_CASE("The command line says where the file as it was is kept when it upgrades one",
    "[upgrade][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeVersion20(path);
    // No officers yet in that file: adopt names the first administrator, and opens it first.
    const auto run = test::cliAs(path, QStringLiteral("admin"), { QStringLiteral("adopt") });
    CHECK(run.err.contains(QStringLiteral("was upgraded from database version 20")));
    CHECK(run.err.contains(QStringLiteral("before-upgrade-v20-")));
    CHECK(SchemaUpgrade::pendingFrom(path) == 0);
}
