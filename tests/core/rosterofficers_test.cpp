// The roster slice of issue 13: roster imports never change a grade in force, personal data by
// role (masking, workshop scope, audited reveals and exports), and refusals by role in core and
// on the command line (exit 3).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/domain/residentid.h"
#include "core/exporting/rosterexport.h"
#include "core/importing/rosterimport.h"
#include "core/importing/rosterpreview.h"
#include "core/reports/workforcetargets.h"
#include "core/store/backupstore.h"
#include "core/store/certificatestore.h"
#include "core/store/migrations.h"
#include "core/store/officerstore.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString idOf(int n)
{
    return validId(QStringLiteral("3701021985031200%1").arg(n));
}

// Two workers in the 机加工车间, one in the 装配车间, graded.
QString threeWorkers(const QString &firstGrade = s(u"初级工,2015-06-30"))
{
    return rosterHeader()
        + s(u"E1,张伟,男,%1,1985-03-12,2010-07-01,,济南总厂,山东,机加工车间,车工,%4,是,否\n"
            u"E2,李娜,女,%2,1985-03-12,2012-02-15,,济南总厂,山东,机加工车间,车工,中级工,"
            u"2016-02-15,是,否\n"
            u"E3,王强,男,%3,1985-03-12,2011-03-01,,济南总厂,山东,装配车间,钳工,高级工,"
            u"2019-03-01,是,否\n")
              .arg(idOf(1), idOf(2), idOf(3), firstGrade);
}

qint64 workshopNamed(TempDatabase &db, const QString &name)
{
    const auto id = OfficerStore::workshopNamed(db.db(), name);
    REQUIRE(id.ok());
    return *id;
}

qint64 workerId(TempDatabase &db, const QString &employeeNo)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
        .toLongLong();
}

int count(TempDatabase &db, const QString &sql)
{
    return db.scalar(sql).toInt();
}

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("A roster import never changes the grade in force of a known worker: it proposes it",
    "[roster][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    // New workers arrive with the grades they already hold.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grade_award")) == 3);
    CHECK(count(db, QStringLiteral("SELECT current_grade FROM worker WHERE employee_no = 'E1'"))
        == rankOf(Grade::Junior));

    // The roster of issue 13: 初级工 to 首席技师 by a file.
    const auto report = db.importCsv(threeWorkers(s(u"首席技师,2024-01-01")));
    REQUIRE(report.committed);
    CHECK(report.proposed == 1);
    CHECK(count(db, QStringLiteral("SELECT current_grade FROM worker WHERE employee_no = 'E1'"))
        == rankOf(Grade::Junior));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grade_award")) == 3);
    QSqlQuery q(db.db());
    REQUIRE(q.exec(QStringLiteral("SELECT c.way, c.status, c.grade, c.effective_date, "
                                  "c.proposed_by FROM certification c")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("import"));
    CHECK(q.value(1).toString() == QStringLiteral("proposed"));
    CHECK(q.value(2).toInt() == rankOf(Grade::ChiefTechnician));
    CHECK(q.value(3).toString() == QStringLiteral("2024-01-01"));
    CHECK(q.value(4).toString() == db.admin().login);
    CHECK_FALSE(q.next());

    // The same file again proposes nothing new.
    const auto again = db.importCsv(threeWorkers(s(u"首席技师,2024-01-01")));
    CHECK(again.proposed == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM certification")) == 1);
}

TEST_CASE("A grade given to a known ungraded worker by an import waits for an approver",
    "[roster][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers(QStringLiteral(","))).committed);
    CHECK(db.scalar(QStringLiteral("SELECT current_grade FROM worker WHERE employee_no = 'E1'"))
              .isNull());
    const auto report = db.importCsv(threeWorkers(s(u"高级工,2020-05-01")));
    CHECK(report.proposed == 1);
    CHECK(db.scalar(QStringLiteral("SELECT current_grade FROM worker WHERE employee_no = 'E1'"))
              .isNull());
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM certification WHERE way = 'import' AND "
                             "status = 'proposed'"))
        == 1);
}

