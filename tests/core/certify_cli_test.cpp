#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include "core/store/officerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::Run;
using skl::test::run;

namespace {

// The company of the certification tests, made through the command line, with its officers
// (issue 13): hr-li proposes, chief-wang approves, hr-wang holds both roles, head-zhao heads the
// 机加车间 of 济南厂, auditor-sun reads.
struct CliCompany
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("公司.sqlite"));

    CliCompany()
    {
        REQUIRE(cli({ QStringLiteral("init"), QStringLiteral("--company"),
                        QStringLiteral("齐鲁机床有限公司"), QStringLiteral("--province"),
                        QStringLiteral("山东") })
                    .exitCode
            == 0);
        QFile roster(dir.filePath(QStringLiteral("花名册.csv")));
        REQUIRE(roster.open(QIODevice::WriteOnly));
        roster.write(
            QStringLiteral("工号,姓名,性别,身份证号,入职日期,单位,车间,职业(工种),技能等级,"
                           "等级取得日期\n"
                           "A1,张伟,男,%1,2015-01-01,济南厂,机加车间,车工,中级工,2020-03-01\n"
                           "A2,李娜,女,,2023-07-01,济南厂,机加车间,车工,学徒工,2024-01-10\n")
                .arg(skl::test::validId(QStringLiteral("37010219800101123")))
                .toUtf8());
        roster.close();
        REQUIRE(
            cli({ QStringLiteral("import"), QStringLiteral("workers"), roster.fileName() }).exitCode
            == 0);
        const std::pair<QString, QStringList> officers[] = {
            { QStringLiteral("hr-li"), { QStringLiteral("--role"), QStringLiteral("hr") } },
            { QStringLiteral("chief-wang"),
                { QStringLiteral("--role"), QStringLiteral("approver") } },
            { QStringLiteral("hr-wang"),
                { QStringLiteral("--role"), QStringLiteral("hr,approver") } },
            { QStringLiteral("head-zhao"),
                { QStringLiteral("--role"), QStringLiteral("workshop-head"),
                    QStringLiteral("--workshop"), QStringLiteral("机加车间") } },
            { QStringLiteral("auditor-sun"),
                { QStringLiteral("--role"), QStringLiteral("auditor") } },
        };
        for (const auto &[login, options] : officers) {
            const Run added = cli(
                QStringList { QStringLiteral("user"), QStringLiteral("add"), login } + options);
            INFO(added.err.toStdString());
            REQUIRE(added.exitCode == 0);
        }
        // The company is filed with its province under the coding rule's defaults, 0000 and
        // 000001, and says so: certificates may be issued with them (issue 15).
        REQUIRE(cli({ QStringLiteral("policy"), QStringLiteral("set"),
                        QStringLiteral("certificate.numbers_confirmed"), QStringLiteral("1") })
                    .exitCode
            == 0);
    }

    // B1 of the 装配车间, outside head-zhao's workshop.
    void addAssemblyWorker()
    {
        QFile roster(dir.filePath(QStringLiteral("装配车间.csv")));
        REQUIRE(roster.open(QIODevice::WriteOnly));
        roster.write(
            QStringLiteral("工号,姓名,性别,入职日期,单位,车间,职业(工种),技能等级,"
                           "等级取得日期\n"
                           "B1,周强,男,2012-01-01,济南厂,装配车间,车工,中级工,2018-03-01\n")
                .toUtf8());
        roster.close();
        const Run imported
            = cli({ QStringLiteral("import"), QStringLiteral("workers"), roster.fileName() });
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }

    Run cli(const QStringList &args) { return cliOn(db, args); }
    Run as(const QString &login, const QStringList &args) { return cliAs(db, login, args); }

    qint64 propose(const QString &employee, const QString &grade, const QString &date,
        const QString &by = QStringLiteral("hr-li"))
    {
        const Run r = as(by,
            { QStringLiteral("certify"), QStringLiteral("propose"), QStringLiteral("--employee"),
                employee, QStringLiteral("--occupation"), QStringLiteral("车工"),
                QStringLiteral("--grade"), grade, QStringLiteral("--way"),
                QStringLiteral("regular"), QStringLiteral("--date"), date,
                QStringLiteral("--json") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value(QStringLiteral("id"))
            .toInteger();
    }
};

} // namespace

