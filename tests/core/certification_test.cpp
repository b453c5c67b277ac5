#include <algorithm>
#include <array>
#include <atomic>
#include <barrier>
#include <functional>
#include <thread>

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

#include "core/domain/certificatecode.h"
#include "core/domain/certificatenumber.h"
#include "core/domain/certificationrules.h"
#include "core/reports/duelist.h"
#include "core/reports/workforcetargets.h"
#include "core/store/certificatestore.h"
#include "core/store/certificationstore.h"
#include "core/store/competitionstore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// Four workers in 济南厂 (山东, 37) / 机加车间, occupation 车工: an intermediate since 2020-03-01,
// an apprentice since 2024-01-10, a frontline worker without a grade, a senior since 2016-05-20.
struct Company
{
    TempDatabase db;
    // 人事专员 李 proposes; 王 and 赵 approve (issue 13: four eyes between officers).
    Officer hr = db.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    Officer chief = db.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    Officer deputy = db.officer(QStringLiteral("deputy"), Roles { Role::Approver });

    Company()
    {
        db.importCsv(QStringLiteral(
            "工号,姓名,性别,身份证号,入职日期,单位,省份,车间,职业(工种),技能等级,等级取得日期,"
            "一线\n"
            "A1,张伟,男,%1,2015-01-01,济南厂,山东,机加车间,车工,中级工,2020-03-01,是\n"
            "A2,李娜,女,,2023-07-01,济南厂,山东,机加车间,车工,学徒工,2024-01-10,是\n"
            "A3,王强,男,,2021-02-01,济南厂,山东,机加车间,车工,,,是\n"
            "A4,赵敏,女,,2010-01-01,济南厂,山东,机加车间,车工,高级工,2016-05-20,否\n")
                         .arg(test::validId(QStringLiteral("37010219800101123"))));
    }

    ProposalRequest request(const QString &employee, Grade grade, CertificationWay way, QDate date)
    {
        ProposalRequest r;
        r.employeeNo = employee;
        r.occupation = QStringLiteral("车工");
        r.grade = grade;
        r.way = way;
        r.date = date;
        r.by = hr;
        return r;
    }

    qint64 propose(const ProposalRequest &r)
    {
        auto id = CertificationStore::propose(db.db(), r);
        INFO((id ? QString() : id.error().userMessage).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    QString refusal(const ProposalRequest &r)
    {
        auto id = CertificationStore::propose(db.db(), r);
        REQUIRE_FALSE(id.ok());
        return id.error().userMessage;
    }

    void approve(qint64 id)
    {
        auto done = CertificationStore::approve(db.db(), id, chief);
        INFO((done ? QString() : done.error().userMessage).toStdString());
        REQUIRE(done.ok());
    }

    qint64 highSkilledOn(QDate day)
    {
        auto report = WorkforceTargets::compute(db.db(), db.admin(), day);
        REQUIRE(report.ok());
        return report->company.highSkilled;
    }

    // The tests' policy holds from days before today: an admin sets it, with a reason.
    void setPolicy(const QString &key, const QString &value, QDate from)
    {
        auto done = PolicyStore::set(db.db(), { { key, value, from } }, db.admin(),
            QStringLiteral("The rule the test's case rests on"));
        INFO((done ? QString() : done.error().userMessage).toStdString());
        REQUIRE(done.ok());
    }
};

} // namespace

TEST_CASE("Regular promotion: one rung, after the minimum years to the day", "[certification]")
{
    Company c;
    // 中级工 → 高级工 takes 5 years: held since 2020-03-01, eligible on 2025-03-01.
    const QString shortByADay = c.refusal(c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 2, 28)));
    CHECK(shortByADay.contains(QStringLiteral("2025-03-01")));
    CHECK(c.refusal(c.request(QStringLiteral("A1"), Grade::Technician, CertificationWay::Regular,
                        QDate(2025, 3, 1)))
              .contains(QStringLiteral("one rung")));
    CHECK(c.propose(c.request(
              QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1)))
        > 0);
    // A regular promotion needs a grade held: A3 has none.
    CHECK(c.refusal(c.request(QStringLiteral("A3"), Grade::Junior, CertificationWay::Regular,
                        QDate(2025, 3, 1)))
              .contains(QStringLiteral("direct")));
}

TEST_CASE("The anniversary of 29 February is 28 February", "[certification]")
{
    CHECK(CertificationRules::eligibleFrom(QDate(2020, 2, 29), 1) == QDate(2021, 2, 28));
    CHECK(CertificationRules::latestEligibleSince(QDate(2021, 2, 28), 1) == QDate(2020, 2, 29));
    CHECK(CertificationRules::latestEligibleSince(QDate(2021, 2, 27), 1) == QDate(2020, 2, 27));
    CHECK(CertificationRules::latestEligibleSince(QDate(2025, 3, 1), 5) == QDate(2020, 3, 1));
}

TEST_CASE(
    "Direct certification needs no grade and stops at the policy's maximum", "[certification]")
{
    {
        Company c;
        CHECK(c.propose(c.request(QStringLiteral("A3"), Grade::Intermediate,
                  CertificationWay::Direct, QDate(2025, 1, 2)))
            > 0);
    }
    // Another company, after the first is gone: on a server both would name the same officers,
    // and logins are the cluster's.
    Company d;
    CHECK(d.refusal(d.request(QStringLiteral("A3"), Grade::Senior, CertificationWay::Direct,
                        QDate(2025, 1, 2)))
              .contains(QStringLiteral("outstanding-frontline")));
}

