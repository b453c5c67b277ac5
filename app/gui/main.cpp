#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include "core/common/appsettings.h"
#include "core/common/crashlog.h"
#include "core/common/productinfo.h"
#include "core/common/translations.h"
#include "ui/help/crashnotice.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/appicon.h"

using namespace Qt::StringLiterals;

namespace {

class GuiMain
{
    Q_DECLARE_TR_FUNCTIONS(skl::GuiMain)
};

// The options, described in the language installed before (translations first, so that --help
// speaks Chinese).
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        GuiMain::tr("SkillLadder: the skilled workforce of an enterprise, its grades, "
                    "certificates, allowances and targets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        u"lang"_s, GuiMain::tr("Language of the interface: zh or en."), u"language"_s));
    parser.addPositionalArgument(u"database"_s,
        GuiMain::tr(
            "The company database to open: a file, or a server's "
            "postgresql://SERVER[:PORT]/DATABASE[?sslmode=MODE], which opens the server dialog "
            "filled in (its password is asked, never given on the command line)."));
}

// --lang as given before any parsing: the translations must be in place before the help text is
// made. Empty when absent.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--lang="))
            return arguments[i].mid(7);
    }
    return {};
}

// --help and --version print and end: they need no display, so they run before the window's
// application, which a machine without one cannot start.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

void identify()
{
    QCoreApplication::setApplicationName(u"SkillLadder"_s);
    QCoreApplication::setOrganizationName(u"SkillLadder"_s);
    QCoreApplication::setApplicationVersion(skl::ProductInfo::version());
}

// --lang, else the language chosen in Settings, else the system's.
skl::UiLanguage languageOf(const QStringList &arguments)
{
    const QString requested = requestedLanguage(arguments);
    return skl::chooseLanguage(requested.isEmpty() ? skl::AppSettings::language() : requested);
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        identify();
        skl::installTranslations(app, languageOf(QCoreApplication::arguments()));
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    identify();
    skl::CrashLog::install();
    // The window, its dialogs and the taskbar show SkillLadder's icon; the desktop entry's id
    // lets a Wayland taskbar match the window to its menu entry.
    QApplication::setWindowIcon(skl::AppIcon::icon());
    QGuiApplication::setDesktopFileName(skl::AppIcon::desktopId());
    skl::installTranslations(app, languageOf(QCoreApplication::arguments()));
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    skl::MainWindow window;
    window.show();
    // Once the window is on screen: a crash of an earlier run is told once, then opening asks who
    // logs in, in a dialog over it (on a server, the server dialog, filled with the address).
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, files] {
        skl::CrashNotice::showIfAny(&window);
        if (!files.isEmpty())
            window.openDatabase(files.constFirst());
    });
    return app.exec();
}
