#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The officers of a company (issue 13): user add | list | disable | enable | unlock | passwd.
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::UserCommands)
public:
    explicit UserCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int user(CliArguments &args);

private:
    int add(CliArguments &args);
    int list(CliArguments &args);
    int passwd(CliArguments &args);
    int setState(const QString &verb, CliArguments &args);

    CliContext &m_cli;
};

} // namespace skl