TEST_CASE("Outstanding frontline workers: 高级工 or above, frontline, justified", "[certification]")
{
    Company c;
    auto high = c.request(
        QStringLiteral("A3"), Grade::Technician, CertificationWay::DirectHigh, QDate(2025, 1, 2));
    CHECK(c.refusal(high).contains(QStringLiteral("justification")));
    high.evidence = QStringLiteral("厂发〔2025〕3号 一线技术骨干认定");
    CHECK(c.propose(high) > 0);
    // A4 is not frontline.
    auto notFrontline = c.request(
        QStringLiteral("A4"), Grade::Technician, CertificationWay::DirectHigh, QDate(2025, 1, 2));
    notFrontline.evidence = QStringLiteral("x");
    CHECK(c.refusal(notFrontline).contains(QStringLiteral("frontline")));
    auto tooLow = c.request(
        QStringLiteral("A2"), Grade::Junior, CertificationWay::DirectHigh, QDate(2025, 1, 2));
    tooLow.evidence = QStringLiteral("x");
    CHECK(c.refusal(tooLow).contains(QStringLiteral("or above")));
}

TEST_CASE("Exceptional promotion names its ground and evidence, within the policy's rungs",
    "[certification]")
{
    Company c;
    auto r = c.request(
        QStringLiteral("A1"), Grade::Technician, CertificationWay::Exceptional, QDate(2022, 6, 1));
    CHECK(c.refusal(r).contains(QStringLiteral("ground")));
    r.ground = ExceptionalGround::TechnicalProblem;
    CHECK(c.refusal(r).contains(QStringLiteral("evidence")));
    r.evidence = QStringLiteral("QC-2022-017 主轴振动攻关报告");
    r.grade = Grade::SeniorTechnician; // three rungs, the default allows two
    CHECK(c.refusal(r).contains(QStringLiteral("at most 2")));
    r.grade = Grade::Technician; // two rungs, two years before the regular time
    CHECK(c.propose(r) > 0);
}

TEST_CASE("特级技师 only in an occupation that has 高级技师", "[certification]")
{
    Company c;
    QSqlQuery(c.db.db()).exec(QStringLiteral("UPDATE occupation SET highest_grade = 4"));
    auto r = c.request(QStringLiteral("A4"), Grade::SpecialTechnician,
        CertificationWay::Exceptional, QDate(2025, 1, 2));
    r.ground = ExceptionalGround::Award;
    r.evidence = QStringLiteral("省科技进步二等奖");
    r.grade = Grade::SpecialTechnician;
    CHECK(c.refusal(r).contains(QStringLiteral("exists only in occupations that have")));
    r.grade = Grade::SeniorTechnician;
    CHECK(c.refusal(r).contains(QStringLiteral("ends at")));
}

TEST_CASE(
    "Four eyes: the proposer cannot decide; the policy may name the approvers", "[certification]")
{
    Company c;
    const qint64 id = c.propose(c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1)));
    // An officer who proposes and also holds the approver role still cannot decide their own.
    const Officer both
        = c.db.officer(QStringLiteral("hr-wang"), Roles { Role::Hr, Role::Approver });
    auto mine = c.request(
        QStringLiteral("A4"), Grade::Technician, CertificationWay::Regular, QDate(2025, 3, 1));
    mine.by = both;
    const qint64 own = c.propose(mine);
    auto self = CertificationStore::approve(c.db.db(), own, both);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().isRefusal());
    CHECK(self.error().userMessage.contains(QStringLiteral("four eyes")));
    CHECK_FALSE(CertificationStore::reject(c.db.db(), own, both, QStringLiteral("x")).ok());
    // The proposer without the role is refused for the role, before anything else.
    auto noRole = CertificationStore::approve(c.db.db(), id, c.hr);
    REQUIRE_FALSE(noRole.ok());
    CHECK(noRole.error().isRefusal());
    CHECK(noRole.error().userMessage.contains(Roles::title(Role::Approver)));

    c.setPolicy(QStringLiteral("certify.approvers"), QStringLiteral("chief-wang，deputy-zhao"),
        QDate(2025, 1, 1));
    auto stranger = CertificationStore::approve(c.db.db(), id, c.deputy);
    REQUIRE_FALSE(stranger.ok());
    CHECK(stranger.error().userMessage.contains(QStringLiteral("chief-wang")));
    c.approve(id);
    CHECK(CertificationStore::get(c.db.db(), id)->status == CertificationStatus::Approved);
}

TEST_CASE("Only approved certifications count; a revoked one never held", "[certification]")
{
    Company c;
    const QDate day(2025, 3, 1);
    CHECK(c.highSkilledOn(day) == 1);
    const qint64 id
        = c.propose(c.request(QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, day));
    CHECK(c.highSkilledOn(day) == 1);
    c.approve(id);
    CHECK(c.highSkilledOn(day) == 2);
    CHECK(c.highSkilledOn(day.addDays(-1)) == 1);

    CHECK_FALSE(CertificationStore::revoke(c.db.db(), id, c.chief, {}).ok());
    REQUIRE(
        CertificationStore::revoke(c.db.db(), id, c.chief, QStringLiteral("认定材料有误")).ok());
    CHECK(c.highSkilledOn(day) == 1);
    CHECK(c.highSkilledOn(QDate(2026, 1, 1)) == 1);
    auto printable = CertificateStore::forCertification(c.db.db(), id);
    REQUIRE_FALSE(printable.ok());
    CHECK(printable.error().userMessage.contains(QStringLiteral("revoked")));
    // History is kept: the award is still there, marked revoked.
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM grade_award WHERE certification_id = %1 "
                                     "AND revoked_date IS NOT NULL")
                          .arg(id))
              .toInt()
        == 1);
}

