#include "core/printing/certificatepdf.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/common/appsettings.h"
#include "core/store/integritycheck.h"
#include "core/store/officerstore.h"

namespace skl {

namespace {

    constexpr int kPdfResolution = 300;

    Error canceled()
    {
        return Error { CertificatePdf::tr("Printing was cancelled; nothing was written."), {} };
    }

} // namespace

Result<QList<CertificateData>> CertificatePdf::paint(QSqlDatabase &db,
    const QList<qint64> &certificationIds, QPagedPaintDevice &device, const Options &options,
    ProgressSink &progress)
{
    // The officer first (issue 13), then the file and every certificate, so that a refused one
    // stops the batch before any page is printed.
    if (auto allowed = OfficerStore::require(db, options.by, Act::PrintCertificates); !allowed)
        return allowed.error();
    if (certificationIds.isEmpty())
        return Error { tr("There is no certificate to print."), {} };
    // A certificate is a legal document: none is printed from a damaged file (issue 12).
    if (auto sound = IntegrityCheck::quick(db, tr("Printing the certificates")); !sound)
        return sound.error();
    if (auto printable = CertificateStore::requirePrintable(db, options.by, certificationIds);
        !printable)
        return printable.error();
    const auto seal = CertificateStore::seal(db);
    if (!seal)
        return seal.error();
    const CertificatePage page(QImage::fromData(*seal),
        options.fontFamily.isEmpty() ? AppSettings::printFont() : options.fontFamily);
    CertificatePage::setUp(device, options.format);
    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("The printer or file cannot be opened for printing."), {} };
    QList<CertificateData> printed;
    printed.reserve(certificationIds.size());
    const QRectF whole(0, 0, device.width(), device.height());
    for (qsizetype i = 0; i < certificationIds.size(); ++i) {
        if (progress.isCanceled()) {
            painter.end();
            return canceled();
        }
        auto data = CertificateStore::forCertification(db, certificationIds[i]);
        if (!data) {
            painter.end();
            return data.error();
        }
        if (i > 0)
            device.newPage();
        page.paint(painter, whole, *data);
        data->photo.clear(); // only what the log needs is kept
        printed += std::move(*data);
        progress.report(i + 1, certificationIds.size());
    }
    painter.end();
    return printed;
}

Result<int> CertificatePdf::write(QSqlDatabase &db, const QList<qint64> &certificationIds,
    const QString &path, const Options &options, ProgressSink &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            {}
        };
    QList<CertificateData> printed;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setCreator(QCoreApplication::applicationName());
        writer.setTitle(tr("Vocational skill level certificates"));
        auto pages = paint(db, certificationIds, writer, options, progress);
        if (!pages)
            return pages.error();
        printed = std::move(*pages);
    }
    if (!file.commit())
        return Error {
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            {}
        };
    // A file whose printing is not logged would let the next printing pass as the original.
    if (auto logged = CertificateStore::recordPrinted(db, printed, options.by); !logged) {
        QFile::remove(path);
        return logged.error();
    }
    return int(printed.size());
}

} // namespace skl
