#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

#include "core/common/translations.h"

int main(int argc, char *argv[])
{
    // Headless unless a display is asked for, so that build-time discovery and CI need no X.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    skl::installTranslations(app, skl::UiLanguage::English);
    return Catch::Session().run(argc, argv);
}
