#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The company and its roster: init, import workers, export workers, targets, demo, backup, restore.
class RosterCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterCommands)
public:
    explicit RosterCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int init(CliArguments &args);
    // init --from FILE.sqlite --admin NAME: a local company moved onto an empty server database.
    int initFrom(const QString &file, CliArguments &args);
    // import workers FILE and export workers FILE: "import" or "export" is command.
    int transfer(const QString &command, CliArguments &args);
    int targets(CliArguments &args);
    int demo(CliArguments &args);
    // adopt --admin NAME: the first administrator of a file from before officers.
    int adopt(CliArguments &args);
    int backup(CliArguments &args);
    // template KIND OUT.xlsx: an empty import workbook with its explanation sheet (no login).
    int importTemplate(CliArguments &args);
    // Replaces the database by a checked backup, keeping the replaced file beside it.
    int restore(CliArguments &args);

private:
    int importWorkers(CliArguments &args);
    int exportWorkers(CliArguments &args);
    // Whether the database of --db exists and opens, so that a login there can be checked.
    bool currentDatabaseOpens() const;

    CliContext &m_cli;
};

} // namespace skl
