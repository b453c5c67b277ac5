#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "core/common/progress.h"
#include "core/importing/honoursimport.h"
#include "core/store/certificationstore.h"
#include "core/store/honourstore.h"
#include "core/store/projectstore.h"
#include "core/store/recognitiongrounds.h"
#include "core/store/studiostore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::TempDatabase;

namespace {

// H1 a 高级工 since 2018 and H2 a 技师 since 2015, both 车工 of 机加车间; O1 a 中级工 钳工 of
// 装配车间. hr-li records; head-zhao heads 机加车间.
struct Company
{
    TempDatabase db;
    Officer hr = db.officer(u"hr-li"_s, Roles { Role::Hr });

    Company()
    {
        const auto report = db.importCsv(
            u"工号,姓名,性别,入职日期,单位,省份,车间,职业(工种),技能等级,等级取得日期,一线\n"
            "H1,张伟,男,2010-01-01,济南厂,山东,机加车间,车工,高级工,2018-01-01,是\n"
            "H2,李娜,女,2008-01-01,济南厂,山东,机加车间,车工,技师,2015-01-01,是\n"
            "O1,王芳,女,2012-01-01,济南厂,山东,装配车间,钳工,中级工,2019-01-01,是\n"_s);
        REQUIRE(report.problems.isEmpty());
    }

    qint64 workshop(const QString &name)
    {
        return db.scalar(u"SELECT id FROM workshop WHERE name = '%1'"_s.arg(name)).toLongLong();
    }
    qint64 worker(const QString &no)
    {
        return db.scalar(u"SELECT id FROM worker WHERE employee_no = '%1'"_s.arg(no)).toLongLong();
    }

    qint64 honour(const QString &no, const QString &name, HonourLevel level, QDate on)
    {
        const auto id = HonourStore::add(
            db.db(), { no, name, level, on, u"山东省人力资源和社会保障厅"_s, hr });
        REQUIRE(id.ok());
        return *id;
    }

    ProposalRequest exceptional(const QString &no, ExceptionalGround ground)
    {
        ProposalRequest r;
        r.employeeNo = no;
        r.occupation = u"车工"_s;
        r.grade = Grade::Technician;
        r.way = CertificationWay::Exceptional;
        r.ground = ground;
        r.date = QDate::currentDate();
        r.by = hr;
        return r;
    }
};

} // namespace

TEST_CASE("An honours file with bad lines is refused whole, every bad line named", "[recognition]")
{
    Company c;
    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const QString file = c.db.writeFile(u"荣誉.csv"_s,
        (u"工号,荣誉,级别,授予日期,授予单位\n"
         "H1,全国技术能手,国家级,2023-11-20,人力资源社会保障部\n"
         "X9,齐鲁技术能手,省级,2024-01-01,山东省人社厅\n"
         "H2,县级标兵,县级,2024-01-01,某县\n"
         "H2,齐鲁首席技师,省部级,2025-02-30,山东省人社厅\n"
         "O1,岗位能手,企业,%1,公司\n"
         "O1,,企业,2024-05-01,公司\n"_s)
            .arg(tomorrow)
            .toUtf8());
    NullProgress progress;
    const auto outcome = HonoursImport::run(c.db.db(), file, c.hr, progress);
    REQUIRE(outcome.ok());
    QStringList lines;
    for (const RowProblem &p : outcome->problems)
        lines += p.toString();
    CAPTURE(lines);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(u"line 3: employee_no: "_s));
    CHECK(lines[1].startsWith(u"line 4: level: "_s));
    CHECK(lines[2].startsWith(u"line 5: date: "_s));
    CHECK(lines[3]
        == u"line 6: date: %1 lies in the future; an honour is entered once awarded."_s.arg(
            tomorrow));
    CHECK(lines[4] == u"line 7: honour: The honour's name is missing."_s);
    CHECK(outcome->written == 0);
    CHECK(c.db.scalar(u"SELECT count(*) FROM honour"_s).toInt() == 0);

    // English headers and levels in any spelling; written in one event.
    const QString good = c.db.writeFile(u"honours.csv"_s,
        "employee_no,honour,level,date,body\n"
        "H1,National technical expert,national,2023-11-20,MOHRSS\n"
        "O1,\xe5\xb2\x97\xe4\xbd\x8d\xe8\x83\xbd\xe6\x89\x8b,Enterprise,2024-05-01,\n"_ba);
    const auto imported = HonoursImport::run(c.db.db(), good, c.hr, progress);
    REQUIRE(imported.ok());
    CHECK(imported->problems.isEmpty());
    CHECK(imported->written == 2);
    CHECK(c.db.scalar(u"SELECT count(DISTINCT event_id) FROM honour"_s).toInt() == 1);
    CHECK(c.db.scalar(u"SELECT level FROM honour WHERE name = '岗位能手'"_s).toString()
        == u"enterprise"_s);
}

