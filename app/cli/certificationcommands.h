#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// Certifications and what they rest on: certify (propose, decide, list), competitions and their
// results, the certification policy.
class CertificationCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificationCommands)
public:
    explicit CertificationCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int certify(CliArguments &args);
    int competition(CliArguments &args);
    int policy(CliArguments &args);

private:
    int propose(CliArguments &args);
    // approve, reject, revoke, approve-round.
    int decide(const QString &verb, CliArguments &args);
    int list(CliArguments &args);

    CliContext &m_cli;
};

} // namespace skl