TEST_CASE(
    "certify on the command line: propose, four eyes, approve, revoke", "[cli][certification]")
{
    CliCompany c;
    const Run early = c.cli(
        { QStringLiteral("certify"), QStringLiteral("propose"), QStringLiteral("--employee"),
            QStringLiteral("A1"), QStringLiteral("--occupation"), QStringLiteral("车工"),
            QStringLiteral("--grade"), QStringLiteral("高级工"), QStringLiteral("--way"),
            QStringLiteral("regular"), QStringLiteral("--date"), QStringLiteral("2025-02-28") });
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("eligible from 2025-03-01")));
    CHECK(c.cli({ QStringLiteral("certify"), QStringLiteral("propose"), QStringLiteral("--way"),
                    QStringLiteral("sideways") })
              .exitCode
        == 2);

    const qint64 id
        = c.propose(QStringLiteral("A1"), QStringLiteral("三级"), QStringLiteral("2025-03-01"));
    REQUIRE(id > 0);
    const QString idText = QString::number(id);
    // The proposer holds no approver role: refused for the role (exit 3), whatever the object.
    const Run self = c.as(
        QStringLiteral("hr-li"), { QStringLiteral("certify"), QStringLiteral("approve"), idText });
    CHECK(self.exitCode == 3);
    CHECK(self.err.contains(QStringLiteral("Approver")));
    const Run approved = c.as(QStringLiteral("chief-wang"),
        { QStringLiteral("certify"), QStringLiteral("approve"), idText });
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.out.contains(QStringLiteral("Y000037000001253000001")));

    CHECK(c.as(QStringLiteral("chief-wang"),
               { QStringLiteral("certify"), QStringLiteral("revoke"), idText })
              .exitCode
        == 1); // no reason
    CHECK(c.as(QStringLiteral("hr-li"),
               { QStringLiteral("certify"), QStringLiteral("revoke"), idText,
                   QStringLiteral("--reason"), QStringLiteral("材料有误") })
              .exitCode
        == 3); // not an approver
    REQUIRE(c.as(QStringLiteral("chief-wang"),
                 { QStringLiteral("certify"), QStringLiteral("revoke"), idText,
                     QStringLiteral("--reason"), QStringLiteral("材料有误") })
                .exitCode
        == 0);
    const Run printRevoked = c.as(QStringLiteral("hr-li"),
        { QStringLiteral("certificates"), QStringLiteral("--id"), idText, QStringLiteral("--out"),
            c.dir.filePath(QStringLiteral("x.pdf")) });
    CHECK(printRevoked.exitCode == 1);
    CHECK(printRevoked.err.contains(QStringLiteral("revoked")));
    CHECK_FALSE(QFile::exists(c.dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("A printed certificate is searchable and its QR code verifies", "[cli][certificate]")
{
    CliCompany c;
    const qint64 id
        = c.propose(QStringLiteral("A1"), QStringLiteral("高级工"), QStringLiteral("2025-03-01"));
    REQUIRE(c.as(QStringLiteral("chief-wang"),
                 { QStringLiteral("certify"), QStringLiteral("approve"), QString::number(id) })
                .exitCode
        == 0);
    const QString pdf = c.dir.filePath(QStringLiteral("机加车间证书.pdf"));
    const Run printed = c.as(QStringLiteral("hr-li"),
        { QStringLiteral("certificates"), QStringLiteral("--workshop"), QStringLiteral("机加车间"),
            QStringLiteral("--out"), pdf, QStringLiteral("--font"),
            QStringLiteral("WenQuanYi Zen Hei") });
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);

    // The same Unicode text as in the database: name, grade, the full 22-character number.
    const Run text = run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("张伟")));
    CHECK(text.out.contains(QStringLiteral("高级工（三级）")));
    CHECK(text.out.contains(QStringLiteral("Y000037000001253000001")));
    CHECK(text.out.contains(QStringLiteral("车工")));
    CHECK_FALSE(text.out.contains(QStringLiteral("补发")));

    // The QR code, read back from the rendered page, verifies; a changed one does not.
    const QString image = c.dir.filePath(QStringLiteral("page"));
    REQUIRE(run(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
                    QStringLiteral("-singlefile"), pdf, image })
                .exitCode
        == 0);
    const Run scanned = run(QStringLiteral("zbarimg"),
        { QStringLiteral("-q"), QStringLiteral("--raw"), image + QStringLiteral(".png") });
    REQUIRE(scanned.exitCode == 0);
    const QString code = scanned.out.trimmed();
    CHECK(code.startsWith(QStringLiteral("SKL2.")));
    const Run valid = c.cli({ QStringLiteral("verify"), code });
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains(QStringLiteral("valid")));
    CHECK(valid.out.contains(QStringLiteral("Y000037000001253000001")));
    QString tampered = code;
    tampered[20] = tampered[20] == u'A' ? u'B' : u'A';
    CHECK(c.cli({ QStringLiteral("verify"), tampered }).exitCode == 1);

    // A second printing, in the other size, prints the same certificate again: no 补发.
    const Run again = c.as(QStringLiteral("hr-li"),
        { QStringLiteral("certificates"), QStringLiteral("--id"), QString::number(id),
            QStringLiteral("--out"), pdf, QStringLiteral("--a5") });
    REQUIRE(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(QStringLiteral("补发")));
    CHECK(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
              .out.contains(QStringLiteral("张伟")));
}

