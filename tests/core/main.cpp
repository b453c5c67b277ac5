#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

#include "core/common/translations.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Messages in the source language, so that assertions read them as written.
    skl::installTranslations(app, skl::UiLanguage::English);
    return Catch::Session().run(argc, argv);
}
