#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "app/cli/clicommands.h"
#include "core/common/translations.h"

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"skillladder-cli"_s);
    QCoreApplication::setOrganizationName(u"SkillLadder"_s);
    QStringList args = QCoreApplication::arguments().mid(1);

    QString language;
    if (const qsizetype i = args.indexOf(u"--lang"_s); i >= 0 && i + 1 < args.size()) {
        language = args.at(i + 1);
        args.remove(i, 2);
    }
    skl::installTranslations(app, skl::chooseLanguage(language));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::System);
    err.setEncoding(QStringConverter::System);
    skl::CliCommands commands(out, err);
    return commands.run(args);
}