TEST_CASE("certificates issues; --proof prints a proof that issues nothing; --reissue REASON "
          "makes a 补发 of an issued certificate only",
    "[cli][certificate]")
{
    CliCompany c;
    const qint64 id
        = c.propose(QStringLiteral("A1"), QStringLiteral("高级工"), QStringLiteral("2025-03-01"));
    REQUIRE(c.as(QStringLiteral("chief-wang"),
                 { QStringLiteral("certify"), QStringLiteral("approve"), QString::number(id) })
                .exitCode
        == 0);
    const QString pdf = c.dir.filePath(QStringLiteral("证书.pdf"));
    const auto print = [&](const QStringList &extra) {
        return c.as(QStringLiteral("hr-li"),
            QStringList { QStringLiteral("certificates"), QStringLiteral("--id"),
                QString::number(id), QStringLiteral("--out"), pdf }
                + extra);
    };
    const auto prints = [&] {
        return c.cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") })
            .out.count(QStringLiteral("certificate-"));
    };
    // A 补发 of a certificate never issued is refused, and so is one without its reason.
    const Run early = print({ QStringLiteral("--reissue"), QStringLiteral("遗失") });
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("never issued")));
    CHECK(print({ QStringLiteral("--proof"), QStringLiteral("--reissue"), QStringLiteral("x") })
              .exitCode
        == 2);

    const int before = prints();
    const Run proof = print({ QStringLiteral("--proof") });
    REQUIRE(proof.exitCode == 0);
    CHECK(proof.out.contains(QStringLiteral("nothing was issued")));
    CHECK(prints() == before); // a proof is recorded nowhere
    REQUIRE(print({}).exitCode == 0);
    CHECK(prints() == before + 1);
    const Run reissued = print({ QStringLiteral("--reissue"), QStringLiteral("原证书遗失") });
    INFO(reissued.err.toStdString());
    REQUIRE(reissued.exitCode == 0);
    CHECK(reissued.out.contains(QStringLiteral("补发")));
    const Run trail
        = c.cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") });
    CHECK(trail.out.contains(QStringLiteral("certificate-reissue")));
    CHECK(trail.out.contains(QStringLiteral("原证书遗失")));
}

TEST_CASE("A new company's placeholder certificate codes stop issuing, with the settings named "
          "and how to set them",
    "[cli][certificate]")
{
    CliCompany c;
    // As a new company is: the defaults 0000 / 000001, never confirmed.
    REQUIRE(c.cli({ QStringLiteral("policy"), QStringLiteral("set"),
                      QStringLiteral("certificate.numbers_confirmed"), QStringLiteral("0") })
                .exitCode
        == 0);
    const qint64 id
        = c.propose(QStringLiteral("A1"), QStringLiteral("高级工"), QStringLiteral("2025-03-01"));
    REQUIRE(c.as(QStringLiteral("chief-wang"),
                 { QStringLiteral("certify"), QStringLiteral("approve"), QString::number(id) })
                .exitCode
        == 0);
    const QString pdf = c.dir.filePath(QStringLiteral("证书.pdf"));
    const QStringList issue { QStringLiteral("certificates"), QStringLiteral("--id"),
        QString::number(id), QStringLiteral("--out"), pdf };
    const Run refused = c.as(QStringLiteral("hr-li"), issue);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("certificate.body_code")));
    CHECK(refused.err.contains(QStringLiteral("certificate.site_serial")));
    CHECK(refused.err.contains(QStringLiteral("policy set certificate.numbers_confirmed 1")));
    CHECK_FALSE(QFile::exists(pdf));
    // A proof needs no settings.
    CHECK(c.as(QStringLiteral("hr-li"), issue + QStringList { QStringLiteral("--proof") }).exitCode
        == 0);
    // The codes of the filing notice open issuing.
    REQUIRE(c.cli({ QStringLiteral("policy"), QStringLiteral("set"),
                      QStringLiteral("certificate.site_serial"), QStringLiteral("370102") })
                .exitCode
        == 0);
    REQUIRE(c.cli({ QStringLiteral("policy"), QStringLiteral("set"),
                      QStringLiteral("certificate.body_code"), QStringLiteral("0012") })
                .exitCode
        == 0);
    const Run issued = c.as(QStringLiteral("hr-li"), issue);
    INFO(issued.err.toStdString());
    CHECK(issued.exitCode == 0);
}

