#pragma once

#include <QIcon>
#include <QString>

namespace skl {

// SkillLadder's own icon (resources/icons, issue 18), at every size it was drawn in, for the
// window, the taskbar and the About box; and the desktop entry's id, which Wayland compositors
// and the taskbar use to find the same icon installed in hicolor.
class AppIcon
{
public:
    static QIcon icon();
    static QString desktopId(); // "cn.skillladder.SkillLadder"
};

} // namespace skl
