#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>

#include "core/importing/datafiles.h"
#include "core/printing/documentpages.h"
#include "core/store/officerstore.h"
#include "core/store/trainingstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/training/trainingpanel.h"
#include "ui/training/trainingrecorddialog.h"
#include "ui/training/trainingview.h"
#include "ui/widgets/datefield.h"
#include "ui/workerdetail/workerprofiledialog.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::rosterHeader;
using skl::test::TempDatabase;

namespace {

// W1 (ID 11010519491231002X) and W2 in 机加工车间, O1 in 装配车间.
void addWorkers(TempDatabase &db)
{
    const auto report = db.importCsv(rosterHeader()
        + u"W1,张伟,男,11010519491231002X,,2010-07-01,,济南总厂,山东,机加工车间,电工,,,是,否\n"
          "W2,刘洋,男,,,2015-03-01,,济南总厂,山东,机加工车间,焊工,,,是,否\n"
          "O1,王芳,女,,,2012-01-01,,济南总厂,山东,装配车间,钳工,,,否,否\n"_s);
    REQUIRE(report.problems.isEmpty());
}

qint64 idOf(TempDatabase &db, const QString &employeeNo)
{
    return db.scalar(u"SELECT id FROM worker WHERE employee_no = '%1'"_s.arg(employeeNo))
        .toLongLong();
}

QString iso(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

// W1: an electrician's licence expired 10 days ago; W2: a welder's expiring in 30 days; O1 a
// study of 8000 yuan. This year, unless today is early January.
void importRecords(TempDatabase &db, const Officer &hr)
{
    const QString file = db.writeFile(u"training.csv"_s,
        (u"工号,课程,类别,学时,培训机构,费用,开始日期,结束日期,结果,证书编号,有效期至\n"_s
            + u"W1,电工作业证,特种作业,72,安培中心,1200,%1,%2,合格,E-1,%3\n"_s.arg(
                iso(-2200), iso(-2190), iso(-10))
            + u"W2,焊工作业证,特种作业,72,安培中心,1500,%1,%2,合格,H-2,%3\n"_s.arg(
                iso(-2180), iso(-2170), iso(30))
            + u"O1,钳工技能研修,技能研修,40,技师学院,8000,%1,%2,结业,,\n"_s.arg(iso(-3), iso(-1)))
            .toUtf8());
    const auto imported = importDataFile(db.db(), DataFile::Training, file, hr);
    REQUIRE(imported.ok());
    REQUIRE(imported->problems.isEmpty());
}

} // namespace

TEST_CASE("The profile's training tab adds and corrects a record, keeps the history and writes "
          "the archive",
    "[ui][training]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(u"hr"_s, Roles { Role::Hr });
    WorkerProfileDialog profile(db.connection(), hr, idOf(db, u"W1"_s));
    REQUIRE(profile.isLoaded());
    TrainingPanel *panel = profile.training();
    REQUIRE(panel);
    CHECK(panel->table()->rowCount() == 0);
    REQUIRE(panel->newButton()->isEnabled());

    std::unique_ptr<TrainingRecordDialog> dialog(panel->newRecordDialog());
    dialog->courseEdit()->setText(u"低压电工作业"_s);
    dialog->kindBox()->setCurrentIndex(dialog->kindBox()->findData(int(TrainingKind::Special)));
    dialog->hoursEdit()->setText(u"abc"_s);
    dialog->costEdit()->setText(u"1200"_s);
    dialog->startEdit()->setText(iso(-10));
    dialog->endEdit()->setText(iso(-6));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK(dialog->problemText()->text().contains(u"not a number"_s));
    dialog->hoursEdit()->setText(u"32"_s);
    dialog->expiresEdit()->setText(iso(300));
    CHECK_FALSE(dialog->saveButton()->isEnabled()); // an expiry without a certificate number
    dialog->certificateEdit()->setText(u"T-1"_s);
    REQUIRE(dialog->saveButton()->isEnabled());
    REQUIRE(dialog->save());
    panel->reload();
    REQUIRE(panel->table()->rowCount() == 1);
    CHECK(panel->table()->item(0, 4)->text() == u"32"_s);

    panel->table()->selectRow(0);
    REQUIRE(panel->correctButton()->isEnabled());
    std::unique_ptr<TrainingRecordDialog> correction(panel->newCorrectionDialog());
    REQUIRE(correction->reasonEdit());
    correction->hoursEdit()->setText(u"40"_s);
    CHECK_FALSE(correction->saveButton()->isEnabled()); // no reason yet
    correction->reasonEdit()->setText(u"学时登记错误"_s);
    REQUIRE(correction->save());
    panel->reload();
    panel->table()->selectRow(0);
    CHECK(panel->table()->item(0, 4)->text() == u"40"_s);
    REQUIRE(panel->historyTable()->rowCount() == 1);
    CHECK(panel->historyTable()->item(0, 2)->text() == u"学时登记错误"_s);
    CHECK(panel->historyTable()->item(0, 4)->text() == u"32"_s);

    // The archive: a PDF with the masked ID and its page number, and a workbook.
    const QString pdf = db.filePath(u"archive.pdf"_s);
    REQUIRE(panel->writeArchive(pdf).ok());
    QProcess text;
    text.start(u"pdftotext"_s, { pdf, u"-"_s });
    REQUIRE(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(printed.contains(u"110105********002X"_s));
    CHECK_FALSE(printed.contains(u"11010519491231002X"_s));
    // A course name may wrap in its cell: read it without the line breaks.
    CHECK(QString(printed).remove(QRegularExpression(u"\\s+"_s)).contains(u"低压电工作业"_s));
    CHECK(printed.contains(DocumentPages::pageOf(1, 1)));
    const QString xlsx = db.filePath(u"archive.xlsx"_s);
    REQUIRE(panel->writeArchive(xlsx).ok());
    CHECK(QFile(xlsx).size() > 0);
    CHECK(db.scalar(u"SELECT count(*) FROM audit_event WHERE action = 'export-training-archive'"_s)
              .toInt()
        == 2);

    // An auditor reads the tab, and may not add or correct.
    const Officer auditor = db.officer(u"auditor"_s, Roles { Role::Auditor });
    WorkerProfileDialog read(db.connection(), auditor, idOf(db, u"W1"_s));
    REQUIRE(read.training());
    CHECK(read.training()->table()->rowCount() == 1);
    CHECK_FALSE(read.training()->newButton()->isEnabled());
    read.training()->table()->selectRow(0);
    CHECK_FALSE(read.training()->correctButton()->isEnabled());
}

TEST_CASE("The training page lists the records, the expiring certificates (the expired in red) "
          "and charts the year by kind; a workshop head sees their workshop",
    "[ui][training]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(u"hr"_s, Roles { Role::Hr });
    importRecords(db, hr);
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    TrainingView view;
    QSignalSpy refreshed(&view, &TrainingView::refreshed);
    view.yearBox()->setValue(view.yearBox()->minimum()); // all years
    view.setConnection(connection->get(), hr);
    view.show();
    REQUIRE(refreshed.wait(10000));
    CHECK(view.recordsTable()->rowCount() == 3);
    CHECK(view.horizonBox()->value() == 60); // the policy's training.reminder_days
    REQUIRE(view.expiringTable()->rowCount() == 2);
    // W1's expired licence first, in red; W2's in 30 days.
    CHECK(view.expiringTable()->item(0, 2)->text() == u"W1"_s);
    CHECK(view.expiringTable()->item(0, 0)->foreground().color() == QColor(0xb0, 0x00, 0x20));
    CHECK(view.expiringTable()->item(1, 2)->text() == u"W2"_s);
    CHECK(view.expiringTable()->item(1, 1)->text() == u"30"_s);
    CHECK(view.importButton()->isEnabled());

    // The cost chart: 1200 + 1500 special operation, 8000 study.
    double cost = 0;
    for (QAbstractSeries *series : view.costChart()->chart()->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets()) {
            cost += set->sum();
            CHECK(set->at(int(TrainingKind::Study)) == Approx(8000.0));
        }
    }
    CHECK(cost == Approx(10700.0));

    // The export of the list on show, recorded in the audit log.
    view.tabs()->setCurrentIndex(1);
    const QString csv = db.filePath(u"expiring.csv"_s);
    REQUIRE(view.exportShown(csv).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(file.readAll());
    CHECK(exported.contains(u"E-1"_s));
    CHECK(exported.contains(u"H-2"_s));

    // The head of 机加工车间 sees W1 and W2, not O1; and may not import.
    const auto machining = OfficerStore::workshopNamed(db.db(), u"机加工车间"_s);
    REQUIRE(machining.ok());
    const Officer head = db.officer(u"head"_s, Roles { Role::WorkshopHead }, { *machining });
    view.setConnection(connection->get(), head);
    REQUIRE(refreshed.wait(10000));
    CHECK(view.recordsTable()->rowCount() == 2);
    CHECK(view.expiringTable()->rowCount() == 2);
    CHECK_FALSE(view.importButton()->isEnabled());
}
