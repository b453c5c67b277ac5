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

void CertificatePrinting::preview(QWidget *parent, Connection &connection, const Officer &by,
    const QList<qint64> &ids, CertificateFormat format)
{
    // The preview keeps every page in memory and paints on the GUI thread: a big batch goes to a
    // PDF in the background instead.
    constexpr qsizetype kPreviewLimit = 100;
    if (ids.size() > kPreviewLimit) {
        QMessageBox::information(parent, tr("Print certificates"),
            tr("%n certificate(s) are too many for the print preview; save them as a PDF (in the "
               "background) and print that.",
                nullptr, int(ids.size())));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(CertificatePage::pageLayout(format));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print certificates"));
    CertificatePdf::Options options;
    options.format = format;
    options.by = by;
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
    // The preview paints once before it shows: a refused certificate (revoked) stops here.
    const int result = dialog.exec();
    if (failure) {
        ErrorPresenter::show(parent, tr("Print certificates"), *failure);
        return;
    }
    // Accepted means the pages went to the printer: only then is the printing logged.
    if (result == QDialog::Accepted) {
        if (auto logged = CertificateStore::recordPrinted(connection.db(), painted, options.by);
            !logged)
            ErrorPresenter::show(parent, tr("Print certificates"), logged.error());
    }
}

void CertificatePrinting::exportPdf(QWidget *parent, const QString &databasePath, const Officer &by,
    const QList<qint64> &ids, CertificateFormat format, const QString &suggestedName)
{
    const QString path = SaveFileDialog::ask(
        parent, tr("Save certificates as PDF"), suggestedName + u".pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    CertificatePdf::Options options;
    options.format = format;
    options.by = by;
    options.fontFamily = AppSettings::printFont(); // read here: settings belong to the GUI thread
    runWithProgress<Result<int>>(
        parent, tr("Writing %n certificate(s)…", nullptr, int(ids.size())),
        [databasePath, ids, path, options](ProgressSink &progress) -> Result<int> {
            return withConnection(databasePath, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return CertificatePdf::write(db, ids, path, options, progress);
            });
        },
        [parent, path](const std::optional<Result<int>> &result) {
            if (!result)
                return; // cancelled: nothing was written
            if (!result->ok()) {
                ErrorPresenter::show(parent, tr("Save certificates as PDF"), result->error());
                return;
            }
            QMessageBox::information(parent, tr("Save certificates as PDF"),
                tr("%n certificate(s) saved to %1.", nullptr, result->value())
                    .arg(QDir::toNativeSeparators(path)));
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
