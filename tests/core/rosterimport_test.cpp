#include <array>
#include <barrier>
#include <thread>

#include <QSqlQuery>
#include <QStringEncoder>

#include "core/importing/rosterimport.h"
#include "core/store/auditchain.h"
#include "core/store/connection.h"
#include "core/store/serverlogin.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

// Two good workers: one high-skilled in an eastern site, one apprentice.
QString goodRows()
{
    return QStringLiteral("E001,张伟,男,%1,1985-03-12,2010-07-01,,济南总厂,山东,机加工车间,车工,"
                          "高级工,2018-06-30,是,否\n"
                          "E002,李娜,女,%2,1999-11-02,2023-02-15,,济南总厂,山东省,装配车间,钳工,"
                          "学徒工,2023-02-15,是,否\n")
        .arg(validId(QStringLiteral("37010219850312001")),
            validId(QStringLiteral("37010219991102002")));
}

QStringList problemTexts(const RosterImportReport &report)
{
    QStringList texts;
    for (const RowProblem &p : report.problems)
        texts += p.toString();
    return texts;
}

bool hasProblem(const RosterImportReport &report, int line, const QString &field)
{
    for (const RowProblem &p : report.problems) {
        if (p.line == line && p.field == field)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("A clean roster creates workers, units, occupations and grade history", "[import]")
{
    TempDatabase db;
    const auto report = db.importCsv(rosterHeader() + goodRows());
    CHECK(report.problems.isEmpty());
    CHECK(report.committed);
    CHECK(report.created == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM site")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT province_code FROM site")).toInt() == 37);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM workshop")).toInt() == 2);
    CHECK(db.scalar(QStringLiteral("SELECT highest_grade FROM occupation WHERE name = '车工'"))
              .toInt()
        == 7);
    CHECK(db.scalar(QStringLiteral("SELECT grade FROM grade_award ga JOIN worker w ON w.id = "
                                   "ga.worker_id WHERE w.employee_no = 'E001'"))
              .toInt()
        == 3);
    CHECK(
        db.scalar(QStringLiteral("SELECT frontline FROM worker WHERE employee_no = 'E002'")).toInt()
        == 1);
}

