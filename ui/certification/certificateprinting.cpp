#include "ui/certification/certificateprinting.h"

#include <QDir>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "core/common/appsettings.h"
#include "core/exporting/verificationpage.h"
#include "core/printing/certificatepdf.h"
#include "core/store/certificatestore.h"
#include "core/store/connection.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString titleOf(CertificatePdf::Purpose purpose)
    {
        switch (purpose) {
        case CertificatePdf::Purpose::Proof:
            return CertificatePrinting::tr("Print proofs (样张)");
        case CertificatePdf::Purpose::Issue:
            return CertificatePrinting::tr("Issue certificates");
        case CertificatePdf::Purpose::Reissue:
            return CertificatePrinting::tr("Reissue certificates (补发)");
        }
        return {};
    }

} // namespace

void CertificatePrinting::preview(QWidget *parent, Connection &connection, const QList<qint64> &ids,
    const CertificatePdf::Options &options)
{
    const QString title = titleOf(options.purpose);
    // The preview keeps every page in memory and paints on the GUI thread: a big batch goes to a
    // PDF in the background instead.
    constexpr qsizetype kPreviewLimit = 100;
    if (ids.size() > kPreviewLimit) {
        QMessageBox::information(parent, title,
            tr("%n certificate(s) are too many for the print preview; save them as a PDF (in the "
               "background) and print that.",
                nullptr, int(ids.size())));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    CertificatePage::setUp(printer, options.format);
    // Whatever would refuse the batch (a revoked certificate, a value too long for its box,
    // placeholder settings) is told before the preview, so no page reaches the paper.
    NullProgress checking;
    if (auto fine = CertificatePdf::check(connection.db(), ids, printer, options, checking);
        !fine) {
        ErrorPresenter::show(parent, title, fine.error());
        return;
    }
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QList<CertificateData> painted;
    std::optional<Error> failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        NullProgress progress;
        auto pages = CertificatePdf::paint(connection.db(), ids, *target, options, progress);
        if (pages)
            painted = std::move(*pages);
        else
            failure = pages.error();
    });
    dialog.resize(1000, 760);
    const int result = dialog.exec();
    if (failure) {
        ErrorPresenter::show(parent, title, *failure);
        return;
    }
    // Accepted means the pages went to the printer: only then is the printing logged.
    if (result == QDialog::Accepted) {
        if (auto logged = CertificatePdf::record(connection.db(), painted, options); !logged)
            ErrorPresenter::show(parent, title, logged.error());
    }
}

void CertificatePrinting::exportPdf(QWidget *parent, const QString &databasePath,
    const QList<qint64> &ids, CertificatePdf::Options options, const QString &suggestedName)
{
    const QString title = titleOf(options.purpose);
    const QString name = options.purpose == CertificatePdf::Purpose::Proof
        ? tr("%1 proofs").arg(suggestedName)
        : suggestedName;
    const QString path
        = SaveFileDialog::ask(parent, title, name + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    options.fontFamily = AppSettings::printFont(); // read here: settings belong to the GUI thread
    const auto purpose = options.purpose;
    runWithProgress<Result<int>>(
        parent, tr("Writing %n certificate(s)…", nullptr, int(ids.size())),
        [databasePath, ids, path, options](ProgressSink &progress) -> Result<int> {
            return withConnection(databasePath, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return CertificatePdf::write(db, ids, path, options, progress);
            });
        },
        [parent, path, title, purpose](const std::optional<Result<int>> &result) {
            if (!result)
                return; // cancelled: nothing was written
            if (!result->ok()) {
                ErrorPresenter::show(parent, title, result->error());
                return;
            }
            const QString file = QDir::toNativeSeparators(path);
            QMessageBox::information(parent, title,
                purpose == CertificatePdf::Purpose::Proof ? tr(
                    "%n proof(s) (样张) saved to %1. Nothing was issued.", nullptr, result->value())
                                                                .arg(file)
                    : purpose == CertificatePdf::Purpose::Reissue
                    ? tr("%n certificate(s) reissued (补发) and saved to %1.", nullptr,
                        result->value())
                          .arg(file)
                    : tr("%n certificate(s) issued and saved to %1.", nullptr, result->value())
                          .arg(file));
        });
}

void CertificatePrinting::publishVerificationPage(QWidget *parent, Connection &connection)
{
    const QString title = tr("Verification page");
    // On a server the owner's function derives the public key in PL/pgSQL: a tenth of a
    // second, short enough for the GUI thread.
    const auto key = CertificateStore::publicKey(connection.db());
    if (!key) {
        ErrorPresenter::show(parent, title, key.error());
        return;
    }
    const QString path = SaveFileDialog::ask(parent, title,
        tr("%1 certificate verification.html").arg(key->companyName), tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    if (auto written = VerificationPage::write(path, *key); !written) {
        ErrorPresenter::show(parent, title, written.error());
        return;
    }
    QMessageBox::information(parent, title,
        tr("The verification page is saved as %1.\n\nPublish it on the company's web site or "
           "give it to whoever checks certificates: opened in any browser, with no network, it "
           "checks the code scanned from a certificate's QR code and shows 有效 (valid) with the "
           "certificate's details, or 无效 (invalid). Whether a certificate was revoked later "
           "only this program can say.")
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace skl
