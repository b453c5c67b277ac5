#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The audit trail (issue 13): audit list reads it, newest first, with ID numbers masked; audit
// verify checks its hash chain and names the first broken event. For admins and auditors.
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::AuditCommands)
public:
    explicit AuditCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int audit(CliArguments &args);

private:
    int list(CliArguments &args);
    int verify(CliArguments &args);

    CliContext &m_cli;
};

} // namespace skl