TEST_CASE("Certificate numbers follow the national coding rule and never repeat",
    "[certification][certificate]")
{
    Company c;
    c.setPolicy(QStringLiteral("certificate.body_code"), QStringLiteral("0001"), QDate(2020, 1, 1));
    c.setPolicy(
        QStringLiteral("certificate.site_serial"), QStringLiteral("000123"), QDate(2020, 1, 1));
    const qint64 first = c.propose(c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1)));
    CHECK(CertificationStore::get(c.db.db(), first)->certificateNumber.isEmpty());
    c.approve(first);
    auto direct = c.request(
        QStringLiteral("A3"), Grade::Senior, CertificationWay::DirectHigh, QDate(2025, 6, 1));
    direct.evidence = QStringLiteral("justified");
    const qint64 second = c.propose(direct);
    c.approve(second);
    const QString a = CertificationStore::get(c.db.db(), first)->certificateNumber;
    const QString b = CertificationStore::get(c.db.db(), second)->certificateNumber;
    // Y 0001 37 000123 25 3 000001: category, body, 山东, site serial, 2025, 高级工, serial.
    CHECK(a == QStringLiteral("Y000137000123253000001"));
    CHECK(b == QStringLiteral("Y000137000123253000002"));
    CHECK(a.size() == 22);
    CHECK_FALSE(CertificateNumbers::layoutProblem(a));

    // 特级技师: two letters and a five-digit serial, still 22 characters.
    auto special = c.request(QStringLiteral("A4"), Grade::SeniorTechnician,
        CertificationWay::Exceptional, QDate(2025, 7, 1));
    special.ground = ExceptionalGround::Award;
    special.evidence = QStringLiteral("省部级创新奖");
    c.approve(c.propose(special));
    special.grade = Grade::SpecialTechnician;
    special.date = QDate(2025, 8, 1);
    const qint64 top = c.propose(special);
    c.approve(top);
    const QString v = CertificationStore::get(c.db.db(), top)->certificateNumber;
    CHECK(v
        == QStringLiteral("YT000137000123256"
                          "00001"));
    CHECK(v.size() == 22);
}

TEST_CASE("A certificate number brought from outside is checked and must be unique",
    "[certification][certificate]")
{
    Company c;
    auto r = c.request(
        QStringLiteral("A3"), Grade::Intermediate, CertificationWay::Direct, QDate(2025, 1, 2));
    r.certificateNumber = QStringLiteral("S12343700000125400001");
    CHECK(c.refusal(r).contains(QStringLiteral("22 characters")));
    r.certificateNumber = QStringLiteral("S123437000001254000001");
    c.approve(c.propose(r));
    CHECK(CertificationStore::list(c.db.db(), c.hr, {})->first().certificateNumber
        == QStringLiteral("S123437000001254000001"));
    auto again = c.request(
        QStringLiteral("A2"), Grade::Junior, CertificationWay::Direct, QDate(2025, 1, 2));
    again.certificateNumber = QStringLiteral("S123437000001254000001");
    CHECK(c.refusal(again).contains(QStringLiteral("already in use")));
}

TEST_CASE("A round is approved whole or not at all", "[certification]")
{
    Company c;
    const auto round = CertificationStore::createRound(
        c.db.db(), QStringLiteral("2025年第一批技能等级认定"), c.hr);
    REQUIRE(round.ok());
    auto first = c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1));
    first.roundId = *round;
    auto second = c.request(
        QStringLiteral("A3"), Grade::Junior, CertificationWay::Direct, QDate(2025, 3, 1));
    second.roundId = *round;
    // 王 proposes one too (an officer with both roles), and so cannot approve the round.
    const Officer wang
        = c.db.officer(QStringLiteral("hr-wang"), Roles { Role::Hr, Role::Approver });
    second.by = wang;
    c.propose(first);
    c.propose(second);
    auto refused = CertificationStore::approveRound(c.db.db(), *round, wang);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("Nothing was approved")));
    CHECK(
        c.db.scalar(QStringLiteral("SELECT count(*) FROM certification WHERE status = 'approved'"))
            .toInt()
        == 0);
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM certificate")).toInt() == 0);
    auto approved = CertificationStore::approveRound(c.db.db(), *round, c.deputy);
    REQUIRE(approved.ok());
    CHECK(*approved == 2);
}

TEST_CASE("The policy in force on the certification date applies", "[certification][policy]")
{
    Company c;
    // From 2025-01-01 中级工 → 高级工 takes 4 years instead of 5.
    c.setPolicy(QStringLiteral("certify.min_years.2"), QStringLiteral("4"), QDate(2025, 1, 1));
    CHECK(c.refusal(c.request(QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular,
                        QDate(2024, 12, 31)))
              .contains(QStringLiteral("needs 5 year")));
    CHECK(c.propose(c.request(
              QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 1, 1)))
        > 0);
    auto bad = PolicyStore::set(c.db.db(),
        { { QStringLiteral("certify.min_years.2"), QStringLiteral("five"), QDate(2025, 1, 1) } },
        c.db.admin(), QStringLiteral("correction"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().userMessage.contains(QStringLiteral("years")));
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'policy'"))
              .toInt()
        == 1);
}

