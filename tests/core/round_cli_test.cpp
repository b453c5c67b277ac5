#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"

using skl::test::cliAs;
using skl::test::Run;

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList all;
    for (const char *w : list)
        all += text(w);
    return all;
}

// A company made through the command line (issue 16's contract): examiners E1–E3 (技师), an
// invigilator I1, candidates C1, C4 (中级工 long enough for 高级工 on 2025-09-26), C2 a day
// short, T1 a 高级工, B1 of 装配车间; hr-li runs rounds, head-zhao heads 机加车间.
struct RoundCli
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("公司.sqlite"));

    RoundCli()
    {
        REQUIRE(
            run(words({ "init", "--company", "齐鲁机床有限公司", "--province", "山东" })).exitCode
            == 0);
        const QString roster = write(QStringLiteral("花名册.csv"),
            text("工号,姓名,性别,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                 "E1,考评一,男,2005-01-01,济南厂,机加车间,车工,技师,2010-01-01\n"
                 "E2,考评二,男,2005-01-01,济南厂,机加车间,车工,技师,2010-01-01\n"
                 "E3,考评三,男,2005-01-01,济南厂,机加车间,车工,技师,2010-01-01\n"
                 "I1,监考一,男,2005-01-01,济南厂,机加车间,车工,中级工,2010-01-01\n"
                 "C1,考生一,男,2005-01-01,济南厂,机加车间,车工,中级工,2020-01-01\n"
                 "C2,考生二,女,2005-01-01,济南厂,机加车间,车工,中级工,2020-09-27\n"
                 "C4,考生四,女,2005-01-01,济南厂,机加车间,车工,中级工,2019-06-01\n"
                 "T1,高级一,男,2005-01-01,济南厂,机加车间,车工,高级工,2015-01-01\n"
                 "B1,装配一,男,2005-01-01,济南厂,装配车间,车工,中级工,2019-01-01\n"));
        const Run imported = run({ QStringLiteral("import"), QStringLiteral("workers"), roster });
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        REQUIRE(run(words({ "user", "add", "hr-li", "--role", "hr" })).exitCode == 0);
        REQUIRE(run(words({ "user", "add", "head-zhao", "--role", "workshop-head", "--workshop",
                        "机加车间" }))
                    .exitCode
            == 0);
    }

    QString write(const QString &name, const QString &content)
    {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
        return file.fileName();
    }

    Run run(const QStringList &args) { return cliAs(db, QStringLiteral("admin"), args); }
    Run hr(const QStringList &args) { return cliAs(db, QStringLiteral("hr-li"), args); }

    QString round(const char *name, const char *grade)
    {
        const Run added = hr(words({ "round", "add", name, "--occupation", "车工", "--grade", grade,
            "--assessment-end", "2025-09-26", "--json" }));
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        const QJsonObject round = QJsonDocument::fromJson(added.out.toUtf8()).object();
        CHECK(round.value(QStringLiteral("report_due")).toString() == QStringLiteral("2025-10-16"));
        const qint64 id = round.value(QStringLiteral("id")).toInteger();
        REQUIRE(id > 0);
        return QString::number(id);
    }

    void ok(const QStringList &args)
    {
        const Run r = hr(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    void panels(const QString &round, bool review = false)
    {
        ok(words({ "round", "examiner" })
            << round << words({ "--employee", "I1", "--part", "theory" }));
        for (const char *no : { "E1", "E2", "E3" }) {
            ok(words({ "round", "examiner" })
                << round
                << words({ "--employee", no, "--part", "practical", "--certificate", "KP-2025" }));
            if (review)
                ok(words({ "round", "examiner" })
                    << round << words({ "--employee", no, "--part", "review" }));
        }
    }

    QJsonObject results(const QString &round)
    {
        const Run r = hr(words({ "round", "results" }) << round << QStringLiteral("--json"));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

QJsonObject candidate(const QJsonObject &results, const QString &employeeNo)
{
    for (const QJsonValue &value : results.value(QStringLiteral("candidates")).toArray()) {
        if (value.toObject().value(QStringLiteral("employee_no")).toString() == employeeNo)
            return value.toObject();
    }
    FAIL("no candidate " << employeeNo.toStdString());
    return {};
}

} // namespace

TEST_CASE(
    "round on the command line: 60.0 passes, 59.9 fails, the pass is proposed", "[cli][rounds]")
{
    RoundCli c;
    const QString round = c.round("2025年车工高级工", "高级工");
    c.ok(words({ "round", "register" }) << round << words({ "--employee", "C1" }));
    c.ok(words({ "round", "register" }) << round << words({ "--employee", "C4" }));
    c.panels(round);
    const QString scores = c.write(
        QStringLiteral("成绩.csv"), text("employee_no,theory,practical\nC1,60.0,75\nC4,59.9,80\n"));
    const Run recorded = c.hr(words({ "round", "scores" }) << round << scores);
    INFO(recorded.err.toStdString());
    REQUIRE(recorded.exitCode == 0);

    const QJsonObject results = c.results(round);
    CHECK(results.value(QStringLiteral("round")).toInteger() == round.toLongLong());
    CHECK(results.value(QStringLiteral("report_due")).toString() == QStringLiteral("2025-10-16"));
    const QJsonObject c1 = candidate(results, QStringLiteral("C1"));
    CHECK(c1.value(QStringLiteral("theory")).toDouble() == 60.0);
    CHECK(c1.value(QStringLiteral("practical")).toDouble() == 75.0);
    CHECK(c1.value(QStringLiteral("review")).isNull());
    CHECK(c1.value(QStringLiteral("passed")).toBool());
    CHECK(c1.value(QStringLiteral("failed_parts")).toArray().isEmpty());
    CHECK(c1.value(QStringLiteral("proposal_id")).toInteger() > 0);
    const QJsonObject c4 = candidate(results, QStringLiteral("C4"));
    CHECK(c4.value(QStringLiteral("theory")).toDouble() == 59.9);
    CHECK_FALSE(c4.value(QStringLiteral("passed")).toBool());
    CHECK(c4.value(QStringLiteral("failed_parts")).toArray()
        == QJsonArray { QStringLiteral("theory") });
    CHECK(c4.value(QStringLiteral("proposal_id")).isNull());

    const Run proposals
        = c.hr(words({ "certify", "list", "--round" }) << round << QStringLiteral("--json"));
    REQUIRE(proposals.exitCode == 0);
    CHECK(QJsonDocument::fromJson(proposals.out.toUtf8())
              .object()
              .value(QStringLiteral("certifications"))
              .toArray()
              .size()
        == 1);
}

TEST_CASE("round on the command line: a 技师 candidate without a review fails on the review",
    "[cli][rounds]")
{
    RoundCli c;
    const QString round = c.round("2025年车工技师", "技师");
    c.ok(words({ "round", "register" }) << round << words({ "--employee", "T1" }));
    c.panels(round, true);
    const QString scores
        = c.write(QStringLiteral("成绩.csv"), text("工号,理论知识,操作技能,综合评审\nT1,88,90,\n"));
    REQUIRE(c.hr(words({ "round", "scores" }) << round << scores).exitCode == 0);
    const QJsonObject t1 = candidate(c.results(round), QStringLiteral("T1"));
    CHECK_FALSE(t1.value(QStringLiteral("passed")).toBool());
    CHECK(t1.value(QStringLiteral("review")).isNull());
    CHECK(t1.value(QStringLiteral("failed_parts")).toArray()
        == QJsonArray { QStringLiteral("review") });
}

TEST_CASE("round on the command line: refused registrations and examiners exit 1 with the reason, "
          "a workshop head's refusal 3",
    "[cli][rounds]")
{
    RoundCli c;
    const QString round = c.round("2025年车工高级工", "高级工");
    const Run short_
        = c.hr(words({ "round", "register" }) << round << words({ "--employee", "C2" }));
    CHECK(short_.exitCode == 1);
    CHECK(short_.err.contains(QStringLiteral("2025-09-27")));
    const Run outside = cliAs(c.db, QStringLiteral("head-zhao"),
        words({ "round", "register" }) << round << words({ "--employee", "B1" }));
    CHECK(outside.exitCode == 3);
    const Run own = cliAs(c.db, QStringLiteral("head-zhao"),
        words({ "round", "register" }) << round << words({ "--employee", "C1" }));
    INFO(own.err.toStdString());
    CHECK(own.exitCode == 0);
    // An examiner below the grade assessed; a candidate as an examiner.
    const Run low = c.hr(words({ "round", "examiner" })
        << round << words({ "--employee", "I1", "--part", "practical" }));
    CHECK(low.exitCode == 1);
    CHECK(low.err.contains(QStringLiteral("I1")));
    const Run self = c.hr(words({ "round", "examiner" })
        << round << words({ "--employee", "C1", "--part", "theory" }));
    CHECK(self.exitCode == 1);
    CHECK(c.hr(words({ "round", "examiner" })
               << round << words({ "--employee", "E1", "--part", "sideways" }))
              .exitCode
        == 2);

    // A panel of two examiners may not score.
    c.ok(words({ "round", "examiner" })
        << round << words({ "--employee", "I1", "--part", "theory" }));
    c.ok(words({ "round", "examiner" })
        << round << words({ "--employee", "E1", "--part", "practical" }));
    c.ok(words({ "round", "examiner" })
        << round << words({ "--employee", "E2", "--part", "practical" }));
    const QString scores
        = c.write(QStringLiteral("成绩.csv"), text("工号,理论知识,操作技能\nC1,80,80\n"));
    const Run two = c.hr(words({ "round", "scores" }) << round << scores);
    CHECK(two.exitCode == 1);
    CHECK(two.err.contains(QStringLiteral("line 2: practical:")));

    // A plain round, as before issue 16.
    const Run plain = c.hr(words({ "round", "add", "集中审批" }));
    CHECK(plain.exitCode == 0);
    const Run listed = c.hr(words({ "round", "list", "--json" }));
    REQUIRE(listed.exitCode == 0);
    CHECK(QJsonDocument::fromJson(listed.out.toUtf8())
              .object()
              .value(QStringLiteral("rounds"))
              .toArray()
              .size()
        == 1);
}

TEST_CASE("round on the command line: a bad scores file is refused whole, every bad line named",
    "[cli][rounds][import]")
{
    RoundCli c;
    const QString round = c.round("2025年车工高级工", "高级工");
    c.ok(words({ "round", "register" }) << round << words({ "--employee", "C1" }));
    c.ok(words({ "round", "register" }) << round << words({ "--employee", "C4" }));
    c.panels(round);
    const QString scores = c.write(QStringLiteral("成绩.csv"),
        text("employee_no,theory,practical,review\n"
             "C1,80,75,\n"
             "C4,101,70,\n"
             "X9,70,70,\n"
             "E1,70,70,\n"
             "C1,60.25,,\n"
             "C4,,,70\n"));
    const Run refused = c.hr(words({ "round", "scores" }) << round << scores);
    CHECK(refused.exitCode == 1);
    INFO(refused.err.toStdString());
    for (int line = 3; line <= 7; ++line)
        CHECK(refused.err.contains(QStringLiteral("line %1:").arg(line)));
    CHECK_FALSE(refused.err.contains(QStringLiteral("line 2:")));
    const QJsonObject c1 = candidate(c.results(round), QStringLiteral("C1"));
    CHECK(c1.value(QStringLiteral("theory")).isNull());
    CHECK(c1.value(QStringLiteral("proposal_id")).isNull());
}

TEST_CASE("round register --file registers a whole list or nobody, naming every refused line",
    "[cli][rounds][import]")
{
    RoundCli c;
    const QString round = c.round("2025年车工高级工", "高级工");
    const QString bad = c.write(
        QStringLiteral("报名表.csv"), text("工号,报名条件\nC1,\nC2,\n,\nC4,no-such-school\n"));
    const Run refused
        = c.hr(words({ "round", "register" }) << round << QStringLiteral("--file") << bad);
    CHECK(refused.exitCode == 1);
    INFO(refused.err.toStdString());
    CHECK(refused.err.contains(QStringLiteral("line 3:")));
    CHECK(refused.err.contains(QStringLiteral("2025-09-27")));
    CHECK(refused.err.contains(QStringLiteral("line 4:")));
    CHECK(refused.err.contains(QStringLiteral("line 5:")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("line 2:")));
    CHECK(c.results(round).value(QStringLiteral("candidates")).toArray().isEmpty());

    const QString good = c.write(QStringLiteral("报名表2.csv"), text("工号\nC1\nC4\n"));
    const Run registered
        = c.hr(words({ "round", "register" }) << round << QStringLiteral("--file") << good);
    INFO(registered.err.toStdString());
    CHECK(registered.exitCode == 0);
    CHECK(c.results(round).value(QStringLiteral("candidates")).toArray().size() == 2);
    CHECK(c.hr(words({ "round", "register" }) << round).exitCode == 2);
}

TEST_CASE("round withdraw takes a registration back with its reason; round remove-examiner takes "
          "one off a panel",
    "[round][cli]")
{
    RoundCli cli;
    const QString round = cli.round("2025年车工高级工第二批", "高级工");
    cli.ok(words({ "round", "register" }) << round << words({ "--employee", "C1" }));
    cli.panels(round);
    // No reason: a usage error; a stranger: refused.
    CHECK(cli.hr(words({ "round", "withdraw" }) << round << words({ "--employee", "C1" })).exitCode
        == 2);
    CHECK(cli.hr(words({ "round", "withdraw" })
                 << round << words({ "--employee", "C4", "--reason", "本人申请" }))
              .exitCode
        == 1);
    cli.ok(words({ "round", "withdraw" })
        << round << words({ "--employee", "C1", "--reason", "本人申请" }));
    CHECK(cli.results(round).value(QStringLiteral("candidates")).toArray().isEmpty());

    cli.ok(words({ "round", "remove-examiner" })
        << round << words({ "--employee", "E3", "--part", "practical" }));
    CHECK(cli.hr(words({ "round", "remove-examiner" })
                 << round << words({ "--employee", "E3", "--part", "practical" }))
              .exitCode
        == 1); // not on the panel any more
    // The practical panel is now two: scores of that part are refused.
    cli.ok(words({ "round", "register" }) << round << words({ "--employee", "C4" }));
    const QString scores
        = cli.write(QStringLiteral("scores.csv"), text("employee_no,theory,practical\nC4,80,80\n"));
    const Run refused = cli.hr(words({ "round", "scores" }) << round << scores);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("2")));
}
