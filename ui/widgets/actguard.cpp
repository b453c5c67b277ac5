#include "ui/widgets/actguard.h"

#include <QCoreApplication>
#include <QWidget>

namespace skl {

void guardByAct(QWidget *widget, const Officer &officer, Act act, bool enabled)
{
    const bool may = officer.may(act);
    widget->setEnabled(may && enabled);
    widget->setToolTip(may ? QString()
                           : QCoreApplication::translate("skl::ActGuard", "Needs the role %1.")
                                 .arg(Permissions::rolesFor(act).titles()));
}

} // namespace skl