TEST_CASE("due and plan print JSON", "[cli][due]")
{
    CliCompany c;
    const Run due = c.cli({ QStringLiteral("due"), QStringLiteral("--as-of"),
        QStringLiteral("2025-03-01"), QStringLiteral("--json") });
    REQUIRE(due.exitCode == 0);
    const QJsonArray workers = QJsonDocument::fromJson(due.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("workers"))
                                   .toArray();
    REQUIRE(workers.size() == 2);
    CHECK(workers.at(0).toObject().value(QStringLiteral("employee_no")).toString()
        == QStringLiteral("A2"));
    CHECK(workers.at(1).toObject().value(QStringLiteral("next_grade")).toString()
        == QStringLiteral("高级工"));
    const Run plan = c.cli({ QStringLiteral("plan"), QStringLiteral("--as-of"),
        QStringLiteral("2025-03-01"), QStringLiteral("--json") });
    REQUIRE(plan.exitCode == 0);
    const QJsonObject company = QJsonDocument::fromJson(plan.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("units"))
                                    .toArray()
                                    .first()
                                    .toObject();
    CHECK(company.value(QStringLiteral("level")).toString() == QStringLiteral("company"));
    CHECK(company.value(QStringLiteral("employees")).toInt() == 2);
    // 1 of 2 skilled meets 30 %; 0 high-skilled of 1 needs one (35 %): A1 closes it.
    CHECK(company.value(QStringLiteral("high_skilled_needed")).toInt() == 1);
    CHECK(company.value(QStringLiteral("high_skilled_picks")).toArray().first().toString()
        == QStringLiteral("A1"));
}

TEST_CASE(
    "A worker's photo is stored for the certificate; other files are refused", "[cli][certificate]")
{
    CliCompany c;
    const QString png = c.dir.filePath(QStringLiteral("照片.png"));
    QFile image(png);
    REQUIRE(image.open(QIODevice::WriteOnly));
    image.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mN"
                                       "kYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
    image.close();
    const Run stored = c.cli(
        { QStringLiteral("photo"), QStringLiteral("--employee"), QStringLiteral("A1"), png });
    INFO(stored.err.toStdString());
    CHECK(stored.exitCode == 0);
    const Run refused = c.cli(
        { QStringLiteral("photo"), QStringLiteral("--employee"), QStringLiteral("A1"), c.db });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("PNG and JPEG")));
    CHECK(
        c.cli({ QStringLiteral("photo"), QStringLiteral("--employee"), QStringLiteral("Z9"), png })
            .exitCode
        == 1);
}

TEST_CASE("certify approve refuses a certification dated after today with exit 1",
    "[cli][certification][dates]")
{
    CliCompany c;
    const QString future = QDate::currentDate().addYears(4).toString(Qt::ISODate);
    const QStringList propose { QStringLiteral("certify"), QStringLiteral("propose"),
        QStringLiteral("--employee"), QStringLiteral("A1"), QStringLiteral("--occupation"),
        QStringLiteral("车工"), QStringLiteral("--grade"), QStringLiteral("高级工"),
        QStringLiteral("--way"), QStringLiteral("regular"), QStringLiteral("--date"), future,
        QStringLiteral("--json") };
    const Run alone = c.as(QStringLiteral("hr-li"), propose);
    CHECK(alone.exitCode == 1);
    CHECK(alone.err.contains(future));

    const Run round = c.as(QStringLiteral("hr-li"),
        { QStringLiteral("round"), QStringLiteral("add"), QStringLiteral("远期认定") });
    INFO(round.err.toStdString());
    REQUIRE(round.exitCode == 0);
    const qint64 roundId = 1; // the first round of a new database
    const Run proposed = c.as(QStringLiteral("hr-li"),
        propose + QStringList { QStringLiteral("--round"), QString::number(roundId) });
    INFO(proposed.err.toStdString());
    REQUIRE(proposed.exitCode == 0);
    const qint64 id = QJsonDocument::fromJson(proposed.out.toUtf8())
                          .object()
                          .value(QStringLiteral("id"))
                          .toInteger();
    const Run approved = c.as(QStringLiteral("chief-wang"),
        { QStringLiteral("certify"), QStringLiteral("approve"), QString::number(id) });
    CHECK(approved.exitCode == 1);
    CHECK(approved.err.contains(future));
    CHECK(approved.err.contains(QDate::currentDate().toString(Qt::ISODate)));
    const Run listed = c.cli({ QStringLiteral("certify"), QStringLiteral("list"),
        QStringLiteral("--status"), QStringLiteral("approved"), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8())
              .object()
              .value(QStringLiteral("certifications"))
              .toArray()
              .isEmpty());
}

