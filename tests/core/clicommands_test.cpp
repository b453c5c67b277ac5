#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include "app/cli/clicommands.h"
#include "tests/support/catchqt.h"

using namespace Qt::StringLiterals;
using skl::CliCommands;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The commands run in this process, their output kept.
Run runCli(const QStringList &arguments)
{
    Run run;
    {
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.exitCode = CliCommands(out, err).run(arguments);
    }
    return run;
}

// The command each line of the usage text starts with ("  certify propose …" names certify);
// continuation lines are indented further and name none.
QStringList commandsNamedIn(const QString &usage)
{
    static const QRegularExpression line(u"^  ([a-z-]+)"_s, QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = line.globalMatch(usage); it.hasNext();)
        names += it.next().captured(1);
    return names;
}

} // namespace

TEST_CASE(
    "Every command of the table has its lines in the usage text, and only its own", "[cli][usage]")
{
    const QList<CliCommands::Command> &table = CliCommands::table();
    // Issue 17 added training, fund, talent, attest, honours, studio and project.
    REQUIRE(table.size() == 38);
    QSet<QString> names;
    for (const CliCommands::Command &command : table) {
        INFO(command.name.toStdString());
        CHECK_FALSE(names.contains(command.name));
        names.insert(command.name);
        const QStringList named = commandsNamedIn(CliCommands::tr(command.usage));
        REQUIRE_FALSE(named.isEmpty());
        CHECK(named == QStringList(named.size(), command.name));
    }
    const QStringList inUsage = commandsNamedIn(CliCommands::usage());
    CHECK(QSet<QString>(inUsage.begin(), inUsage.end()) == names);
}

TEST_CASE("The usage text has one heading per section and no issue numbers", "[cli][usage]")
{
    const QString usage = CliCommands::usage();
    CHECK(usage.startsWith(
        u"Usage: skillladder-cli --db FILE --user NAME COMMAND [OPTIONS]\n\nCommands:\n"_s));
    CHECK(usage.count(u"\nCommands:\n"_s) == 1);
    CHECK(usage.count(u"\n\nCertification:\n"_s) == 1);
    CHECK(usage.count(u"\n\nAllowances:\n"_s) == 1);
    CHECK(usage.count(u"\n\nOfficers and the audit trail:\n"_s) == 1);
    CHECK_FALSE(usage.contains(u"--by"_s));
    // No "issue 15" and the like (--reissue is an option's name).
    CHECK_FALSE(QString(usage).remove(u"--reissue"_s).contains(u"issue"_s));
    CHECK(usage.contains(u"Exit codes: 0 success, 1 invalid data, 2 bad usage, 3 refused"_s));
}

TEST_CASE("Every command of the table is dispatched to its group", "[cli][usage]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"never-created.sqlite"_s);
    for (const CliCommands::Command &command : CliCommands::table()) {
        INFO(command.name.toStdString());
        // With no arguments each command either asks for them (2) or finds no database (1).
        const Run run = runCli({ u"--db"_s, db, command.name });
        CHECK((run.exitCode == 1 || run.exitCode == 2));
        CHECK_FALSE(run.err.contains(u"Unknown command"_s));
        CHECK_FALSE(run.err.isEmpty());
    }
}

TEST_CASE("An unknown command is a usage error with exit code 2", "[cli][usage]")
{
    QTemporaryDir dir;
    const Run run = runCli({ u"--db"_s, dir.filePath(u"c.sqlite"_s), u"frobnicate"_s });
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"Unknown command \"frobnicate\"."_s));
    CHECK(run.err.contains(u"Run skillladder-cli --help for the commands."_s));
    CHECK(run.out.isEmpty());

    const Run help = runCli({ u"--help"_s });
    CHECK(help.exitCode == 0);
    CHECK(help.out == CliCommands::usage());
}

TEST_CASE("Only the commands that draw text ask for a QGuiApplication", "[cli][usage]")
{
    CHECK(
        CliCommands::needsGui({ u"--db"_s, u"c.sqlite"_s, u"certificates"_s, u"--id"_s, u"1"_s }));
    CHECK(CliCommands::needsGui({ u"--db"_s, u"c.sqlite"_s, u"demo"_s, u"--workers"_s, u"5"_s }));
    CHECK(CliCommands::needsGui({ u"--db"_s, u"c.sqlite"_s, u"report"_s, u"--out"_s, u"r.pdf"_s }));
    CHECK_FALSE(CliCommands::needsGui({ u"--db"_s, u"c.sqlite"_s, u"targets"_s }));
    CHECK_FALSE(CliCommands::needsGui({ u"--db"_s, u"c.sqlite"_s, u"due"_s, u"--json"_s }));
}
