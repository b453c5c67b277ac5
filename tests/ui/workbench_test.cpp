#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include "core/common/progress.h"
#include "core/store/allowancestore.h"
#include "core/store/certificationstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/roundbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/allowances/allowanceview.h"
#include "ui/certification/certificationpage.h"
#include "ui/certification/certificationtablemodel.h"
#include "ui/certification/certificationview.h"
#include "ui/certification/duetablemodel.h"
#include "ui/certification/dueview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/workbench/agreementsendingdialog.h"
#include "ui/workbench/workbenchcard.h"
#include "ui/workbench/workbenchview.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

const QString kRoster
    = QStringLiteral("工号,姓名,入职日期,离职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                     "A1,张伟,2015-01-01,,济南厂,机加车间,车工,中级工,2020-03-01\n"
                     "A2,李娜,2023-07-01,,济南厂,机加车间,车工,学徒工,2024-01-10\n"
                     "A3,王强,2021-02-01,,济南厂,机加车间,车工,,\n"
                     "A4,赵敏,2010-01-01,,济南厂,装配车间,钳工,高级工,2016-05-20\n");

const QDateTime kNow(QDate(2025, 1, 30), QTime(9, 0));

// A window logged in as login, its home page computed for kNow.
struct OpenWindow
{
    MainWindow window;
    QSignalSpy refreshed;

    OpenWindow(TempDatabase &db, const QString &login)
        : refreshed(window.workbenchView(), &WorkbenchView::refreshed)
    {
        window.setAutoBackupDelay(24 * 3600 * 1000);
        window.workbenchView()->setClock([] { return kNow; });
        window.show();
        REQUIRE(window.openDatabase(db.path(), login, skl::test::password()));
        REQUIRE((refreshed.count() > 0 || refreshed.wait(10000)));
        while (window.workbenchView()->isBusy())
            REQUIRE(refreshed.wait(10000));
    }
    ~OpenWindow() { window.closeDatabase(); }
    WorkbenchView *home() { return window.workbenchView(); }
};

QStringList titlesOf(const QList<WorkbenchCard *> &cards)
{
    QStringList names;
    for (const WorkbenchCard *card : cards)
        names += card->objectName();
    return names;
}

} // namespace

TEST_CASE("The home page is the first tab and shows each role only its items", "[ui][workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    db.officer(QStringLiteral("hr"), { Role::Hr });
    db.officer(QStringLiteral("pay"), { Role::Payroll });
    {
        OpenWindow open(db, QStringLiteral("hr"));
        CHECK(open.window.tabs()->indexOf(open.home()) == 0);
        CHECK(open.window.tabs()->currentWidget() == open.home());
        CHECK(titlesOf(open.home()->shownCards()) == QStringList { QStringLiteral("dueCard") });
        WorkbenchCard *due = open.home()->dueCard();
        CHECK(due->figure() == QStringLiteral("3"));
        CHECK(due->caption().contains(QStringLiteral("2025-03-01")));
        CHECK(due->rows()->count() == 3);
        CHECK(due->rows()->item(0)->text().contains(QStringLiteral("赵敏")));
    }
    {
        OpenWindow open(db, QStringLiteral("pay"));
        CHECK(titlesOf(open.home()->shownCards())
            == QStringList { QStringLiteral("dueCard"), QStringLiteral("agreementsCard"),
                QStringLiteral("allowancesCard") });
        // An empty item says what it means.
        WorkbenchCard *agreements = open.home()->agreementsCard();
        CHECK(agreements->figure() == QStringLiteral("0"));
        CHECK(agreements->rows()->isHidden());
        CHECK(agreements->emptyLabel()->text()
            == QStringLiteral("No master-apprentice agreement ends within 90 days."));
        CHECK(open.home()->allowancesCard()->emptyLabel()->text().contains(
            QStringLiteral("No allowance rates are set yet")));
    }
    {
        OpenWindow open(db, db.admin().login);
        CHECK(titlesOf(open.home()->shownCards())
            == QStringList { QStringLiteral("dueCard"), QStringLiteral("proposalsCard"),
                QStringLiteral("agreementsCard"), QStringLiteral("allowancesCard"),
                QStringLiteral("backupCard"), QStringLiteral("auditCard") });
        // The tests run with automatic backups off (tests/ui/main.cpp): the card says so.
        CHECK(open.home()->backupCard()->note()
            == QStringLiteral("Automatic backups are off, and this database has none."));
        REQUIRE(open.home()->backupCard()->links().size() == 1);
    }
}

