#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/training.h"
#include "core/importing/datafiles.h"
#include "core/store/officerstore.h"
#include "core/store/trainingstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::cliAs;
using skl::test::rosterHeader;
using skl::test::Run;
using skl::test::TempDatabase;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ExpiryCandidate candidate(qint64 id, qint64 worker, const QString &no, const QString &course,
    const char *end, const char *expires, bool inService = true)
{
    ExpiryCandidate c;
    c.record.id = id;
    c.record.workerId = worker;
    c.record.employeeNo = no;
    c.record.workerName = no;
    c.record.course = course;
    c.record.start = day(end).addDays(-3);
    c.record.end = day(end);
    c.record.certificateNo = u"T%1"_s.arg(id);
    c.record.expires = expires ? day(expires) : QDate();
    c.inService = inService;
    return c;
}

// W1 and W2 in 机加工车间, O1 in 装配车间; L1 left on 2026-01-01.
void addWorkers(TempDatabase &db)
{
    const auto report = db.importCsv(rosterHeader()
        + u"W1,张伟,男,,,2010-07-01,,济南总厂,山东,机加工车间,电工,,,是,否\n"
          "W2,刘洋,男,,,2015-03-01,,济南总厂,山东,机加工车间,焊工,,,是,否\n"
          "O1,王芳,女,,,2012-01-01,,济南总厂,山东,装配车间,钳工,,,否,否\n"
          "L1,李强,男,,,2020-01-01,2026-01-01,济南总厂,山东,装配车间,焊工,,,是,否\n"_s);
    REQUIRE(report.problems.isEmpty());
}

TrainingInput input(const QString &no, const QString &course, const char *start, const char *end)
{
    TrainingInput in;
    in.employeeNo = no;
    in.course = course;
    in.kind = TrainingKind::Special;
    in.hoursTenths = 320;
    in.provider = u"市安全生产培训中心"_s;
    in.cost = Fen::fromFen(120000);
    in.start = day(start);
    in.end = day(end);
    in.result = u"合格"_s;
    return in;
}

} // namespace

TEST_CASE("Training kinds read by code, English alias and Chinese; hours in tenths", "[training]")
{
    CHECK(TrainingNames::parseKind(u"special"_s) == TrainingKind::Special);
    CHECK(TrainingNames::parseKind(u"Special operation"_s) == TrainingKind::Special);
    CHECK(TrainingNames::parseKind(u"特种作业"_s) == TrainingKind::Special);
    CHECK(TrainingNames::parseKind(u"post training"_s) == TrainingKind::Post);
    CHECK(TrainingNames::parseKind(u"岗位培训"_s) == TrainingKind::Post);
    CHECK(TrainingNames::parseKind(u"继续教育"_s) == TrainingKind::Continuing);
    CHECK_FALSE(TrainingNames::parseKind(u"培训"_s));
    CHECK(TrainingNames::code(TrainingKind::Apprentice) == u"apprentice"_s);

    CHECK(TrainingNames::parseHours(u"8"_s) == 80);
    CHECK(TrainingNames::parseHours(u" 7.5 "_s) == 75);
    CHECK(TrainingNames::parseHours(u"0"_s) == 0);
    CHECK_FALSE(TrainingNames::parseHours(u"7.25"_s));
    CHECK_FALSE(TrainingNames::parseHours(u"-1"_s));
    CHECK_FALSE(TrainingNames::parseHours(u"abc"_s));
    CHECK(TrainingNames::whyNotHours(u"abc"_s).contains(u"not a number"_s));
    CHECK(TrainingNames::hoursText(75) == u"7.5"_s);
    CHECK(TrainingNames::hoursText(320) == u"32"_s);
}

