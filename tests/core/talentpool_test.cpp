#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "core/domain/talentpolicy.h"
#include "core/reports/talentpool.h"
#include "core/store/competitionstore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/recognitionrows.h"
#include "tests/support/tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace skl;
using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::RecognitionRows;
using skl::test::Run;
using skl::test::TempDatabase;

namespace {

const QDate kAsOf(2025, 1, 1);

// Eight workers, each one case of the rule (hand-checked against DOMAIN.md §5):
//   H1 高级工 since 2020: high-skilled, in; leads a studio, is a member of a project, trained
//      one apprentice to the end (N1) and broke off with another (E1); certificate S-H1.
//   M1 中级工 with a city honour: out at the default level (provincial), in at municipal.
//   P1 中级工 with a provincial honour of 2023-05-01: in from that day, out before it.
//   W1 初级工 with a provincial honour withdrawn: out.
//   L1 技师 who left on 2024-06-30: out on kAsOf.
//   G1 中级工 with a provincial gold medal of 2022-09-01: in.
//   E1 中级工 with a national 优胜奖: out (no medal).
//   N1 中级工 with nothing: out.
// 一车间: H1, M1, L1, G1; 二车间: P1, W1, E1, N1.
struct PoolCompany
{
    TempDatabase db;
    RecognitionRows rows { db };

    PoolCompany()
    {
        REQUIRE(
            db.importCsv(
                  u"工号,姓名,身份证号,入职日期,离职日期,单位,车间,职业(工种),技能等级,"
                  u"等级取得日期\n"
                  "H1,高一,11010519491231002X,2015-01-01,,济南总厂,一车间,车工,高级工,2020-01-01\n"
                  "M1,市二,,2015-01-01,,济南总厂,一车间,车工,中级工,2020-01-01\n"
                  "P1,省三,,2015-01-01,,济南总厂,二车间,车工,中级工,2020-01-01\n"
                  "W1,撤四,,2015-01-01,,济南总厂,二车间,车工,初级工,2020-01-01\n"
                  "L1,离五,,2015-01-01,2024-06-30,济南总厂,一车间,车工,技师,2018-01-01\n"
                  "G1,金六,,2015-01-01,,济南总厂,一车间,车工,中级工,2020-01-01\n"
                  "E1,优七,,2015-01-01,,济南总厂,二车间,车工,中级工,2020-01-01\n"
                  "N1,无八,,2015-01-01,,济南总厂,二车间,车工,中级工,2020-01-01\n"_s)
                .committed);
        rows.honour(u"M1"_s, u"市技术能手"_s, u"municipal"_s, QDate(2022, 3, 1));
        rows.honour(u"P1"_s, u"省技术能手"_s, u"provincial"_s, QDate(2023, 5, 1));
        rows.honour(u"W1"_s, u"省劳动模范"_s, u"provincial"_s, QDate(2021, 5, 1), true);
        medal(u"G1"_s, CompetitionLevel::Provincial, Placing::Gold, QDate(2022, 9, 1));
        medal(u"E1"_s, CompetitionLevel::National, Placing::Excellence, QDate(2022, 10, 1));
        const qint64 studio = rows.studio(u"高一技能大师工作室"_s, u"H1"_s, QDate(2021, 1, 1));
        rows.studioMember(studio, u"N1"_s, QDate(2021, 2, 1));
        const qint64 project = rows.project(u"主轴振动攻关"_s, u"P1"_s, QDate(2024, 3, 1));
        rows.projectMember(project, u"H1"_s);
        rows.mentorship(u"H1"_s, u"N1"_s, QDate(2019, 1, 1), QDate(2021, 12, 31), u"completed"_s);
        rows.mentorship(u"H1"_s, u"E1"_s, QDate(2019, 1, 1), QDate(2020, 6, 30), u"terminated"_s);
        rows.externalCertificate(u"H1"_s, u"S-H1"_s);
    }