namespace {

// skillladder-cli as login, with the environment given: what a second window or a changed
// USERNAME would bring.
Run cliWithEnvironment(const QString &database, const QString &login, const QStringList &args,
    const QProcessEnvironment &environment)
{
    return run(QStringLiteral(SKL_CLI_PATH),
        QStringList { QStringLiteral("--db"), database } + args
            + QStringList { QStringLiteral("--user"), login, QStringLiteral("--lang"),
                QStringLiteral("en") },
        environment);
}

QString statusOf(CliCompany &c, qint64 id)
{
    const Run listed = c.as(QStringLiteral("auditor-sun"),
        { QStringLiteral("certify"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("certifications"))
                                       .toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == id)
            return value.toObject().value(QStringLiteral("status")).toString();
    }
    return {};
}

} // namespace

TEST_CASE("Four eyes compares officers: self-approval is refused whatever the environment says",
    "[cli][certification][officers]")
{
    CliCompany c;
    // hr-wang holds both roles, proposes, and tries to approve as if another person.
    const qint64 id = c.propose(QStringLiteral("A1"), QStringLiteral("高级工"),
        QStringLiteral("2025-03-01"), QStringLiteral("hr-wang"));
    REQUIRE(id > 0);
    QProcessEnvironment disguised = skl::test::cliEnvironment();
    for (const QString &name :
        { QStringLiteral("USERNAME"), QStringLiteral("USER"), QStringLiteral("LOGNAME") })
        disguised.insert(name, QStringLiteral("chief-wang"));
    const Run self = cliWithEnvironment(c.db, QStringLiteral("hr-wang"),
        { QStringLiteral("certify"), QStringLiteral("approve"), QString::number(id) }, disguised);
    CHECK(self.exitCode == 3);
    CHECK(self.err.contains(QStringLiteral("four eyes")));
    CHECK(cliWithEnvironment(c.db, QStringLiteral("hr-wang"),
              { QStringLiteral("certify"), QStringLiteral("reject"), QString::number(id),
                  QStringLiteral("--reason"), QStringLiteral("自己驳回") },
              disguised)
              .exitCode
        == 3);
    CHECK(statusOf(c, id) == QStringLiteral("proposed"));

    // The first officer holds every role, and still needs a second person.
    const qint64 own = c.propose(QStringLiteral("A2"), QStringLiteral("初级工"),
        QStringLiteral("2025-03-01"), QStringLiteral("admin"));
    const Run admin
        = c.cli({ QStringLiteral("certify"), QStringLiteral("approve"), QString::number(own) });
    CHECK(admin.exitCode == 3);
    CHECK(admin.err.contains(QStringLiteral("four eyes")));

    // Another approver decides; the certification names both officers.
    REQUIRE(c.as(QStringLiteral("chief-wang"),
                 { QStringLiteral("certify"), QStringLiteral("approve"), QString::number(id) })
                .exitCode
        == 0);
    const Run listed = c.as(QStringLiteral("chief-wang"),
        { QStringLiteral("certify"), QStringLiteral("list"), QStringLiteral("--status"),
            QStringLiteral("approved"), QStringLiteral("--json") });
    const QJsonObject approved = QJsonDocument::fromJson(listed.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("certifications"))
                                     .toArray()
                                     .first()
                                     .toObject();
    CHECK(approved.value(QStringLiteral("proposed_by")).toString() == QStringLiteral("hr-wang"));
    CHECK(approved.value(QStringLiteral("decided_by")).toString() == QStringLiteral("chief-wang"));

    // chief-wang's approver role is taken away today: from today on, chief-wang decides nothing.
    {
        auto connection = skl::Connection::open(c.db, skl::Connection::Mode::MustExist);
        REQUIRE(connection.ok());
        QSqlDatabase &db = (*connection)->db();
        const auto administrator = skl::OfficerStore::load(db, QStringLiteral("admin"));
        REQUIRE(administrator.ok());
        REQUIRE(skl::OfficerStore::setRoles(
            db, *administrator, QStringLiteral("chief-wang"), skl::Roles { skl::Role::Hr }, {})
                    .ok());
    }
    const Run withdrawn = c.as(QStringLiteral("chief-wang"),
        { QStringLiteral("certify"), QStringLiteral("approve"), QString::number(own) });
    CHECK(withdrawn.exitCode == 3);
    CHECK(statusOf(c, own) == QStringLiteral("proposed"));
}

