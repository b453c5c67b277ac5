#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

namespace {

using skl::test::Run;

// As the company's first officer, "admin" (made by init here), with the test password.
Run cli(QStringList args)
{
    if (args.contains(QStringLiteral("init")))
        args << QStringLiteral("--admin") << QStringLiteral("admin");
    else if (!args.isEmpty())
        args << QStringLiteral("--user") << QStringLiteral("admin");
    QProcess process;
    process.setProcessEnvironment(skl::test::cliEnvironment());
    process.start(QStringLiteral(SKL_CLI_PATH), args);
    REQUIRE(process.waitForFinished(120000));
    return Run { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

QString writeText(const QTemporaryDir &dir, const QString &name, const QString &text)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    return file.fileName();
}

} // namespace

TEST_CASE("The command line exits 2 on bad usage", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    CHECK(cli({}).exitCode == 2);
    CHECK(cli({ QStringLiteral("--db"), db, QStringLiteral("frobnicate") }).exitCode == 2);
    CHECK(cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--company") })
              .exitCode
        == 2);
    CHECK(cli({ QStringLiteral("--db"), db, QStringLiteral("targets"), QStringLiteral("--as-of"),
                  QStringLiteral("yesterday") })
              .exitCode
        == 2);
}

TEST_CASE(
    "The command line imports, reports bad rows with exit 1, and prints JSON targets", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    REQUIRE(
        cli({ QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--company"),
                QStringLiteral("测试"), QStringLiteral("--province"), QStringLiteral("Shandong") })
            .exitCode
        == 0);

    const QString bad = writeText(dir, QStringLiteral("bad.csv"),
        QStringLiteral("employee_no,name,hire_date\nA,,2020-01-01\n"
                       "B,乙,2020-02-30\nC,丙,2020-01-01\n"));
    const Run rejected = cli(
        { QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("workers"), bad });
    CHECK(rejected.exitCode == 1);
    CHECK(rejected.err.contains(QStringLiteral("line 2: name: ")));
    CHECK(rejected.err.contains(QStringLiteral("line 3: hire_date: ")));

    const QString rejects = dir.filePath(QStringLiteral("rejects.csv"));
    const Run skipped
        = cli({ QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("workers"),
            bad, QStringLiteral("--skip-invalid"), QStringLiteral("--rejects"), rejects });
    CHECK(skipped.exitCode == 0);
    QFile rejectsFile(rejects);
    REQUIRE(rejectsFile.open(QIODevice::ReadOnly));
    const QString rejectedText = QString::fromUtf8(rejectsFile.readAll());
    CHECK(rejectedText.count(QStringLiteral("\r\n")) == 3);
    CHECK(rejectedText.contains(QStringLiteral("hire_date: ")));

    const Run targets = cli({ QStringLiteral("--db"), db, QStringLiteral("targets"),
        QStringLiteral("--as-of"), QStringLiteral("2021-01-01"), QStringLiteral("--json") });
    REQUIRE(targets.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(targets.out.toUtf8()).object();
    CHECK(json[QStringLiteral("as_of")].toString() == QStringLiteral("2021-01-01"));
    CHECK(json[QStringLiteral("company")][QStringLiteral("employees")].toInt() == 1);
    CHECK(json[QStringLiteral("company")][QStringLiteral("skilled_ratio")].toDouble() == 0.0);
    CHECK(json[QStringLiteral("company")][QStringLiteral("high_skilled_ratio")].isNull());

    const Run table = cli({ QStringLiteral("--db"), db, QStringLiteral("targets"),
        QStringLiteral("--lang"), QStringLiteral("zh") });
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("技能人才")));
}

TEST_CASE("Commands on a database that was never created fail with exit 1", "[cli]")
{
    QTemporaryDir dir;
    const Run run = cli({ QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
        QStringLiteral("targets") });
    CHECK(run.exitCode == 1);
    CHECK_FALSE(run.err.isEmpty());
}