TEST_CASE("The command line's import says how many grades it proposed", "[roster][officers][cli]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const QString file = db.writeFile(
        QStringLiteral("promoted.csv"), threeWorkers(s(u"高级工,2023-06-30")).toUtf8());
    const auto run
        = cliOn(db.path(), { QStringLiteral("import"), QStringLiteral("workers"), file });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("1 grade(s) of existing workers proposed")));
    CHECK(
        count(db, QStringLiteral("SELECT count(*) FROM certification WHERE way = 'import'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT current_grade FROM worker WHERE employee_no = 'E1'"))
        == rankOf(Grade::Junior));
}

TEST_CASE("A workshop head reads, counts and exports only their workshops, IDs masked",
    "[roster][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer head = db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead },
        { workshopNamed(db, s(u"机加工车间")) });

    WorkerStore workers(db.db());
    const auto page = workers.page(head, RosterQuery {}, std::nullopt, 100);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 2);
    for (const WorkerRow &row : *page)
        CHECK(row.workshop == s(u"机加工车间"));
    CHECK(*workers.count(head, {}) == 2);
    // Asking for another workshop does not widen the scope.
    RosterFilter other;
    other.workshopScope = QList<qint64> { workshopNamed(db, s(u"装配车间")) };
    CHECK(*workers.count(head, other) == 2);
    const auto outside = workers.snapshot(head, workerId(db, QStringLiteral("E3")));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().isRefusal());
    const auto inside = workers.snapshot(head, workerId(db, QStringLiteral("E1")));
    REQUIRE(inside.ok());
    CHECK(inside->record.idNumber == ResidentId::mask(idOf(1)));

    const QString path = db.filePath(QStringLiteral("head.csv"));
    NullProgress progress;
    const auto written
        = RosterExport::toCsv(db.db(), head, path, CsvWriter::Encoding::Utf8WithBom, progress);
    REQUIRE(written.ok());
    CHECK(*written == 2);
    const QString text = readText(path);
    CHECK(text.contains(ResidentId::mask(idOf(1))));
    CHECK_FALSE(text.contains(idOf(1)));
    CHECK_FALSE(text.contains(QStringLiteral("E3")));

    const auto targets = WorkforceTargets::compute(db.db(), head, QDate(2024, 1, 1));
    REQUIRE(targets.ok());
    CHECK(targets->company.employees == 2);
    REQUIRE(targets->workshops.size() == 1);
    CHECK(targets->workshops.first().name == s(u"机加工车间"));
}

TEST_CASE("HR and the administrator export full ID numbers; other roles get them masked",
    "[roster][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const Officer payroll = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    NullProgress progress;
    const QString full = db.filePath(QStringLiteral("hr.csv"));
    REQUIRE(
        RosterExport::toCsv(db.db(), hr, full, CsvWriter::Encoding::Utf8WithBom, progress).ok());
    CHECK(readText(full).contains(idOf(3)));
    const QString masked = db.filePath(QStringLiteral("pay.xlsx"));
    REQUIRE(RosterExport::toXlsx(db.db(), payroll, masked, progress).ok());
    CHECK(*RosterExport::toCsv(db.db(), payroll, db.filePath(QStringLiteral("pay.csv")),
              CsvWriter::Encoding::Utf8WithBom, progress)
        == 3);
    const QString payText = readText(db.filePath(QStringLiteral("pay.csv")));
    CHECK_FALSE(payText.contains(idOf(3)));
    CHECK(payText.contains(ResidentId::mask(idOf(3))));
}

