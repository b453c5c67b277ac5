#include "core/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
    auto *own = new QTranslator(&app);
    if (own->load(chinese, u"skillladder"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(chinese, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace skl