TEST_CASE("The expiring list: the latest record of a course counts, leavers are left out, the "
          "expired come first",
    "[training]")
{
    const QDate asOf = day("2026-06-01");
    const QList<ExpiryCandidate> records {
        // W1's electrician licence expired 2026-05-20 and was renewed on 2026-05-25 until 2032:
        // the renewal is the latest record, so the earlier expiry no longer counts.
        candidate(1, 1, u"W1"_s, u"电工作业证"_s, "2020-05-25", "2026-05-20"),
        candidate(2, 1, u"W1"_s, u"电工作业证"_s, "2026-05-25", "2032-05-24"),
        // W2's welder licence expires 2026-07-10, 39 days on: inside 60 days.
        candidate(3, 2, u"W2"_s, u"焊工作业证"_s, "2020-07-11", "2026-07-10"),
        // W3's expired on 2026-04-30, never renewed: listed first.
        candidate(4, 3, u"W3"_s, u"电工作业证"_s, "2020-05-01", "2026-04-30"),
        // W4's expires 2026-07-31 = asOf + 60 exactly: listed; W5's 2026-08-01, one day past: not.
        candidate(5, 4, u"W4"_s, u"焊工作业证"_s, "2020-08-01", "2026-07-31"),
        candidate(6, 5, u"W5"_s, u"焊工作业证"_s, "2020-08-02", "2026-08-01"),
        // L1 has left: not listed although expiring.
        candidate(7, 6, u"L1"_s, u"焊工作业证"_s, "2020-07-01", "2026-06-30", false),
        // A renewal that ends after the list's date does not count yet: W6's old one is listed.
        candidate(8, 7, u"W6"_s, u"电工作业证"_s, "2020-06-20", "2026-06-19"),
        candidate(9, 7, u"W6"_s, u"电工作业证"_s, "2026-06-10", "2032-06-09"),
        // A course without an expiry: nothing to list.
        candidate(10, 1, u"W1"_s, u"安全培训"_s, "2026-03-01", nullptr),
    };
    const auto listed = expiringCertificates(records, asOf, 60);
    REQUIRE(listed.size() == 4);
    CHECK(listed[0].employeeNo == u"W3"_s);
    CHECK(listed[0].expired);
    CHECK(listed[1].employeeNo == u"W6"_s);
    CHECK(listed[1].expires == day("2026-06-19"));
    CHECK_FALSE(listed[1].expired);
    CHECK(listed[2].employeeNo == u"W2"_s);
    CHECK(listed[3].employeeNo == u"W4"_s);

    // Of two records of a course ending the same day, the one entered later counts.
    const QList<ExpiryCandidate> sameDay {
        candidate(20, 1, u"W1"_s, u"电工作业证"_s, "2026-05-01", "2026-06-15"),
        candidate(21, 1, u"W1"_s, u"电工作业证"_s, "2026-05-01", "2032-04-30"),
    };
    CHECK(expiringCertificates(sameDay, asOf, 60).isEmpty());
}