TEST_CASE("A rewarded competition result is proposed with the result as evidence",
    "[certification][competition]")
{
    Company c;
    CompetitionInput input;
    input.name = QStringLiteral("全国机械行业职业技能竞赛");
    input.level = CompetitionLevel::National;
    input.organiser = QStringLiteral("中国机械工业联合会");
    input.heldOn = QDate(2025, 10, 20);
    input.occupation = QStringLiteral("车工");
    input.by = c.hr;
    const auto competition = CompetitionStore::add(c.db.db(), input);
    REQUIRE(competition.ok());
    auto offer
        = CompetitionStore::offer(c.db.db(), *competition, QStringLiteral("A1"), Placing::Silver);
    REQUIRE(offer.ok());
    REQUIRE(offer->has_value());
    CHECK((*offer)->to == Grade::Senior);
    const auto recorded = CompetitionStore::addResult(
        c.db.db(), *competition, QStringLiteral("A1"), Placing::Silver, 2, true, c.hr);
    REQUIRE(recorded.ok());
    REQUIRE(recorded->certificationId != 0);
    const auto proposal = CertificationStore::get(c.db.db(), recorded->certificationId);
    CHECK(proposal->way == CertificationWay::Competition);
    CHECK(proposal->grade == Grade::Senior);
    CHECK(proposal->evidence.contains(QStringLiteral("全国机械行业职业技能竞赛")));
    CHECK(proposal->roundId != 0);
    // A municipal ranking earns nothing by default: no offer, no proposal.
    CHECK_FALSE(
        CompetitionStore::offer(c.db.db(), *competition, QStringLiteral("A2"), Placing::Rank)
            ->has_value());
    const auto plain = CompetitionStore::addResult(
        c.db.db(), *competition, QStringLiteral("A2"), Placing::Rank, 7, true, c.hr);
    REQUIRE(plain.ok());
    CHECK(plain->certificationId == 0);
    // The competition way needs a rewarded result.
    CHECK(c.refusal(c.request(QStringLiteral("A4"), Grade::Technician,
                        CertificationWay::Competition, QDate(2025, 10, 20)))
              .contains(QStringLiteral("competition result")));
}

TEST_CASE("Verification: the QR string verifies, a changed one does not, a revoked one says so",
    "[certification][certificate]")
{
    Company c;
    const qint64 id = c.propose(c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1)));
    c.approve(id);
    const auto data = CertificateStore::forCertification(c.db.db(), id);
    REQUIRE(data.ok());
    CHECK(data->idNumber.size() == 18);
    CHECK(data->gender == QStringLiteral("男"));
    CHECK_FALSE(data->isIssued());
    auto verdict = CertificateStore::verify(c.db.db(), data->verification);
    REQUIRE(verdict.ok());
    CHECK(verdict->verdict == VerificationOutcome::Verdict::Valid);

    QString tampered = data->verification;
    tampered[10] = tampered[10] == u'1' ? u'2' : u'1'; // another certificate number
    CHECK(CertificateStore::verify(c.db.db(), tampered)->verdict
        != VerificationOutcome::Verdict::Valid);
    QString forged = data->verification; // a changed signature
    const qsizetype inSignature = forged.size() - 10;
    forged[inSignature] = forged[inSignature] == u'A' ? u'B' : u'A';
    CHECK(CertificateStore::verify(c.db.db(), forged)->verdict
        == VerificationOutcome::Verdict::Tampered);
    CHECK(CertificateStore::verify(c.db.db(), QStringLiteral("hello"))->verdict
        == VerificationOutcome::Verdict::Malformed);

    // A later correction of the roster does not change the certificate as issued.
    QSqlQuery(c.db.db()).exec(
        QStringLiteral("UPDATE worker SET name = '张卫' WHERE employee_no = 'A1'"));
    CHECK(CertificateStore::verify(c.db.db(), data->verification)->verdict
        == VerificationOutcome::Verdict::Valid);
    CHECK(CertificateStore::forCertification(c.db.db(), id)->workerName == QStringLiteral("张伟"));

    // Printed, it is issued; printing it again is no 补发 (issue 15).
    REQUIRE(CertificateStore::recordPrinted(c.db.db(), { *data }, c.hr).ok());
    CHECK(CertificateStore::forCertification(c.db.db(), id)->isIssued());
    CHECK_FALSE(CertificateStore::forCertification(c.db.db(), id)->reissued);

    REQUIRE(CertificationStore::revoke(c.db.db(), id, c.chief, QStringLiteral("误认定")).ok());
    CHECK(CertificateStore::verify(c.db.db(), data->verification)->verdict
        == VerificationOutcome::Verdict::Revoked);
}