TEST_CASE("English headers in any order and Excel's date and yes/no spellings are read", "[import]")
{
    TempDatabase db;
    const auto report = db.importCsv(
        QStringLiteral("Hire_Date, name ,employee_no,grade,grade_date,frontline,team_leader,"
                       "gender\n2021/3/5,王强,E9,Senior Worker,2022/1/9,Y,1,M\n"));
    INFO(problemTexts(report).join(QStringLiteral("\n")).toStdString());
    CHECK(report.committed);
    CHECK(db.scalar(QStringLiteral("SELECT hire_date FROM worker")).toString()
        == QStringLiteral("2021-03-05"));
    CHECK(db.scalar(QStringLiteral("SELECT team_leader FROM worker")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT gender FROM worker")).toString() == QStringLiteral("M"));
}

TEST_CASE("Every bad row is reported at once and nothing is written", "[import]")
{
    TempDatabase db;
    db.importCsv(rosterHeader() + goodRows());
    const QString workers
        = QStringLiteral("SELECT %1 FROM (SELECT employee_no, name, hire_date FROM worker "
                         "ORDER BY id) AS w")
              .arg(skl::test::groupConcat(
                  QStringLiteral("employee_no || name || hire_date"), QStringLiteral(";")));
    const QString before = db.scalar(workers).toString();
    const QString rows
        = QStringLiteral("E003,,男,,,2020-01-01,,,,,,,,,\n" // line 2: name missing
                         ",赵六,男,,,2020-01-01,,,,,,,,,\n" // line 3: employee number missing
                         "E004,钱七,男,,,,,,,,,,,,\n" // line 4: hire date missing
                         "E005,孙八,男,110105194912310021,,2020-01-01,,,,,,,,,\n" // 5: check digit
                         "E006,周九,男,1.10105E+17,,2020-01-01,,,,,,,,,\n" // 6: Excel number
                         "E007,吴十,X,,,2020-13-01,,,,,,,,,\n" // 7: gender and hire date
                         "E008,郑一,女,,,2020-01-01,2019-12-31,,,,,,,,\n" // 8: leave before hire
                         "E009,王二,女,,,2020-01-01,,,,,,高级工,,,\n" // 9: grade without date
                         "E010,冯三,女,,,2020-01-01,,,,,,六级,2020-01-01,,\n" // 10: unknown grade
                         "E011,陈四,女,,,2020-01-01,,某厂,火星,,,,,,\n" // 11: unknown province
                         "E012,褚五,女,,,2020-01-01,,,,,,,,也许,\n" // 12: not yes/no
                         "E013,卫六,女,%1,1990-01-01,2020-01-01,,,,,,,,,\n" // 13: birth date vs ID
                         "E001,张伟,男,,,2010-07-01,,,,,,,,,\n" // 14: fine (update)
                         "E001,张伟,男,,,2010-07-01,,,,,,,,,\n" // 15: repeated employee number
                         "E014,蒋七,男,%2,,2020-01-01,,,,,,,,,\n" // 16: ID of E001
                         "E015,沈八,男,,,2020-01-01,,济南总厂,江苏,,,,,,\n") // 17: site is in 山东
              .arg(validId(QStringLiteral("37010219850312003")),
                  validId(QStringLiteral("37010219850312001")));
    const auto report = db.importCsv(rosterHeader() + rows);
    INFO(problemTexts(report).join(QStringLiteral("\n")).toStdString());
    CHECK_FALSE(report.committed);
    CHECK(hasProblem(report, 2, QStringLiteral("name")));
    CHECK(hasProblem(report, 3, QStringLiteral("employee_no")));
    CHECK(hasProblem(report, 4, QStringLiteral("hire_date")));
    CHECK(hasProblem(report, 5, QStringLiteral("id_number")));
    CHECK(hasProblem(report, 6, QStringLiteral("id_number")));
    CHECK(hasProblem(report, 7, QStringLiteral("gender")));
    CHECK(hasProblem(report, 7, QStringLiteral("hire_date")));
    CHECK(hasProblem(report, 8, QStringLiteral("leave_date")));
    CHECK(hasProblem(report, 9, QStringLiteral("grade_date")));
    CHECK(hasProblem(report, 10, QStringLiteral("grade")));
    CHECK(hasProblem(report, 11, QStringLiteral("province")));
    CHECK(hasProblem(report, 12, QStringLiteral("frontline")));
    CHECK(hasProblem(report, 13, QStringLiteral("birth_date")));
    CHECK_FALSE(hasProblem(report, 14, QStringLiteral("employee_no")));
    CHECK(hasProblem(report, 15, QStringLiteral("employee_no")));
    CHECK(hasProblem(report, 16, QStringLiteral("id_number")));
    CHECK(hasProblem(report, 17, QStringLiteral("province")));
    CHECK(problemTexts(report).first().startsWith(QStringLiteral("line 2: name: ")));
    // Reported in file order, whatever stage found them.
    for (qsizetype i = 1; i < report.problems.size(); ++i)
        CHECK(report.problems[i - 1].line <= report.problems[i].line);
    CHECK(db.scalar(workers).toString() == before);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'import'"))
              .toInt()
        == 1);
}

TEST_CASE("With skip-invalid the good rows are imported and the bad ones returned", "[import]")
{
    TempDatabase db;
    RosterImportOptions options;
    options.skipInvalid = true;
    const auto report = db.importCsv(
        rosterHeader() + goodRows() + QStringLiteral("E003,,男,,,2020-01-01,,,,,,,,,\n"), options);
    CHECK(report.committed);
    CHECK(report.created == 2);
    REQUIRE(report.rejectedRows.size() == 1);
    CHECK(report.rejectedRows.first().line == 4);
    CHECK(report.rejectedRows.first().cells.first() == QStringLiteral("E003"));
}

TEST_CASE("Importing the same file again changes nothing", "[import]")
{
    TempDatabase db;
    db.importCsv(rosterHeader() + goodRows());
    const int events = db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt();
    const int changes = db.scalar(QStringLiteral("SELECT count(*) FROM audit_change")).toInt();
    const auto again = db.importCsv(rosterHeader() + goodRows());
    CHECK(again.problems.isEmpty());
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM grade_award")).toInt() == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() == events);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change")).toInt() == changes);
}

