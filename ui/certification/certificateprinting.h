#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/domain/officer.h"
#include "core/printing/certificatepage.h"

class QWidget;

namespace skl {

class Connection;

// The window's ways to print certificates: a print preview with the system printer
// (QPrintPreviewDialog), and a PDF of any number of them written in the background with progress
// and Cancel. Both log the printing by the officer, so that a reprint is marked 补发. And the
// page that lets anyone check the printed certificates.
class CertificatePrinting
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificatePrinting)
public:
    static void preview(QWidget *parent, Connection &connection, const Officer &by,
        const QList<qint64> &ids, CertificateFormat format);
    static void exportPdf(QWidget *parent, const QString &databasePath, const Officer &by,
        const QList<qint64> &ids, CertificateFormat format, const QString &suggestedName);
    // Writes the company's verification page (issue 15), an HTML file anyone may open offline
    // to check a certificate's code, where the user chooses.
    static void publishVerificationPage(QWidget *parent, Connection &connection);
};

} // namespace skl