TEST_CASE("A certificate's code is signed with the company's key: its public key alone checks "
          "it, and one changed field fails",
    "[certification][certificate]")
{
    Company c;
    const qint64 id = c.propose(c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1)));
    c.approve(id);
    const auto data = CertificateStore::forCertification(c.db.db(), id);
    REQUIRE(data.ok());
    REQUIRE(CertificateCode::isSigned(data->verification));
    const auto code = CertificateCode::parse(data->verification);
    REQUIRE(code.ok());
    CHECK(code->fields == data->signedFields());

    // The key pair is derived from the database's own key, alike on a file (libsodium) and on
    // a server (the owner's functions in PL/pgSQL): the same public key, the same signature.
    const QByteArray seed = CertificateCode::signingSeed(QByteArray::fromHex(
        c.db.scalar(QStringLiteral("SELECT key_hex FROM verification_key")).toString().toLatin1()));
    const auto published = CertificateStore::publicKey(c.db.db());
    REQUIRE(published.ok());
    CHECK(published->key == CertificateCode::publicKeyOf(seed));
    CHECK(published->companyName == c.db.scalar(QStringLiteral("SELECT name FROM company")));
    const auto message = CertificateCode::signedMessage(data->signedFields());
    REQUIRE(message.ok());
    CHECK(code->signature == CertificateCode::sign(seed, *message));
    CHECK(CertificateCode::verify(*code, published->key));

    // One field changed, each in turn, no longer verifies with the public key.
    const std::array<std::function<void(CertificateFields &)>, 7> changes {
        [](CertificateFields &f) { f.number.back() = f.number.back() == u'1' ? u'2' : u'1'; },
        [](CertificateFields &f) { f.workerName = QStringLiteral("张卫"); },
        [](CertificateFields &f) { f.idNumber.back() = f.idNumber.back() == u'X' ? u'0' : u'X'; },
        [](CertificateFields &f) { f.grade = Grade::Technician; },
        [](CertificateFields &f) { f.occupation = QStringLiteral("钳工"); },
        [](CertificateFields &f) { f.issueDate = f.issueDate.addDays(1); },
        [](CertificateFields &f) { f.bodyName += QStringLiteral("分中心"); },
    };
    for (const auto &change : changes) {
        CertificateCode::Parsed changed = *code;
        change(changed.fields);
        CHECK_FALSE(CertificateCode::verify(changed, published->key));
        const QString changedText = CertificateCode::encode(changed.fields, code->signature);
        const auto verdict = CertificateStore::verify(c.db.db(), changedText);
        REQUIRE(verdict.ok());
        CHECK(verdict->verdict == VerificationOutcome::Verdict::Tampered);
    }

    // A code printed before signed codes existed keeps verifying against the database.
    const auto rank = QString::number(rankOf(data->grade));
    const QByteArray text = QStringList { data->number, data->workerName, data->idNumber, rank,
        data->occupation, data->issueDate.toString(Qt::ISODate), data->bodyName }
                                .join(u'\n')
                                .toUtf8();
    const QByteArray hmacKey = QByteArray::fromHex(
        c.db.scalar(QStringLiteral("SELECT key_hex FROM verification_key")).toString().toLatin1());
    const QString older = QStringLiteral("SKL1-%1-%2")
                              .arg(data->number,
                                  QString::fromLatin1(QMessageAuthenticationCode::hash(
                                      text, hmacKey, QCryptographicHash::Sha256)
                                                          .toHex()
                                                          .toUpper()
                                                          .left(20)));
    auto verdict = CertificateStore::verify(c.db.db(), older);
    REQUIRE(verdict.ok());
    CHECK(verdict->verdict == VerificationOutcome::Verdict::Valid);
    verdict = CertificateStore::verify(c.db.db(), data->verification);
    REQUIRE(verdict.ok());
    CHECK(verdict->verdict == VerificationOutcome::Verdict::Valid);
    CHECK(verdict->message.contains(data->number));

    // Signed by another company's key: not this company's certificate.
    const QByteArray otherSeed(32, '\x07');
    const QString foreign
        = CertificateCode::encode(data->signedFields(), CertificateCode::sign(otherSeed, *message));
    verdict = CertificateStore::verify(c.db.db(), foreign);
    REQUIRE(verdict.ok());
    CHECK(verdict->verdict == VerificationOutcome::Verdict::Tampered);

    // A revoked certificate's code is still genuine, and the database says it was revoked.
    REQUIRE(CertificationStore::revoke(c.db.db(), id, c.chief, QStringLiteral("误认定")).ok());
    verdict = CertificateStore::verify(c.db.db(), data->verification);
    REQUIRE(verdict.ok());
    CHECK(verdict->verdict == VerificationOutcome::Verdict::Revoked);
}

TEST_CASE("Serials never repeat when two officers approve at the same time",
    "[certification][certificate]")
{
    TempDatabase db;
    QString csv = QStringLiteral("工号,姓名,入职日期,职业(工种)\n");
    for (int i = 0; i < 24; ++i)
        csv += QStringLiteral("C%1,职工%1,2020-01-01,车工\n").arg(i);
    db.importCsv(csv);
    const Officer hr = db.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const Officer chief = db.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    QList<qint64> ids;
    for (int i = 0; i < 24; ++i) {
        ProposalRequest r;
        r.employeeNo = QStringLiteral("C%1").arg(i);
        r.occupation = QStringLiteral("车工");
        r.grade = Grade::Junior;
        r.way = CertificationWay::Direct;
        r.date = QDate(2025, 1, 2);
        r.by = hr;
        auto id = CertificationStore::propose(db.db(), r);
        REQUIRE(id.ok());
        ids += *id;
    }
    // Two threads, each with its own connection, approve alternate proposals one by one.
    std::atomic<int> failures = 0;
    const auto approveEvery = [&](int first) {
        auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
        if (!connection) {
            ++failures;
            return;
        }
        for (qsizetype i = first; i < ids.size(); i += 2) {
            if (!CertificationStore::approve((*connection)->db(), ids[i], chief))
                ++failures;
        }
    };
    std::thread a(approveEvery, 0);
    std::thread b(approveEvery, 1);
    a.join();
    b.join();
    CHECK(failures == 0);
    CHECK(
        db.scalar(QStringLiteral("SELECT count(DISTINCT number) FROM certificate")).toInt() == 24);
    CHECK(db.scalar(QStringLiteral("SELECT max(number) FROM certificate")).toString()
        == QStringLiteral("Y000037000001255000024"));
}