TEST_CASE("An update audits each changed field and proposes a new grade instead of writing it",
    "[import]")
{
    TempDatabase db;
    db.importCsv(rosterHeader() + goodRows());
    const QString promoted
        = QString(goodRows())
              .replace(QStringLiteral("高级工,2018-06-30"), QStringLiteral("技师,2023-07-01"))
              .replace(QStringLiteral("2010-07-01,,"), QStringLiteral("2010-07-01,2026-01-01,"));
    const auto report = db.importCsv(rosterHeader() + promoted);
    CHECK(report.updated == 1);
    CHECK(report.unchanged == 1);
    CHECK(report.proposed == 1);
    // Issue 13: the grade in force stays until an approver decides.
    CHECK(db.scalar(QStringLiteral("SELECT %1 FROM (SELECT grade FROM grade_award WHERE "
                                   "worker_id = 1 ORDER BY effective_date) AS a")
                        .arg(skl::test::groupConcat(QStringLiteral("grade"))))
              .toString()
        == QStringLiteral("3"));
    CHECK(db.scalar(QStringLiteral("SELECT current_grade FROM worker WHERE id = 1")).toInt() == 3);
    CHECK(db.scalar(QStringLiteral("SELECT grade FROM certification WHERE worker_id = 1 AND "
                                   "status = 'proposed' AND way = 'import'"))
              .toInt()
        == 4);
    CHECK(db.scalar(QStringLiteral("SELECT old_value IS NULL AND new_value = '2026-01-01' FROM "
                                   "audit_change WHERE field = 'leave_date'"))
              .toBool());
    CHECK(db.scalar(QStringLiteral("SELECT actor FROM audit_event ORDER BY id DESC LIMIT 1"))
              .toString()
        != QString());
}

TEST_CASE("A grade that arrives by roster import for a known worker is an audited proposal",
    "[import][audit]")
{
    TempDatabase db;
    db.importCsv(rosterHeader() + goodRows());
    const QString promoted
        = QString(goodRows())
              .replace(QStringLiteral("高级工,2018-06-30"), QStringLiteral("技师,2023-07-01"));
    const auto report = db.importCsv(rosterHeader() + promoted);
    REQUIRE(report.proposed == 1);
    CHECK(report.updated == 0);
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE field = 'grade'")).toInt()
        == 0);
    // The proposal is its own event by the importing officer, naming the import in its evidence.
    CHECK(db.scalar(QStringLiteral("SELECT e.actor FROM certification c JOIN audit_event e "
                                   "ON e.id = c.proposed_event_id WHERE c.way = 'import'"))
              .toString()
        == db.admin().login);
    CHECK(db.scalar(QStringLiteral("SELECT evidence FROM certification WHERE way = 'import'"))
              .toString()
              .contains(QStringLiteral("line 2")));
}

TEST_CASE("A column the file lacks keeps the stored value", "[import]")
{
    TempDatabase db;
    db.importCsv(rosterHeader() + goodRows());
    const auto report = db.importCsv(QStringLiteral("工号,姓名,入职日期\nE001,张伟,2010-07-01\n"));
    CHECK(report.unchanged == 1);
    CHECK(db.scalar(QStringLiteral("SELECT id_number IS NOT NULL AND site_id IS NOT NULL FROM "
                                   "worker WHERE employee_no = 'E001'"))
              .toBool());
}