TEST_CASE("Roles and workshops are checked before anything else, with exit 3",
    "[cli][certification][officers]")
{
    CliCompany c;
    c.addAssemblyWorker();
    const QStringList propose { QStringLiteral("certify"), QStringLiteral("propose"),
        QStringLiteral("--occupation"), QStringLiteral("车工"), QStringLiteral("--grade"),
        QStringLiteral("高级工"), QStringLiteral("--way"), QStringLiteral("regular"),
        QStringLiteral("--date"), QStringLiteral("2025-03-01"), QStringLiteral("--json") };
    const QStringList forA1
        = propose + QStringList { QStringLiteral("--employee"), QStringLiteral("A1") };
    const QStringList forB1
        = propose + QStringList { QStringLiteral("--employee"), QStringLiteral("B1") };

    // The auditor reads and changes nothing; a refused act is refused whatever its object.
    CHECK(c.as(QStringLiteral("auditor-sun"), forA1).exitCode == 3);
    CHECK(c.as(QStringLiteral("auditor-sun"),
               { QStringLiteral("certify"), QStringLiteral("approve"), QStringLiteral("999") })
              .exitCode
        == 3);
    CHECK(c.as(QStringLiteral("auditor-sun"),
               { QStringLiteral("round"), QStringLiteral("add"), QStringLiteral("审计轮次") })
              .exitCode
        == 3);
    CHECK(c.as(QStringLiteral("chief-wang"),
               { QStringLiteral("competition"), QStringLiteral("add"), QStringLiteral("--name"),
                   QStringLiteral("赛"), QStringLiteral("--level"), QStringLiteral("national"),
                   QStringLiteral("--organiser"), QStringLiteral("部"), QStringLiteral("--date"),
                   QStringLiteral("2025-01-01") })
              .exitCode
        == 3);
    CHECK(c.as(QStringLiteral("auditor-sun"),
               { QStringLiteral("certify"), QStringLiteral("list"), QStringLiteral("--json") })
              .exitCode
        == 0);

    // The workshop head proposes for the workers of their workshop only.
    const Run outside = c.as(QStringLiteral("head-zhao"), forB1);
    CHECK(outside.exitCode == 3);
    CHECK(outside.err.contains(QStringLiteral("B1")));
    const Run inside = c.as(QStringLiteral("head-zhao"), forA1);
    INFO(inside.err.toStdString());
    REQUIRE(inside.exitCode == 0);
    const QJsonObject proposal = QJsonDocument::fromJson(inside.out.toUtf8()).object();
    CHECK(proposal.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(proposal.value(QStringLiteral("proposed_by")).toString() == QStringLiteral("head-zhao"));

    // Their due list holds their workshop only; another workshop is refused, an unknown one is
    // invalid data.
    const Run due = c.as(QStringLiteral("head-zhao"),
        { QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2025-03-01"),
            QStringLiteral("--json") });
    REQUIRE(due.exitCode == 0);
    const QJsonArray workers = QJsonDocument::fromJson(due.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("workers"))
                                   .toArray();
    REQUIRE(workers.size() == 1);
    CHECK(workers.first().toObject().value(QStringLiteral("employee_no")).toString()
        == QStringLiteral("A2"));
    const Run everyone = c.as(QStringLiteral("hr-li"),
        { QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2025-03-01"),
            QStringLiteral("--json") });
    CHECK(everyone.out.contains(QStringLiteral("B1")));
    CHECK(c.as(QStringLiteral("head-zhao"),
               { QStringLiteral("due"), QStringLiteral("--workshop"), QStringLiteral("装配车间") })
              .exitCode
        == 3);
    const Run unknown = c.as(QStringLiteral("hr-li"),
        { QStringLiteral("due"), QStringLiteral("--workshop"), QStringLiteral("喷漆车间") });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("喷漆车间")));
    CHECK(c.as(QStringLiteral("hr-li"),
               { QStringLiteral("due"), QStringLiteral("--workshop"),
                   QStringLiteral("济南厂/装配车间"), QStringLiteral("--json") })
              .out.contains(QStringLiteral("B1")));

    // Their plan holds their workshop's targets only.
    const Run plan = c.as(QStringLiteral("head-zhao"),
        { QStringLiteral("plan"), QStringLiteral("--as-of"), QStringLiteral("2025-03-01"),
            QStringLiteral("--json") });
    REQUIRE(plan.exitCode == 0);
    const QJsonArray units = QJsonDocument::fromJson(plan.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("units"))
                                 .toArray();
    REQUIRE(units.size() == 1);
    CHECK(units.first().toObject().value(QStringLiteral("name")).toString()
        == QStringLiteral("机加车间"));

    // Their certificates too: another workshop's are refused.
    CHECK(c.as(QStringLiteral("head-zhao"),
               { QStringLiteral("certificates"), QStringLiteral("--workshop"),
                   QStringLiteral("装配车间"), QStringLiteral("--out"),
                   c.dir.filePath(QStringLiteral("b.pdf")) })
              .exitCode
        == 3);
    CHECK_FALSE(QFile::exists(c.dir.filePath(QStringLiteral("b.pdf"))));
}

