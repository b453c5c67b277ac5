#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

namespace skl {

class CliArguments;
class CliContext;

// Printed certificates: printing them into a PDF, checking a certificate's QR code (with the
// database, or with the company's published key alone), publishing that key and the
// verification page, and the worker's photo they carry.
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
    // certificates publish-key OUT, certificates publish-page OUT.html
    int publish(CliArguments &args);
    int verifyWithKey(const QString &keyFile, const QString &code);
    // error, with how to set or confirm the certificate settings when they refused it.
    static Error withAdvice(QSqlDatabase &db, QDate today, Error error);

    CliContext &m_cli;
};

} // namespace skl
