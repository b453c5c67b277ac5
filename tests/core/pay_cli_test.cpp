#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"

using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::Run;
using skl::test::run;

namespace {

// Three 高级工 (one on an annual salary above the band), a 技师, and engineers with titles.
struct PayCompany
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("薪酬.sqlite"));

    PayCompany()
    {
        REQUIRE(cli({ QStringLiteral("init"), QStringLiteral("--company"), QStringLiteral("齐鲁"),
                        QStringLiteral("--province"), QStringLiteral("山东") })
                    .exitCode
            == 0);
        load(QStringLiteral("import"), QStringLiteral("workers"),
            QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                           "S1,高一,2010-01-01,济南厂,一车间,车工,高级工,2020-01-01\n"
                           "S2,高二,2010-01-01,济南厂,一车间,车工,高级工,2020-01-01\n"
                           "S3,高三,2010-01-01,西安厂,二车间,车工,高级工,2020-01-01\n"
                           "T1,技一,2010-01-01,济南厂,一车间,车工,技师,2020-01-01\n"
                           "E1,工程师一,2010-01-01,济南厂,技术部,,,\n"
                           "E2,工程师二,2010-01-01,济南厂,技术部,,,\n"
                           "A1,助工一,2010-01-01,济南厂,技术部,,,\n"),
            0);
        load(QStringLiteral("paybands"), QStringLiteral("import"),
            QStringLiteral("track,level,min,mid,max,effective_from\n"
                           "技能等级,高级工,4000,5000,6000,2025-01-01\n"
                           "grade,技师,6000,7000,8000,2025-01-01\n"
                           "职称,助理级,4000,5000,6000,2025-01-01\n"),
            0);
        load(QStringLiteral("pay"), QStringLiteral("import"),
            QStringLiteral("employee_no,effective_from,mode,amount,title\n"
                           "S1,2025-01-01,月薪,4500.00,\n"
                           "S2,2025-01-01,monthly,5500,\n"
                           "S3,2025-01-01,年薪制,84000,\n"
                           "T1,2025-01-01,协议工资制,7000,\n"
                           "A1,2025-01-01,月薪,5200,助理工程师\n"
                           "E1,2025-01-01,月薪,8000,工程师\n"
                           "E2,2025-01-01,月薪,9000,中级\n"),
            0);
        load(QStringLiteral("wages"), QStringLiteral("import"),
            QStringLiteral("year,occupation,grade,p10,p25,p50,p75,p90\n"
                           "2025,车工,高级工,3000,4000,5000,6000,8000\n"),
            0);
    }

    Run cli(const QStringList &args) { return cliOn(db, args); }

    Run load(const QString &first, const QString &second, const QString &csv, int expected)
    {
        QFile file(dir.filePath(first + second + QStringLiteral(".csv")));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(csv.toUtf8());
        file.close();
        const Run run = cli({ first, second, file.fileName() });
        INFO(run.err.toStdString());
        CHECK(run.exitCode == expected);
        return run;
    }
};

QJsonObject parityRow(const QJsonObject &report, const QJsonValue &site, const QString &grade)
{
    for (const QJsonValue &row : report.value(QStringLiteral("parity")).toArray()) {
        const QJsonObject r = row.toObject();
        if (r.value(QStringLiteral("site")) == site
            && r.value(QStringLiteral("grade")).toString() == grade)
            return r;
    }
    FAIL("no parity row");
    return {};
}

} // namespace

