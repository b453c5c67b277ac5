#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// Printed certificates: printing them into a PDF, checking a certificate's QR code, and the
// worker's photo they carry.
class CertificateCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificateCommands)
public:
    explicit CertificateCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int certificates(CliArguments &args);
    int verify(CliArguments &args);
    int photo(CliArguments &args);

private:
    CliContext &m_cli;
};

} // namespace skl