TEST_CASE("A grade above the occupation's highest grade is refused", "[import]")
{
    TempDatabase db;
    db.importCsv(rosterHeader() + goodRows());
    QSqlQuery(db.db()).exec(
        QStringLiteral("UPDATE occupation SET highest_grade = 5 WHERE name = '车工'"));
    const auto report
        = db.importCsv(QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n"
                                      "E020,何九,2015-01-01,车工,特级技师,2024-01-01\n"));
    CHECK_FALSE(report.committed);
    CHECK(hasProblem(report, 2, QStringLiteral("grade")));
}

TEST_CASE("A missing required column is reported on the header line", "[import]")
{
    TempDatabase db;
    const auto report = db.importCsv(QStringLiteral("工号,姓名\nE1,张三\n"));
    CHECK_FALSE(report.committed);
    CHECK(hasProblem(report, 1, QStringLiteral("header")));
}

TEST_CASE("A GBK roster from Chinese Excel imports like a UTF-8 one", "[import]")
{
    TempDatabase db;
    QStringEncoder gbk("GBK");
    const QByteArray bytes
        = gbk.encode(QString(rosterHeader() + goodRows()).replace(u'\n', QStringLiteral("\r\n")));
    const QString file = db.writeFile(QStringLiteral("花名册.csv"), bytes);
    NullProgress progress;
    const auto report = RosterImport::run(db.db(), db.admin(), file, {}, progress);
    REQUIRE(report.ok());
    CHECK(report->encoding == QStringLiteral("GB18030"));
    CHECK(report->created == 2);
    CHECK(db.scalar(QStringLiteral("SELECT name FROM worker WHERE employee_no = 'E002'")).toString()
        == QStringLiteral("李娜"));
}

TEST_CASE("A cancelled import leaves the database as before", "[import]")
{
    class CancelAtOnce final : public ProgressSink
    {
    public:
        void report(qint64, qint64) override { }
        bool isCanceled() const override { return true; }
    };
    TempDatabase db;
    QString rows;
    for (int i = 0; i < 5000; ++i)
        rows += QStringLiteral("C%1,工人%1,2020-01-01\n").arg(i);
    const QString file = db.writeFile(
        QStringLiteral("big.csv"), QStringLiteral("工号,姓名,入职日期\n%1").arg(rows).toUtf8());
    CancelAtOnce cancel;
    const auto report = RosterImport::run(db.db(), db.admin(), file, {}, cancel);
    REQUIRE(report.ok());
    CHECK(report->canceled);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 0);
}

TEST_CASE(
    "A first import into an empty roster leaves every index in place, failed or not", "[import]")
{
    TempDatabase db;
    const QString indexes = db.isServer()
        ? QStringLiteral("SELECT %1 FROM (SELECT indexname FROM pg_indexes WHERE schemaname = "
                         "'public' ORDER BY indexname) AS i")
              .arg(skl::test::groupConcat(QStringLiteral("indexname")))
        : QStringLiteral("SELECT %1 FROM (SELECT name FROM sqlite_master WHERE type = 'index' "
                         "ORDER BY name) AS i")
              .arg(skl::test::groupConcat(QStringLiteral("name")));
    const QString before = db.scalar(indexes).toString();
    CHECK(before.contains(QStringLiteral("worker_name")));

    const auto failed = db.importCsv(QStringLiteral("工号,姓名,入职日期\nE1,,2020-01-01\n"));
    CHECK_FALSE(failed.committed);
    CHECK(db.scalar(indexes).toString() == before);

    const auto imported = db.importCsv(rosterHeader() + goodRows());
    REQUIRE(imported.committed);
    CHECK(db.scalar(indexes).toString() == before);
    // The rebuilt index holds the imported rows: read through it alone (PostgreSQL has no
    // INDEXED BY; without sequential scans its planner reads the one index on name).
    if (db.isServer())
        db.scalar(QStringLiteral("SELECT set_config('enable_seqscan', 'off', false)"));
    CHECK(db.scalar(db.isServer()
                    ? QStringLiteral("SELECT count(*) FROM worker WHERE name >= ''")
                    : QStringLiteral("SELECT count(*) FROM worker INDEXED BY worker_name "
                                     "WHERE name >= ''"))
              .toInt()
        == 2);
}