TEST_CASE("A withdrawn honour keeps its row, marked with its reason, and one audit event",
    "[recognition]")
{
    Company c;
    const qint64 id
        = c.honour(u"H1"_s, u"齐鲁技术能手"_s, HonourLevel::Provincial, QDate(2024, 6, 1));
    CHECK_FALSE(HonourStore::withdraw(c.db.db(), id, u"  "_s, c.hr).ok());
    const qint64 eventsBefore = c.db.scalar(u"SELECT count(*) FROM audit_event"_s).toLongLong();
    REQUIRE(HonourStore::withdraw(c.db.db(), id, u"授予文件有误"_s, c.hr).ok());
    CHECK(c.db.scalar(u"SELECT count(*) FROM audit_event"_s).toLongLong() == eventsBefore + 1);
    CHECK(c.db.scalar(u"SELECT count(*) FROM honour"_s).toInt() == 1);
    const auto listed = HonourStore::ofWorker(c.db.db(), c.hr, c.worker(u"H1"_s));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().withdrawn);
    CHECK(listed->first().withdrawReason == u"授予文件有误"_s);
    CHECK_FALSE(HonourStore::withdraw(c.db.db(), id, u"again"_s, c.hr).ok());
    HonourFilter current;
    current.withWithdrawn = false;
    CHECK(HonourStore::list(c.db.db(), c.hr, current)->isEmpty());
}

TEST_CASE("Recording honours, studios and projects needs the hr role", "[recognition]")
{
    Company c;
    const Officer head
        = c.db.officer(u"head-zhao"_s, Roles { Role::WorkshopHead }, { c.workshop(u"机加车间"_s) });
    const auto refused = HonourStore::add(
        c.db.db(), { u"H1"_s, u"标兵"_s, HonourLevel::Enterprise, QDate(2024, 1, 1), {}, head });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Refused);
    StudioInput studio { u"工作室"_s, StudioKind::Master, HonourLevel::Enterprise, u"H2"_s, {},
        QDate(2024, 1, 1), head };
    CHECK(StudioStore::add(c.db.db(), studio).error().kind == Error::Kind::Refused);
    CHECK(c.db.scalar(u"SELECT count(*) FROM honour"_s).toInt() == 0);
}