TEST_CASE("Pay against the band and the market, and the parity gap, computed by hand", "[cli][pay]")
{
    PayCompany c;
    const Run run = c.cli({ QStringLiteral("parity"), QStringLiteral("--as-of"),
        QStringLiteral("2025-06-30"), QStringLiteral("--json") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(report.value(QStringLiteral("reference_year")).toInt() == 2025);
    const QJsonObject senior = report.value(QStringLiteral("grades")).toArray().at(3).toObject();
    CHECK(senior.value(QStringLiteral("grade")).toString() == QStringLiteral("高级工"));
    const QJsonObject pay = senior.value(QStringLiteral("pay")).toObject();
    CHECK(pay.value(QStringLiteral("count")).toInt() == 3);
    // 4500, 5500 and 84000 ÷ 12 = 7000: median 5500.00; 7000 is above the band's 6000.
    CHECK(pay.value(QStringLiteral("median_fen")).toInteger() == 550000);
    CHECK(pay.value(QStringLiteral("max_fen")).toInteger() == 700000);
    CHECK(senior.value(QStringLiteral("above_max")).toInt() == 1);
    CHECK(senior.value(QStringLiteral("below_min")).toInt() == 0);
    // Compa-ratios 0.9, 1.1, 1.4: median 1100 ‰.
    CHECK(senior.value(QStringLiteral("compa_permille")).toInteger() == 1100);
    // Against 车工 高级工 2025 (P10 3000 … P90 8000): P25–P50, P50–P75, P75–P90.
    CHECK(senior.value(QStringLiteral("market")).toArray() == QJsonArray { 0, 0, 1, 1, 1, 0 });
    CHECK(report.value(QStringLiteral("outside_band")).toInt() == 1);

    // Company: 高级工 median 5500 against 助理级 5200: +5.8 %; 技师 7000 against 中级 8500: −17.6
    // %.
    CHECK(parityRow(report, QJsonValue(), QStringLiteral("高级工"))
              .value(QStringLiteral("gap_permille"))
              .toInteger()
        == 58);
    CHECK(parityRow(report, QJsonValue(), QStringLiteral("技师"))
              .value(QStringLiteral("gap_permille"))
              .toInteger()
        == -176);
    // 济南厂 alone: 高级工 4500 and 5500, median 5000 against 5200: −3.8 %.
    CHECK(parityRow(report, QJsonValue(QStringLiteral("济南厂")), QStringLiteral("高级工"))
              .value(QStringLiteral("gap_permille"))
              .toInteger()
        == -38);
    // No 特级技师: no gap, never a division by zero.
    CHECK(parityRow(report, QJsonValue(), QStringLiteral("特级技师"))
              .value(QStringLiteral("gap_permille"))
              .isNull());
}

TEST_CASE("The pay report people read has thousands separators; its JSON stays in exact fen",
    "[cli][pay][figures]")
{
    PayCompany c;
    const Run text = c.cli(
        { QStringLiteral("parity"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30") });
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    // 高级工: median 5,500.00 in the band 4,000.00–5,000.00–6,000.00, compa-ratio 110.0%.
    CHECK(text.out.contains(QStringLiteral("5,500.00\t4,000.00–5,000.00–6,000.00")));
    CHECK(text.out.contains(QStringLiteral("110.0%")));
    CHECK_FALSE(text.out.contains(QStringLiteral("5500.00")));
    // The machine's form is untouched: integers of fen.
    const Run json = c.cli({ QStringLiteral("parity"), QStringLiteral("--as-of"),
        QStringLiteral("2025-06-30"), QStringLiteral("--json") });
    REQUIRE(json.exitCode == 0);
    CHECK(json.out.contains(QStringLiteral("\"median_fen\": 550000")));
}

TEST_CASE("Every worker's place against band and market, for Excel", "[cli][pay]")
{
    PayCompany c;
    const QString csv = c.dir.filePath(QStringLiteral("薪酬明细.csv"));
    const Run run = c.cli({ QStringLiteral("parity"), QStringLiteral("--as-of"),
        QStringLiteral("2025-06-30"), QStringLiteral("--csv"), csv });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // S3: 84000 a year is 7000.00 a month, 1.4 times the band mid, between P75 and P90.
    CHECK(text.contains(QStringLiteral(
        "S3,高三,西安厂,二车间,高级工,,7000.00,4000.00,5000.00,6000.00,1.400,P75–P90")));
    CHECK(text.contains(QStringLiteral("A1,助工一,济南厂,技术部,,助理级,5200.00,4000.00,5000.00,"
                                       "6000.00,1.040,")));
}

TEST_CASE("A bad pay file is refused whole, every bad row named", "[cli][pay]")
{
    PayCompany c;
    const Run bad = c.load(QStringLiteral("pay"), QStringLiteral("import"),
        QStringLiteral("employee_no,effective_from,mode,amount,title\n"
                       "S1,2025-07-01,月薪,4600,\n"
                       "S2,2025-07-01,计件,4600,\n"
                       "S3,2025-07-01,月薪,4600.001,\n"
                       "Z9,2025-07-01,月薪,4600,\n"
                       "A1,2025-07-01,月薪,5300,研究员\n"),
        1);
    CHECK(bad.err.contains(QStringLiteral("line 3: mode")));
    CHECK(bad.err.contains(QStringLiteral("line 4: amount")));
    CHECK(bad.err.contains(QStringLiteral("line 5: employee_no")));
    CHECK(bad.err.contains(QStringLiteral("line 6: title")));
    // Line 2 was good but is not written either: S1 still earns 4500 in July.
    const Run run = c.cli({ QStringLiteral("parity"), QStringLiteral("--as-of"),
        QStringLiteral("2025-07-31"), QStringLiteral("--json") });
    const QJsonObject senior = QJsonDocument::fromJson(run.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("grades"))
                                   .toArray()
                                   .at(3)
                                   .toObject();
    CHECK(
        senior.value(QStringLiteral("pay")).toObject().value(QStringLiteral("min_fen")).toInteger()
        == 450000);
    const Run band = c.load(QStringLiteral("paybands"), QStringLiteral("import"),
        QStringLiteral(
            "track,level,min,mid,max,effective_from\n技能等级,技师,7000,6000,8000,2025-07-01\n"),
        1);
    CHECK(band.err.contains(QStringLiteral("min ≤ mid ≤ max")));
}

TEST_CASE("pay import says how many rows replaced a stored value", "[cli][pay][history]")
{
    PayCompany c;
    const Run again = c.load(QStringLiteral("pay"), QStringLiteral("import"),
        QStringLiteral("employee_no,effective_from,mode,amount\n"
                       "S1,2025-01-01,月薪,5.00\n"
                       "S2,2025-01-01,monthly,5500\n"),
        0);
    CHECK(again.out.contains(QStringLiteral("2 row(s) imported")));
    CHECK(again.out.contains(QStringLiteral("1 row(s) replaced a stored value")));
    CHECK_FALSE(again.out.contains(QStringLiteral("4500")));
}

TEST_CASE("Pay is read by payroll and approvers, imported and exported by payroll only",
    "[cli][pay][officers]")
{
    PayCompany c;
    for (const auto &[login, role] :
        { std::pair { QStringLiteral("chief"), QStringLiteral("approver") },
            std::pair { QStringLiteral("hr"), QStringLiteral("hr") },
            std::pair { QStringLiteral("audit"), QStringLiteral("auditor") } })
        REQUIRE(c.cli({ QStringLiteral("user"), QStringLiteral("add"), login,
                          QStringLiteral("--role"), role })
                    .exitCode
            == 0);
    const QStringList parity { QStringLiteral("parity"), QStringLiteral("--as-of"),
        QStringLiteral("2025-06-30"), QStringLiteral("--json") };
    // The auditor reads no pay of individuals; hr neither.
    for (const QString &login : { QStringLiteral("audit"), QStringLiteral("hr") }) {
        const Run refused = cliAs(c.db, login, parity);
        INFO(login.toStdString());
        CHECK(refused.exitCode == 3);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.contains(QStringLiteral("read pay")));
    }
    CHECK(cliAs(c.db, QStringLiteral("chief"), parity).exitCode == 0);
    // Every worker's pay in a file is payroll's export.
    const QString csv = c.dir.filePath(QStringLiteral("薪酬明细.csv"));
    CHECK(cliAs(c.db, QStringLiteral("chief"),
              { QStringLiteral("parity"), QStringLiteral("--csv"), csv })
              .exitCode
        == 3);
    CHECK_FALSE(QFile::exists(csv));
    // The pay tables are payroll's to import, whatever the file holds.
    for (const QString &table :
        { QStringLiteral("pay"), QStringLiteral("paybands"), QStringLiteral("wages") }) {
        INFO(table.toStdString());
        const Run refused = cliAs(c.db, QStringLiteral("hr"),
            { table, QStringLiteral("import"),
                c.dir.filePath(table + QStringLiteral("import.csv")) });
        CHECK(refused.exitCode == 3);
        CHECK(refused.err.contains(QStringLiteral("Payroll officer")));
    }
}