TEST_CASE("A correction keeps the former values with its reason; the workshop head reads their "
          "workshops only",
    "[training][store]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(u"hr"_s, Roles { Role::Hr });
    const auto machining = OfficerStore::workshopNamed(db.db(), u"机加工车间"_s);
    REQUIRE(machining.ok());
    const Officer head = db.officer(u"head"_s, Roles { Role::WorkshopHead }, { *machining });
    const Officer auditor = db.officer(u"auditor"_s, Roles { Role::Auditor });

    const QDate today = QDate::currentDate();
    const QString start = today.addDays(-30).toString(Qt::ISODate);
    const QString end = today.addDays(-26).toString(Qt::ISODate);
    TrainingInput w1 = input(u"W1"_s, u"低压电工作业"_s, "2026-01-01", "2026-01-05");
    w1.start = today.addDays(-30);
    w1.end = today.addDays(-26);
    w1.certificateNo = u"T370101"_s;
    w1.expires = today.addDays(20);
    const auto added = TrainingStore::add(db.db(), w1, hr);
    REQUIRE(added.ok());
    TrainingInput o1 = input(u"O1"_s, u"钳工技能研修"_s, "2026-01-01", "2026-01-05");
    o1.start = today.addDays(-10);
    o1.end = today.addDays(-9);
    o1.kind = TrainingKind::Study;
    o1.cost = Fen::fromFen(80000);
    REQUIRE(TrainingStore::add(db.db(), o1, hr).ok());

    // Neither the head nor the auditor may write.
    CHECK(TrainingStore::add(db.db(), o1, head).error().kind == Error::Kind::Refused);
    CHECK(TrainingStore::add(db.db(), o1, auditor).error().kind == Error::Kind::Refused);

    // A correction needs its reason, and keeps what the record said.
    TrainingInput corrected = w1;
    corrected.hoursTenths = 400;
    corrected.cost = Fen::fromFen(150000);
    CHECK_FALSE(TrainingStore::correct(db.db(), *added, corrected, u" "_s, hr).ok());
    CHECK(
        TrainingStore::correct(db.db(), *added, corrected, u"发票金额为1500元"_s, head).error().kind
        == Error::Kind::Refused);
    const qint64 eventsBefore = db.scalar(u"SELECT count(*) FROM audit_event"_s).toLongLong();
    REQUIRE(TrainingStore::correct(db.db(), *added, corrected, u"发票金额为1500元"_s, hr).ok());
    CHECK(db.scalar(u"SELECT count(*) FROM audit_event"_s).toLongLong() == eventsBefore + 1);
    CHECK(db.scalar(u"SELECT count(*) FROM training_record"_s).toInt() == 2);

    const auto archive = TrainingStore::ofWorker(db.db(), u"W1"_s, hr);
    REQUIRE(archive.ok());
    REQUIRE(archive->records.size() == 1);
    CHECK(archive->records[0].hoursTenths == 400);
    CHECK(archive->records[0].cost == Fen::fromFen(150000));
    const auto history = archive->corrections.value(*added);
    REQUIRE(history.size() == 1);
    CHECK(history[0].former.hoursTenths == 320);
    CHECK(history[0].former.cost == Fen::fromFen(120000));
    CHECK(history[0].former.certificateNo == u"T370101"_s);
    CHECK(history[0].reason == u"发票金额为1500元"_s);

    // The head of 机加工车间 reads W1, not O1 of 装配车间; the auditor reads both.
    const auto headList = TrainingStore::list(db.db(), {}, head);
    REQUIRE(headList.ok());
    REQUIRE(headList->size() == 1);
    CHECK(headList->at(0).employeeNo == u"W1"_s);
    CHECK(TrainingStore::ofWorker(db.db(), u"O1"_s, head).error().kind == Error::Kind::Refused);
    const auto all = TrainingStore::list(db.db(), {}, auditor);
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    TrainingFilter studies;
    studies.kind = TrainingKind::Study;
    studies.year = today.addDays(-10).year();
    CHECK(TrainingStore::list(db.db(), studies, auditor)->size() == 1);
    TrainingFilter course;
    course.course = u"电工"_s;
    CHECK(TrainingStore::list(db.db(), course, auditor)->size() == 1);

    const auto headExpiring = TrainingStore::expiring(db.db(), today, 60, head);
    REQUIRE(headExpiring.ok());
    REQUIRE(headExpiring->size() == 1);
    CHECK(headExpiring->at(0).certificateNo == u"T370101"_s);
    CHECK(headExpiring->at(0).expires == today.addDays(20));
    CHECK(TrainingStore::expiring(db.db(), today, 19, head)->isEmpty());
    Q_UNUSED(start);
    Q_UNUSED(end);
}

TEST_CASE("The stored expiring list: a renewal or a later record of the course replaces an "
          "expired certificate, a leaver is not listed",
    "[training][store]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(u"hr"_s, Roles { Role::Hr });
    const QDate today = QDate::currentDate();
    const auto record = [&](const QString &no, const QString &course, int endDaysAgo,
                            std::optional<int> expiresInDays) {
        TrainingInput in = input(no, course, "2026-01-01", "2026-01-05");
        in.start = today.addDays(-endDaysAgo - 3);
        in.end = today.addDays(-endDaysAgo);
        if (expiresInDays) {
            in.certificateNo = u"T-%1-%2"_s.arg(no).arg(endDaysAgo);
            in.expires = today.addDays(*expiresInDays);
        }
        REQUIRE(TrainingStore::add(db.db(), in, hr).ok());
    };
    // W1: a licence expired last month, renewed since for six years: not listed.
    record(u"W1"_s, u"低压电工作业"_s, 2200, -30);
    record(u"W1"_s, u"低压电工作业"_s, 40, 6 * 365);
    // W2: an expired licence, then the same course again without a certificate: not listed; its
    // other licence expires within the horizon: listed.
    record(u"W2"_s, u"熔化焊接与热切割作业"_s, 2200, -10);
    record(u"W2"_s, u"熔化焊接与热切割作业"_s, 20, std::nullopt);
    record(u"W2"_s, u"高处作业"_s, 300, 45);
    // O1: a licence far from expiring: not listed.
    record(u"O1"_s, u"叉车司机"_s, 100, 900);
    // L1 left on 2026-01-01: an expired licence is not listed.
    record(u"L1"_s, u"焊工作业"_s, 2000, -5);

    const auto listed = TrainingStore::expiring(db.db(), today, 60, hr);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->at(0).employeeNo == u"W2"_s);
    CHECK(listed->at(0).course == u"高处作业"_s);
    CHECK(listed->at(0).expires == today.addDays(45));
    CHECK_FALSE(listed->at(0).expired);
    // As of the day before the renewal ended, W1's old licence was the one in force.
    const auto earlier = TrainingStore::expiring(db.db(), today.addDays(-41), 60, hr);
    REQUIRE(earlier.ok());
    bool w1Listed = false;
    for (const ExpiringCertificate &c : *earlier)
        w1Listed = w1Listed || (c.employeeNo == u"W1"_s && c.expires == today.addDays(-30));
    CHECK(w1Listed);
}

