#pragma once

#include <QString>
#include <QStringList>

namespace skl {

// Where an installed SkillLadder finds the files installed beside it (issue 18), relative to the
// program itself, so that an installed program never reads its build folder: on Linux
// /usr/bin/skillladder reads /usr/share/skillladder, on Windows C:\Program Files\SkillLadder\bin
// reads ..\share\skillladder. CMake's install directories give the relative path.
class InstallLayout
{
public:
    // The installed data folder, or empty when the program runs from its build folder.
    static QString dataFolder();
    // Folders to look for SkillLadder's translations in, first the installed ones; the program's
    // embedded copy (:/i18n) comes after them.
    static QStringList translationFolders();
    // Folders to look for Qt's own translations (qtbase_zh_CN.qm) in: Qt's, then the one Qt's
    // deployment tool fills beside a Windows installation.
    static QStringList qtTranslationFolders();
};

} // namespace skl
