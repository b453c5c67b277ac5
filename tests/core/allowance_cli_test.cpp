#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "core/importing/recordsource.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"

using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::Run;
using skl::test::run;

namespace {

// A company with a mentor (高级工) of two apprentices, one leaving on 2025-06-16, and a
// 中级工 who leads a team for ten days of June 2025; rates from 2025-01-01. Its officers: the
// admin (every role), "pay" (payroll), "chief" (approver), "hr" and "audit" (auditor).
struct Payroll
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("津贴.sqlite"));

    Payroll()
    {
        REQUIRE(cli({ QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("齐鲁"),
                        QStringLiteral("--province"), QStringLiteral("山东") })
                    .exitCode
            == 0);
        for (const auto &[login, role] :
            { std::pair { QStringLiteral("pay"), QStringLiteral("payroll") },
                std::pair { QStringLiteral("chief"), QStringLiteral("approver") },
                std::pair { QStringLiteral("hr"), QStringLiteral("hr") },
                std::pair { QStringLiteral("audit"), QStringLiteral("auditor") } })
            REQUIRE(cli({ QStringLiteral("user"), QStringLiteral("add"), login,
                            QStringLiteral("--role"), role })
                        .exitCode
                == 0);
        importFile(QStringLiteral("workers"),
            QStringLiteral(
                "工号,姓名,入职日期,离职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                "M1,师傅,2005-01-01,,济南厂,机加车间,车工,高级工,2015-01-01\n"
                "P1,徒弟一,2024-01-01,,济南厂,机加车间,车工,学徒工,2024-01-01\n"
                "P2,徒弟二,2024-01-01,2025-06-16,济南厂,机加车间,车工,学徒工,2024-01-01\n"
                "W1,工人,2010-01-01,,济南厂,机加车间,车工,中级工,2020-01-01\n"),
            0);
        importFile(QStringLiteral("rates"),
            QStringLiteral("kind,grade,amount,effective_from\n"
                           "技能津贴,初级工,100.00,2025-01-01\n"
                           "技能津贴,中级工,200,2025-01-01\n"
                           "skill,高级工,300.5,2025-01-01\n"
                           "班组长津贴,,300.00,2025-01-01\n"
                           "带徒津贴,,50.00,2025-01-01\n"),
            0);
        importFile(QStringLiteral("roles"),
            QStringLiteral("employee_no,role,from,to\nW1,班组长,2025-06-10,2025-06-19\n"), 0);
        importFile(QStringLiteral("mentorships"),
            QStringLiteral("mentor_no,apprentice_no,occupation,start,end,planned_end,outcome\n"
                           "M1,P1,车工,2025-01-01,,2026-12-31,\n"
                           "M1,P2,车工,2025-03-01,,2026-02-28,初级工\n"),
            0);
    }

    Run cli(const QStringList &args) { return cliOn(db, args); }
    Run as(const QString &login, const QStringList &args) { return cliAs(db, login, args); }

    Run importFile(const QString &what, const QString &csv, int expectedExit)
    {
        QFile file(dir.filePath(what + QStringLiteral(".csv")));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv.toUtf8());
        file.close();
        const Run run = what == u"workers"
            ? cli({ QStringLiteral("import"), what, file.fileName() })
            : cli({ what, QStringLiteral("import"), file.fileName() });
        INFO(run.err.toStdString());
        CHECK(run.exitCode == expectedExit);
        return run;
    }

    // employee_no → [skill, team leader, mentoring, total], as the payroll officer shows it
    // (computing it first while the month is open).
    QHash<QString, QList<qint64>> month(const QString &month)
    {
        const Run run = as(QStringLiteral("pay"),
            { QStringLiteral("allowances"), QStringLiteral("--month"), month,
                QStringLiteral("--json") });
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        CHECK(json.value(QStringLiteral("month")).toString() == month);
        QHash<QString, QList<qint64>> all;
        for (const QJsonValue &worker : json.value(QStringLiteral("workers")).toArray()) {
            const QJsonObject w = worker.toObject();
            all.insert(w.value(QStringLiteral("employee_no")).toString(),
                { w.value(QStringLiteral("skill_fen")).toInteger(),
                    w.value(QStringLiteral("team_leader_fen")).toInteger(),
                    w.value(QStringLiteral("mentoring_fen")).toInteger(),
                    w.value(QStringLiteral("total_fen")).toInteger() });
        }
        return all;
    }
};

} // namespace