TEST_CASE(
    "policy set is for admins, and a change before today needs a written reason kept in the audit",
    "[cli][policy][officers]")
{
    CliCompany c;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QStringList set { QStringLiteral("policy"), QStringLiteral("set"),
        QStringLiteral("certify.min_years.2"), QStringLiteral("4") };
    CHECK(c.as(QStringLiteral("hr-li"), set).exitCode == 3);

    const Run backdated
        = c.cli(set + QStringList { QStringLiteral("--from"), QStringLiteral("2025-01-01") });
    CHECK(backdated.exitCode == 1);
    CHECK(backdated.err.contains(QStringLiteral("reason")));
    CHECK(backdated.err.contains(QStringLiteral("2025-01-01")));
    const Run shown = c.as(QStringLiteral("hr-li"),
        { QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--as-of"),
            QStringLiteral("2025-06-01") });
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("certify.min_years.2\t5")));

    const QString reason = QStringLiteral("依据2024年12月职代会决议");
    const Run explained = c.cli(set
        + QStringList { QStringLiteral("--from"), QStringLiteral("2025-01-01"),
            QStringLiteral("--reason"), reason });
    INFO(explained.err.toStdString());
    REQUIRE(explained.exitCode == 0);
    CHECK(c.as(QStringLiteral("hr-li"),
               { QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--as-of"),
                   QStringLiteral("2025-06-01") })
              .out.contains(QStringLiteral("certify.min_years.2\t4")));
    // From today on, no reason is needed.
    CHECK(c.cli(set + QStringList { QStringLiteral("--from"), today }).exitCode == 0);

    auto connection = skl::Connection::open(c.db, skl::Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    QSqlQuery q((*connection)->db());
    REQUIRE(q.exec(QStringLiteral("SELECT e.summary, o.login FROM audit_event e JOIN officer o "
                                  "ON o.id = e.officer_id WHERE e.action = 'policy' AND e.summary "
                                  "NOT LIKE '%numbers_confirmed%' ORDER BY e.id")));
    QStringList summaries;
    while (q.next()) {
        CHECK(q.value(1).toString() == QStringLiteral("admin"));
        summaries += q.value(0).toString();
    }
    REQUIRE(summaries.size() == 2);
    CHECK(summaries.first().contains(reason));
    CHECK(summaries.first().contains(QStringLiteral("2025-01-01")));
}

namespace {

// A certificate of A1 approved and printed by the command line; returns its code.
QString printedCode(CliCompany &c)
{
    const qint64 id
        = c.propose(QStringLiteral("A1"), QStringLiteral("高级工"), QStringLiteral("2025-03-01"));
    REQUIRE(c.as(QStringLiteral("chief-wang"),
                 { QStringLiteral("certify"), QStringLiteral("approve"), QString::number(id) })
                .exitCode
        == 0);
    const QString pdf = c.dir.filePath(QStringLiteral("证书.pdf"));
    REQUIRE(c.as(QStringLiteral("hr-li"),
                 { QStringLiteral("certificates"), QStringLiteral("--id"), QString::number(id),
                     QStringLiteral("--out"), pdf, QStringLiteral("--font"),
                     QStringLiteral("WenQuanYi Zen Hei") })
                .exitCode
        == 0);
    const QString image = c.dir.filePath(QStringLiteral("page"));
    REQUIRE(run(QStringLiteral("pdftoppm"),
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("150"),
                    QStringLiteral("-singlefile"), pdf, image })
                .exitCode
        == 0);
    const Run scanned = run(QStringLiteral("zbarimg"),
        { QStringLiteral("-q"), QStringLiteral("--raw"), image + QStringLiteral(".png") });
    REQUIRE(scanned.exitCode == 0);
    return scanned.out.trimmed();
}

// skillladder-cli with no database at all.
Run cliWithoutDatabase(QStringList args)
{
    args << QStringLiteral("--lang") << QStringLiteral("en");
    return run(QStringLiteral(SKL_CLI_PATH), args);
}

