#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"

using skl::test::cliOn;
using skl::test::Run;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Flips 512 bytes in the middle of a file, as a bad disk sector would.
void damage(const QString &path)
{
    QByteArray bytes = readAll(path);
    REQUIRE(bytes.size() > 64 * 1024);
    const qsizetype middle = bytes.size() / 2;
    for (qsizetype i = middle; i < middle + 512; ++i)
        bytes[i] = char(~bytes[i]);
    writeAll(path, bytes);
}

QVariant scalar(const QString &database, const QString &sql)
{
    const auto connection = skl::Connection::open(database, skl::Connection::Mode::MustExist);
    REQUIRE(connection);
    QSqlQuery query((*connection)->db());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0);
}

void exec(const QString &database, const QString &sql)
{
    const auto connection = skl::Connection::open(database, skl::Connection::Mode::MustExist);
    REQUIRE(connection);
    QSqlQuery query((*connection)->db());
    REQUIRE(query.exec(sql));
}

// The files in dir besides those named, so that a leftover temporary file is seen.
QStringList othersIn(const QTemporaryDir &dir, const QStringList &expected)
{
    QStringList others = QDir(dir.path()).entryList(QDir::Files);
    for (const QString &name : expected)
        others.removeAll(name);
    return others;
}

// A demo company of 2,000 workers (a file of a few megabytes) and a backup of it.
struct BackedUpCompany
{
    QTemporaryDir dir;
    QString db = dir.filePath(s("company.sqlite"));
    QString backup = dir.filePath(s("backup.sqlite"));

    BackedUpCompany()
    {
        const Run demo = cliOn(db, { s("demo"), s("--workers"), s("2000") });
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        const Run saved = cliOn(db, { s("backup"), backup });
        INFO(saved.err.toStdString());
        REQUIRE(saved.exitCode == 0);
    }

    Run restore(const QString &from) { return cliOn(db, { s("restore"), from }); }
};

} // namespace

TEST_CASE("A sound backup replaces the database, the replaced file is kept and no stale WAL is "
          "applied",
    "[cli][backup]")
{
    BackedUpCompany c;
    const QString original = scalar(c.db, s("SELECT name FROM company")).toString();
    exec(c.db, s("UPDATE company SET name = 'changed after the backup'"));
    // A WAL and a shared-memory file left by a crashed program: applied to the restored file,
    // the WAL's pages would mix the old database into the backup.
    {
        auto live = skl::Connection::open(c.db, skl::Connection::Mode::MustExist);
        REQUIRE(live);
        QSqlQuery query((*live)->db());
        REQUIRE(query.exec(s("PRAGMA wal_autocheckpoint=0")));
        REQUIRE(query.exec(s("UPDATE company SET name = 'in the stale WAL'")));
        const QByteArray wal = readAll(c.db + s("-wal"));
        const QByteArray shm = readAll(c.db + s("-shm"));
        REQUIRE(!wal.isEmpty());
        live->reset();
        writeAll(c.db + s("-wal"), wal);
        writeAll(c.db + s("-shm"), shm);
    }

    const Run run = c.restore(c.backup);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(s("Restored")));
    CHECK_FALSE(QFileInfo::exists(c.db + s("-shm")));

    const QStringList replaced
        = QDir(c.dir.path()).entryList({ s("company.sqlite.replaced-*.sqlite") }, QDir::Files);
    REQUIRE(replaced.size() == 1);
    CHECK(run.out.contains(replaced.first()));
    CHECK(othersIn(c.dir,
        { s("company.sqlite"), s("backup.sqlite"), replaced.first(), replaced.first() + s("-wal") })
              .isEmpty());

    CHECK(scalar(c.db, s("SELECT name FROM company")).toString() == original);
    CHECK(scalar(c.db, s("SELECT count(*) FROM worker")).toInt() == 2000);
    CHECK(scalar(c.db, s("PRAGMA integrity_check")).toString() == s("ok"));
    // The restore is audited in the restored database, naming the backup.
    CHECK(scalar(c.db, s("SELECT summary FROM audit_event WHERE action = 'restore'"))
              .toString()
              .contains(s("backup.sqlite")));
    // The replaced file, with its WAL beside it, is whole: the last change is in it.
    CHECK(scalar(c.dir.filePath(replaced.first()), s("SELECT name FROM company")).toString()
        == s("in the stale WAL"));
    // The restored database serves commands as before.
    CHECK(cliOn(c.db, { s("targets") }).exitCode == 0);
}