TEST_CASE("The June allowances, computed by hand", "[cli][allowance]")
{
    Payroll p;
    const auto june = p.month(QStringLiteral("2025-06"));
    // M1: 300.50 all month; P1 30 days + P2 15 days of 50.00 ÷ 30 = 75.00.
    CHECK(june.value(QStringLiteral("M1")) == QList<qint64> { 30050, 0, 7500, 37550 });
    // W1: 200.00; ten days of 300.00 as team leader = 100.00.
    CHECK(june.value(QStringLiteral("W1")) == QList<qint64> { 20000, 10000, 0, 30000 });
    // Apprentices have no rate: not paid, not listed.
    CHECK(june.size() == 2);
}

TEST_CASE(
    "A locked month is reproduced after a rate change; the next month uses it", "[cli][allowance]")
{
    Payroll p;
    const auto before = p.month(QStringLiteral("2025-06"));
    REQUIRE(p.as(QStringLiteral("chief"),
                 { QStringLiteral("allowances"), QStringLiteral("approve"),
                     QStringLiteral("--month"), QStringLiteral("2025-06") })
                .exitCode
        == 0);
    p.importFile(QStringLiteral("rates"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,250.00,2025-06-01\n"), 0);
    CHECK(p.month(QStringLiteral("2025-06")) == before);
    CHECK(p.month(QStringLiteral("2025-07")).value(QStringLiteral("W1")).first() == 25000);
}

TEST_CASE("A bad rates file is refused whole, every bad row named", "[cli][allowance]")
{
    Payroll p;
    const Run bad = p.importFile(QStringLiteral("rates"),
        QStringLiteral("kind,grade,amount,effective_from\n"
                       "技能津贴,高级技师,500.00,2025-07-01\n"
                       "岗位津贴,,100.00,2025-07-01\n"
                       "技能津贴,,100.00,2025-07-01\n"
                       "技能津贴,技师,12.345,2025-07-01\n"
                       "班组长津贴,,300.00,2025-13-01\n"),
        1);
    CHECK(bad.err.contains(QStringLiteral("line 3: kind")));
    CHECK(bad.err.contains(QStringLiteral("line 4: grade")));
    CHECK(bad.err.contains(QStringLiteral("line 5: amount")));
    CHECK(bad.err.contains(QStringLiteral("line 6: effective_from")));
    CHECK(bad.err.contains(QStringLiteral("nothing was imported")));
    // The good line 2 was not written either: July still pays nothing to a 高级技师 (none here)
    // and the rates are as before.
    CHECK(p.month(QStringLiteral("2025-07")).value(QStringLiteral("M1")).first() == 30050);
}

TEST_CASE("Agreements and roles are refused with their reason", "[cli][allowance]")
{
    Payroll p;
    const Run refused = p.importFile(QStringLiteral("mentorships"),
        QStringLiteral("mentor_no,apprentice_no,occupation,start,end,planned_end\n"
                       "W1,P1,车工,2025-07-01,\n"
                       "M1,P1,车工,2025-07-01,2025-12-31\n"
                       "M1,W1,车工,2025-07-01,2025-06-30\n"
                       "M1,P2,车工,2027-01-01,,2026-12-31\n"),
        1);
    CHECK(refused.err.contains(QStringLiteral("line 2: mentor_no")));
    CHECK(refused.err.contains(QStringLiteral("at least")));
    CHECK(refused.err.contains(QStringLiteral("line 3: apprentice_no")));
    CHECK(refused.err.contains(QStringLiteral("one mentor per occupation")));
    CHECK(refused.err.contains(QStringLiteral("line 4: end")));
    CHECK(refused.err.contains(QStringLiteral("line 5: planned_end")));
    const Run overlap = p.importFile(QStringLiteral("roles"),
        QStringLiteral("employee_no,role,from,to\nW1,team_leader,2025-06-15,\n"), 1);
    CHECK(overlap.err.contains(QStringLiteral("already leads a team")));
}

TEST_CASE("The payroll workbook opens and its totals equal the run's", "[cli][allowance]")
{
    Payroll p;
    const QString xlsx = p.dir.filePath(QStringLiteral("2025年6月津贴.xlsx"));
    REQUIRE(p.as(QStringLiteral("pay"),
                 { QStringLiteral("allowances"), QStringLiteral("--month"),
                     QStringLiteral("2025-06"), QStringLiteral("--xlsx"), xlsx })
                .exitCode
        == 0);
    auto source = skl::RecordSource::open(xlsx, {});
    REQUIRE(source.ok());
    skl::CsvRecord record;
    QList<QStringList> rows;
    while ((*source)->next(record))
        rows += record.cells;
    REQUIRE(rows.size() == 4); // header, two workers, totals
    CHECK(rows[0].first() == QStringLiteral("工号"));
    CHECK(rows[0].last() == QStringLiteral("合计"));
    CHECK(rows[3].first() == QStringLiteral("合计"));
    CHECK(rows[3].last().toDouble() == Approx(675.50));
    CHECK(rows[1].at(4).toDouble() == Approx(300.50)); // a number, with its cents
}

TEST_CASE("allowances approve refuses a month paying nothing unless confirmed, and a month to come",
    "[cli][allowance]")
{
    Payroll p;
    const QStringList approve2024 { QStringLiteral("allowances"), QStringLiteral("approve"),
        QStringLiteral("--month"), QStringLiteral("2024-06") };
    // Before the rates of 2025-01-01 nothing is paid.
    REQUIRE(p.month(QStringLiteral("2024-06")).isEmpty());
    const Run refused = p.as(QStringLiteral("chief"), approve2024);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("pays no worker")));
    CHECK(refused.err.contains(QStringLiteral("--confirm-empty")));
    const Run confirmed = p.as(
        QStringLiteral("chief"), approve2024 + QStringList { QStringLiteral("--confirm-empty") });
    INFO(confirmed.err.toStdString());
    CHECK(confirmed.exitCode == 0);

    const QString future = QDate::currentDate().addMonths(1).toString(QStringLiteral("yyyy-MM"));
    REQUIRE(p.month(future).size() == 2);
    const Run early = p.as(QStringLiteral("chief"),
        { QStringLiteral("allowances"), QStringLiteral("approve"), QStringLiteral("--month"),
            future });
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("has not begun")));
}

