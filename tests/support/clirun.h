#pragma once

#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

namespace skl::test {

// A finished program: exit code, standard output and error as UTF-8.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    return Run { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

#ifdef SKL_CLI_PATH
// skillladder-cli --db database ARGS --lang en (messages in the English the tests read).
inline Run cliOn(const QString &database, QStringList args)
{
    args.prepend(database);
    args.prepend(QStringLiteral("--db"));
    args << QStringLiteral("--lang") << QStringLiteral("en");
    return run(QStringLiteral(SKL_CLI_PATH), args);
}
#endif

} // namespace skl::test
