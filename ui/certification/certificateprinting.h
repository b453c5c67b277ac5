#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/printing/certificatepdf.h"

class QWidget;

namespace skl {

class Connection;

// The window's ways to print certificates: a print preview with the system printer
// (QPrintPreviewDialog), and a PDF of any number of them written in the background with progress
// and Cancel. What a printing is travels in the options (issue 15): a proof (样张) is logged
// nowhere, issuing and reissuing (补发) are logged by the officer once the pages were accepted.
// And the page that lets anyone check the printed certificates.
class CertificatePrinting
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificatePrinting)
public:
    static void preview(QWidget *parent, Connection &connection, const QList<qint64> &ids,
        const CertificatePdf::Options &options);
    static void exportPdf(QWidget *parent, const QString &databasePath, const QList<qint64> &ids,
        CertificatePdf::Options options, const QString &suggestedName);
    // Writes the company's verification page (issue 15), an HTML file anyone may open offline
    // to check a certificate's code, where the user chooses.
    static void publishVerificationPage(QWidget *parent, Connection &connection);
};

} // namespace skl
