#include "core/common/installlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString beside(const QString &relative)
    {
        return QDir::cleanPath(QDir(QCoreApplication::applicationDirPath()).filePath(relative));
    }

} // namespace

QString InstallLayout::dataFolder()
{
    const QString folder = beside(QStringLiteral(SKL_DATA_FROM_BIN));
    return QFileInfo(folder).isDir() ? folder : QString();
}

QStringList InstallLayout::translationFolders()
{
    const QString data = dataFolder();
    if (data.isEmpty())
        return {};
    return { QDir(data).filePath(u"translations"_s) };
}

QStringList InstallLayout::qtTranslationFolders()
{
    return { QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        beside(QStringLiteral(SKL_QT_TRANSLATIONS_FROM_BIN)) };
}

} // namespace skl
