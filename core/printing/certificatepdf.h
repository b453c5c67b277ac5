#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/printing/certificatepage.h"

class QPagedPaintDevice;

namespace skl {

// Certificates printed in a batch (a workshop, an approval round) into one PDF, or on a printer:
// one page each, loaded and painted one at a time so that memory stays flat in the number of
// pages. Every certificate is checked before anything is kept: a revoked one stops the batch
// and no file appears. Printing is logged afterwards (the first original, later ones 补发).
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificatePdf)
public:
    struct Options
    {
        CertificateFormat format = CertificateFormat::A4Landscape;
        QString fontFamily; // empty: the print font of the settings
        Officer by; // who prints: Act::PrintCertificates, a workshop head their workers only
    };

    // Returns the number of pages written.
    static Result<int> write(QSqlDatabase &db, const QList<qint64> &certificationIds,
        const QString &path, const Options &options, ProgressSink &progress);

    // Paints the certificates on device (a QPrinter); logs nothing: the caller logs once the
    // printer has accepted the job.
    static Result<QList<CertificateData>> paint(QSqlDatabase &db,
        const QList<qint64> &certificationIds, QPagedPaintDevice &device, const Options &options,
        ProgressSink &progress);
};

} // namespace skl