// Issue 14: two officers at two computers, each with a connection of their own, decide the same
// proposals at the same moment. One approves each; the other waits for the write lock and is then
// told that it was decided, on a file and on the server alike.
TEST_CASE("Two approvers deciding the same proposal at once approve it once, and the other is told",
    "[certification][concurrency]")
{
    TempDatabase db;
    constexpr int kProposals = 6;
    QString csv = QStringLiteral("工号,姓名,入职日期,职业(工种)\n");
    for (int i = 0; i < kProposals; ++i)
        csv += QStringLiteral("C%1,职工%1,2020-01-01,车工\n").arg(i);
    REQUIRE(db.importCsv(csv).committed);
    const Officer hr = db.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const std::array<Officer, 2> chiefs { db.officer(QStringLiteral("chief-wang"),
                                              Roles { Role::Approver }),
        db.officer(QStringLiteral("chief-zhao"), Roles { Role::Approver }) };
    QList<qint64> ids;
    for (int i = 0; i < kProposals; ++i) {
        ProposalRequest r;
        r.employeeNo = QStringLiteral("C%1").arg(i);
        r.occupation = QStringLiteral("车工");
        r.grade = Grade::Junior;
        r.way = CertificationWay::Direct;
        r.date = QDate(2025, 1, 2);
        r.by = hr;
        auto id = CertificationStore::propose(db.db(), r);
        REQUIRE(id.ok());
        ids += *id;
    }
    std::barrier bothReady(2);
    std::array<QList<qint64>, 2> approved;
    std::array<QStringList, 2> told;
    std::array<bool, 2> opened { false, false };
    const auto decide = [&](int who) {
        auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
        opened[who] = connection.ok();
        for (const qint64 id : std::as_const(ids)) {
            bothReady.arrive_and_wait();
            if (!connection)
                continue;
            const Status done = CertificationStore::approve((*connection)->db(), id, chiefs[who]);
            if (done)
                approved[who] += id;
            else
                told[who] += done.error().userMessage;
        }
    };
    std::thread a(decide, 0);
    std::thread b(decide, 1);
    a.join();
    b.join();
    REQUIRE(opened[0]);
    REQUIRE(opened[1]);
    // Each proposal approved by exactly one of them.
    QList<qint64> both = approved[0] + approved[1];
    std::sort(both.begin(), both.end());
    CHECK(both == ids);
    for (const QStringList &messages : told) {
        for (const QString &message : messages) {
            INFO(message.toStdString());
            CHECK(message.contains(
                QStringLiteral("is %1, not %2")
                    .arg(CertificationNames::display(CertificationStatus::Approved),
                        CertificationNames::display(CertificationStatus::Proposed))));
        }
    }
    CHECK(told[0].size() + told[1].size() == kProposals);
    // Nothing twice: one grade, one certificate, one approval in the trail for each.
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM grade_award WHERE certification_id IS "
                                   "NOT NULL"))
              .toInt()
        == kProposals);
    CHECK(db.scalar(QStringLiteral("SELECT count(DISTINCT number) FROM certificate")).toInt()
        == kProposals);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM certificate")).toInt() == kProposals);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                   "'certify-approve'"))
              .toInt()
        == kProposals);
}

TEST_CASE("A backdated proposal cannot repeat or undercut a grade awarded later", "[certification]")
{
    Company c;
    c.approve(c.propose(c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 6, 1))));
    // On 2025-04-01 A1 still held 中级工, but 高级工 from 2025-06-01 is on record.
    CHECK(c.refusal(c.request(QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular,
                        QDate(2025, 4, 1)))
              .contains(QStringLiteral("from 2025-06-01")));
}

TEST_CASE(
    "Direct certification is not a shortcut for a worker who holds a grade", "[certification]")
{
    Company c;
    c.approve(c.propose(c.request(
        QStringLiteral("A2"), Grade::Junior, CertificationWay::Regular, QDate(2025, 1, 10))));
    CHECK(c.refusal(c.request(QStringLiteral("A2"), Grade::Intermediate, CertificationWay::Direct,
                        QDate(2025, 2, 1)))
              .contains(QStringLiteral("without a grade")));
}

TEST_CASE("Policy keys are taken only in the spelling they are read by", "[policy]")
{
    TempDatabase db;
    for (const QString &key : { QStringLiteral("certify.competition.National.Gold"),
             QStringLiteral("certify.min_years.01"), QStringLiteral("certify.minyears.1") }) {
        auto done = PolicyStore::set(db.db(), { { key, QStringLiteral("1"), QDate(2025, 1, 1) } },
            db.admin(), QStringLiteral("a test"));
        REQUIRE_FALSE(done.ok());
        CHECK(done.error().userMessage.contains(QStringLiteral("not a policy setting")));
    }
}

TEST_CASE(
    "A competition result backs one promotion, in its occupation", "[certification][competition]")
{
    Company c;
    CompetitionInput input;
    input.name = QStringLiteral("省职业技能大赛");
    input.level = CompetitionLevel::Provincial;
    input.organiser = QStringLiteral("省人社厅");
    input.heldOn = QDate(2025, 9, 1);
    input.occupation = QStringLiteral("车工");
    input.by = c.hr;
    const auto competition = CompetitionStore::add(c.db.db(), input);
    REQUIRE(competition.ok());
    const auto result = CompetitionStore::addResult(
        c.db.db(), *competition, QStringLiteral("A1"), Placing::Gold, 1, true, c.hr);
    REQUIRE(result.ok());
    REQUIRE(result->certificationId != 0);
    REQUIRE(CertificationStore::reject(
        c.db.db(), result->certificationId, c.chief, QStringLiteral("重报"))
                .ok());
    auto again = c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Competition, QDate(2025, 9, 1));
    again.competitionResultId = result->resultId;
    const qint64 second = c.propose(again); // the rejected one no longer counts
    CHECK(second > 0);
    c.approve(second);
    auto twice = c.request(
        QStringLiteral("A1"), Grade::Technician, CertificationWay::Competition, QDate(2025, 9, 2));
    twice.competitionResultId = result->resultId;
    CHECK(c.refusal(twice).contains(QStringLiteral("already backs")));
}

