#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"

using skl::test::cliOn;
using skl::test::Run;

namespace {

const QString kDamaged = QStringLiteral("the database file is damaged");

// The page size and the worker table's root page, read through SQLite before the damage.
struct Layout
{
    int pageSize = 0;
    int workerRoot = 0;
};

Layout layoutOf(const QString &path)
{
    Layout layout;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("layout"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(q.next());
        layout.pageSize = q.value(0).toInt();
        REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'worker'")));
        REQUIRE(q.next());
        layout.workerRoot = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("layout"));
    return layout;
}

// Inverts 512 bytes in the middle of a leaf page of the worker table, found by reading the
// table's B-tree from the file (https://sqlite.org/fileformat2.html#b_tree_pages): the root of
// 5,000 workers is an interior page whose cells point at leaves. The middle cell's leaf is hit,
// so that every read of the whole table meets the damage, whatever the page numbers are.
void damageAWorkerLeaf(const QString &path)
{
    const Layout layout = layoutOf(path);
    REQUIRE(!QFile::exists(path + QStringLiteral("-wal")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 rootAt = qint64(layout.workerRoot - 1) * layout.pageSize;
    REQUIRE(file.seek(rootAt));
    const QByteArray root = file.read(layout.pageSize);
    const auto *bytes = reinterpret_cast<const uchar *>(root.constData());
    const int header = layout.workerRoot == 1 ? 100 : 0;
    REQUIRE(bytes[header] == 0x05); // an interior table page
    const int cells = qFromBigEndian<quint16>(bytes + header + 3);
    REQUIRE(cells > 2);
    const int cellAt = qFromBigEndian<quint16>(bytes + header + 12 + 2 * (cells / 2));
    const quint32 leaf = qFromBigEndian<quint32>(bytes + cellAt);
    const qint64 leafAt = qint64(leaf - 1) * layout.pageSize;
    REQUIRE(file.seek(leafAt));
    REQUIRE(uchar(file.read(1).at(0)) == 0x0D); // a leaf table page
    const qint64 middle = leafAt + layout.pageSize / 2 - 256;
    REQUIRE(file.seek(middle));
    QByteArray block = file.read(512);
    for (char &c : block)
        c = char(~uchar(c));
    REQUIRE(file.seek(middle));
    REQUIRE(file.write(block) == 512);
    file.close();
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// Issue 12: a read cut short by a damaged page was taken for the end of the rows, and the
// export, the month's allowances and the targets were computed from the rows before it with
// exit 0. Each command now stops with the damaged-file message and leaves no output file, or,
// if it never reads the damaged page, gives exactly the figure of the sound file.
TEST_CASE("A damaged database file yields the damaged-file message or the exact figures, never a "
          "wrong one",
    "[cli][integrity]")
{
    QTemporaryDir dir;
    const QString sound = dir.filePath(QStringLiteral("sound.sqlite"));
    const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
    REQUIRE(cliOn(sound,
                { QStringLiteral("demo"), QStringLiteral("--workers"), QStringLiteral("5000") })
                .exitCode
        == 0);
    REQUIRE(QFile::copy(sound, damaged));
    damageAWorkerLeaf(damaged);

    const QString month = QStringLiteral("2026-11");
    struct Command
    {
        QStringList args; // %OUT% stands for the output file, if any
        QString output;
    };
    const QList<Command> commands {
        { { QStringLiteral("export"), QStringLiteral("workers"), QStringLiteral("%OUT%") },
            QStringLiteral("workers.csv") },
        { { QStringLiteral("export"), QStringLiteral("workers"), QStringLiteral("%OUT%") },
            QStringLiteral("workers.xlsx") },
        { { QStringLiteral("allowances"), QStringLiteral("--month"), month,
              QStringLiteral("--json") },
            QString() },
        { { QStringLiteral("allowances"), QStringLiteral("--month"), month, QStringLiteral("--csv"),
              QStringLiteral("%OUT%") },
            QStringLiteral("allowances.csv") },
        { { QStringLiteral("allowances"), QStringLiteral("--month"), month,
              QStringLiteral("--xlsx"), QStringLiteral("%OUT%") },
            QStringLiteral("allowances.xlsx") },
        { { QStringLiteral("targets"), QStringLiteral("--json") }, QString() },
        { { QStringLiteral("due"), QStringLiteral("--csv"), QStringLiteral("%OUT%") },
            QStringLiteral("due.csv") },
        { { QStringLiteral("due"), QStringLiteral("--xlsx"), QStringLiteral("%OUT%") },
            QStringLiteral("due.xlsx") },
        { { QStringLiteral("parity"), QStringLiteral("--csv"), QStringLiteral("%OUT%") },
            QStringLiteral("parity.csv") },
    };
    int refused = 0;
    for (const Command &command : commands) {
        const auto argsFor = [&](const QString &prefix) {
            QStringList args = command.args;
            args.replaceInStrings(QStringLiteral("%OUT%"), dir.filePath(prefix + command.output));
            return args;
        };
        const Run expected = cliOn(sound, argsFor(QStringLiteral("sound-")));
        REQUIRE(expected.exitCode == 0);
        const Run got = cliOn(damaged, argsFor(QStringLiteral("damaged-")));
        const QString damagedOutput = dir.filePath(QStringLiteral("damaged-") + command.output);
        INFO(command.args.join(u' ').toStdString() << ": " << got.err.toStdString());
        if (got.exitCode == 0) {
            CHECK(got.out == expected.out);
            if (!command.output.isEmpty())
                CHECK(contentsOf(damagedOutput)
                    == contentsOf(dir.filePath(QStringLiteral("sound-") + command.output)));
            continue;
        }
        ++refused;
        CHECK(got.exitCode == 1);
        // The message is in the officer's language; SQLite's English goes to the log line.
        const qsizetype at = got.err.indexOf(kDamaged);
        CHECK(at >= 0);
        CHECK_FALSE(
            got.err.mid(got.err.lastIndexOf(u'\n', at) + 1).contains(QStringLiteral("malformed")));
        if (!command.output.isEmpty())
            CHECK_FALSE(QFile::exists(damagedOutput));
    }
    // The export reads every worker: the damage cannot pass unseen by all of them.
    CHECK(refused >= 2);

    // A certificate is printed only from a file that passes PRAGMA quick_check, wherever the
    // damage lies: no PDF appears.
    const Run approved = cliOn(sound,
        { QStringLiteral("certify"), QStringLiteral("list"), QStringLiteral("--status"),
            QStringLiteral("approved"), QStringLiteral("--json") });
    REQUIRE(approved.exitCode == 0);
    const QJsonArray certifications = QJsonDocument::fromJson(approved.out.toUtf8())
                                          .object()
                                          .value(QStringLiteral("certifications"))
                                          .toArray();
    REQUIRE_FALSE(certifications.isEmpty());
    const QString id = QString::number(
        certifications.first().toObject().value(QStringLiteral("id")).toInteger());
    const QString pdf = dir.filePath(QStringLiteral("certificates.pdf"));
    const auto print = [&](const QString &database) {
        return cliOn(database,
            { QStringLiteral("certificates"), QStringLiteral("--id"), id, QStringLiteral("--out"),
                pdf });
    };
    REQUIRE(print(sound).exitCode == 0);
    REQUIRE(QFile::remove(pdf));
    const Run refusedPrint = print(damaged);
    CHECK(refusedPrint.exitCode == 1);
    CHECK(refusedPrint.err.contains(QStringLiteral("Printing the certificates: ") + kDamaged));
    CHECK_FALSE(QFile::exists(pdf));
}