    void medal(const QString &employeeNo, CompetitionLevel level, Placing placing, QDate held)
    {
        CompetitionInput input;
        input.name = u"技能大赛 %1"_s.arg(employeeNo);
        input.level = level;
        input.organiser = u"人社厅"_s;
        input.heldOn = held;
        input.by = db.admin();
        const auto competition = CompetitionStore::add(db.db(), input);
        REQUIRE(competition.ok());
        REQUIRE(CompetitionStore::addResult(
            db.db(), *competition, employeeNo, placing, 0, false, db.admin())
                    .ok());
    }

    TalentPoolData pool(QDate day, const Officer &by)
    {
        auto pool = TalentPool::compute(db.db(), by, day);
        if (!pool)
            FAIL(pool.error().userMessage.toStdString());
        return *pool;
    }

    QStringList numbers(QDate day) { return numbersOf(pool(day, db.admin())); }

    static QStringList numbersOf(const TalentPoolData &pool)
    {
        QStringList numbers;
        for (const TalentWorker &w : pool.workers)
            numbers += w.employeeNo;
        return numbers;
    }
};

const TalentWorker &worker(const TalentPoolData &pool, const QString &employeeNo)
{
    for (const TalentWorker &w : pool.workers)
        if (w.employeeNo == employeeNo)
            return w;
    FAIL("not in the pool: " << employeeNo.toStdString());
    return pool.workers.first();
}

} // namespace

TEST_CASE("The talent pool: high-skilled workers, provincial honours and medals, no leavers, "
          "no withdrawn honour, no 优胜奖",
    "[talent]")
{
    PoolCompany c;
    CHECK(c.numbers(kAsOf) == QStringList { u"G1"_s, u"H1"_s, u"P1"_s });

    const TalentPoolData pool = c.pool(kAsOf, c.db.admin());
    CHECK(pool.minLevel == HonourLevel::Provincial);
    const TalentWorker &h1 = worker(pool, u"H1"_s);
    CHECK(h1.reasons == QList { TalentReason::HighSkilled });
    CHECK(h1.grade == Grade::Senior);
    CHECK(h1.certificateNo == u"S-H1"_s);
    CHECK(h1.site == u"济南总厂"_s);
    CHECK(h1.workshop == u"一车间"_s);
    CHECK(h1.occupation == u"车工"_s);
    CHECK(h1.maskedIdNumber == u"110105********002X"_s);
    REQUIRE(h1.studios.size() == 1);
    CHECK(h1.studios[0].name == u"高一技能大师工作室"_s);
    CHECK(h1.studios[0].leader);
    REQUIRE(h1.projects.size() == 1);
    CHECK(h1.projects[0].title == u"主轴振动攻关"_s);
    CHECK_FALSE(h1.projects[0].lead);
    CHECK(h1.apprenticesTrained == 1); // the agreement broken off does not count

    const TalentWorker &p1 = worker(pool, u"P1"_s);
    CHECK(p1.reasons == QList { TalentReason::Honour });
    REQUIRE(p1.honours.size() == 1);
    CHECK(p1.honours[0].level == HonourLevel::Provincial);
    CHECK(p1.honours[0].awarded.year() == 2023);
    REQUIRE(p1.projects.size() == 1);
    CHECK(p1.projects[0].lead);

    const TalentWorker &g1 = worker(pool, u"G1"_s);
    CHECK(g1.reasons == QList { TalentReason::Medal });
    REQUIRE(g1.medals.size() == 1);
    CHECK(g1.medals[0].placing == Placing::Gold);
    CHECK(g1.certificateNo.isEmpty());
}

TEST_CASE("The talent pool as of a day before an honour leaves its holder out; a leaver is in "
          "while in service",
    "[talent]")
{
    PoolCompany c;
    CHECK(c.numbers(QDate(2023, 4, 30)) == QStringList { u"G1"_s, u"H1"_s, u"L1"_s });
    CHECK(c.numbers(QDate(2023, 5, 1)) == QStringList { u"G1"_s, u"H1"_s, u"L1"_s, u"P1"_s });
    CHECK(c.numbers(QDate(2024, 6, 30)) == QStringList { u"G1"_s, u"H1"_s, u"P1"_s });
    // Before the medal, the gold medallist is out too.
    CHECK(c.numbers(QDate(2022, 8, 31)) == QStringList { u"H1"_s, u"L1"_s });
}