TEST_CASE("A bad training file is refused whole, every bad line named; a good one is stored",
    "[training][import]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(u"hr"_s, Roles { Role::Hr });
    const QString bad = db.writeFile(u"bad.csv"_s,
        u"工号,课程,类别,学时,培训机构,费用,开始日期,结束日期,结果,证书编号,有效期至\n"
        "W1,低压电工作业,特种作业,32,市安培中心,1200,2025-03-03,2025-03-07,合格,T1,2031-03-06\n"
        "X9,焊工作业,特种作业,32,市安培中心,1500,2025-03-03,2025-03-07,合格,,\n"
        "W2,焊工作业,特种作业,32,市安培中心,1500,2025-03-07,2025-03-03,合格,,\n"
        "W2,岗位练兵,岗位培训,abc,车间,-5,2025-04-01,2025-04-01,结业,,\n"
        "O1,钳工研修,技能研修,16,技师学院,800,2025-02-30,2025-03-01,合格,,\n"
        "O1,安全复训,安全培训,8,公司,0,2025-05-01,2025-05-01,合格,,2026-05-01\n"
        "O1,安全复训,安全培训,8,公司,0,2025-05-01,2025-05-01,合格,S1,2025-04-01\n"_s.toUtf8());
    const auto refused = importDataFile(db.db(), DataFile::Training, bad, hr);
    REQUIRE(refused.ok());
    QStringList lines;
    for (const RowProblem &p : refused->problems)
        lines += p.toString();
    INFO(lines.join(u'\n').toStdString());
    CHECK(refused->written == 0);
    CHECK(lines.size() == 7);
    CHECK(lines.filter(u"line 3: employee_no:"_s).size() == 1);
    CHECK(lines.filter(u"line 4: end:"_s).size() == 1);
    CHECK(lines.filter(u"line 5: hours:"_s).first().contains(u"not a number"_s));
    CHECK(lines.filter(u"line 5: cost:"_s).first().contains(u"negative"_s));
    CHECK(lines.filter(u"line 6: start:"_s).size() == 1);
    CHECK(lines.filter(u"line 7: expires:"_s).first().contains(u"certificate number"_s));
    CHECK(lines.filter(u"line 8: expires:"_s).size() == 1);
    CHECK(db.scalar(u"SELECT count(*) FROM training_record"_s).toInt() == 0);

    const QString good = db.writeFile(u"good.csv"_s,
        u"employee_no,course,kind,hours,provider,cost,start,end,result,certificate_no,expires\n"
        "W1,低压电工作业,special operation,32,市安培中心,1200.50,2025-03-03,2025-03-07,合格,"
        "T1,2031-03-06\n"
        "O1,钳工研修,study,7.5,技师学院,800,2025-02-03,2025-02-03,结业,,\n"_s.toUtf8());
    const auto stored = importDataFile(db.db(), DataFile::Training, good, hr);
    REQUIRE(stored.ok());
    CHECK(stored->problems.isEmpty());
    CHECK(stored->written == 2);
    CHECK(db.scalar(u"SELECT sum(cost_fen) FROM training_record"_s).toLongLong() == 200050);
    CHECK(db.scalar(u"SELECT sum(hours_tenths) FROM training_record"_s).toLongLong() == 395);
    CHECK(db.scalar(u"SELECT expires FROM training_record WHERE certificate_no = 'T1'"_s).toString()
        == u"2031-03-06"_s);

    // An auditor may not import, and learns nothing of the file.
    const Officer auditor = db.officer(u"auditor"_s, Roles { Role::Auditor });
    CHECK(importDataFile(db.db(), DataFile::Training, good, auditor).error().kind
        == Error::Kind::Refused);
}

