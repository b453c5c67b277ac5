#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/store/backupstore.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

// Makes a file or folder read-only for this process and undoes it at the end. Permission bits
// do not stop root, so as root (containers, CI) it makes the path immutable with chattr, which
// stops root too; where neither works the test is skipped, never passed blindly.
class ReadOnlyPath
{
public:
    explicit ReadOnlyPath(QString path)
        : m_path(std::move(path))
        , m_permissions(QFile::permissions(m_path))
    {
        QFile::setPermissions(m_path,
            m_permissions
                & ~(QFile::WriteOwner | QFile::WriteUser | QFile::WriteGroup | QFile::WriteOther));
#ifdef Q_OS_LINUX
        if (QFileInfo(m_path).isWritable())
            m_immutable
                = QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), m_path })
                == 0;
#endif
    }
    ~ReadOnlyPath()
    {
#ifdef Q_OS_LINUX
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), m_path });
#endif
        QFile::setPermissions(m_path, m_permissions);
    }
    ReadOnlyPath(const ReadOnlyPath &) = delete;
    ReadOnlyPath &operator=(const ReadOnlyPath &) = delete;

    bool holds() const
    {
        return !QFileInfo(m_path).isWritable();
    }

private:
    QString m_path;
    QFile::Permissions m_permissions;
    bool m_immutable = false;
};

// A closed SkillLadder database with one worker, alone in its own folder (as a copy on a share).
QString closedDatabaseIn(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
    TempDatabase db;
    REQUIRE(db.importCsv(rosterHeader()
                  + QStringLiteral("E1,张伟,男,%1,,2010-07-01,,济南总厂,山东,机加工车间,车工,"
                                   "高级工,2018-06-30,是,否\n")
                        .arg(validId(QStringLiteral("37010219850312001"))))
                .committed);
    REQUIRE(BackupStore::backUp(db.db(), db.admin(), path).ok());
    // The copy in WAL mode, as every database SkillLadder has written, then closed.
    REQUIRE(Connection::open(path, Connection::Mode::MustExist).ok());
    return path;
}

void checkReadsButRefusesWrites(const QString &path)
{
    const auto connection = Connection::open(path, Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    CHECK((*connection)->isReadOnly());
    CHECK_FALSE((*connection)->readOnlyReason().isEmpty());
    CHECK(CompanyStore::require((*connection)->db()).ok());
    // The copy's administrator, as the copy stores them.
    const auto admin = OfficerStore::load((*connection)->db(), QStringLiteral("admin"));
    REQUIRE(admin.ok());
    WorkerStore workers((*connection)->db());
    const auto count = workers.count(*admin, {});
    REQUIRE(count.ok());
    CHECK(*count == 1);
    const auto page = workers.page(*admin, RosterQuery {}, std::nullopt, 10);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    const auto read = workers.snapshot(*admin, page->first().id);
    REQUIRE(read.ok());
    WorkerRecord renamed = read->record;
    renamed.name = QStringLiteral("张维");
    const auto saved = workers.save(*admin, *read, renamed);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().userMessage.contains(QStringLiteral("read-only")));
}

} // namespace

TEST_CASE("A database in a read-only folder opens read-only: it reads, and a write says the file "
          "is read-only",
    "[store][connection][readonly][file]")
{
    QTemporaryDir dir;
    const QString path = closedDatabaseIn(dir);
    ReadOnlyPath folder(dir.path());
    if (!folder.holds()) {
        WARN("Skipped: this system cannot make a folder read-only for this process.");
        return;
    }
    checkReadsButRefusesWrites(path);
}

TEST_CASE("A read-only database file opens read-only: it reads, and a write says the file is "
          "read-only",
    "[store][connection][readonly][file]")
{
    QTemporaryDir dir;
    const QString path = closedDatabaseIn(dir);
    ReadOnlyPath file(path);
    if (!file.holds()) {
        WARN("Skipped: this system cannot make a file read-only for this process.");
        return;
    }
    checkReadsButRefusesWrites(path);
}

TEST_CASE("A database opened read-only by choice refuses writes, its jobs' connections too",
    "[store][connection][readonly]")
{
    TempDatabase db;
    {
        const auto readOnly = Connection::open(
            db.path(), Connection::Mode::MustExist, Connection::Access::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK((*readOnly)->isReadOnly());
        const auto job = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(job.ok());
        CHECK((*job)->isReadOnly());
        QSqlQuery q((*job)->db());
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE company SET name = 'x'")));
    }
    const auto afterwards = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(afterwards.ok());
    CHECK_FALSE((*afterwards)->isReadOnly());
}

TEST_CASE("The command line reads a read-only database and refuses to write it with exit 1",
    "[cli][readonly][file]")
{
    QTemporaryDir dir;
    const QString path = closedDatabaseIn(dir);
    const QString csv = QDir::temp().filePath(
        QStringLiteral("skl-readonly-%1.csv").arg(QCoreApplication::applicationPid()));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write((rosterHeader()
            + QStringLiteral("E2,李娜,女,,,2015-01-01,,济南总厂,山东,装配车间,钳工,,,否,否\n"))
                       .toUtf8());
    }
    ReadOnlyPath folder(dir.path());
    if (!folder.holds()) {
        QFile::remove(csv);
        WARN("Skipped: this system cannot make a folder read-only for this process.");
        return;
    }
    const auto targets = skl::test::cliOn(path, { QStringLiteral("targets") });
    CHECK(targets.exitCode == 0);
    const auto import
        = skl::test::cliOn(path, { QStringLiteral("import"), QStringLiteral("workers"), csv });
    QFile::remove(csv);
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("read-only")));
}
