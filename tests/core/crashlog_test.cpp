#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include "core/common/crashlog.h"
#include "core/common/productinfo.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"

using namespace skl;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("A crash log never holds a full ID number or a long account number", "[crashlog]")
{
    CHECK(CrashLog::redact(QStringLiteral("worker 11010519491231002X refused"))
        == QStringLiteral("worker 110105********002X refused"));
    CHECK(CrashLog::redact(QStringLiteral("old id 110105491231002 here"))
        == QStringLiteral("old id 110105*****1002 here"));
    CHECK(CrashLog::redact(QStringLiteral("card 6222021234567890123 paid"))
        == QStringLiteral("card ****0123 paid"));
    // What is not shaped as one stays: employee numbers, dates, counts.
    CHECK(CrashLog::redact(QStringLiteral("E0042 on 2025-09-26: 1000000 rows"))
        == QStringLiteral("E0042 on 2025-09-26: 1000000 rows"));
}

TEST_CASE("A crash log names the program, its version and the reason, redacted", "[crashlog]")
{
    QTemporaryDir dir;
    CrashLog::setFolder(dir.path());
    const QString path = CrashLog::write(QStringLiteral("fatal: worker 11010519491231002X"));
    CrashLog::setFolder({});
    REQUIRE_FALSE(path.isEmpty());
    CHECK(QFileInfo(path).absolutePath() == QDir(dir.path()).absolutePath());
    const QString text = readText(path);
    CHECK(text.contains(ProductInfo::version()));
    CHECK(text.contains(QStringLiteral("110105********002X")));
    CHECK_FALSE(text.contains(QStringLiteral("11010519491231002X")));
}

#if defined(Q_OS_LINUX) && defined(SKL_CLI_PATH)
TEST_CASE("A program that crashes leaves a log in the user's data folder and says where",
    "[crashlog][file]")
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("SKL_CRASH_SELF_TEST"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SKL_CLI_PATH), { QStringLiteral("--version") });
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitStatus() == QProcess::CrashExit);
    const QDir logs(home.filePath(QStringLiteral("SkillLadder/skillladder-cli/logs")));
    const QStringList written = logs.entryList({ QStringLiteral("*-crash-*.log") }, QDir::Files);
    REQUIRE(written.size() == 1);
    const QString text = readText(logs.filePath(written.constFirst()));
    CHECK(text.contains(QStringLiteral("SIGSEGV")));
    CHECK(QString::fromLocal8Bit(process.readAllStandardError())
              .contains(QDir::toNativeSeparators(logs.filePath(written.constFirst()))));
}
#endif

#ifdef SKL_CLI_PATH
TEST_CASE("skillladder-cli --version prints the version CMake gives", "[cli]")
{
    const auto run = test::run(QStringLiteral(SKL_CLI_PATH), { QStringLiteral("--version") });
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == QStringLiteral("skillladder-cli ") + ProductInfo::version());
}
#endif