TEST_CASE("allowances reopen: a correction run, its difference, and the month locked again",
    "[cli][allowance]")
{
    Payroll p;
    const QStringList month { QStringLiteral("--month"), QStringLiteral("2025-06") };
    const QString chief = QStringLiteral("chief");
    const auto before = p.month(QStringLiteral("2025-06"));
    REQUIRE(
        p.as(chief, QStringList { QStringLiteral("allowances"), QStringLiteral("approve") } + month)
            .exitCode
        == 0);
    // A reason is required, and belongs to reopen only.
    CHECK(
        p.as(chief, QStringList { QStringLiteral("allowances"), QStringLiteral("reopen") } + month)
            .exitCode
        == 2);
    CHECK(p.as(chief,
               QStringList { QStringLiteral("allowances") } + month
                   + QStringList { QStringLiteral("--reason"), QStringLiteral("x") })
              .exitCode
        == 2);
    // Payroll computes and shows the month; reopening it is an approver's.
    CHECK(p.as(QStringLiteral("pay"),
               QStringList { QStringLiteral("allowances"), QStringLiteral("reopen") } + month
                   + QStringList { QStringLiteral("--reason"), QStringLiteral("x") })
              .exitCode
        == 3);
    const Run reopened = p.as(chief,
        QStringList { QStringLiteral("allowances"), QStringLiteral("reopen") } + month
            + QStringList { QStringLiteral("--reason"), QStringLiteral("中级工 rate was 250") });
    INFO(reopened.err.toStdString());
    REQUIRE(reopened.exitCode == 0);
    p.importFile(QStringLiteral("rates"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,250.00,2025-06-01\n"), 0);
    const auto after = p.month(QStringLiteral("2025-06"));
    CHECK(after.value(QStringLiteral("W1")).first() == 25000);
    CHECK(after.value(QStringLiteral("M1")) == before.value(QStringLiteral("M1")));
    const Run diff = p.as(chief,
        { QStringLiteral("allowances"), QStringLiteral("diff"), QStringLiteral("--month"),
            QStringLiteral("2025-06") });
    INFO(diff.err.toStdString());
    REQUIRE(diff.exitCode == 0);
    CHECK(diff.out.contains(QStringLiteral("W1")));
    CHECK(diff.out.contains(QStringLiteral("300.00 → 350.00")));
    CHECK(diff.out.contains(QStringLiteral("1 worker(s) differ")));
    REQUIRE(
        p.as(chief, QStringList { QStringLiteral("allowances"), QStringLiteral("approve") } + month)
            .exitCode
        == 0);
    // Locked with the correction: shown as it is, whatever changes later.
    p.importFile(QStringLiteral("rates"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,270.00,2025-06-01\n"), 0);
    CHECK(p.month(QStringLiteral("2025-06")) == after);
}

TEST_CASE(
    "The payroll officer who computed a month cannot approve it", "[cli][allowance][officers]")
{
    Payroll p;
    REQUIRE(p.cli({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("both"),
                      QStringLiteral("--role"), QStringLiteral("payroll,approver") })
                .exitCode
        == 0);
    const QStringList show { QStringLiteral("allowances"), QStringLiteral("--month"),
        QStringLiteral("2025-06") };
    const QStringList approve { QStringLiteral("allowances"), QStringLiteral("approve"),
        QStringLiteral("--month"), QStringLiteral("2025-06") };
    REQUIRE(p.as(QStringLiteral("both"), show).exitCode == 0);
    // Holding the approver role does not help, whatever the environment says.
    const Run self = p.as(QStringLiteral("both"), approve);
    CHECK(self.exitCode == 3);
    CHECK(self.err.contains(QStringLiteral("computed run")));
    CHECK(p.as(QStringLiteral("pay"), approve).exitCode == 3); // no approver role
    // Another approver, who did not compute it, approves.
    const Run other = p.as(QStringLiteral("chief"), approve);
    INFO(other.err.toStdString());
    CHECK(other.exitCode == 0);
    CHECK(other.out.contains(QStringLiteral("are locked")));
}

TEST_CASE("Allowance runs and their imports are refused to the roles that may not touch pay",
    "[cli][allowance][officers]")
{
    Payroll p;
    const QStringList june { QStringLiteral("allowances"), QStringLiteral("--month"),
        QStringLiteral("2025-06") };
    // The auditor reads no pay of individuals, not even the month's run, nor a difference.
    for (const QStringList &args : { june, june + QStringList { QStringLiteral("--json") },
             QStringList { QStringLiteral("allowances"), QStringLiteral("diff"),
                 QStringLiteral("1"), QStringLiteral("2") } }) {
        const Run refused = p.as(QStringLiteral("audit"), args);
        INFO(args.join(u' ').toStdString());
        CHECK(refused.exitCode == 3);
        CHECK(refused.out.isEmpty());
    }
    // hr neither; an approver reads a locked month but does not compute an open one, nor export.
    CHECK(p.as(QStringLiteral("hr"), june).exitCode == 3);
    const Run computing = p.as(QStringLiteral("chief"), june);
    CHECK(computing.exitCode == 3);
    CHECK(computing.err.contains(QStringLiteral("compute allowance months")));
    REQUIRE(p.as(QStringLiteral("pay"), june).exitCode == 0);
    // The approver sees the draft the payroll officer computed, as it stands, to decide on it.
    const Run draft
        = p.as(QStringLiteral("chief"), june + QStringList { QStringLiteral("--json") });
    CHECK(draft.exitCode == 0);
    CHECK(draft.out.contains(QStringLiteral("\"status\": \"draft\"")));
    REQUIRE(p.as(QStringLiteral("chief"),
                 { QStringLiteral("allowances"), QStringLiteral("approve"),
                     QStringLiteral("--month"), QStringLiteral("2025-06") })
                .exitCode
        == 0);
    const Run locked = p.as(QStringLiteral("chief"), june);
    CHECK(locked.exitCode == 0);
    CHECK(locked.out.contains(QStringLiteral("approved, locked")));
    CHECK(p.as(QStringLiteral("audit"), june).exitCode == 3);
    CHECK(
        p.as(QStringLiteral("chief"),
             june
                 + QStringList { QStringLiteral("--csv"), p.dir.filePath(QStringLiteral("x.csv")) })
            .exitCode
        == 3);
    CHECK_FALSE(QFile::exists(p.dir.filePath(QStringLiteral("x.csv"))));

    // Rates are payroll's: an hr officer's file is refused before it is read, good or bad.
    const Run rates = p.as(QStringLiteral("hr"),
        { QStringLiteral("rates"), QStringLiteral("import"),
            p.dir.filePath(QStringLiteral("rates.csv")) });
    CHECK(rates.exitCode == 3);
    CHECK(rates.err.contains(QStringLiteral("set allowance rates")));
    CHECK(p.as(QStringLiteral("hr"),
               { QStringLiteral("rates"), QStringLiteral("import"),
                   p.dir.filePath(QStringLiteral("missing.csv")) })
              .exitCode
        == 3);
    for (const QString &table : { QStringLiteral("roles"), QStringLiteral("mentorships") })
        CHECK(p.as(QStringLiteral("audit"),
                   { table, QStringLiteral("import"),
                       p.dir.filePath(table + QStringLiteral(".csv")) })
                  .exitCode
            == 3);
}
