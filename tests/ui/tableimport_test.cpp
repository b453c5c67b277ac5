#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include "core/importing/datafiles.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/widgets/tableimport.h"

using namespace skl;
using skl::test::TempDatabase;

TEST_CASE("A 20,000-row pay file imports off the GUI thread and Cancel leaves the pay as it was",
    "[ui][pay][import]")
{
    constexpr int kWorkers = 20000;
    TempDatabase db;
    QString roster = QStringLiteral("工号,姓名,入职日期\n");
    for (int i = 0; i < kWorkers; ++i)
        roster += QStringLiteral("P%1,职工%1,2010-01-01\n").arg(i);
    REQUIRE(db.importCsv(roster).committed);
    const QString first = db.writeFile(QStringLiteral("first.csv"),
        QByteArray("employee_no,effective_from,mode,amount\nP0,2025-01-01,月薪,4000\n"));
    REQUIRE(importDataFile(db.db(), DataFile::Pay, first, db.admin())->written == 1);
    QString pay = QStringLiteral("employee_no,effective_from,mode,amount\n");
    for (int i = 0; i < kWorkers; ++i)
        pay += QStringLiteral("P%1,2025-07-01,月薪,%2.00\n").arg(i).arg(4000 + i % 3000);
    const QString file = db.writeFile(QStringLiteral("pay.csv"), pay.toUtf8());

    QWidget window;
    window.show();
    // Should the import end before Cancel, its outcome box would wait for a click: close it, and
    // the checks below fail instead of the test hanging.
    QTimer closeBoxes;
    QObject::connect(&closeBoxes, &QTimer::timeout, &window, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->close();
    });
    closeBoxes.start(100);
    std::optional<bool> written;
    TableImport::run(
        &window, db.path(), db.admin(), DataFile::Pay, file, [&written](bool w) { written = w; });
    CHECK_FALSE(written.has_value()); // returned at once: the import runs on a pool thread
    auto *progress = window.findChild<QProgressDialog *>();
    REQUIRE(progress);
    // The window keeps handling events: the bar moves while the pool thread reads and checks.
    REQUIRE(QTest::qWaitFor([&] { return progress->value() > 0 || written.has_value(); }, 20000));
    REQUIRE_FALSE(written.has_value());
    auto *cancel = progress->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click(); // the officer presses Cancel
    REQUIRE(QTest::qWaitFor([&] { return written.has_value(); }, 20000));
    CHECK_FALSE(*written);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM pay_record")).toInt() == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'pay'")).toInt()
        == 1);
}
