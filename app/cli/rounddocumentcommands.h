#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The documents filed with an assessment round (issue 16): scanned papers, sign-in sheets, the
// filing letter, each in a volume of the dossier.
class RoundDocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundDocumentCommands)
public:
    explicit RoundDocumentCommands(CliContext &cli)
        : m_cli(cli)
    { }

    // round attach ID FILE --volume N --title T [--employee NO] [--part P]
    int attach(CliArguments &args);
    // round documents ID [--json]
    int documents(CliArguments &args);

private:
    CliContext &m_cli;
};

} // namespace skl
