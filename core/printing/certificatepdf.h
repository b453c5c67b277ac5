#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/certificatesettings.h"
#include "core/domain/officer.h"
#include "core/printing/certificatepage.h"

class QPagedPaintDevice;

namespace skl {

// Certificates printed in a batch (a workshop, an approval round) into one PDF, or on a printer:
// one page each, loaded and painted one at a time so that memory stays flat in the number of
// pages. Every certificate is checked before anything is kept: a revoked one, a value too long
// for its box, placeholder certificate settings stop the batch and no file appears.
//
// What a printing is (issue 15): a proof (样张 across the page) is recorded nowhere; issuing
// prints the certificate, its first printing issues it and a later one prints the same
// certificate again, in either size, with no 补发; a reissue (补发) is a true second issue of a
// certificate already issued, with its reason. Both are logged once the pages were accepted.
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificatePdf)
public:
    enum class Purpose { Proof, Issue, Reissue };

    struct Options
    {
        CertificateFormat format = CertificateFormat::A4Landscape;
        QString fontFamily; // empty: the print font of the settings
        Officer by; // who prints: Act::PrintCertificates, a workshop head their workers only
        Purpose purpose = Purpose::Issue;
        QString reissueReason; // required for Purpose::Reissue
        QDate today = QDate::currentDate(); // whose certificate settings apply
    };

    // Everything that can refuse the batch, before a page is painted: the officer, the file's
    // integrity, each certificate (approved, in scope, issued before for a reissue, every value
    // fitting its box on device), and for issuing the certificate settings (no placeholders).
    static Status check(QSqlDatabase &db, const QList<qint64> &certificationIds,
        const QPagedPaintDevice &device, const Options &options, ProgressSink &progress);

    // Returns the number of pages written; issuing and reissuing are logged.
    static Result<int> write(QSqlDatabase &db, const QList<qint64> &certificationIds,
        const QString &path, const Options &options, ProgressSink &progress);

    // Checks, then paints the certificates on device (a QPrinter); logs nothing: the caller logs
    // (record()) once the printer has accepted the job.
    static Result<QList<CertificateData>> paint(QSqlDatabase &db,
        const QList<qint64> &certificationIds, QPagedPaintDevice &device, const Options &options,
        ProgressSink &progress);
    // Logs what paint() painted as options say it was printed; a proof logs nothing.
    static Status record(
        QSqlDatabase &db, const QList<CertificateData> &printed, const Options &options);

    // Why certificates cannot be issued under settings yet (the placeholders body code 0000
    // and site serial 000001, unconfirmed), or nullopt.
    static std::optional<QString> placeholderProblem(const CertificateSettings &settings);
};

} // namespace skl