TEST_CASE("The due item opens the due list of its date, every workshop, with its count",
    "[ui][workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    db.officer(QStringLiteral("hr"), { Role::Hr });
    OpenWindow open(db, QStringLiteral("hr"));
    WorkbenchCard *due = open.home()->dueCard();
    REQUIRE(due->links().size() == 2);
    DueView *list = open.window.certificationPage()->due();
    QSignalSpy listed(list, &DueView::refreshed);
    QTest::mouseClick(due->links().at(0), Qt::LeftButton);
    CHECK(open.window.tabs()->currentWidget() == open.window.certificationPage());
    CHECK(open.window.certificationPage()->currentWidget() == list);
    REQUIRE(listed.wait(10000));
    CHECK(list->model()->rowCount() == due->figure().toInt());
    CHECK(list->findChild<QDateEdit *>()->date() == QDate(2025, 3, 1));

    // Back home, the 90 days' link lists as of that day.
    open.window.tabs()->setCurrentWidget(open.home());
    QTest::mouseClick(due->links().at(1), Qt::LeftButton);
    REQUIRE(listed.wait(10000));
    CHECK(list->findChild<QDateEdit *>()->date() == QDate(2025, 4, 30));
}

TEST_CASE(
    "The proposals item lists an approver's waiting proposals, never their own", "[ui][workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const Officer li = db.officer(QStringLiteral("li"), { Role::Approver, Role::Hr });
    for (const auto &[number, occupation, grade, by] :
        { std::tuple { QStringLiteral("A1"), QStringLiteral("车工"), Grade::Senior, li },
            std::tuple {
                QStringLiteral("A4"), QStringLiteral("钳工"), Grade::Technician, db.admin() } }) {
        ProposalRequest r;
        r.employeeNo = number;
        r.occupation = occupation;
        r.grade = grade;
        r.date = QDate(2025, 3, 1);
        r.by = by;
        REQUIRE(CertificationStore::propose(db.db(), r).ok());
    }
    OpenWindow open(db, QStringLiteral("li"));
    WorkbenchCard *proposals = open.home()->proposalsCard();
    CHECK(proposals->figure() == QStringLiteral("1"));
    REQUIRE(proposals->rows()->count() == 1);
    CHECK(proposals->rows()->item(0)->text().contains(QStringLiteral("赵敏")));
    REQUIRE(proposals->links().size() == 1);
    QTest::mouseClick(proposals->links().at(0), Qt::LeftButton);
    CertificationView *view = open.window.certificationPage()->certifications();
    CHECK(open.window.tabs()->currentWidget() == open.window.certificationPage());
    CHECK(open.window.certificationPage()->currentWidget() == view);
    CHECK(
        view->findChild<QComboBox *>()->currentText() == QStringLiteral("Waiting for my decision"));
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->recordAt(0).employeeNo == QStringLiteral("A4"));
}

TEST_CASE(
    "The agreements item counts the overdue and lists them all in a dialog", "[ui][workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const Officer pay = db.officer(QStringLiteral("pay"), { Role::Payroll });
    const auto id = [&](const QString &number) {
        return db
            .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(number))
            .toLongLong();
    };
    const qint64 turner
        = db.scalar(QStringLiteral("SELECT id FROM occupation WHERE name = '车工'")).toLongLong();
    QList<Mentorship> agreements;
    for (const auto &[apprentice, end] : { std::pair { QStringLiteral("A2"), QDate(2025, 1, 10) },
             std::pair { QStringLiteral("A3"), QDate(2025, 2, 20) } })
        agreements += Mentorship { id(QStringLiteral("A1")), id(apprentice), turner,
            { QDate(2024, 1, 10), {} }, end, std::nullopt, std::nullopt };
    NullProgress progress;
    REQUIRE(AllowanceStore::addMentorships(db.db(), agreements, pay, progress).ok());

    OpenWindow open(db, QStringLiteral("pay"));
    WorkbenchCard *card = open.home()->agreementsCard();
    CHECK(card->figure() == QStringLiteral("2"));
    CHECK(card->note().startsWith(QStringLiteral("1 overdue")));
    REQUIRE(card->rows()->count() == 2);
    CHECK(card->rows()->item(0)->text().contains(QStringLiteral("overdue")));
    REQUIRE(card->links().size() == 1);
    QTest::mouseClick(card->links().at(0), Qt::LeftButton);
    auto *dialog = open.home()->findChild<AgreementsEndingDialog *>();
    REQUIRE(dialog);
    QSignalSpy loaded(dialog, &AgreementsEndingDialog::loaded);
    REQUIRE((loaded.count() > 0 || loaded.wait(10000)));
    REQUIRE(dialog->table()->rowCount() == 2);
    CHECK(dialog->table()->item(0, 3)->text() == QStringLiteral("李娜"));
    CHECK(dialog->table()->item(0, 1)->text() == QStringLiteral("Overdue"));
    dialog->close();
}