TEST_CASE("An exceptional promotion rests on the worker's own provincial honour, not on a "
          "municipal, another worker's or a withdrawn one",
    "[recognition][certification]")
{
    Company c;
    const qint64 provincial
        = c.honour(u"H1"_s, u"齐鲁技术能手"_s, HonourLevel::Provincial, QDate(2024, 10, 15));
    const qint64 municipal
        = c.honour(u"H1"_s, u"济南市技术能手"_s, HonourLevel::Municipal, QDate(2024, 9, 1));
    const qint64 others
        = c.honour(u"H2"_s, u"全国技术能手"_s, HonourLevel::National, QDate(2023, 11, 20));
    const qint64 withdrawn
        = c.honour(u"H1"_s, u"山东省五一劳动奖章"_s, HonourLevel::Provincial, QDate(2025, 4, 28));
    REQUIRE(HonourStore::withdraw(c.db.db(), withdrawn, u"重复录入"_s, c.hr).ok());

    auto request = c.exceptional(u"H1"_s, ExceptionalGround::Award);
    request.honourId = municipal;
    auto refused = CertificationStore::propose(c.db.db(), request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(u"provincial (省部级) level or above"_s));

    request.honourId = others;
    refused = CertificationStore::propose(c.db.db(), request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(u"belongs to another worker"_s));

    request.honourId = withdrawn;
    refused = CertificationStore::propose(c.db.db(), request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(u"is withdrawn"_s));

    // The ground must fit: an honour is the ground award.
    auto wrongGround = c.exceptional(u"H1"_s, ExceptionalGround::TechnicalProblem);
    wrongGround.honourId = provincial;
    CHECK_FALSE(CertificationStore::propose(c.db.db(), wrongGround).ok());

    const auto chooser = RecognitionGrounds::eligible(
        c.db.db(), c.worker(u"H1"_s), ExceptionalGround::Award, QDate::currentDate());
    REQUIRE(chooser.ok());
    REQUIRE(chooser->size() == 1);
    CHECK(chooser->first().honourId == provincial);

    request.honourId = provincial;
    const auto id = CertificationStore::propose(c.db.db(), request);
    REQUIRE(id.ok());
    const auto record = CertificationStore::get(c.db.db(), *id);
    REQUIRE(record.ok());
    CHECK(record->honourId == provincial);
    CHECK(record->basis.contains(u"齐鲁技术能手"_s));
    // No evidence was written: the honour is.
    CHECK(record->evidence.contains(u"齐鲁技术能手"_s));
    CHECK(record->evidence.contains(u"2024-10-15"_s));
    CHECK(c.db.scalar(u"SELECT honour_id FROM certification WHERE id = %1"_s.arg(*id)).toLongLong()
        == provincial);

    // Withdrawn before the decision, the honour no longer carries the proposal.
    const Officer chief = c.db.officer(u"chief-wang"_s, Roles { Role::Approver });
    REQUIRE(HonourStore::withdraw(c.db.db(), provincial, u"撤销称号"_s, c.hr).ok());
    const auto approved = CertificationStore::approve(c.db.db(), *id, chief);
    REQUIRE_FALSE(approved.ok());
    CHECK(approved.error().userMessage.contains(u"is withdrawn"_s));
}

TEST_CASE("A technical-problem promotion rests on a finished project with an outcome that the "
          "worker led or worked in",
    "[recognition][certification]")
{
    Company c;
    ProjectInput input { u"高强钢焊缝一次合格率攻关"_s, ProjectKind::Challenge, u"H2"_s,
        QDate(2025, 3, 1), ProjectStatus::InProgress, { u"H1"_s }, c.hr };
    const auto project = ProjectStore::add(c.db.db(), input);
    REQUIRE(project.ok());
    ProjectInput others { u"别人的项目"_s, ProjectKind::Team, u"O1"_s, QDate(2025, 3, 1),
        ProjectStatus::InProgress, {}, c.hr };
    const auto other = ProjectStore::add(c.db.db(), others);
    REQUIRE(other.ok());

    auto request = c.exceptional(u"H1"_s, ExceptionalGround::TechnicalProblem);
    request.projectId = *project;
    auto refused = CertificationStore::propose(c.db.db(), request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(u"only a finished project grounds a promotion"_s));

    REQUIRE(ProjectStore::update(
        c.db.db(), *project, ProjectStatus::Finished, {}, QDate(2025, 12, 1), c.hr)
                .ok());
    refused = CertificationStore::propose(c.db.db(), request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(u"without an outcome"_s));

    request.projectId = *other;
    refused = CertificationStore::propose(c.db.db(), request);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(u"neither leads"_s));

    // A finished project may still state its outcome; then it grounds the promotion.
    REQUIRE(ProjectStore::update(c.db.db(), *project, ProjectStatus::Finished,
        u"一次合格率由92%提高到98.5%"_s, QDate(2025, 12, 20), c.hr)
                .ok());
    CHECK_FALSE(ProjectStore::update(
        c.db.db(), *project, ProjectStatus::InProgress, {}, QDate(2025, 12, 21), c.hr)
                    .ok());
    request.projectId = *project;
    request.evidence = u"公司技〔2025〕12号"_s;
    const auto id = CertificationStore::propose(c.db.db(), request);
    REQUIRE(id.ok());
    const auto record = CertificationStore::get(c.db.db(), *id);
    CHECK(record->projectId == *project);
    CHECK(record->evidence == u"公司技〔2025〕12号"_s); // written evidence stays
    CHECK(record->basis.contains(u"高强钢焊缝一次合格率攻关"_s));
    CHECK(c.db.scalar(u"SELECT count(*) FROM project_update WHERE project_id = %1"_s.arg(*project))
              .toInt()
        == 3);
}