// Issue 14: two HR officers import at the same moment, each on a connection of their own, into
// an empty roster (whose indexes the first import drops and rebuilds). Both land whole, the units
// both name are made once, and the audit trail's seals stay one chain, on a file and on the
// server alike.
TEST_CASE("Two roster imports at once lose nothing and keep the audit trail whole",
    "[import][concurrency]")
{
    TempDatabase db;
    constexpr int kRows = 150;
    std::array<QString, 2> files;
    for (int who = 0; who < 2; ++who) {
        QString csv = rosterHeader();
        for (int i = 0; i < kRows; ++i)
            csv += QStringLiteral("%1%2,工人%1%2,男,,,2015-03-01,,济南总厂,山东,机加工车间,车工,"
                                  "中级工,2019-06-30,是,否\n")
                       .arg(who == 0 ? u'A' : u'B')
                       .arg(i, 4, 10, QLatin1Char('0'));
        files[who] = db.writeFile(QStringLiteral("roster-%1.csv").arg(who), csv.toUtf8());
    }
    const std::array<Officer, 2> clerks { db.officer(QStringLiteral("hr-li"), Roles { Role::Hr }),
        db.officer(QStringLiteral("hr-wang"), Roles { Role::Hr }) };
    std::barrier bothReady(2);
    std::array<bool, 2> committed { false, false };
    std::array<QString, 2> failed;
    const auto import = [&](int who) {
        auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
        bothReady.arrive_and_wait();
        if (!connection) {
            failed[who] = connection.error().userMessage;
            return;
        }
        NullProgress progress;
        const auto report = RosterImport::run(
            (*connection)->db(), clerks[who], files[who], RosterImportOptions {}, progress);
        if (report)
            committed[who] = report->committed;
        else
            failed[who] = report.error().userMessage;
    };
    std::thread a(import, 0);
    std::thread b(import, 1);
    a.join();
    b.join();
    INFO(failed[0].toStdString() << " / " << failed[1].toStdString());
    CHECK(committed[0]);
    CHECK(committed[1]);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 2 * kRows);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM grade_award")).toInt() == 2 * kRows);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM site")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM workshop")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'import'"))
              .toInt()
        == 2);
    const auto verified = AuditChain::verify(db.db(), db.admin());
    REQUIRE(verified.ok());
    CHECK(verified->isIntact());
}

