#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include "core/reports/duelist.h"
#include "core/reports/targetplanner.h"
#include "core/store/assessmentroundstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "ui/rounds/roundcandidatestab.h"
#include "ui/rounds/rounddossiertab.h"
#include "ui/rounds/roundduedialog.h"
#include "ui/rounds/roundnoticetab.h"
#include "ui/rounds/roundpage.h"
#include "ui/rounds/roundpanelstab.h"
#include "ui/rounds/roundresultstab.h"
#include "ui/rounds/roundscoremodel.h"
#include "ui/rounds/roundscorestab.h"
#include "ui/rounds/roundstepper.h"
#include "ui/rounds/roundsview.h"

using namespace skl;
using skl::test::DialogDriver;
using skl::test::TempDatabase;

namespace {

// A lathe (车工) round of 高级工 assessed ten days from today: four workers due (A1, A2 in
// 机加车间, A3, A4 in 装配车间), A5 a day short of the five years, three 技师 examiners and an
// invigilator; twenty 初级工 fitters (钳工) keep the high-skilled share low, so the target planner
// recommends.
struct RoundFixture
{
    TempDatabase db;
    QDate end = QDate::currentDate().addDays(10);
    qint64 roundId = 0;
    qint64 machining = 0;

    RoundFixture()
    {
        QString csv
            = QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n");
        const QString row = QStringLiteral("%1,%2,2008-01-01,济南厂,%3,%4,%5,%6\n");
        csv += row.arg(u"A1", u"张伟", u"机加车间", u"车工", u"中级工", u"2015-01-01");
        csv += row.arg(u"A2", u"李娜", u"机加车间", u"车工", u"中级工", u"2016-01-01");
        csv += row.arg(u"A3", u"王强", u"装配车间", u"车工", u"中级工", u"2017-01-01");
        csv += row.arg(u"A4", u"赵敏", u"装配车间", u"车工", u"中级工", u"2018-01-01");
        csv += row.arg(u"A5", u"钱多", u"机加车间", u"车工", u"中级工",
            end.addYears(-5).addDays(1).toString(Qt::ISODate));
        csv += row.arg(u"E1", u"孙师傅", u"机加车间", u"车工", u"技师", u"2012-01-01");
        csv += row.arg(u"E2", u"周师傅", u"机加车间", u"车工", u"技师", u"2012-01-01");
        csv += row.arg(u"E3", u"吴师傅", u"装配车间", u"车工", u"高级技师", u"2010-01-01");
        csv += row.arg(u"I1", u"郑老师", u"装配车间", u"车工", u"高级工", u"2019-01-01");
        for (int i = 0; i < 20; ++i)
            csv += row.arg(QStringLiteral("F%1").arg(i), QStringLiteral("钳工%1").arg(i),
                u"装配车间", u"钳工", u"初级工", u"2024-01-01");
        const auto report = db.importCsv(csv);
        REQUIRE(report.problems.isEmpty());
        machining = db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '机加车间'"))
                        .toLongLong();
        RoundInput input;
        input.name = QStringLiteral("车工高级工考核");
        input.occupation = QStringLiteral("车工");
        input.grade = Grade::Senior;
        input.assessmentStart = end.addDays(-1);
        input.assessmentEnd = end;
        const auto created = AssessmentRoundStore::create(db.db(), input, db.admin());
        REQUIRE(created.ok());
        roundId = *created;
    }

    void registerAll(const QStringList &numbers)
    {
        QList<AssessmentRoundStore::Registration> registrations;
        for (const QString &no : numbers)
            registrations += { 0, no, QString() };
        RowProblems problems;
        REQUIRE(
            AssessmentRoundStore::registerAll(db.db(), roundId, registrations, db.admin(), problems)
                .ok());
        REQUIRE(problems.isEmpty());
    }

