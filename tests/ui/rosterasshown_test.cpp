#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>

#include "core/importing/csvreader.h"
#include "core/importing/recordsource.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/roster/rosterview.h"

using namespace skl;
using skl::test::TempDatabase;

TEST_CASE("File ▸ Export the roster as shown writes the searched rows in the shown columns",
    "[ui][roster][export]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,身份证号,入职日期,单位,车间\n"
                                "E1,张伟,,2010-07-01,济南总厂,机加工车间\n"
                                "E2,张敏,,2011-07-01,济南总厂,装配车间\n"
                                "E3,李娜,,2012-07-01,西安分厂,铸造车间\n"
                                "E4,=张三,,2013-07-01,西安分厂,铸造车间\n"));
    db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    MainWindow window;
    REQUIRE(window.openDatabase(db.path(), QStringLiteral("hr"), skl::test::password()));
    QAction *action = window.findChild<QAction *>(QStringLiteral("exportRosterAsShown"));
    REQUIRE(action);
    CHECK(action->isEnabled());

    RosterView *view = window.rosterView();
    QHeaderView *header = view->table()->horizontalHeader();
    // Only name and employee number shown, the name first; sorted by name, descending.
    for (int column = 0; column < RosterTableModel::ColumnCount; ++column)
        header->setSectionHidden(
            column, column != RosterTableModel::Name && column != RosterTableModel::EmployeeNo);
    header->moveSection(header->visualIndex(RosterTableModel::Name), 0);
    view->setSearchText(QStringLiteral("张"));
    view->model()->sort(RosterTableModel::EmployeeNo, Qt::DescendingOrder);
    REQUIRE(view->model()->rowCount() == 2);

    const QString path = db.filePath(QStringLiteral("shown.csv"));
    QSignalSpy exported(&window, &MainWindow::rosterAsShownExported);
    window.startRosterAsShownExport(path, CsvWriter::Encoding::Utf8WithBom);
    REQUIRE(exported.wait(10000));
    CHECK(exported.first().at(1).toLongLong() == 2);

    auto source = RecordSource::open(path, {});
    REQUIRE(source.ok());
    QList<QStringList> rows;
    CsvRecord record;
    while ((*source)->next(record))
        rows += record.cells;
    const QStringList expectedHeader
        = { view->model()->headerData(RosterTableModel::Name, Qt::Horizontal).toString(),
              view->model()->headerData(RosterTableModel::EmployeeNo, Qt::Horizontal).toString() };
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == expectedHeader);
    CHECK(rows.at(1) == QStringList { QStringLiteral("张敏"), QStringLiteral("E2") });
    CHECK(rows.at(2) == QStringList { QStringLiteral("张伟"), QStringLiteral("E1") });

    // A name Excel would run as a formula is written behind a quote.
    view->setSearchText(QStringLiteral("=张"));
    REQUIRE(view->model()->rowCount() == 1);
    exported.clear();
    window.startRosterAsShownExport(path, CsvWriter::Encoding::Utf8WithBom);
    REQUIRE(exported.wait(10000));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("\"'=张三\",E4")));
}
