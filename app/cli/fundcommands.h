#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The employee-education fund (issue 17): a year's figures (fund), and the wage bill payroll
// enters when the pay records do not hold it (fund wage-bill).
class FundCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::FundCommands)
public:
    explicit FundCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int fund(CliArguments &args);

private:
    int show(int year, bool asJson);
    int wageBill(int year, const QString &amount, bool clear, const QString &note);

    CliContext &m_cli;
};

} // namespace skl