TEST_CASE("training expiring --json lists employee_no, name, course, certificate_no, expires",
    "[training][cli]")
{
    TempDatabase db;
    addWorkers(db);
    db.officer(u"hr"_s, Roles { Role::Hr });
    const QDate today = QDate::currentDate();
    auto iso = [&](int days) { return today.addDays(days).toString(Qt::ISODate); };
    // W1: an expired licence renewed (drops off); W2: expiring in 10 days; L1 a leaver.
    const QString file = db.writeFile(u"training.csv"_s,
        (u"employee_no,course,kind,hours,provider,cost,start,end,result,certificate_no,expires\n"_s
            + u"W1,电工作业证,special,32,安培中心,1200,%1,%2,合格,E-OLD,%3\n"_s.arg(
                iso(-2200), iso(-2195), iso(-5))
            + u"W1,电工作业证,special,16,安培中心,600,%1,%2,合格,E-NEW,%3\n"_s.arg(
                iso(-20), iso(-18), iso(2000))
            + u"W2,焊工作业证,special,32,安培中心,1500,%1,%2,合格,H-2,%3\n"_s.arg(
                iso(-2180), iso(-2175), iso(10))
            + u"L1,焊工作业证,special,32,安培中心,1500,%1,%2,合格,H-L,%3\n"_s.arg(
                iso(-2180), iso(-2175), iso(8)))
            .toUtf8());
    const Run imported = cliAs(db.path(), u"hr"_s, { u"training"_s, u"import"_s, file });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const Run listed = cliAs(db.path(), u"hr"_s,
        { u"training"_s, u"expiring"_s, u"--as-of"_s, iso(0), u"--within"_s, u"60"_s,
            u"--json"_s });
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(all.size() == 1);
    const QJsonObject w2 = all[0].toObject();
    CHECK(w2.keys()
        == QStringList {
            u"certificate_no"_s, u"course"_s, u"employee_no"_s, u"expires"_s, u"name"_s });
    CHECK(w2[u"employee_no"_s].toString() == u"W2"_s);
    CHECK(w2[u"name"_s].toString() == u"刘洋"_s);
    CHECK(w2[u"course"_s].toString() == u"焊工作业证"_s);
    CHECK(w2[u"certificate_no"_s].toString() == u"H-2"_s);
    CHECK(w2[u"expires"_s].toString() == iso(10));

    // As of 30 days ago W1's renewal had not ended: the old licence was the latest; L1 had left.
    const Run earlier = cliAs(db.path(), u"hr"_s,
        { u"training"_s, u"expiring"_s, u"--as-of"_s, iso(-30), u"--within"_s, u"60"_s,
            u"--json"_s });
    REQUIRE(earlier.exitCode == 0);
    const QJsonArray then = QJsonDocument::fromJson(earlier.out.toUtf8()).array();
    REQUIRE(then.size() == 2);
    CHECK(then[0].toObject()[u"certificate_no"_s].toString() == u"E-OLD"_s);

    const Run records = cliAs(
        db.path(), u"hr"_s, { u"training"_s, u"list"_s, u"--employee"_s, u"W1"_s, u"--json"_s });
    REQUIRE(records.exitCode == 0);
    CHECK(QJsonDocument::fromJson(records.out.toUtf8()).array().size() == 2);

    CHECK(
        cliAs(db.path(), u"hr"_s, { u"training"_s, u"expiring"_s, u"--within"_s, u"60"_s }).exitCode
        == 2);
    CHECK(
        cliAs(db.path(), u"hr"_s, { u"training"_s, u"list"_s, u"--employee"_s, u"NOPE"_s }).exitCode
        == 1);
}