    void staffPanels()
    {
        for (const QString &no :
            { QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3") })
            REQUIRE(AssessmentRoundStore::addStaff(db.db(), roundId, no, AssessmentPart::Practical,
                QStringLiteral("KP-") + no, db.admin())
                        .ok());
        REQUIRE(AssessmentRoundStore::addStaff(
            db.db(), roundId, QStringLiteral("I1"), AssessmentPart::Theory, {}, db.admin())
                    .ok());
    }

    // The view of officer with the round's page open.
    std::unique_ptr<RoundsView> openAs(const Officer &officer)
    {
        auto view = std::make_unique<RoundsView>();
        view->setConnection(&db.connection(), officer);
        view->show();
        view->showRound(roundId);
        REQUIRE(view->page()->context().has_value());
        return view;
    }
};

QStringList column(const QTableWidget *table, int column)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells += table->item(row, column) ? table->item(row, column)->text() : QString();
    return cells;
}

} // namespace

TEST_CASE("The rounds list opens a round's page with its stage and six tabs", "[ui][rounds]")
{
    RoundFixture f;
    RoundsView view;
    view.setConnection(&f.db.connection(), f.db.admin());
    view.show();
    REQUIRE(view.table()->rowCount() == 1);
    CHECK(view.table()->item(0, 0)->text() == QStringLiteral("车工高级工考核"));
    CHECK(view.newButton()->isEnabled());

    view.showRound(f.roundId);
    REQUIRE(view.isShowingRound());
    const QTabWidget *tabs = view.page()->tabs();
    REQUIRE(tabs->count() == 6);
    CHECK(tabs->tabText(0) == RoundPage::tr("Candidates"));
    CHECK(tabs->tabText(5) == RoundPage::tr("Dossier"));
    CHECK(view.page()->stepper()->stage() == RoundStage::Registration);
    // The report is due ten working days after the assessment: days are left.
    CHECK(view.page()->deadlineLabel()->text().contains(
        view.page()->context()->round.reportDue.toString(Qt::ISODate)));
}

TEST_CASE(
    "Registering from the due list registers the workers the planner recommends", "[ui][rounds]")
{
    RoundFixture f;
    auto view = f.openAs(f.db.admin());
    const RoundContext &context = *view->page()->context();

    RoundDueDialog dialog(context);
    QSignalSpy listed(&dialog, &RoundDueDialog::listed);
    REQUIRE(listed.wait(10000));
    // The lathe workers due for 高级工; A5 is not due yet, the fitters are of another occupation.
    CHECK(column(dialog.table(), 1)
        == QStringList { QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"),
            QStringLiteral("A4") });
    // Checked: exactly those the target planner recommends on the assessment date.
    const auto due = DueList::compute(f.db.db(), f.db.admin(), f.end);
    REQUIRE(due.ok());
    const auto plan = TargetPlanner::plan(f.db.db(), f.end, *due);
    REQUIRE(plan.ok());
    QStringList recommended;
    for (const DueWorker &w : *due) {
        if (plan->recommendedBy.contains(w.workerId) && w.occupation == QStringLiteral("车工"))
            recommended += w.employeeNo;
    }
    REQUIRE_FALSE(recommended.isEmpty());
    QStringList checked;
    for (const auto &r : dialog.checked())
        checked += r.employeeNo;
    CHECK(checked == recommended);

    REQUIRE(view->page()->candidatesTab()->registerAll(dialog.checked()));
    QStringList registered;
    for (const RoundCandidate &c : view->page()->context()->candidates)
        registered += c.employeeNo;
    registered.sort();
    CHECK(registered == recommended);
    CHECK(view->page()->candidatesTab()->table()->rowCount() == recommended.size());
}

TEST_CASE("A refused registration names the date the worker becomes eligible", "[ui][rounds]")
{
    RoundFixture f;
    auto view = f.openAs(f.db.admin());
    QString shown;
    DialogDriver<QMessageBox> driver([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    CHECK_FALSE(view->page()->candidatesTab()->registerOne(QStringLiteral("A5"), {}));
    CHECK(driver.handled() == 1);
    CHECK(shown.contains(f.end.addDays(1).toString(Qt::ISODate)));
    CHECK(view->page()->context()->candidates.isEmpty());
}

TEST_CASE("The score grid refuses 59.95 as it is typed and saves a valid row", "[ui][rounds]")
{
    RoundFixture f;
    f.registerAll({ QStringLiteral("A1"), QStringLiteral("A2") });
    f.staffPanels();
    auto view = f.openAs(f.db.admin());
    RoundScoresTab *tab = view->page()->scoresTab();
    view->page()->tabs()->setCurrentWidget(tab);
    RoundScoreModel *model = tab->model();
    REQUIRE(model->rowCount() == 2);
    REQUIRE(model->columnCount() == 4); // 工号, 姓名, 理论知识, 操作技能: no review below 技师
    const QModelIndex theory = model->index(0, model->columnOf(AssessmentPart::Theory));
    const QModelIndex practical = model->index(0, model->columnOf(AssessmentPart::Practical));

    tab->view()->setCurrentIndex(theory);
    tab->view()->edit(theory);
    auto *editor = tab->view()->findChild<QLineEdit *>();
    REQUIRE(editor != nullptr);
    QTest::keyClicks(editor, QStringLiteral("59.95"));
    // The last 5 was refused, and the status line says why.
    CHECK(editor->text() == QStringLiteral("59.9"));
    CHECK(tab->statusLine()->text().contains(
        AssessmentRules::parseScore(QStringLiteral("59.95")).error));
    QTest::keyClick(editor, Qt::Key_Escape);

    // A value pasted past the editor is refused by the grid itself.
    CHECK_FALSE(model->setData(theory, QStringLiteral("59.95")));
    CHECK_FALSE(model->hasEdits());
    CHECK_FALSE(tab->saveButton()->isEnabled());

    REQUIRE(model->setData(theory, QStringLiteral("75")));
    REQUIRE(model->setData(practical, QStringLiteral("80.5")));
    CHECK(tab->saveButton()->isEnabled());
    REQUIRE(tab->save());
    const RoundCandidate &saved = view->page()->context()->candidates.first();
    CHECK(saved.parts[int(AssessmentPart::Theory)].score == Score { 750 });
    CHECK(saved.parts[int(AssessmentPart::Practical)].score == Score { 805 });
    CHECK(saved.outcome.passed);
    CHECK(saved.proposalId != 0);
    CHECK_FALSE(tab->model()->hasEdits());
}

TEST_CASE("The results tab lists the parts a candidate failed", "[ui][rounds]")
{
    RoundFixture f;
    f.registerAll({ QStringLiteral("A1"), QStringLiteral("A2") });
    f.staffPanels();
    RowProblems problems;
    const QList<ScoreEntry> entries {
        { 0, QStringLiteral("A1"), AssessmentPart::Theory, Score { 599 }, {} },
        { 0, QStringLiteral("A1"), AssessmentPart::Practical, Score { 700 }, {} },
        { 0, QStringLiteral("A2"), AssessmentPart::Theory, Score { 600 }, {} },
        { 0, QStringLiteral("A2"), AssessmentPart::Practical, Score { 880 }, {} },
    };
    REQUIRE(AssessmentRoundStore::enterScores(f.db.db(), f.roundId, entries, f.db.admin(), problems)
                .ok());
    REQUIRE(problems.isEmpty());
    auto view = f.openAs(f.db.admin());
    RoundResultsTab *tab = view->page()->resultsTab();
    QTableWidget *table = tab->table();
    REQUIRE(table->rowCount() == 2);
    const int failedColumn = table->columnCount() - 3;
    const int row = column(table, 0).indexOf(QStringLiteral("A1"));
    REQUIRE(row >= 0);
    CHECK(
        table->item(row, failedColumn)->text() == AssessmentRules::display(AssessmentPart::Theory));
    CHECK(table->item(row, failedColumn - 1)->text() == RoundResultsTab::tr("Failed"));

    tab->setFilter(RoundResultsTab::Filter::Failed);
    CHECK(column(table, 0) == QStringList { QStringLiteral("A1") });
    tab->setFilter(RoundResultsTab::Filter::Passed);
    CHECK(column(table, 0) == QStringList { QStringLiteral("A2") });
}

TEST_CASE("A workshop head sees and registers only their own workshop's workers",
    "[ui][rounds][officers]")
{
    RoundFixture f;
    f.registerAll({ QStringLiteral("A1"), QStringLiteral("A3") });
    const Officer head
        = f.db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead }, { f.machining });
    auto view = f.openAs(head);
    RoundCandidatesTab *tab = view->page()->candidatesTab();
    CHECK(column(tab->table(), 0) == QStringList { QStringLiteral("A1") });
    CHECK(tab->fromDueListButton()->isEnabled());
    CHECK_FALSE(view->newButton()->isEnabled());

    DialogDriver<QMessageBox> driver([](QMessageBox *box) { box->accept(); });
    CHECK_FALSE(tab->registerOne(QStringLiteral("A4"), {})); // 装配车间
    CHECK(driver.handled() == 1);
    CHECK(tab->registerOne(QStringLiteral("A2"), {}));
    CHECK(column(tab->table(), 0).size() == 2);
}

TEST_CASE("Only an approver may end the notice early, and an auditor edits nothing",
    "[ui][rounds][officers]")
{
    RoundFixture f;
    f.registerAll({ QStringLiteral("A1") });
    f.staffPanels();
    const Officer hr = f.db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const Officer approver = f.db.officer(QStringLiteral("approver"), Roles { Role::Approver });
    const Officer auditor = f.db.officer(QStringLiteral("auditor"), Roles { Role::Auditor });

    auto asHr = f.openAs(hr);
    CHECK(asHr->page()->noticeTab()->overrideButton()->isHidden());
    CHECK(asHr->page()->noticeTab()->postButton()->isEnabled());

    auto asApprover = f.openAs(approver);
    CHECK_FALSE(asApprover->page()->noticeTab()->overrideButton()->isHidden());
    CHECK_FALSE(asApprover->page()->noticeTab()->postButton()->isEnabled());

    auto asAuditor = f.openAs(auditor);
    RoundPage *page = asAuditor->page();
    RoundScoreModel *model = page->scoresTab()->model();
    REQUIRE(model->rowCount() == 1);
    const QModelIndex theory = model->index(0, model->columnOf(AssessmentPart::Theory));
    CHECK_FALSE(model->flags(theory).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(model->setData(theory, QStringLiteral("80")));
    CHECK_FALSE(page->scoresTab()->importButton()->isEnabled());
    CHECK_FALSE(page->candidatesTab()->fromDueListButton()->isEnabled());
    CHECK_FALSE(page->candidatesTab()->byNumberButton()->isEnabled());
    CHECK_FALSE(page->panelsTab()->addButton(AssessmentPart::Practical)->isEnabled());
    CHECK_FALSE(page->noticeTab()->postButton()->isEnabled());
    CHECK(page->noticeTab()->overrideButton()->isHidden());
    CHECK_FALSE(page->dossierTab()->generateButton()->isEnabled());
}
