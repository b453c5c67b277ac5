#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include "tests/support/catchqt.h"

namespace {

// core's folders from the bottom up: a file may include its own folder and the folders below it,
// never one above, so the folders form layers and no include circle can arise between them
// (docs/architecture.md).
const QStringList kLayers { QStringLiteral("common"), QStringLiteral("domain"),
    QStringLiteral("store"), QStringLiteral("exporting"), QStringLiteral("importing"),
    QStringLiteral("reports"), QStringLiteral("printing"), QStringLiteral("demo") };

// "core/store/x.cpp includes core/reports/y.h" for every include that points up or outside.
QStringList includesAgainstTheLayers()
{
    static const QRegularExpression include(
        QStringLiteral("^#include \"([a-z]+)/([a-z]+)/"), QRegularExpression::MultilineOption);
    const QString root = QStringLiteral(SKL_SOURCE_DIR "/core");
    QStringList wrong;
    QDirIterator files(root, { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = path.mid(root.size() + 1);
        const QString folder = relative.section(u'/', 0, 0);
        const qsizetype level = kLayers.indexOf(folder);
        if (level < 0) {
            wrong += relative + QStringLiteral(" is in a folder with no layer");
            continue;
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = include.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const QString top = match.captured(1);
            const QString target = match.captured(2);
            if (top == QStringLiteral("core") && kLayers.indexOf(target) <= level)
                continue;
            if (top == QStringLiteral("tests"))
                continue;
            wrong += QStringLiteral("%1 includes %2/%3").arg(relative, top, target);
        }
    }
    wrong.sort();
    return wrong;
}

// Files outside core/store that name QSqlQuery: SQL is run only by the stores.
QStringList queriesOutsideTheStores()
{
    QStringList found;
    const QStringList tops { QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app") };
    for (const QString &top : tops) {
        const QString root = QStringLiteral(SKL_SOURCE_DIR "/") + top;
        QDirIterator files(root, { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
            QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString relative = top + path.mid(root.size());
            if (relative.startsWith(QStringLiteral("core/store/")))
                continue;
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            if (file.readAll().contains("QSqlQuery"))
                found += relative;
        }
    }
    found.sort();
    return found;
}

// "core/store/x.cpp:12: q.next()" for every step through query rows outside the row helpers of
// core/store/sqlerror.h. QSqlQuery::next() is false at the end of the rows and on an error alike;
// only nextRow, forEachRow, execOneRow and stepRow tell the two apart (issue 12). The navigation
// calls are next(), previous(), seek(), first() and last(); the last two are also QList's, so
// they count when the receiver is declared a QSqlQuery in the same file or its header.
QStringList rowStepsOutsideTheHelpers()
{
    static const QRegularExpression step(QStringLiteral(
        "([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\.|->)\\s*(next|previous|seek|first|last)\\s*\\("));
    const QString root = QStringLiteral(SKL_SOURCE_DIR "/core/store");
    QStringList found;
    QDirIterator files(root, { QStringLiteral("*.h"), QStringLiteral("*.cpp") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = QStringLiteral("core/store") + path.mid(root.size());
        if (relative == QStringLiteral("core/store/sqlerror.h")
            || relative == QStringLiteral("core/store/sqlerror.cpp"))
            continue;
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QString declarations = text;
        QFile header(path.left(path.lastIndexOf(u'.')) + QStringLiteral(".h"));
        if (path.endsWith(QStringLiteral(".cpp")) && header.open(QIODevice::ReadOnly))
            declarations += QString::fromUtf8(header.readAll());
        for (auto it = step.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const QString receiver = match.captured(1);
            const QString call = match.captured(2);
            if (call == QStringLiteral("first") || call == QStringLiteral("last")) {
                const QRegularExpression declared(
                    QStringLiteral("QSqlQuery\\s*[&*]?\\s*") + receiver + QStringLiteral("\\b"));
                if (!declared.match(declarations).hasMatch())
                    continue;
            }
            const qsizetype line = text.left(match.capturedStart()).count(u'\n') + 1;
            found += QStringLiteral("%1:%2: %3").arg(relative).arg(line).arg(match.captured(0));
        }
    }
    found.sort();
    return found;
}

} // namespace

TEST_CASE("Core's folders include only their own layer and the layers below", "[architecture]")
{
    CHECK(includesAgainstTheLayers() == QStringList {});
}

TEST_CASE("Only the stores in core/store run SQL", "[architecture]")
{
    CHECK(queriesOutsideTheStores() == QStringList {});
}

TEST_CASE("Every read of query rows in core/store tells the end of the rows from an error",
    "[architecture]")
{
    CHECK(rowStepsOutsideTheHelpers() == QStringList {});
}