TEST_CASE("A first import names a repeated employee or ID number far down the file, beyond its "
          "batches",
    "[import]")
{
    // Larger than one batch on either engine (500 rows on a file, 10,000 on a server): the
    // repeat is found in what earlier batches wrote, as the roster was empty.
    constexpr int kRows = 20'600;
    auto idOf = [](int i) {
        return validId(QStringLiteral("370102%1%2")
                           .arg(QDate(1970, 1, 1).addDays(i / 900).toString(u"yyyyMMdd"))
                           .arg(100 + i % 900));
    };
    QString rows;
    for (int i = 0; i < kRows; ++i) {
        const int employee = i == 20'500 ? 2 : i;
        const int id = i == 20'550 ? 4 : i;
        rows += QStringLiteral("E%1,工人%2,%3,2020-01-01\n").arg(employee).arg(i).arg(idOf(id));
    }
    TempDatabase db;
    const auto report = db.importCsv(QStringLiteral("工号,姓名,身份证号,入职日期\n") + rows);
    REQUIRE_FALSE(report.committed);
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0].line == 20'502);
    CHECK(report.problems[0].reason.contains(QStringLiteral("E2")));
    CHECK(report.problems[0].reason.contains(QStringLiteral("4")));
    CHECK(report.problems[1].line == 20'552);
    CHECK(report.problems[1].reason.contains(QStringLiteral("E4")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 0);
}

// Issue 19: on a server each batch of new workers passes through one staging table, emptied
// between batches; a batch must write its own rows once, and its grades to the ids its workers got.
TEST_CASE("A first import larger than one batch writes every worker once, with their own grades",
    "[import]")
{
    constexpr int kRows = 20'600; // more than one batch on either engine
    QString rows;
    for (int i = 0; i < kRows; ++i)
        rows += QStringLiteral("E%1,工人%2,2020-01-01,车工,%3,2021-06-30\n")
                    .arg(i)
                    .arg(i)
                    .arg(i % 2 ? QStringLiteral("中级工") : QStringLiteral("初级工"));
    TempDatabase db;
    const auto report = db.importCsv(
        QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n") + rows);
    REQUIRE(report.committed);
    CHECK(report.created == kRows);
    CHECK(db.scalar(QStringLiteral("SELECT count(DISTINCT employee_no) FROM worker")).toInt()
        == kRows);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == kRows);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM grade_award")).toInt() == kRows);
    // 中级工 (rank 2) for the odd employee numbers, 初级工 (rank 1) for the even ones.
    CHECK(db.scalar(QStringLiteral(
                        "SELECT count(*) FROM grade_award g JOIN worker w ON w.id = g.worker_id "
                        "WHERE g.grade = 1 + CAST(substr(w.employee_no, 2) AS INTEGER) % 2 "
                        "AND w.current_grade = g.grade"))
              .toInt()
        == kRows);
}

// The local file's bulk path binds the UTF-8 it encoded itself (issue 19): names with characters
// beyond the BMP, which Chinese names and workshops do use, must arrive whole, as text.
TEST_CASE("Names with characters beyond the BMP are stored exactly as written", "[import]")
{
    const QStringList names { QStringLiteral("𠀀字"), QStringLiteral("王𡒄"),
        QStringLiteral("José Müller"), QStringLiteral("\"引号\"") };
    QString rows;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names[i];
        rows += QStringLiteral("E%1,\"%2\",2020-01-01,车工,𠂇车间\n")
                    .arg(i)
                    .arg(name.replace(QLatin1Char('"'), QStringLiteral("\"\"")));
    }
    TempDatabase db;
    const auto report = db.importCsv(QStringLiteral("工号,姓名,入职日期,职业(工种),车间\n") + rows);
    REQUIRE(report.committed);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString where = QStringLiteral(" FROM worker WHERE employee_no = 'E%1'").arg(i);
        CHECK(db.scalar(QStringLiteral("SELECT name") + where).toString() == names[i]);
        CHECK(db.scalar(QStringLiteral("SELECT length(name)") + where).toInt()
            == names[i].toUcs4().size());
    }
    CHECK(db.scalar(QStringLiteral("SELECT DISTINCT name FROM workshop")).toString()
        == QStringLiteral("𠂇车间"));
}

// Issue 14: the server plans by its statistics, and the tables of a company's first roster stay
// without any until autovacuum comes, the target report meanwhile sorting on disk. Officers do
// not own the tables; the import has the owner's function analyze them.
TEST_CASE(
    "On the server an officer's first roster import leaves the planner statistics of its rows",
    "[import][server]")
{
    if (!skl::test::onServer())
        return;
    TempDatabase db;
    const Officer hr = db.officer(QStringLiteral("hr-wu"), Roles { Role::Hr });
    ServerLogin::remember(db.path(), hr.login.toCaseFolded(), skl::test::password());
    {
        auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(connection.ok());
        const QString file
            = db.writeFile(QStringLiteral("roster.csv"), (rosterHeader() + goodRows()).toUtf8());
        NullProgress progress;
        const auto report = RosterImport::run((*connection)->db(), hr, file, {}, progress);
        REQUIRE(report.ok());
        REQUIRE(report->committed);
    }
    ServerLogin::remember(
        db.path(), skl::test::TestServer::dbaLogin(), skl::test::TestServer::dbaPassword());
    CHECK(db.scalar(QStringLiteral("SELECT reltuples FROM pg_class WHERE oid = 'worker'::regclass"))
              .toInt()
        == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pg_stats WHERE tablename = 'worker'"))
              .toInt()
        > 0);
}