TEST_CASE("A certification is never approved before its date; only a round may propose ahead",
    "[certification][dates]")
{
    Company c;
    // Roles are held from the day they are granted: the test's officers, from today.
    const QDate today = QDate::currentDate();
    const QDate planned(today.year() + 4, 6, 1);
    const QString plannedText = planned.toString(Qt::ISODate);
    const QString todayText = today.toString(Qt::ISODate);
    // Proposed on its own four years ahead: refused, naming the worker, the date and today.
    auto alone = c.request(QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, planned);
    const auto refused = CertificationStore::propose(c.db.db(), alone, today);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("A1")));
    CHECK(refused.error().userMessage.contains(plannedText));
    CHECK(refused.error().userMessage.contains(todayText));

    // In a round it may be entered ahead, for the round's planned day, but not approved before.
    const auto round
        = CertificationStore::createRound(c.db.db(), QStringLiteral("远期技能等级认定"), c.hr);
    REQUIRE(round.ok());
    auto inRound = alone;
    inRound.roundId = *round;
    const auto id = CertificationStore::propose(c.db.db(), inRound, today);
    INFO((id ? QString() : id.error().userMessage).toStdString());
    REQUIRE(id.ok());
    const auto early = CertificationStore::approve(c.db.db(), *id, c.chief, today);
    REQUIRE_FALSE(early.ok());
    const QString message = early.error().userMessage;
    CHECK(message.contains(QStringLiteral("Certification %1").arg(*id)));
    CHECK(message.contains(QStringLiteral("张伟")));
    CHECK(message.contains(plannedText));
    CHECK(message.contains(todayText));
    const auto roundEarly
        = CertificationStore::approveRound(c.db.db(), *round, c.chief, planned.addDays(-1));
    REQUIRE_FALSE(roundEarly.ok());
    CHECK(roundEarly.error().userMessage.contains(plannedText));
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM grade_award WHERE effective_date = '%1'")
                          .arg(plannedText))
              .toInt()
        == 0);
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM certificate")).toInt() == 0);
    // On the day itself it is approved.
    const auto onTheDay = CertificationStore::approveRound(c.db.db(), *round, c.chief, planned);
    INFO((onTheDay ? QString() : onTheDay.error().userMessage).toStdString());
    REQUIRE(onTheDay.ok());
    CHECK(*onTheDay == 1);
}

namespace {

// A second workshop, 装配车间, with B1 (中级工 since 2018), and the head of 机加车间.
struct TwoWorkshops : Company
{
    qint64 machining = 0;
    qint64 assembly = 0;
    Officer head;

    TwoWorkshops()
    {
        db.importCsv(
            QStringLiteral("工号,姓名,入职日期,单位,省份,车间,职业(工种),技能等级,等级取得日期\n"
                           "B1,周强,2012-01-01,济南厂,山东,装配车间,车工,中级工,2018-03-01\n"));
        machining = db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '机加车间'"))
                        .toLongLong();
        assembly = db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '装配车间'"))
                       .toLongLong();
        head = db.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { machining });
    }
};

} // namespace

TEST_CASE(
    "Approval needs the approver role on the day of the decision", "[certification][officers]")
{
    Company c;
    const qint64 id = c.propose(c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1)));
    // 王's approver role is taken away today; the Officer value still remembers it.
    const QDate today = QDate::currentDate();
    REQUIRE(OfficerStore::setRoles(
        c.db.db(), c.db.admin(), c.chief.login, Roles { Role::Hr }, {}, today)
                .ok());
    REQUIRE(c.chief.roles.has(Role::Approver));
    const auto tomorrow = CertificationStore::approve(c.db.db(), id, c.chief, today.addDays(1));
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(tomorrow.error().isRefusal());
    CHECK(tomorrow.error().userMessage.contains(Roles::title(Role::Approver)));
    CHECK_FALSE(CertificationStore::approveAll(c.db.db(), { id }, c.chief, today).ok());
    CHECK_FALSE(
        CertificationStore::reject(c.db.db(), id, c.chief, QStringLiteral("迟到的驳回"), today)
            .ok());
    CHECK(CertificationStore::get(c.db.db(), id)->status == CertificationStatus::Proposed);
    // Nor can a role be used before the day it was granted.
    CHECK_FALSE(CertificationStore::approve(c.db.db(), id, c.deputy, today.addDays(-1)).ok());
    REQUIRE(CertificationStore::approve(c.db.db(), id, c.deputy, today).ok());
    CHECK(c.db.scalar(QStringLiteral("SELECT decided_officer_id FROM certification WHERE id = %1")
                          .arg(id))
              .toLongLong()
        == c.deputy.id);
    CHECK(c.db.scalar(QStringLiteral("SELECT proposed_officer_id FROM certification WHERE id = %1")
                          .arg(id))
              .toLongLong()
        == c.hr.id);
}