// A code with one printed field changed and the signature kept: the name 张伟 becomes 张卫.
QString withChangedName(const QString &code)
{
    const QByteArray payload = QByteArray::fromBase64(
        code.mid(5).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QByteArray changed = payload;
    changed.replace(QStringLiteral("张伟").toUtf8(), QStringLiteral("张卫").toUtf8());
    REQUIRE(changed != payload);
    return QStringLiteral("SKL2.")
        + QString::fromLatin1(
            changed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

TEST_CASE("The published public key checks a certificate's code without the database",
    "[cli][certificate]")
{
    CliCompany c;
    const QString code = printedCode(c);
    const QString keyFile = c.dir.filePath(QStringLiteral("公钥.txt"));
    const Run published = c.as(QStringLiteral("auditor-sun"),
        { QStringLiteral("certificates"), QStringLiteral("publish-key"), keyFile });
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    QFile file(keyFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).contains(QStringLiteral("company: 齐鲁机床有限公司")));

    // The database may be gone: the key file alone checks the code.
    const Run valid
        = cliWithoutDatabase({ QStringLiteral("verify"), QStringLiteral("--key"), keyFile, code });
    INFO(valid.err.toStdString());
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains(QStringLiteral("Valid")));
    CHECK(valid.out.contains(QStringLiteral("张伟")));
    CHECK(valid.out.contains(QStringLiteral("齐鲁机床有限公司")));

    const Run changed = cliWithoutDatabase(
        { QStringLiteral("verify"), QStringLiteral("--key"), keyFile, withChangedName(code) });
    CHECK(changed.exitCode == 1);
    CHECK(changed.err.contains(QStringLiteral("Invalid")));
    const Run damaged = cliWithoutDatabase(
        { QStringLiteral("verify"), QStringLiteral("--key"), keyFile, code.left(60) });
    CHECK(damaged.exitCode == 1);
    CHECK(damaged.err.contains(QStringLiteral("damaged")));
    const Run older = cliWithoutDatabase({ QStringLiteral("verify"), QStringLiteral("--key"),
        keyFile, QStringLiteral("SKL1-Y000037000001253000001-0123456789ABCDEF0123") });
    CHECK(older.exitCode == 1);
    CHECK(older.err.contains(QStringLiteral("--db")));
    const Run noKey = cliWithoutDatabase({ QStringLiteral("verify"), QStringLiteral("--key"),
        c.dir.filePath(QStringLiteral("none.txt")), code });
    CHECK(noKey.exitCode == 1);
    const Run notAKey
        = cliWithoutDatabase({ QStringLiteral("verify"), QStringLiteral("--key"), c.db, code });
    CHECK(notAKey.exitCode == 1);
    CHECK(notAKey.err.contains(QStringLiteral("not a SkillLadder public key")));
    // Without a key or a database, or without a code: usage.
    CHECK(cliWithoutDatabase({ QStringLiteral("verify"), code }).exitCode == 2);
    CHECK(
        cliWithoutDatabase({ QStringLiteral("verify"), QStringLiteral("--key"), keyFile }).exitCode
        == 2);
    CHECK(c.as(QStringLiteral("hr-li"),
               { QStringLiteral("certificates"), QStringLiteral("publish-key") })
              .exitCode
        == 2);
    // Every other command still needs its database.
    CHECK(cliWithoutDatabase({ QStringLiteral("targets") }).exitCode == 2);
}

TEST_CASE("The verification page says 有效 for a genuine code and 无效 for a changed one, "
          "offline in Chromium",
    "[cli][certificate][chromium]")
{
    CliCompany c;
    const QString code = printedCode(c);
    const QString page = c.dir.filePath(QStringLiteral("核验.html"));
    const Run written = c.as(QStringLiteral("hr-li"),
        { QStringLiteral("certificates"), QStringLiteral("publish-page"), page });
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    QFile file(page);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    CHECK(html.contains(QStringLiteral("齐鲁机床有限公司")));
    CHECK_FALSE(html.contains(QStringLiteral("http://")));
    CHECK_FALSE(html.contains(QStringLiteral("https://")));

    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
        WARN("chromium is not installed (Debian package chromium): the verification page was "
             "written but not opened in a browser");
        return;
    }
    // The page reads the code after "#" in its address, as a scanner app may open it.
    const auto shown = [&](const QString &text) {
        QTemporaryDir profile;
        const QString address = QUrl::fromLocalFile(page).toString(QUrl::FullyEncoded) + u'#'
            + QString::fromLatin1(QUrl::toPercentEncoding(text));
        const Run dumped = run(chromium,
            { QStringLiteral("--headless"), QStringLiteral("--disable-gpu"),
                QStringLiteral("--no-sandbox"), QStringLiteral("--no-first-run"),
                QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--dump-dom"),
                address });
        INFO(dumped.err.toStdString());
        REQUIRE(dumped.exitCode == 0);
        const auto verdict
            = QRegularExpression(QStringLiteral("<p id=\"verdict\"[^>]*>([^<]*)</p>"))
                  .match(dumped.out);
        REQUIRE(verdict.hasMatch());
        return std::pair { verdict.captured(1), dumped.out };
    };
    const auto [genuine, genuineDom] = shown(code);
    CHECK(genuine == QStringLiteral("有效"));
    CHECK(genuineDom.contains(QStringLiteral("<td id=\"f-name\">张伟</td>")));
    CHECK(genuineDom.contains(QStringLiteral("<td id=\"f-grade\">高级工（三级）</td>")));
    CHECK(genuineDom.contains(QStringLiteral("Y000037000001253000001")));
    CHECK(genuineDom.contains(QStringLiteral("<td id=\"f-date\">2025年3月1日</td>")));
    CHECK(shown(withChangedName(code)).first == QStringLiteral("无效"));
    CHECK(shown(code.left(80)).first == QStringLiteral("无效"));
}
