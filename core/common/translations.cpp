#include "core/common/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include "core/common/installlayout.h"

using namespace Qt::StringLiterals;

namespace skl {

UiLanguage chooseLanguage(const QString &requested)
{
    const QString r = requested.trimmed().toLower();
    if (r.startsWith(u"en"))
        return UiLanguage::English;
    if (r.startsWith(u"zh"))
        return UiLanguage::Chinese;
    const QLocale::Language system = QLocale::system().language();
    return system == QLocale::English ? UiLanguage::English : UiLanguage::Chinese;
}

void installTranslations(QCoreApplication &app, UiLanguage language)
{
    if (language == UiLanguage::English) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return;
    }
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    QLocale::setDefault(chinese);
    // The installed translations first (a package may bring newer ones), then the copy the
    // program embeds, which a program run from its build folder uses.
    auto *own = new QTranslator(&app);
    for (const QString &folder :
        InstallLayout::translationFolders() + QStringList { u":/i18n"_s }) {
        if (own->load(chinese, u"skillladder"_s, u"_"_s, folder)) {
            QCoreApplication::installTranslator(own);
            break;
        }
    }
    auto *qt = new QTranslator(&app);
    for (const QString &folder : InstallLayout::qtTranslationFolders()) {
        if (qt->load(chinese, u"qtbase"_s, u"_"_s, folder)) {
            QCoreApplication::installTranslator(qt);
            break;
        }
    }
}

} // namespace skl
