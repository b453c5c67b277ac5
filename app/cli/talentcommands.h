#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The high-skilled talent pool (高技能人才库) and the attestation of the company's high-skilled
// staffing (高技能人才配置状况, issue 17).
class TalentCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::TalentCommands)
public:
    explicit TalentCommands(CliContext &cli)
        : m_cli(cli)
    { }

    // talent [--as-of D] [--json | --xlsx OUT]
    int talent(CliArguments &args);
    // attest --as-of D --out FILE.pdf
    int attest(CliArguments &args);

private:
    CliContext &m_cli;
};

} // namespace skl
