#pragma once

#include <QString>

class QCoreApplication;

namespace skl {

// Simplified Chinese is the primary language; English is the source text.
enum class UiLanguage { Chinese, English };

// From a --lang value ("zh", "zh_CN", "en"), else the system locale: English only where the
// system asks for English, Chinese otherwise (the C locale included).
UiLanguage chooseLanguage(const QString &requested);

// Installs SkillLadder's and Qt's own translations for language on app.
void installTranslations(QCoreApplication &app, UiLanguage language);

} // namespace skl
