#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The verbs of `round` that write files for people (issue 16): the public notice as a PDF and
// the round's dossier as a folder of five volumes. The round command's dispatch (RoundCommands)
// hands them the arguments after the verb.
class RoundOutputCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundOutputCommands)
public:
    explicit RoundOutputCommands(CliContext &cli)
        : m_cli(cli)
    { }

    // round notice ID --out FILE.pdf: the notice as it stands (a draft until it is posted).
    int notice(CliArguments &args);
    // round dossier ID --out DIR: the five volumes, PDF and CSV, in the round's folder in DIR.
    int dossier(CliArguments &args);

private:
    CliContext &m_cli;
};

} // namespace skl
