#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QListView>
#include <QTest>

#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/widgets/savefiledialog.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// The POSIX locks this process holds, from /proc/locks (Linux): SQLite's on the database and
// its -shm file. -1 where there is no /proc/locks.
int locksOfThisProcess()
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"; "->" marks a waiting lock.
        if (fields.size() > 4 && fields.at(1) == "POSIX" && fields.at(4) == pid)
            ++held;
    }
    return held;
}

} // namespace

TEST_CASE("Browsing the database's folder in a file dialog keeps SQLite's locks",
    "[ui][filedialog][concurrency]")
{
    // POSIX advisory locks are dropped when the process closes any descriptor of the file
    // (SQLite's "How To Corrupt" §2.2): a dialog that reads files to choose their icons would
    // leave the open database unprotected against another SkillLadder.
    TempDatabase db;
    const int before = locksOfThisProcess();
    if (before < 0) {
        WARN("Skipped: no /proc/locks on this system (the lock loss is Linux's).");
        return;
    }
    REQUIRE(before > 0);
    REQUIRE(QFileInfo::exists(db.path() + QStringLiteral("-shm")));
    QFileDialog dialog(nullptr, QStringLiteral("Open"), QFileInfo(db.path()).absolutePath());
    dialog.setOption(QFileDialog::DontUseNativeDialog); // what Linux desktops without a portal get
    SaveFileDialog::prepare(dialog); // as every dialog of the program
    dialog.setViewMode(QFileDialog::Detail); // the Type column asks what each file is
    dialog.show();
    auto *model = dialog.findChild<QFileSystemModel *>();
    REQUIRE(model != nullptr);
    // The folder listed, then its files' icons and types gathered on the model's thread.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QModelIndex folder = model->index(QFileInfo(db.path()).absolutePath());
            return model->rowCount(folder) >= 3; // the database, -wal, -shm
        },
        5000));
    const QModelIndex folder = model->index(QFileInfo(db.path()).absolutePath());
    for (int row = 0; row < model->rowCount(folder); ++row) {
        for (int column = 0; column < model->columnCount(folder); ++column) {
            model->data(model->index(row, column, folder), Qt::DecorationRole);
            model->data(model->index(row, column, folder), Qt::DisplayRole);
        }
    }
    QTest::qWait(1500);
    dialog.close();
    CHECK(locksOfThisProcess() == before);
}