TEST_CASE("A city honour enters the pool once the policy lowers the level to municipal", "[talent]")
{
    PoolCompany c;
    const QDate today = QDate::currentDate();
    REQUIRE(PolicyStore::set(c.db.db(),
        { { QString::fromUtf16(PolicyKeys::kTalentMinLevel), u"市级"_s, today } }, c.db.admin())
                .ok());
    // Effective-dated: before the change the provincial level holds.
    CHECK_FALSE(c.numbers(today.addDays(-1)).contains(u"M1"_s));
    const TalentPoolData pool = c.pool(today, c.db.admin());
    CHECK(pool.minLevel == HonourLevel::Municipal);
    CHECK(TalentPoolData(pool).workers.size() == 4);
    CHECK(worker(pool, u"M1"_s).reasons == QList { TalentReason::Honour });
    // 优胜奖 stays out at any level: it is no medal.
    CHECK_FALSE(PoolCompany::numbersOf(pool).contains(u"E1"_s));
    // The policy refuses what is not a level.
    CHECK_FALSE(
        PolicyStore::normalise(QString::fromUtf16(PolicyKeys::kTalentMinLevel), u"高"_s).ok());
    CHECK(*PolicyStore::normalise(QString::fromUtf16(PolicyKeys::kTalentMinLevel), u"省级"_s)
        == u"provincial"_s);
}

TEST_CASE(
    "A workshop head's talent pool holds their workshops only; the filters narrow it", "[talent]")
{
    PoolCompany c;
    const auto second = OfficerStore::workshopNamed(c.db.db(), u"二车间"_s);
    REQUIRE(second.ok());
    const Officer head = c.db.officer(u"head2"_s, Roles { Role::WorkshopHead }, { *second });
    CHECK(PoolCompany::numbersOf(c.pool(kAsOf, head)) == QStringList { u"P1"_s });

    const TalentPoolData all = c.pool(kAsOf, c.db.admin());
    TalentFilter filter;
    filter.reason = TalentReason::Medal;
    CHECK(TalentPool::filtered(all.workers, filter).size() == 1);
    filter = {};
    filter.grade = Grade::Senior;
    CHECK(TalentPool::filtered(all.workers, filter).first().employeeNo == u"H1"_s);
    filter = {};
    filter.text = u"省"_s;
    CHECK(TalentPool::filtered(all.workers, filter).first().employeeNo == u"P1"_s);
    filter = {};
    filter.workshopId = *second;
    CHECK(TalentPool::filtered(all.workers, filter).size() == 1);
}

TEST_CASE("talent --json lists the pool with the contract's fields and no ID number; --xlsx is "
          "an audited export",
    "[talent][cli]")
{
    PoolCompany c;
    const Run run = cliOn(c.db.path(), { u"talent"_s, u"--as-of"_s, u"2025-01-01"_s, u"--json"_s });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(list.size() == 3);
    const QJsonObject h1 = list[1].toObject();
    CHECK(h1.keys()
        == QStringList { u"apprentices_trained"_s, u"certificate_no"_s, u"employee_no"_s,
            u"grade"_s, u"honours"_s, u"medals"_s, u"name"_s, u"occupation"_s, u"projects"_s,
            u"reasons"_s, u"site"_s, u"studios"_s, u"workshop"_s });
    CHECK(h1[u"employee_no"_s] == u"H1"_s);
    CHECK(h1[u"grade"_s] == u"高级工"_s);
    CHECK(h1[u"certificate_no"_s] == u"S-H1"_s);
    CHECK(h1[u"reasons"_s].toArray() == QJsonArray { u"high-skilled"_s });
    CHECK(h1[u"apprentices_trained"_s] == 1);
    CHECK(h1[u"studios"_s].toArray()[0].toObject()[u"role"_s] == u"leader"_s);
    const QJsonObject g1 = list[0].toObject();
    CHECK(g1[u"medals"_s].toArray()[0].toObject()[u"medal"_s] == u"gold"_s);
    CHECK(g1[u"medals"_s].toArray()[0].toObject()[u"level"_s] == u"provincial"_s);
    CHECK_FALSE(run.out.contains(u"11010519491231002X"_s));
    CHECK_FALSE(run.out.contains(u"110105"_s));

    const QString xlsx = c.db.filePath(u"pool.xlsx"_s);
    const Run exported
        = cliOn(c.db.path(), { u"talent"_s, u"--as-of"_s, u"2025-01-01"_s, u"--xlsx"_s, xlsx });
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(QFile::exists(xlsx));
    CHECK(c.db.scalar(u"SELECT count(*) FROM audit_event WHERE action = 'export-talent-pool'"_s)
              .toInt()
        == 1);
    CHECK(cliOn(c.db.path(), { u"talent"_s, u"--json"_s, u"--xlsx"_s, xlsx }).exitCode == 2);
}