TEST_CASE("Every export is audited, and so is a refused one", "[roster][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    NullProgress progress;
    const QString path = db.filePath(QStringLiteral("roster.xlsx"));
    REQUIRE(RosterExport::toXlsx(db.db(), db.admin(), path, progress).ok());
    QSqlQuery q(db.db());
    REQUIRE(q.exec(QStringLiteral("SELECT actor, officer_id, summary FROM audit_event "
                                  "WHERE action = 'export-workers'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("admin"));
    CHECK(q.value(1).toLongLong() == db.admin().id);
    CHECK(q.value(2).toString().contains(QStringLiteral("roster.xlsx")));
    CHECK(q.value(2).toString().contains(QStringLiteral("3 worker")));
    CHECK(q.value(2).toString().contains(QStringLiteral("full ID numbers")));
    q.finish();

    // An officer whose account was disabled after logging in is refused, and that is recorded.
    const Officer gone = db.officer(QStringLiteral("gone"), Roles { Role::Auditor });
    REQUIRE(OfficerStore::setDisabled(db.db(), db.admin(), gone.login, true).ok());
    const QString refusedPath = db.filePath(QStringLiteral("gone.csv"));
    const auto refused = RosterExport::toCsv(
        db.db(), gone, refusedPath, CsvWriter::Encoding::Utf8WithBom, progress);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isRefusal());
    CHECK_FALSE(QFile::exists(refusedPath));
    REQUIRE(q.exec(QStringLiteral("SELECT officer_id, summary FROM audit_event "
                                  "WHERE action = 'export-refused'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == gone.id);
    CHECK(q.value(1).toString().contains(QStringLiteral("gone.csv")));
}

TEST_CASE("The command line's export by a workshop head holds their workshop, masked, audited",
    "[roster][officers][cli]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead },
        { workshopNamed(db, s(u"装配车间")) });
    const QString path = db.filePath(QStringLiteral("head.csv"));
    const auto run = cliAs(db.path(), QStringLiteral("head"),
        { QStringLiteral("export"), QStringLiteral("workers"), path });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString text = readText(path);
    CHECK(text.contains(QStringLiteral("E3")));
    CHECK_FALSE(text.contains(QStringLiteral("E1,")));
    CHECK_FALSE(text.contains(idOf(3)));
    CHECK(text.contains(ResidentId::mask(idOf(3))));
    CHECK(count(db,
              QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'export-workers' "
                             "AND actor = 'head'"))
        == 1);

    const auto targets = cliAs(db.path(), QStringLiteral("head"),
        { QStringLiteral("targets"), QStringLiteral("--as-of"), QStringLiteral("2024-01-01"),
            QStringLiteral("--json") });
    REQUIRE(targets.exitCode == 0);
    CHECK(targets.out.contains(s(u"装配车间")));
    CHECK_FALSE(targets.out.contains(s(u"机加工车间")));
}

TEST_CASE("A full ID number is shown only to HR and administrators, each time audited",
    "[roster][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const qint64 id = workerId(db, QStringLiteral("E2"));
    WorkerStore workers(db.db());
    CHECK(workers.record(db.admin(), id)->idNumber == ResidentId::mask(idOf(2)));

    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const auto shown = workers.revealIdNumber(hr, id);
    REQUIRE(shown.ok());
    CHECK(*shown == idOf(2));
    QSqlQuery q(db.db());
    REQUIRE(q.exec(
        QStringLiteral("SELECT officer_id, summary FROM audit_event WHERE action = 'reveal-id'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == hr.id);
    CHECK(q.value(1).toString().contains(QStringLiteral("E2")));
    CHECK_FALSE(q.value(1).toString().contains(idOf(2)));
    q.finish();

    const Officer approver = db.officer(QStringLiteral("approver"), Roles { Role::Approver });
    const auto refused = workers.revealIdNumber(approver, id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isRefusal());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'reveal-id'"))
        == 1);
}

TEST_CASE("The import preview shows ID numbers masked", "[roster][officers]")
{
    TempDatabase db;
    const QString file = db.writeFile(QStringLiteral("preview.csv"), threeWorkers().toUtf8());
    const auto preview = RosterPreview::read(file, 10);
    REQUIRE(preview.ok());
    REQUIRE(preview->rows.size() == 3);
    CHECK(preview->rows.first().at(3) == ResidentId::mask(idOf(1)));
}

TEST_CASE("An auditor reads the roster but can neither import nor edit it", "[roster][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer auditor = db.officer(QStringLiteral("auditor"), Roles { Role::Auditor });
    const QString before = db.dump();

    WorkerStore workers(db.db());
    const auto read = workers.snapshot(auditor, workerId(db, QStringLiteral("E1")));
    REQUIRE(read.ok());
    WorkerRecord renamed = read->record;
    renamed.name = s(u"张维");
    const auto saved = workers.save(auditor, *read, renamed);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().isRefusal());

    const QString file = db.writeFile(QStringLiteral("again.csv"), threeWorkers().toUtf8());
    NullProgress progress;
    const auto imported = RosterImport::run(db.db(), auditor, file, {}, progress);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().isRefusal());
    const auto photo = CertificateStore::setPhoto(
        db.db(), workerId(db, QStringLiteral("E1")), QByteArray("\x89PNG", 4), auditor);
    REQUIRE_FALSE(photo.ok());
    CHECK(photo.error().isRefusal());
    CHECK(db.dump() == before);

    const auto run = cliAs(db.path(), QStringLiteral("auditor"),
        { QStringLiteral("import"), QStringLiteral("workers"), file });
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(QStringLiteral("import the roster")));
    CHECK(db.dump() == before);
}

TEST_CASE("Only an administrator backs up and restores", "[roster][officers][backup][file]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    const auto refusedBackup = BackupStore::backUp(db.db(), hr, backup);
    REQUIRE_FALSE(refusedBackup.ok());
    CHECK(refusedBackup.error().isRefusal());
    CHECK_FALSE(QFile::exists(backup));
    REQUIRE(BackupStore::backUp(db.db(), db.admin(), backup).ok());

    const auto refusedRestore = BackupStore::restore(db.path(), backup, hr);
    REQUIRE_FALSE(refusedRestore.ok());
    CHECK(refusedRestore.error().isRefusal());

    const QString cliBackup = dir.filePath(QStringLiteral("cli.sqlite"));
    CHECK(cliAs(db.path(), QStringLiteral("hr"), { QStringLiteral("backup"), cliBackup }).exitCode
        == 3);
    CHECK_FALSE(QFile::exists(cliBackup));
    const auto restore
        = cliAs(db.path(), QStringLiteral("hr"), { QStringLiteral("restore"), backup });
    CHECK(restore.exitCode == 3);
    CHECK(restore.err.contains(QStringLiteral("restore a backup")));
    CHECK(QDir(QFileInfo(db.path()).absolutePath())
              .entryList({ QStringLiteral("*.replaced-*") }, QDir::Files)
              .isEmpty());
}

// Issue 14: SkillLadder backs up a local file. A company on a server is backed up by the IT
// department with pg_dump, and the program says so instead of writing a file that would look like
// a backup.
TEST_CASE("Backups are of a database file: on a server backup and restore refuse and name pg_dump",
    "[roster][backup]")
{
    TempDatabase db;
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    const Status backedUp = BackupStore::backUp(db.db(), db.admin(), backup);
    if (!db.isServer()) {
        CHECK(BackupStore::fileOnly(db.path()).ok());
        CHECK(backedUp.ok());
        return;
    }
    REQUIRE_FALSE(backedUp.ok());
    CHECK(backedUp.error().userMessage.contains(QStringLiteral("pg_dump")));
    CHECK_FALSE(QFile::exists(backup));
    CHECK_FALSE(BackupStore::automaticBackUp(db.db(), backup).ok());
    CHECK_FALSE(QFile::exists(backup));
    // Whatever file is named, a server database is never replaced by it.
    const QString file = db.writeFile(QStringLiteral("some.sqlite"), QByteArray("SQLite"));
    const auto restored = BackupStore::restore(db.path(), file, db.admin());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().userMessage.contains(QStringLiteral("pg_dump")));
    const auto command = cliOn(db.path(), { QStringLiteral("restore"), file });
    CHECK(command.exitCode == 1);
    CHECK(command.err.contains(QStringLiteral("pg_dump")));
}

TEST_CASE("A damaged database is restored by an administrator the backup knows",
    "[roster][officers][backup][cli][file]")
{
    QTemporaryDir dir;
    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    QString database;
    {
        TempDatabase db;
        REQUIRE(db.importCsv(threeWorkers()).committed);
        db.officer(QStringLiteral("hr"), Roles { Role::Hr });
        REQUIRE(BackupStore::backUp(db.db(), db.admin(), backup).ok());
    }
    database = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile file(database);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const auto refused
        = cliAs(database, QStringLiteral("hr"), { QStringLiteral("restore"), backup });
    CHECK(refused.exitCode == 3);
    const auto restored
        = cliAs(database, QStringLiteral("admin"), { QStringLiteral("restore"), backup });
    INFO(restored.err.toStdString());
    CHECK(restored.exitCode == 0);
    auto connection = Connection::open(database, Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    QSqlQuery q((*connection)->db());
    REQUIRE(q.exec(
        QStringLiteral("SELECT actor, officer_id FROM audit_event WHERE action = 'restore'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("admin"));
    CHECK_FALSE(q.value(1).isNull());
}

TEST_CASE("Schema 12 admits the way import and keeps every certification of a schema 10 file",
    "[roster][officers][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        REQUIRE(Migrations::migrateTo(db, 10).ok());
        QSqlQuery q(db);
        for (const QString &sql : {
                 QStringLiteral("INSERT INTO audit_event (id, at, actor, action, summary) VALUES "
                                "(1, '2024-01-01T00:00:00Z', 'hr', 'init', 'old')"),
                 QStringLiteral("INSERT INTO occupation (id, name, highest_grade, "
                                "created_event_id) VALUES (1, '车工', 7, 1)"),
                 QStringLiteral("INSERT INTO worker (id, employee_no, name, hire_date, "
                                "created_event_id) VALUES (1, 'A', '甲', '2010-01-01', 1)"),
                 QStringLiteral("INSERT INTO certification (id, worker_id, occupation_id, grade, "
                                "way, effective_date, status, proposed_by, proposed_event_id) "
                                "VALUES (7, 1, 1, 3, 'direct', '2020-01-01', 'approved', 'hr', "
                                "1)"),
                 QStringLiteral("INSERT INTO certificate (id, certification_id, number, "
                                "issue_date, body_name, worker_name, occupation, "
                                "created_event_id) VALUES (1, 7, 'S0001', '2020-01-01', '厂', "
                                "'甲', '车工', 1)"),
             }) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        CHECK_FALSE(q.exec(QStringLiteral(
            "INSERT INTO certification (worker_id, occupation_id, grade, way, effective_date, "
            "status, proposed_by, proposed_event_id) VALUES (1, 1, 4, 'import', '2021-01-01', "
            "'proposed', 'hr', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(path);

    auto connection = Connection::open(path, Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    QSqlDatabase &db = (*connection)->db();
    CHECK(Migrations::currentVersion(db).value() == Migrations::latestVersion());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT c.id, c.way, k.number FROM certification c "
                                  "JOIN certificate k ON k.certification_id = c.id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 7);
    CHECK(q.value(1).toString() == QStringLiteral("direct"));
    CHECK(q.value(2).toString() == QStringLiteral("S0001"));
    q.finish();
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                  "tbl_name = 'certification' ORDER BY name")));
    QStringList indexes;
    while (q.next())
        indexes += q.value(0).toString();
    CHECK(indexes
        == QStringList({ QStringLiteral("certification_round"),
            QStringLiteral("certification_status"), QStringLiteral("certification_worker") }));
    CHECK(q.exec(QStringLiteral(
        "INSERT INTO certification (worker_id, occupation_id, grade, way, effective_date, "
        "status, proposed_by, proposed_event_id) VALUES (1, 1, 4, 'import', '2021-01-01', "
        "'proposed', 'hr', 1)")));
    // The foreign keys still hold: a certificate of no certification is refused.
    CHECK_FALSE(q.exec(QStringLiteral(
        "INSERT INTO certificate (certification_id, number, issue_date, body_name, worker_name, "
        "occupation, created_event_id) VALUES (999, 'S0002', '2020-01-01', '厂', '甲', '车工', "
        "1)")));
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}
