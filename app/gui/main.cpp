#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

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
    parser.addPositionalArgument(u"database"_s,
        u"The company database to open: a file, or a server's postgresql://SERVER[:PORT]/DATABASE"
        u"[?sslmode=MODE], which opens the server dialog filled in (its password is asked, never "
        u"given on the command line)."_s);
    parser.process(app);
    // --lang, else the language chosen in Settings, else the system's.
    const QString chosen
        = parser.isSet(language) ? parser.value(language) : skl::AppSettings::language();
    skl::installTranslations(app, skl::chooseLanguage(chosen));

    skl::MainWindow window;
    window.show();
    // Once the window is on screen: opening asks who logs in, in a dialog over it (on a server,
    // the server dialog, filled with the address).
    if (!parser.positionalArguments().isEmpty()) {
        QTimer::singleShot(0, &window, [&window, path = parser.positionalArguments().constFirst()] {
            window.openDatabase(path);
        });
    }
    return app.exec();
}