TEST_CASE("attest writes the attestation: counts, ratios, masked IDs and the reference; hr only",
    "[talent][cli]")
{
    PoolCompany c;
    const QString pdf = c.db.filePath(u"attest.pdf"_s);
    // A payroll officer may not issue it, and nothing is written.
    c.db.officer(u"pay"_s, Roles { Role::Payroll });
    const Run refused = cliAs(
        c.db.path(), u"pay"_s, { u"attest"_s, u"--as-of"_s, u"2025-01-01"_s, u"--out"_s, pdf });
    CHECK(refused.exitCode == 3);
    CHECK_FALSE(QFile::exists(pdf));

    const Run run
        = cliOn(c.db.path(), { u"attest"_s, u"--as-of"_s, u"2025-01-01"_s, u"--out"_s, pdf });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QRegularExpression referenceForm(u"SKL-GJ-\\d{8}-\\d{6}"_s);
    const QString reference = referenceForm.match(run.out).captured();
    REQUIRE_FALSE(reference.isEmpty());
    const Run text = skl::test::run(u"pdftotext"_s, { pdf, u"-"_s });
    REQUIRE(text.exitCode == 0);
    const QString page = QString(text.out).remove(QRegularExpression(u"\\s"_s));
    // On 2025-01-01: 7 employees (L1 has left), all graded, H1 the only high-skilled worker.
    // T1 7/7 = 100.0 %; high-skilled ÷ skilled 1/7 = 14.3 %, against 35 % (山东 is eastern).
    CHECK(page.contains(reference));
    CHECK(page.contains(u"110105********002X"_s));
    CHECK_FALSE(page.contains(u"11010519491231002X"_s));
    CHECK(page.contains(u"S-H1"_s));
    CHECK(page.contains(u"高一"_s));
    CHECK_FALSE(page.contains(u"省三"_s)); // in the pool for an honour, not high-skilled
    CHECK(page.contains(u"100.0%"_s));
    CHECK(page.contains(u"14.3%"_s));
    CHECK(page.contains(u"≥35.0%"_s));
    CHECK(page.contains(u"Page1of"_s));
    // One audit event naming the date and the reference.
    CHECK(c.db.scalar(u"SELECT count(*) FROM audit_event WHERE action = 'issue-attestation'"_s)
              .toInt()
        == 1);
    const QString summary
        = c.db.scalar(u"SELECT summary FROM audit_event WHERE action = 'issue-attestation'"_s)
              .toString();
    CHECK(summary.contains(reference));
    CHECK(summary.contains(u"2025-01-01"_s));

    // An unwritable path records nothing and leaves nothing.
    const QString bad = c.db.filePath(u"missing/folder/attest.pdf"_s);
    CHECK(
        cliOn(c.db.path(), { u"attest"_s, u"--as-of"_s, u"2025-01-01"_s, u"--out"_s, bad }).exitCode
        == 1);
    CHECK_FALSE(QFile::exists(bad));
    CHECK(c.db.scalar(u"SELECT count(*) FROM audit_event WHERE action = 'issue-attestation'"_s)
              .toInt()
        == 1);
}
