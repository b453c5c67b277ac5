#include <QApplication>
#include <QCommandLineParser>

#include "core/common/appsettings.h"
#include "core/common/translations.h"
#include "ui/mainwindow/mainwindow.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SkillLadder"_s);
    QApplication::setOrganizationName(u"SkillLadder"_s);
    QApplication::setApplicationVersion(QStringLiteral(SKL_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption language(
        u"lang"_s, u"Language of the interface: zh or en."_s, u"language"_s);
    parser.addOption(language);
    parser.addPositionalArgument(u"database"_s, u"The company database to open."_s);
    parser.process(app);
    // --lang, else the language chosen in Settings, else the system's.
    const QString chosen
        = parser.isSet(language) ? parser.value(language) : skl::AppSettings::language();
    skl::installTranslations(app, skl::chooseLanguage(chosen));

    skl::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openDatabase(parser.positionalArguments().constFirst());
    return app.exec();
}
