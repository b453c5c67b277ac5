#include "ui/widgets/tableimport.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

#include "core/common/appsettings.h"
#include "ui/widgets/errorpresenter.h"

namespace skl {

QString TableImport::chooseFile(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import"),
        AppSettings::lastFolder(), tr("Tables (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

bool TableImport::showOutcome(QWidget *parent, const Result<AllowanceImport> &outcome)
{
    if (!outcome) {
        ErrorPresenter::show(parent, tr("Import"), outcome.error());
        return false;
    }
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
    QMessageBox::information(
        parent, tr("Import"), tr("%n row(s) imported.", nullptr, outcome->written));
    return true;
}

} // namespace skl
