#include "core/printing/certificatepdf.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/common/appsettings.h"
#include "core/store/integritycheck.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"

namespace skl {

namespace {

    constexpr int kPdfResolution = 300;

    Error canceled()
    {
        return Error { CertificatePdf::tr("Printing was cancelled; nothing was written."), {} };
    }

    QString fontOf(const CertificatePdf::Options &options)
    {
        return options.fontFamily.isEmpty() ? AppSettings::printFont() : options.fontFamily;
    }

    Result<CertificatePage> pageOf(QSqlDatabase &db, const CertificatePdf::Options &options)
    {
        const auto seal = CertificateStore::seal(db);
        if (!seal)
            return seal.error();
        const auto settings = PolicyStore::certificateSettingsOn(db, options.today);
        if (!settings)
            return settings.error();
        return CertificatePage(
            QImage::fromData(*seal), fontOf(options), settings->provincialQueryAddress);
    }

    QRectF wholePage(const QPaintDevice &device)
    {
        return QRectF(0, 0, device.width(), device.height());
    }

} // namespace

std::optional<QString> CertificatePdf::placeholderProblem(const CertificateSettings &settings)
{
    if (settings.readyToIssue())
        return std::nullopt;
    return tr("Certificates cannot be issued yet: the certificate settings still hold the "
              "placeholders of a new company, evaluating body code (certificate.body_code) %1 "
              "and evaluation site serial (certificate.site_serial) %2. Set the codes your "
              "province filed the company with, or confirm that it is filed with these "
              "(certificate.numbers_confirmed). A proof (样张) can be printed meanwhile.")
        .arg(settings.scheme.bodyCode, settings.scheme.siteSerial);
}

Status CertificatePdf::check(QSqlDatabase &db, const QList<qint64> &certificationIds,
    const QPagedPaintDevice &device, const Options &options, ProgressSink &progress)
{
    // The officer first (issue 13), then the file and every certificate, so that a refused one
    // stops the batch before any page is printed.
    if (auto allowed = OfficerStore::require(db, options.by, Act::PrintCertificates); !allowed)
        return allowed;
    if (certificationIds.isEmpty())
        return Error { tr("There is no certificate to print."), {} };
    if (options.purpose == Purpose::Reissue && options.reissueReason.trimmed().isEmpty())
        return Error { tr("A reissue (补发) needs its reason, such as the certificate was lost "
                          "or damaged."),
            {} };
    // A certificate is a legal document: none is printed from a damaged file (issue 12).
    if (auto sound = IntegrityCheck::quick(db, tr("Printing the certificates")); !sound)
        return sound;
    if (auto printable = CertificateStore::requirePrintable(db, options.by, certificationIds);
        !printable)
        return printable;
    if (options.purpose != Purpose::Proof) {
        const auto settings = PolicyStore::certificateSettingsOn(db, options.today);
        if (!settings)
            return settings.error();
        if (const auto problem = placeholderProblem(*settings))
            return Error { *problem, {} };
    }
    const auto page = pageOf(db, options);
    if (!page)
        return page.error();
    for (const qint64 id : certificationIds) {
        if (progress.isCanceled())
            return canceled();
        const auto data = CertificateStore::forCertification(db, id, CertificateStore::Code::Left);
        if (!data)
            return data.error();
        if (options.purpose == Purpose::Reissue && !data->isIssued())
            return Error { tr("Certificate %1 was never issued, so it cannot be reissued (补发): "
                              "issue it first.")
                               .arg(data->number),
                {} };
        if (auto fits = page->check(device, wholePage(device), *data); !fits)
            return fits;
    }
    return success();
}

Result<QList<CertificateData>> CertificatePdf::paint(QSqlDatabase &db,
    const QList<qint64> &certificationIds, QPagedPaintDevice &device, const Options &options,
    ProgressSink &progress)
{
    CertificatePage::setUp(device, options.format);
    if (auto checked = check(db, certificationIds, device, options, progress); !checked)
        return checked.error();
    const auto page = pageOf(db, options);
    if (!page)
        return page.error();
    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("The printer or file cannot be opened for printing."), {} };
    const auto copy = options.purpose == Purpose::Proof ? CertificatePage::Copy::Proof
                                                        : CertificatePage::Copy::Issued;
    QList<CertificateData> printed;
    printed.reserve(certificationIds.size());
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
        if (options.purpose == Purpose::Reissue)
            data->reissued = true; // this printing is the 补发
        if (i > 0)
            device.newPage();
        page->paint(painter, wholePage(device), *data, copy);
        data->photo.clear(); // only what the log needs is kept
        printed += std::move(*data);
        progress.report(i + 1, certificationIds.size());
    }
    painter.end();
    return printed;
}

Status CertificatePdf::record(
    QSqlDatabase &db, const QList<CertificateData> &printed, const Options &options)
{
    switch (options.purpose) {
    case Purpose::Proof:
        return success();
    case Purpose::Issue:
        return CertificateStore::recordPrinted(db, printed, options.by);
    case Purpose::Reissue:
        return CertificateStore::recordPrinted(db, printed, options.by, options.reissueReason);
    }
    return success();
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
        writer.setTitle(options.purpose == Purpose::Proof
                ? tr("Proofs of vocational skill level certificates (not issued)")
                : tr("Vocational skill level certificates"));
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
    // Exporting issues (issue 15): a file whose issue is not logged would let the next printing
    // pass as the first.
    if (auto logged = record(db, printed, options); !logged) {
        QFile::remove(path);
        return logged.error();
    }
    return int(printed.size());
}

} // namespace skl