// Issue 19: on the server the import goes on checking while the server writes the batch before,
// and hears of that batch's fate only later. A write the server refuses must still refuse the
// whole file, and leave the connection fit for the next statement (the rollback first of all).
TEST_CASE("A write the database refuses after the checks rolls the whole import back, and the "
          "next import works",
    "[import]")
{
    TempDatabase db;
    const QString refused = QStringLiteral("拒收");
    QSqlQuery q(db.db());
    if (db.isServer()) {
        REQUIRE(q.exec(QStringLiteral(
            "CREATE FUNCTION test_refuse_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.name = '%1' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
            "RETURN NEW; END $$")
                           .arg(refused)));
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER test_refuse_name BEFORE INSERT ON worker "
                                      "FOR EACH ROW EXECUTE FUNCTION test_refuse_name()")));
    } else {
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER test_refuse_name BEFORE INSERT ON worker "
                                      "WHEN NEW.name = '%1' BEGIN "
                                      "SELECT RAISE(ABORT, 'refused by the test'); END")
                           .arg(refused)));
    }
    q.finish();
    // The refused row is in the first of three batches on the server: the second is being checked
    // when the refusal is heard.
    constexpr int kRows = 25'000;
    QString rows;
    for (int i = 0; i < kRows; ++i)
        rows += QStringLiteral("R%1,%2,2020-01-01,车工,初级工,2021-06-30\n")
                    .arg(i)
                    .arg(i == 100 ? refused : QStringLiteral("工人%1").arg(i));
    const QString file = db.writeFile(QStringLiteral("refused.csv"),
        (QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n") + rows).toUtf8());
    NullProgress progress;
    const auto report = RosterImport::run(db.db(), db.admin(), file, {}, progress);
    REQUIRE_FALSE(report.ok());
    // The database's own reason, not a later write's failure for want of the refused rows.
    CHECK(report.error().detail.contains(QStringLiteral("refused by the test")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM grade_award")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM occupation")).toInt() == 0);

    const auto next = db.importCsv(rosterHeader() + goodRows());
    REQUIRE(next.committed);
    CHECK(next.created == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 2);
}

// Cancel while the server is still writing a batch: the import waits for it, then rolls back.
TEST_CASE("A cancel while the database writes a batch leaves it as before, and the next import "
          "works",
    "[import]")
{
    class CancelAfter final : public ProgressSink
    {
    public:
        void report(qint64, qint64) override { }
        // Asked every 2,000 rows: the eleventh time is past the server's first two batches of
        // 10,000, the second still being written.
        bool isCanceled() const override { return ++m_asked > 10; }

    private:
        mutable int m_asked = 0;
    };
    TempDatabase db;
    QString rows;
    for (int i = 0; i < 30'000; ++i)
        rows += QStringLiteral("C%1,工人%1,2020-01-01,车工,初级工,2021-06-30\n").arg(i);
    const QString file = db.writeFile(QStringLiteral("big.csv"),
        (QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n") + rows).toUtf8());
    CancelAfter cancel;
    const auto report = RosterImport::run(db.db(), db.admin(), file, {}, cancel);
    REQUIRE(report.ok());
    CHECK(report->canceled);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 0);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM grade_award")).toInt() == 0);

    const auto next = db.importCsv(rosterHeader() + goodRows());
    REQUIRE(next.committed);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 2);
}
