#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The lifelong training e-archive (issue 17): import a file of records, list a worker's
// records, the certificates expiring within a horizon, and a worker's whole archive as a PDF
// or a workbook.
class TrainingCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::TrainingCommands)
public:
    explicit TrainingCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int training(CliArguments &args);

private:
    int import(CliArguments &args);
    int list(CliArguments &args);
    int expiring(CliArguments &args);
    int archive(CliArguments &args);

    CliContext &m_cli;
};

} // namespace skl
