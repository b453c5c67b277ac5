#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include "app/cli/clicontext.h"

namespace skl {

class CliArguments;

// skillladder-cli: the table of its commands, dispatched by name to the group that runs them,
// and the usage text made from the same table.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::CliCommands)
public:
    // The headings of the usage text.
    enum class Section { Roster, Certification, Allowances, Officers };

    struct Command
    {
        QString name; // the first word on the command line
        Section section;
        // Its lines of the usage text, translated when printed: main() reads the table (needsGui)
        // before the application and its translator exist.
        const char *usage;
        int (*run)(CliContext &cli, CliArguments &args); // on the arguments after the name
        bool drawsText = false; // needs a QGuiApplication
        // Runs as the officer of --user, logged in: all but init, demo, adopt, verify and template.
        bool logsIn = true;
        // False for verify, which with --key checks a code without any database, and template.
        bool needsDatabase = true;
    };

    CliCommands(QTextStream &out, QTextStream &err)
        : m_cli(out, err)
    { }

    // arguments without the program name.
    int run(QStringList arguments);

    static const QList<Command> &table();
    // Does the command draw text (and so need a QGuiApplication)?
    static bool needsGui(const QStringList &arguments);
    static QString usage();

private:
    static QString heading(Section section);

    CliContext m_cli;
};

} // namespace skl
