#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using skl::test::cliOn;
using skl::test::Run;
using skl::test::run;

namespace {

// The company of the certification tests, made through the command line.
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
    }

    Run cli(const QStringList &args) { return cliOn(db, args); }

    qint64 propose(const QString &employee, const QString &grade, const QString &date)
    {
        const Run r = cli({ QStringLiteral("certify"), QStringLiteral("propose"),
            QStringLiteral("--employee"), employee, QStringLiteral("--occupation"),
            QStringLiteral("车工"), QStringLiteral("--grade"), grade, QStringLiteral("--way"),
            QStringLiteral("regular"), QStringLiteral("--date"), date, QStringLiteral("--by"),
            QStringLiteral("hr-li"), QStringLiteral("--json") });
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
    const Run self = c.cli({ QStringLiteral("certify"), QStringLiteral("approve"), idText,
        QStringLiteral("--by"), QStringLiteral("hr-li") });
    CHECK(self.exitCode == 1);
    CHECK(self.err.contains(QStringLiteral("four eyes")));
    const Run approved = c.cli({ QStringLiteral("certify"), QStringLiteral("approve"), idText,
        QStringLiteral("--by"), QStringLiteral("chief-wang") });
    REQUIRE(approved.exitCode == 0);
    CHECK(approved.out.contains(QStringLiteral("Y000037000001253000001")));

    CHECK(c.cli({ QStringLiteral("certify"), QStringLiteral("revoke"), idText,
                    QStringLiteral("--by"), QStringLiteral("chief-wang") })
              .exitCode
        == 1); // no reason
    REQUIRE(c.cli({ QStringLiteral("certify"), QStringLiteral("revoke"), idText,
                      QStringLiteral("--by"), QStringLiteral("chief-wang"),
                      QStringLiteral("--reason"), QStringLiteral("材料有误") })
                .exitCode
        == 0);
    const Run printRevoked = c.cli({ QStringLiteral("certificates"), QStringLiteral("--id"), idText,
        QStringLiteral("--out"), c.dir.filePath(QStringLiteral("x.pdf")) });
    CHECK(printRevoked.exitCode == 1);
    CHECK(printRevoked.err.contains(QStringLiteral("revoked")));
    CHECK_FALSE(QFile::exists(c.dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("A printed certificate is searchable and its QR code verifies", "[cli][certificate]")
{
    CliCompany c;
    const qint64 id
        = c.propose(QStringLiteral("A1"), QStringLiteral("高级工"), QStringLiteral("2025-03-01"));
    REQUIRE(c.cli({ QStringLiteral("certify"), QStringLiteral("approve"), QString::number(id),
                      QStringLiteral("--by"), QStringLiteral("chief-wang") })
                .exitCode
        == 0);
    const QString pdf = c.dir.filePath(QStringLiteral("机加车间证书.pdf"));
    const Run printed = c.cli({ QStringLiteral("certificates"), QStringLiteral("--workshop"),
        QStringLiteral("机加车间"), QStringLiteral("--out"), pdf, QStringLiteral("--font"),
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
    CHECK(code.startsWith(QStringLiteral("SKL1-Y000037000001253000001-")));
    const Run valid = c.cli({ QStringLiteral("verify"), code });
    CHECK(valid.exitCode == 0);
    CHECK(valid.out.contains(QStringLiteral("valid")));
    QString tampered = code;
    tampered.replace(QStringLiteral("253000001"), QStringLiteral("253000002"));
    CHECK(c.cli({ QStringLiteral("verify"), tampered }).exitCode == 1);

    // A second printing is a duplicate (补发), and says so on the page.
    REQUIRE(c.cli({ QStringLiteral("certificates"), QStringLiteral("--id"), QString::number(id),
                      QStringLiteral("--out"), pdf, QStringLiteral("--a5") })
                .exitCode
        == 0);
    CHECK(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
              .out.contains(QStringLiteral("补发")));
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
        QStringLiteral("--by"), QStringLiteral("hr-li"), QStringLiteral("--json") };
    const Run alone = c.cli(propose);
    CHECK(alone.exitCode == 1);
    CHECK(alone.err.contains(future));

    const Run round = c.cli({ QStringLiteral("round"), QStringLiteral("add"),
        QStringLiteral("远期认定"), QStringLiteral("--by"), QStringLiteral("hr-li") });
    INFO(round.err.toStdString());
    REQUIRE(round.exitCode == 0);
    const qint64 roundId = 1; // the first round of a new database
    const Run proposed
        = c.cli(propose + QStringList { QStringLiteral("--round"), QString::number(roundId) });
    INFO(proposed.err.toStdString());
    REQUIRE(proposed.exitCode == 0);
    const qint64 id = QJsonDocument::fromJson(proposed.out.toUtf8())
                          .object()
                          .value(QStringLiteral("id"))
                          .toInteger();
    const Run approved = c.cli({ QStringLiteral("certify"), QStringLiteral("approve"),
        QString::number(id), QStringLiteral("--by"), QStringLiteral("chief-wang") });
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
