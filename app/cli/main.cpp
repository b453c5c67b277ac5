#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include "app/cli/clicommands.h"
#include "core/common/crashlog.h"
#include "core/common/translations.h"

using namespace Qt::StringLiterals;

namespace {

// Drawing text (a certificate's page, the demo company's seal) needs a QGuiApplication for its
// fonts; without a display (a server, a CI job) it draws offscreen. Every other command stays a
// plain, faster QCoreApplication, which needs no display or platform plugin at all.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments += QString::fromLocal8Bit(argv[i]);
    if (!skl::CliCommands::needsGui(arguments))
        return std::make_unique<QCoreApplication>(argc, argv);
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_QPA_PLATFORMTHEME", "none"); // no desktop to ask over D-Bus
    }
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(u"skillladder-cli"_s);
    QCoreApplication::setOrganizationName(u"SkillLadder"_s);
    skl::CrashLog::install();
    QStringList args = QCoreApplication::arguments().mid(1);

    QString language;
    if (const qsizetype i = args.indexOf(u"--lang"_s); i >= 0 && i + 1 < args.size()) {
        language = args.at(i + 1);
        args.remove(i, 2);
    }
    skl::installTranslations(*app, skl::chooseLanguage(language));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::System);
    err.setEncoding(QStringConverter::System);
    skl::CliCommands commands(out, err);
    return commands.run(args);
}
