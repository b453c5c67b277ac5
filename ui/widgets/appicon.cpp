#include "ui/widgets/appicon.h"

// Outside any namespace, as Q_INIT_RESOURCE requires: the icon lives in skl_ui, a static
// library, whose resources the linker would otherwise leave out of the program.
static void initIconResource()
{
    Q_INIT_RESOURCE(skillladder);
}

using namespace Qt::StringLiterals;

namespace skl {

QIcon AppIcon::icon()
{
    initIconResource();
    QIcon icon;
    for (int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(u":/skillladder/icons/skillladder-%1.png"_s.arg(size), QSize(size, size));
    return icon;
}

QString AppIcon::desktopId()
{
    return u"cn.skillladder.SkillLadder"_s;
}

} // namespace skl