TEST_CASE("A project shows each member's grade or title as of its start", "[recognition]")
{
    Company c;
    ProjectInput input { u"主轴精度保持技术研究"_s, ProjectKind::Team, u"H2"_s, QDate(2016, 6, 1),
        ProjectStatus::InProgress, { u"H1"_s, u"O1"_s }, c.hr };
    const auto id = ProjectStore::add(c.db.db(), input);
    REQUIRE(id.ok());
    const auto detail = ProjectStore::detail(c.db.db(), *id, c.hr);
    REQUIRE(detail.ok());
    CHECK(detail->lead.grade == Grade::Technician); // since 2015
    REQUIRE(detail->members.size() == 2);
    CHECK_FALSE(detail->members[0].grade.has_value()); // H1: 高级工 only from 2018
    CHECK_FALSE(detail->members[1].grade.has_value());
    REQUIRE(detail->updates.size() == 1);
    CHECK(detail->updates[0].status == ProjectStatus::InProgress);

    REQUIRE(ProjectStore::withdrawMember(c.db.db(), detail->members[1].id, u"调岗"_s, c.hr).ok());
    const auto after = ProjectStore::list(c.db.db(), c.hr);
    REQUIRE(after.ok());
    CHECK(after->first().members == 1);
}

TEST_CASE("A workshop head reads their own workshops' honours and members; the rest of a studio "
          "stays without names",
    "[recognition]")
{
    Company c;
    const Officer head
        = c.db.officer(u"head-zhao"_s, Roles { Role::WorkshopHead }, { c.workshop(u"装配车间"_s) });
    c.honour(u"H1"_s, u"齐鲁技术能手"_s, HonourLevel::Provincial, QDate(2024, 10, 15));
    c.honour(u"O1"_s, u"公司岗位能手"_s, HonourLevel::Enterprise, QDate(2024, 5, 1));

    const auto honours = HonourStore::list(c.db.db(), head);
    REQUIRE(honours.ok());
    REQUIRE(honours->size() == 1);
    CHECK(honours->first().employeeNo == u"O1"_s);
    CHECK(HonourStore::ofWorker(c.db.db(), head, c.worker(u"H1"_s)).error().kind
        == Error::Kind::Refused);

    StudioInput studio { u"李娜技能大师工作室"_s, StudioKind::Master, HonourLevel::Provincial,
        u"H2"_s, u"车工"_s, QDate(2021, 3, 15), c.hr };
    const auto studioId = StudioStore::add(c.db.db(), studio);
    REQUIRE(studioId.ok());
    REQUIRE(StudioStore::addMember(c.db.db(), *studioId, u"H1"_s, QDate(2021, 4, 1), c.hr).ok());
    REQUIRE(StudioStore::addMember(c.db.db(), *studioId, u"O1"_s, QDate(2022, 4, 1), c.hr).ok());
    REQUIRE(StudioStore::addResult(c.db.db(), *studioId,
        { StudioResultKind::Apprentices, u"带徒出师"_s, 12, QDate(2024, 12, 31) }, c.hr)
                .ok());

    const auto all = StudioStore::detail(c.db.db(), *studioId, c.hr);
    REQUIRE(all.ok());
    CHECK(all->studio.members == 2);
    CHECK(all->studio.apprentices == 12);
    CHECK(all->studio.leader.name == u"李娜"_s);

    const auto seen = StudioStore::detail(c.db.db(), *studioId, head);
    REQUIRE(seen.ok());
    CHECK(seen->studio.leader.hidden);
    CHECK(seen->studio.leader.name.isEmpty());
    CHECK(seen->studio.members == 1);
    REQUIRE(seen->members.size() == 1);
    CHECK(seen->members.first().worker.employeeNo == u"O1"_s);
    CHECK(seen->results.size() == 1);
}

