#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// Who is due for assessment (due), and which of them would close each unit's target gap (plan).
class DueCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::DueCommands)
public:
    explicit DueCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int due(CliArguments &args);
    int plan(CliArguments &args);

private:
    CliContext &m_cli;
};

} // namespace skl