TEST_CASE(
    "A damaged backup is refused and the database stays byte for byte as it was", "[cli][backup]")
{
    BackedUpCompany c;
    damage(c.backup);
    const QByteArray before = readAll(c.db);

    const Run run = c.restore(c.backup);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(s("damaged")));
    CHECK(run.err.contains(s("nothing was restored")));
    CHECK(bool(readAll(c.db) == before));
    CHECK(othersIn(c.dir, { s("company.sqlite"), s("backup.sqlite") }).isEmpty());
}

TEST_CASE("A backup from a newer SkillLadder is refused", "[cli][backup]")
{
    BackedUpCompany c;
    exec(c.backup,
        s("INSERT INTO schema_version (version) VALUES (%1)")
            .arg(skl::Migrations::latestVersion() + 1));
    const QByteArray before = readAll(c.db);

    const Run run = c.restore(c.backup);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(s("newer version of SkillLadder")));
    CHECK(bool(readAll(c.db) == before));
}

TEST_CASE("A file that is not a SkillLadder backup is refused", "[cli][backup]")
{
    BackedUpCompany c;
    const QByteArray before = readAll(c.db);
    const QString text = c.dir.filePath(s("notes.sqlite"));
    writeAll(text, QByteArray(100000, 'x'));
    const QString empty = c.dir.filePath(s("empty.sqlite"));
    writeAll(empty, {});
    const QString foreign = c.dir.filePath(s("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QSQLITE"), s("foreign"));
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(s("CREATE TABLE songs (title TEXT)")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(s("foreign"));

    for (const QString &file : { text, empty, foreign, c.dir.filePath(s("missing.sqlite")) }) {
        INFO(file.toStdString());
        const Run run = c.restore(file);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(s("nothing was restored")));
        CHECK(bool(readAll(c.db) == before));
    }
    CHECK(cliOn(c.db, { s("restore") }).exitCode == 2);
}

TEST_CASE("A restore is refused while another program has the database open", "[cli][backup]")
{
    BackedUpCompany c;
    // Read before the connection opens: closing any descriptor of the file drops this
    // process's POSIX locks on it, the connection's too.
    const QByteArray before = readAll(c.db);
    auto open = skl::Connection::open(c.db, skl::Connection::Mode::MustExist);
    REQUIRE(open);

    const Run run = c.restore(c.backup);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(s("open in another")));
    CHECK(QDir(c.dir.path()).entryList({ s("*.replaced-*") }, QDir::Files).isEmpty());
    open->reset();
    CHECK(bool(readAll(c.db) == before));
}

TEST_CASE("A backup that cannot be written leaves no file", "[cli][backup]")
{
    BackedUpCompany c;
    const QString notAFolder = c.dir.filePath(s("notes.txt"));
    writeAll(notAFolder, "a file, not a folder");
    for (const QString &target :
        { notAFolder + s("/b.sqlite"), c.dir.filePath(s("missing/b.sqlite")), c.backup }) {
        INFO(target.toStdString());
        const Run run = cliOn(c.db, { s("backup"), target });
        CHECK(run.exitCode == 1);
    }
    CHECK(othersIn(c.dir, { s("company.sqlite"), s("backup.sqlite"), s("notes.txt") }).isEmpty());
}

TEST_CASE("A damaged database is not backed up, and no file is left", "[cli][backup]")
{
    BackedUpCompany c;
    damage(c.db);
    const QString target = c.dir.filePath(s("second.sqlite"));
    const Run run = cliOn(c.db, { s("backup"), target });
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(s("damaged")));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(othersIn(c.dir, { s("company.sqlite"), s("backup.sqlite") }).isEmpty());
}

#ifdef Q_OS_LINUX
TEST_CASE("A backup that fails midway leaves no file", "[cli][backup]")
{
    BackedUpCompany c;
    REQUIRE(QFileInfo(c.backup).size() > 1024 * 1024);
    // The file-size limit stops the copy after 512 KiB with EFBIG (SIGXFSZ ignored), as a full
    // disk would.
    const QString target = c.dir.filePath(s("second.sqlite"));
    const Run run = skl::test::run(s("/bin/sh"),
        { s("-c"), s("trap '' XFSZ; ulimit -f 512; exec \"$0\" \"$@\""), s(SKL_CLI_PATH), s("--db"),
            c.db, s("--user"), s("admin"), s("backup"), target, s("--lang"), s("en") });
    CHECK(run.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(othersIn(c.dir, { s("company.sqlite"), s("backup.sqlite") }).isEmpty());
}
#endif
