#pragma once

#include <QProcess>
#include <QProcessEnvironment>
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

// The passwords a test's command line reads (issue 13): every test officer's, for logging in and
// for a new officer.
inline QProcessEnvironment cliEnvironment(
    const QString &password = QStringLiteral("correct horse battery"))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SKL_PASSWORD"), password);
    environment.insert(QStringLiteral("SKL_NEW_PASSWORD"), password);
    return environment;
}

inline Run run(const QString &program, const QStringList &args,
    const QProcessEnvironment &environment = cliEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    return Run { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

#ifdef SKL_CLI_PATH
// skillladder-cli --db database --user login ARGS --lang en (messages in the English the tests
// read). The commands that log no one in (init, demo, adopt, verify) get --admin login instead,
// unless args name one.
inline Run cliAs(const QString &database, const QString &login, QStringList args)
{
    static const QStringList withoutLogin { QStringLiteral("init"), QStringLiteral("demo"),
        QStringLiteral("adopt"), QStringLiteral("verify") };
    const bool logsIn = args.isEmpty() || !withoutLogin.contains(args.first());
    if (logsIn && !args.contains(QStringLiteral("--user")))
        args << QStringLiteral("--user") << login;
    if (!logsIn && args.first() != QStringLiteral("verify")
        && !args.contains(QStringLiteral("--admin")))
        args << QStringLiteral("--admin") << login;
    args.prepend(database);
    args.prepend(QStringLiteral("--db"));
    args << QStringLiteral("--lang") << QStringLiteral("en");
    return run(QStringLiteral(SKL_CLI_PATH), args);
}

// The same as the company's first officer, "admin" (TempDatabase's, and init's in tests).
inline Run cliOn(const QString &database, QStringList args)
{
    return cliAs(database, QStringLiteral("admin"), std::move(args));
}
#endif

} // namespace skl::test
