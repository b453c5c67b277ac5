#include "ui/widgets/tableimport.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include "core/common/appsettings.h"
#include "core/store/connection.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"

namespace skl {

QString TableImport::chooseFile(QWidget *parent)
{
    const QString path = SaveFileDialog::askOpen(parent, tr("Import"), AppSettings::lastFolder(),
        tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

void TableImport::chooseAndRun(QWidget *parent, const QString &databasePath, const Officer &by,
    DataFile kind, std::function<void()> afterWrite)
{
    const QString file = chooseFile(parent);
    if (file.isEmpty())
        return;
    run(parent, databasePath, by, kind, file, [afterWrite](bool written) {
        if (written)
            afterWrite();
    });
}

void TableImport::run(QWidget *parent, const QString &databasePath, const Officer &by,
    DataFile kind, const QString &file, std::function<void(bool written)> finished)
{
    runWithProgress<Result<TableImportOutcome>>(
        parent, tr("Importing %1…").arg(QFileInfo(file).fileName()),
        [databasePath, by, kind, file](ProgressSink &progress) {
            return withConnection(databasePath, Connection::Mode::MustExist,
                [&](QSqlDatabase &db) { return importDataFile(db, kind, file, by, progress); });
        },
        [parent, finished](const std::optional<Result<TableImportOutcome>> &outcome) {
            // Cancelled: the import rolled back, there is nothing to show.
            if (!outcome)
                return finished(false);
            finished(showOutcome(parent, *outcome));
        },
        AfterCancel::Deliver);
}

bool TableImport::showOutcome(QWidget *parent, const Result<TableImportOutcome> &outcome)
{
    if (!outcome) {
        ErrorPresenter::show(parent, tr("Import"), outcome.error());
        return false;
    }
    if (outcome->canceled)
        return false;
    if (!outcome->problems.isEmpty()) {
        QStringList lines;
        for (const RowProblem &p : outcome->problems)
            lines += p.toString();
        QMessageBox box(QMessageBox::Warning, tr("Import"),
            tr("%n problem(s) in the file; nothing was imported.", nullptr,
                int(outcome->problems.size())),
            QMessageBox::Ok, parent);
        box.setInformativeText(lines.mid(0, 5).join(u'\n'));
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
        return false;
    }
    QString message = tr("%n row(s) imported.", nullptr, outcome->written);
    if (outcome->replaced > 0)
        message += u'\n'
            + tr("%n row(s) replaced a stored value; the replaced values are kept in the "
                 "history.",
                nullptr, outcome->replaced);
    QMessageBox::information(parent, tr("Import"), message);
    return true;
}

} // namespace skl
