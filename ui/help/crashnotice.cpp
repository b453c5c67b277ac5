#include "ui/help/crashnotice.h"

#include <QDir>
#include <QMessageBox>

#include "core/common/crashlog.h"
#include "ui/help/aboutdialog.h"

namespace skl {

bool CrashNotice::showIfAny(QWidget *parent)
{
    const QString log = CrashLog::untold();
    if (log.isEmpty())
        return false;
    CrashLog::markTold(); // once, even if the box is closed at once
    QMessageBox box(QMessageBox::Warning, tr("SkillLadder stopped unexpectedly"),
        tr("SkillLadder stopped unexpectedly the last time it ran. A report was written to:\n\n%1"
           "\n\nIt holds no full ID numbers and no pay. Send it to support (%2) with what you "
           "were doing then.")
            .arg(QDir::toNativeSeparators(log), AboutDialog::supportText()),
        QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("crashNotice"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
    return true;
}

} // namespace skl
