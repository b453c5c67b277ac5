#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The desk acts on workers (issue 15): worker add | leave | move | delete, as the window's
// roster does them, through WorkerEdits.
class WorkerCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::WorkerCommands)
public:
    explicit WorkerCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int worker(CliArguments &args);

private:
    int add(CliArguments &args);
    int leave(CliArguments &args);
    int move(CliArguments &args);
    int remove(CliArguments &args);

    CliContext &m_cli;
};

} // namespace skl
