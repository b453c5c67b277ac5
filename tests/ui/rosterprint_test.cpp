#include <QAction>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/roster/rosterview.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::TempDatabase;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, { pdf, u"-"_s });
    REQUIRE(text.waitForFinished(30000));
    REQUIRE(text.exitCode() == 0);
    return QString::fromUtf8(text.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

TEST_CASE("File ▸ Print the roster prints the searched rows, to a PDF or through the printer",
    "[ui][roster][print]")
{
    TempDatabase db;
    db.importCsv(u"工号,姓名,身份证号,入职日期,单位,车间\n"
                 "E1,张伟,110101199003074514,2010-07-01,济南总厂,机加工车间\n"
                 "E2,张敏,,2011-07-01,济南总厂,装配车间\n"
                 "E3,李娜,,2012-07-01,西安分厂,铸造车间\n"_s);
    db.officer(u"hr"_s, Roles { Role::Hr });
    MainWindow window;
    REQUIRE(window.openDatabase(db.path(), u"hr"_s, skl::test::password()));
    for (const QString &name : { u"printRoster"_s, u"rosterAsPdf"_s }) {
        QAction *action = window.findChild<QAction *>(name);
        REQUIRE(action);
        CHECK(action->isEnabled());
    }
    RosterView *view = window.rosterView();
    view->setSearchText(u"张"_s);
    REQUIRE(view->model()->rowCount() == 2);
    QSignalSpy printed(&window, &MainWindow::rosterPrinted);

    SECTION("to a PDF file")
    {
        const QString path = db.filePath(u"roster.pdf"_s);
        window.startRosterPdf(path);
        REQUIRE(printed.wait(20000));
        CHECK(printed.first().at(1).toInt() == 1);
        const QString text = pdfText(path);
        CHECK(text.contains(u"张伟"_s));
        CHECK(text.contains(u"张敏"_s));
        CHECK_FALSE(text.contains(u"李娜"_s));
        CHECK_FALSE(text.contains(u"110101199003074514"_s));
        CHECK(text.contains(u"“张”"_s));
    }
    SECTION("through the print dialog's printer")
    {
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        const QString path = db.filePath(u"printer.pdf"_s);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        window.startRosterPrinting(printer);
        REQUIRE(printed.wait(20000));
        CHECK(printed.first().at(0).toString() == path);
        const QString text = pdfText(path);
        CHECK(text.contains(u"张伟"_s));
        CHECK_FALSE(text.contains(u"李娜"_s));
    }
}