TEST_CASE("Roles are checked before the object: a refused act is refused whatever it names",
    "[certification][officers]")
{
    Company c;
    const Officer auditor = c.db.officer(QStringLiteral("auditor-sun"), Roles { Role::Auditor });
    // Certification 4711 does not exist: the refusal is for the role all the same.
    for (const Status &done : { CertificationStore::approve(c.db.db(), 4711, auditor),
             CertificationStore::reject(c.db.db(), 4711, auditor, QStringLiteral("x")),
             CertificationStore::revoke(c.db.db(), 4711, auditor, QStringLiteral("x")) }) {
        REQUIRE_FALSE(done.ok());
        CHECK(done.error().isRefusal());
    }
    auto proposal = c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1));
    proposal.by = auditor;
    const auto proposed = CertificationStore::propose(c.db.db(), proposal);
    REQUIRE_FALSE(proposed.ok());
    CHECK(proposed.error().isRefusal());
    const auto round = CertificationStore::createRound(c.db.db(), QStringLiteral("轮"), auditor);
    REQUIRE_FALSE(round.ok());
    CHECK(round.error().isRefusal());
    CompetitionInput input;
    input.name = QStringLiteral("赛");
    input.organiser = QStringLiteral("部");
    input.heldOn = QDate(2025, 1, 1);
    input.by = c.chief;
    const auto competition = CompetitionStore::add(c.db.db(), input);
    REQUIRE_FALSE(competition.ok());
    CHECK(competition.error().isRefusal());
    CHECK(CertificateStore::setSeal(c.db.db(), QByteArray("\x89PNG\r\n\x1a\n", 8), c.hr)
              .error()
              .isRefusal());
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM certification")).toInt() == 0);
    // The auditor reads.
    CHECK(CertificationStore::list(c.db.db(), auditor, {}).ok());
}

TEST_CASE("A workshop head proposes, reads and prints for their own workshop only",
    "[certification][officers]")
{
    TwoWorkshops c;
    REQUIRE(c.assembly != 0);
    auto outside = c.request(
        QStringLiteral("B1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1));
    outside.by = c.head;
    const auto refused = CertificationStore::propose(c.db.db(), outside);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isRefusal());
    CHECK(refused.error().userMessage.contains(QStringLiteral("B1")));
    auto inside = c.request(
        QStringLiteral("A1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1));
    inside.by = c.head;
    const qint64 own = c.propose(inside);
    c.approve(own);
    const qint64 theirs = c.propose(c.request(
        QStringLiteral("B1"), Grade::Senior, CertificationWay::Regular, QDate(2025, 3, 1)));
    c.approve(theirs);

    // What they read: their workshop's certifications and due list.
    const auto listed = CertificationStore::list(c.db.db(), c.head, {});
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().id == own);
    CHECK(CertificationStore::list(c.db.db(), c.hr, {})->size() == 2);
    const auto due = DueList::compute(c.db.db(), c.head, QDate(2025, 3, 1));
    REQUIRE(due.ok());
    for (const DueWorker &w : *due)
        CHECK(w.workshopId == c.machining);
    const auto elsewhere = DueList::compute(c.db.db(), c.head, QDate(2025, 3, 1), c.assembly);
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().isRefusal());

    // What they print: their workers' certificates.
    CHECK(CertificateStore::requirePrintable(c.db.db(), c.head, { own }).ok());
    const auto other = CertificateStore::requirePrintable(c.db.db(), c.head, { own, theirs });
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().isRefusal());
    CHECK(CertificateStore::ofWorkshop(c.db.db(), c.head, c.assembly).error().isRefusal());
    CHECK(CertificateStore::ofWorkshop(c.db.db(), c.hr, c.assembly)->size() == 1);
}

TEST_CASE("A policy change before today needs a written reason, which the audit keeps",
    "[policy][officers]")
{
    Company c;
    const QDate today = QDate::currentDate();
    const QList<PolicyEntry> backdated { { QStringLiteral("certify.min_years.2"),
        QStringLiteral("4"), today.addDays(-1) } };
    // Only an admin sets the policy, before anything else is looked at.
    const auto byHr = PolicyStore::set(c.db.db(), backdated, c.hr, QStringLiteral("理由"));
    REQUIRE_FALSE(byHr.ok());
    CHECK(byHr.error().isRefusal());
    const auto silent = PolicyStore::set(c.db.db(), backdated, c.db.admin());
    REQUIRE_FALSE(silent.ok());
    CHECK_FALSE(silent.error().isRefusal());
    CHECK(silent.error().userMessage.contains(today.addDays(-1).toString(Qt::ISODate)));
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'policy'"))
              .toInt()
        == 0);
    // From today or later it needs none.
    REQUIRE(PolicyStore::set(c.db.db(),
        { { QStringLiteral("certify.min_years.3"), QStringLiteral("3"), today } }, c.db.admin())
                .ok());
    const QString reason = QStringLiteral("补录2024年职代会决议");
    REQUIRE(PolicyStore::set(c.db.db(), backdated, c.db.admin(), reason).ok());
    CHECK(PolicyStore::certificationOn(c.db.db(), today.addDays(-1))->minYears[2] == 4);
    CHECK(c.db.scalar(QStringLiteral("SELECT summary FROM audit_event WHERE action = 'policy' "
                                     "ORDER BY id DESC LIMIT 1"))
              .toString()
              .contains(reason));
    CHECK(c.db.scalar(QStringLiteral("SELECT officer_id FROM audit_event WHERE action = 'policy' "
                                     "ORDER BY id DESC LIMIT 1"))
              .toLongLong()
        == c.db.admin().id);
}
