#pragma once

#include <QCoreApplication>

#include "core/importing/datafiles.h"

namespace skl {

class CliArguments;
class CliContext;

// Allowances and pay: the small data files HR imports beside the roster (rates, roles,
// mentorships, pay bands, pay, market wages), the monthly allowance run, and pay parity.
class AllowanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceCommands)
public:
    explicit AllowanceCommands(CliContext &cli)
        : m_cli(cli)
    { }

    // "what import FILE.csv", what being the data file's name on the command line.
    int dataImport(DataFile kind, const QString &what, CliArguments &args);
    int allowances(CliArguments &args);
    int parity(CliArguments &args);

private:
    CliContext &m_cli;
};

} // namespace skl