TEST_CASE("A studio member leaves on a day, kept with both days", "[recognition]")
{
    Company c;
    StudioInput studio { u"创新工作室"_s, StudioKind::Innovation, HonourLevel::Municipal, u"H2"_s,
        {}, QDate(2023, 6, 1), c.hr };
    const auto studioId = StudioStore::add(c.db.db(), studio);
    REQUIRE(studioId.ok());
    CHECK_FALSE(
        StudioStore::addMember(c.db.db(), *studioId, u"H1"_s, QDate(2023, 5, 31), c.hr).ok());
    const auto member
        = StudioStore::addMember(c.db.db(), *studioId, u"H1"_s, QDate(2023, 6, 1), c.hr);
    REQUIRE(member.ok());
    CHECK_FALSE(StudioStore::leave(c.db.db(), *member, QDate(2023, 5, 1), c.hr).ok());
    REQUIRE(StudioStore::leave(c.db.db(), *member, QDate(2025, 6, 30), c.hr).ok());
    const auto detail = StudioStore::detail(c.db.db(), *studioId, c.hr);
    REQUIRE(detail.ok());
    CHECK(detail->studio.members == 0);
    REQUIRE(detail->members.size() == 1);
    CHECK(detail->members.first().leftOn == QDate(2025, 6, 30));
    const auto ofWorker = StudioStore::ofWorker(c.db.db(), c.hr, c.worker(u"H1"_s));
    REQUIRE(ofWorker.ok());
    CHECK(ofWorker->size() == 1);
}

TEST_CASE("The honours command imports, lists as JSON and withdraws", "[recognition][cli][file]")
{
    using skl::test::cliOn;
    QTemporaryDir dir;
    const QString db = dir.filePath(u"公司.sqlite"_s);
    REQUIRE(
        cliOn(db, { u"init"_s, u"--company"_s, u"齐鲁机床"_s, u"--province"_s, u"山东"_s }).exitCode
        == 0);
    const auto write = [&](const QString &name, const QString &text) {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return file.fileName();
    };
    REQUIRE(cliOn(db,
                { u"import"_s, u"workers"_s,
                    write(u"roster.csv"_s,
                        u"工号,姓名,性别,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                        "H1,张伟,男,2010-01-01,济南厂,机加车间,车工,高级工,2018-01-01\n"_s) })
                .exitCode
        == 0);
    const auto bad = cliOn(db,
        { u"honours"_s, u"import"_s,
            write(u"bad.csv"_s,
                u"工号,荣誉,级别,日期,授予单位\n"
                "H1,齐鲁技术能手,省级,2024-10-15,山东省人社厅\n"
                "H1,标兵,村级,2024-10-15,村\n"_s) });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(u"line 3: level: "_s));
    const auto good = cliOn(db,
        { u"honours"_s, u"import"_s,
            write(u"good.csv"_s,
                u"工号,荣誉,级别,日期,授予单位\n"
                "H1,齐鲁技术能手,省级,2024-10-15,山东省人社厅\n"_s) });
    REQUIRE(good.exitCode == 0);
    const auto listed
        = cliOn(db, { u"honours"_s, u"list"_s, u"--employee"_s, u"H1"_s, u"--json"_s });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray honours
        = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"honours"_s).toArray();
    REQUIRE(honours.size() == 1);
    const QJsonObject h = honours.first().toObject();
    CHECK(h.value(u"employee_no"_s).toString() == u"H1"_s);
    CHECK(h.value(u"honour"_s).toString() == u"齐鲁技术能手"_s);
    CHECK(h.value(u"level"_s).toString() == u"provincial"_s);
    CHECK(h.value(u"date"_s).toString() == u"2024-10-15"_s);
    CHECK(h.value(u"body"_s).toString() == u"山东省人社厅"_s);
    const QString id = QString::number(h.value(u"id"_s).toInteger());
    CHECK(cliOn(db, { u"honours"_s, u"withdraw"_s, id }).exitCode == 2);
    CHECK(cliOn(db, { u"honours"_s, u"withdraw"_s, id, u"--reason"_s, u"录错"_s }).exitCode == 0);
    const auto after = cliOn(db, { u"honours"_s, u"list"_s, u"--json"_s });
    CHECK(QJsonDocument::fromJson(after.out.toUtf8())
              .object()
              .value(u"honours"_s)
              .toArray()
              .first()
              .toObject()
              .value(u"withdrawn"_s)
              .toBool());

    // A 破格 proposal on the command line names the honour.
    const auto proposed = cliOn(db,
        { u"certify"_s, u"propose"_s, u"--employee"_s, u"H1"_s, u"--occupation"_s, u"车工"_s,
            u"--grade"_s, u"技师"_s, u"--way"_s, u"exceptional"_s, u"--ground"_s, u"award"_s,
            u"--honour"_s, id, u"--date"_s, QDate::currentDate().toString(Qt::ISODate) });
    CHECK(proposed.exitCode == 1);
    CHECK(proposed.err.contains(u"is withdrawn"_s));
}
