#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include "core/common/appsettings.h"
#include "core/common/translations.h"

int main(int argc, char *argv[])
{
    // Headless unless a display is asked for, so that build-time discovery and CI need no X.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Remembered layouts and recent files go to a throwaway folder, never the tester's own.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    QStandardPaths::setTestModeEnabled(true);
    // Windows under test open and close databases all the time; the tests of automatic backups
    // turn them on.
    skl::AppSettings::setAutoBackupEnabled(false);
    skl::installTranslations(app, skl::UiLanguage::English);
    return Catch::Session().run(argc, argv);
}