TEST_CASE("The allowance item opens the month it names", "[ui][workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const Officer pay = db.officer(QStringLiteral("pay"), { Role::Payroll });
    REQUIRE(AllowanceStore::setRates(db.db(),
        { AllowanceRate {
            AllowanceKind::Skill, Grade::Senior, QDate(2024, 11, 1), Fen::fromFen(30000) } },
        pay)
                .ok());
    OpenWindow open(db, QStringLiteral("pay"));
    WorkbenchCard *card = open.home()->allowancesCard();
    // November and December 2024 are over and not computed; January 2025 is still running.
    CHECK(card->figure() == QStringLiteral("2"));
    REQUIRE(card->rows()->count() == 2);
    CHECK(card->rows()->item(1)->text().startsWith(QStringLiteral("2024-12")));
    Q_EMIT card->rows()->itemActivated(card->rows()->item(1));
    CHECK(open.window.tabs()->currentWidget() == open.window.allowanceView());
    CHECK(open.window.allowanceView()->month() == QDate(2024, 12, 1));
}

TEST_CASE("The audit item checks the chain off the GUI thread and shows the break in red",
    "[ui][workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    db.officer(QStringLiteral("sun"), { Role::Auditor });
    OpenWindow open(db, QStringLiteral("sun"));
    WorkbenchCard *card = open.home()->auditCard();
    CHECK(card->note().startsWith(QStringLiteral("Intact as last checked")));
    QSignalSpy checked(open.home(), &WorkbenchView::auditChecked);
    auto *check = card->findChild<QPushButton *>(QStringLiteral("checkAuditChain"));
    REQUIRE(check);
    qsizetype before = open.refreshed.count();
    QTest::mouseClick(check, Qt::LeftButton);
    REQUIRE(checked.wait(10000));
    CHECK(checked.takeFirst().at(0).toBool());
    while (open.refreshed.count() == before || open.home()->isBusy())
        REQUIRE(open.refreshed.wait(10000));
    CHECK(card->note().contains(QStringLiteral("whole")));

    const qint64 event
        = db.scalar(QStringLiteral("SELECT max(event_id) FROM audit_change")).toLongLong();
    {
        QSqlQuery query(db.db());
        REQUIRE(query.exec(db.isServer()
                ? QStringLiteral("DROP TRIGGER audit_event_sealed ON audit_event")
                : QStringLiteral("DROP TRIGGER audit_event_sealed_update")));
        REQUIRE(query.exec(
            QStringLiteral("UPDATE audit_event SET summary = 'nothing' WHERE id = %1").arg(event)));
    }
    // The card's links are made anew with each refresh.
    check = card->links().at(0);
    REQUIRE(check->objectName() == QStringLiteral("checkAuditChain"));
    before = open.refreshed.count();
    QTest::mouseClick(check, Qt::LeftButton);
    REQUIRE(checked.wait(10000));
    CHECK_FALSE(checked.takeFirst().at(0).toBool());
    while (open.refreshed.count() == before || open.home()->isBusy())
        REQUIRE(open.refreshed.wait(10000));
    CHECK(card->note().startsWith(
        QStringLiteral("The audit trail is broken. Audit event %1").arg(event)));
}

TEST_CASE("The home page warns hr of a round's report due within 3 working days and opens the "
          "round",
    "[ui][workbench][round]")
{
    TempDatabase db;
    skl::test::RoundBuilder round(db);
    round.scored(); // the report due 2025-10-16
    db.officer(QStringLiteral("hr"), { Role::Hr });
    MainWindow window;
    window.setAutoBackupDelay(24 * 3600 * 1000);
    QSignalSpy refreshed(window.workbenchView(), &WorkbenchView::refreshed);
    window.workbenchView()->setClock([] { return QDateTime(QDate(2025, 10, 14), QTime(9, 0)); });
    window.show();
    REQUIRE(window.openDatabase(db.path(), QStringLiteral("hr"), skl::test::password()));
    REQUIRE((refreshed.count() > 0 || refreshed.wait(10000)));
    while (window.workbenchView()->isBusy())
        REQUIRE(refreshed.wait(10000));

    WorkbenchCard *card = window.workbenchView()->roundsCard();
    REQUIRE(titlesOf(window.workbenchView()->shownCards()).constFirst() == card->objectName());
    CHECK(card->figure() == QStringLiteral("1"));
    REQUIRE(card->rows()->count() == 1);
    const QString row = card->rows()->item(0)->text();
    CHECK(row.contains(QStringLiteral("2025年第三批车工高级工")));
    CHECK(row.contains(QStringLiteral("2025-10-16")));
    CHECK(row.contains(QStringLiteral("in 2 working day")));
    QSignalSpy opened(window.workbenchView(), &WorkbenchView::roundRequested);
    Q_EMIT card->rows()->itemActivated(card->rows()->item(0));
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toLongLong() == round.id);
    window.closeDatabase();
}
