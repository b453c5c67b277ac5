#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/importing/recordsource.h"
#include "core/store/certificatestore.h"
#include "core/store/certificationstore.h"
#include "core/store/policystore.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "ui/certification/certificationtablemodel.h"
#include "ui/certification/certificationview.h"
#include "ui/certification/competitiondialog.h"
#include "ui/certification/duetablemodel.h"
#include "ui/certification/dueview.h"
#include "ui/certification/policydialog.h"
#include "ui/certification/proposaldialog.h"
#include "ui/widgets/savefiledialog.h"
#include "ui/workerdetail/workerprofiledialog.h"

using namespace skl;
using skl::test::DialogDriver;
using skl::test::TempDatabase;

namespace {

// Two workers due on 2025-03-01 (A1 中级工 → 高级工, A2 学徒工 → 初级工), and the GUI thread's
// connection.
struct Workshop
{
    TempDatabase db;
    std::unique_ptr<Connection> connection;
    // A colleague proposes; the admin (every role) decides in the window (issue 13).
    Officer colleague = db.officer(QStringLiteral("hr-colleague"), Roles { Role::Hr });

    Workshop()
    {
        db.importCsv(
            QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                           "A1,张伟,2015-01-01,济南厂,机加车间,车工,中级工,2020-03-01\n"
                           "A2,李娜,2023-07-01,济南厂,机加车间,车工,学徒工,2024-01-10\n"
                           "A3,王强,2021-02-01,济南厂,装配车间,钳工,,\n"));
        auto opened = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(opened.ok());
        connection = std::move(*opened);
    }

    qint64 proposeBySomeoneElse(const QString &employee, Grade grade)
    {
        ProposalRequest r;
        r.employeeNo = employee;
        r.occupation = QStringLiteral("车工");
        r.grade = grade;
        r.way = CertificationWay::Regular;
        r.date = QDate(2025, 3, 1);
        r.by = colleague;
        auto id = CertificationStore::propose(db.db(), r);
        REQUIRE(id.ok());
        return *id;
    }
};

int rowOf(const CertificationTableModel &model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.recordAt(row).id == id)
            return row;
    }
    return -1;
}

} // namespace

TEST_CASE("Approving in the certification page writes the grade and the certificate number",
    "[ui][certification]")
{
    Workshop w;
    const qint64 id = w.proposeBySomeoneElse(QStringLiteral("A1"), Grade::Senior);
    CertificationView view;
    view.setConnection(w.connection.get(), w.db.admin());
    CHECK(view.model()->rowCount() == 0); // nothing read before it is shown
    view.show();
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->recordAt(0).status == CertificationStatus::Proposed);
    QSignalSpy changed(&view, &CertificationView::gradesChanged);
    view.table()->selectRow(0);
    view.approveSelected();
    CHECK(changed.count() == 1);
    const int row = rowOf(*view.model(), id);
    REQUIRE(row >= 0);
    CHECK(view.model()->recordAt(row).status == CertificationStatus::Approved);
    CHECK(view.model()->recordAt(row).certificateNumber.size() == 22);
    CHECK(w.db.scalar(QStringLiteral("SELECT current_grade FROM worker WHERE employee_no = 'A1'"))
              .toInt()
        == rankOf(Grade::Senior));
}

TEST_CASE("The Approve button names the workers and approves only when the approver confirms",
    "[ui][certification]")
{
    Workshop w;
    const qint64 id = w.proposeBySomeoneElse(QStringLiteral("A1"), Grade::Senior);
    CertificationView view;
    view.setConnection(w.connection.get(), w.db.admin());
    view.show();
    REQUIRE(view.model()->rowCount() == 1);
    view.table()->selectRow(0);
    REQUIRE(view.approveButton()->isEnabled());
    const auto statusNow = [&] {
        return w.db.scalar(QStringLiteral("SELECT status FROM certification WHERE id = %1").arg(id))
            .toString();
    };
    QString asked;
    {
        skl::test::DialogDriver<QMessageBox> cancel([&](QMessageBox *box) {
            asked = box->text() + u'\n' + box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        view.approveButton()->click();
        CHECK(cancel.handled() == 1);
    }
    CHECK(asked.contains(QStringLiteral("A1 张伟")));
    CHECK(statusNow() == QStringLiteral("proposed"));
    {
        skl::test::DialogDriver<QMessageBox> approve(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        view.approveButton()->click();
        CHECK(approve.handled() == 1);
    }
    CHECK(statusNow() == QStringLiteral("approved"));
}

TEST_CASE(
    "The proposal dialog shows the worker and keeps a refused proposal open", "[ui][certification]")
{
    Workshop w;
    ProposalDialog dialog(*w.connection, w.db.admin());
    dialog.setDate(QDate(2025, 2, 28)); // a day short of 5 years at 中级工
    dialog.setEmployee(QStringLiteral("A1"));
    const auto labels = dialog.findChildren<QLabel *>();
    const bool described = std::any_of(labels.begin(), labels.end(),
        [](QLabel *label) { return label->text().contains(QStringLiteral("张伟")); });
    CHECK(described);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.proposedId() == 0);
    const bool explained = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->isVisibleTo(label->window())
            && label->text().contains(QStringLiteral("2025-03-01"));
    });
    CHECK(explained);

    dialog.setDate(QDate(2025, 3, 1));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.proposedId() > 0);
}

TEST_CASE("The proposal dialog names the worker as the number is typed and forgets the refusal "
          "about the worker before",
    "[ui][certification]")
{
    Workshop w;
    ProposalDialog dialog(*w.connection, w.db.admin());
    dialog.setDate(QDate(2025, 2, 28));
    auto *employee = dialog.findChild<QLineEdit *>();
    REQUIRE(employee);
    REQUIRE(employee->placeholderText() == QStringLiteral("Employee number"));
    const auto labels = dialog.findChildren<QLabel *>();
    auto shows = [&](const QString &text) {
        return std::any_of(labels.begin(), labels.end(), [&](QLabel *label) {
            return label->isVisibleTo(&dialog) && label->text().contains(text);
        });
    };
    dialog.show();
    QTest::keyClicks(employee, QStringLiteral("A1")); // typed, without leaving the field
    CHECK(shows(QStringLiteral("张伟")));
    dialog.accept(); // refused: a day short of the interval
    REQUIRE(shows(QStringLiteral("2025-03-01")));
    employee->clear();
    QTest::keyClicks(employee, QStringLiteral("A2"));
    CHECK(shows(QStringLiteral("李娜")));
    CHECK_FALSE(shows(QStringLiteral("张伟")));
    CHECK_FALSE(shows(QStringLiteral("2025-03-01")));
}

TEST_CASE("The due view lists off the GUI thread, plans, and exports with the recommendation",
    "[ui][due]")
{
    Workshop w;
    DueView view;
    QSignalSpy refreshed(&view, &DueView::refreshed);
    view.setAsOf(QDate(2025, 3, 1));
    view.setConnection(w.connection.get(), w.db.admin());
    // Nothing is computed until the list is shown: no job was even started.
    CHECK_FALSE(view.isBusy());
    CHECK(refreshed.count() == 0);
    view.show();
    REQUIRE(refreshed.wait(10000));
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.model()->workerAt(0).employeeNo == QStringLiteral("A2"));
    // Company, one site, two workshops.
    CHECK(view.planTable()->rowCount() == 4);

    const QString file = w.db.filePath(QStringLiteral("待评价名单.xlsx"));
    REQUIRE(view.exportTo(file).ok());
    auto source = RecordSource::open(file, {});
    REQUIRE(source.ok());
    CsvRecord record;
    QList<QStringList> rows;
    while ((*source)->next(record))
        rows += record.cells;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].contains(QStringLiteral("Eligible from")));
    CHECK(rows[2].contains(QStringLiteral("A1")));
    CHECK(rows[2].contains(QStringLiteral("高级工")));
}

TEST_CASE("A workshop head's due view lists their own workshop only", "[ui][due][officers]")
{
    Workshop w;
    const qint64 assembly
        = w.db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '装配车间'"))
              .toLongLong();
    const Officer head
        = w.db.officer(QStringLiteral("head-zhou"), Roles { Role::WorkshopHead }, { assembly });
    DueView view;
    QSignalSpy refreshed(&view, &DueView::refreshed);
    view.setAsOf(QDate(2025, 3, 1));
    view.setConnection(w.connection.get(), head);
    view.show();
    REQUIRE(refreshed.wait(10000));
    // A1 and A2 of the 机加车间 are due, but not theirs to see; nor its targets.
    CHECK(view.model()->rowCount() == 0);
    CHECK(view.planTable()->rowCount() == 1);
    // The same view for the admin lists both.
    view.setConnection(w.connection.get(), w.db.admin());
    REQUIRE(refreshed.wait(10000));
    CHECK(view.model()->rowCount() == 2);
}

TEST_CASE("The policy dialog records only what changed, from the chosen date", "[ui][policy]")
{
    Workshop w;
    PolicyDialog dialog(*w.connection, w.db.admin());
    dialog.effectiveFrom()->setDate(QDate(2025, 1, 1));
    auto *years = qobject_cast<QSpinBox *>(dialog.editorFor(QStringLiteral("certify.min_years.2")));
    REQUIRE(years);
    CHECK(years->value() == 5);
    years->setValue(4);
    // A day before today: refused without a reason, the dialog stays open and says why.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.problem().contains(QStringLiteral("2025-01-01")));
    dialog.reason()->setText(QStringLiteral("补录2024年职代会决议"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(PolicyStore::valuesOn(w.db.db(), QDate(2025, 1, 1))
              ->value(QStringLiteral("certify.min_years.2"))
        == QStringLiteral("4"));
    CHECK(PolicyStore::valuesOn(w.db.db(), QDate(2024, 12, 31))
              ->value(QStringLiteral("certify.min_years.2"))
        == QStringLiteral("5"));
    CHECK(w.db.scalar(QStringLiteral("SELECT count(*) FROM audit_change c JOIN audit_event e "
                                     "ON e.id = c.event_id WHERE e.action = 'policy'"))
              .toInt()
        == 1);
    CHECK(w.db.scalar(QStringLiteral("SELECT summary FROM audit_event WHERE action = 'policy'"))
              .toString()
              .contains(QStringLiteral("补录2024年职代会决议")));
}

TEST_CASE("The policy dialog sets the rules of assessment rounds", "[ui][policy][rounds]")
{
    Workshop w;
    PolicyDialog dialog(*w.connection, w.db.admin());
    auto *notice = qobject_cast<QSpinBox *>(dialog.editorFor(QStringLiteral("assess.notice_days")));
    auto *passMark
        = qobject_cast<QLineEdit *>(dialog.editorFor(QStringLiteral("assess.pass_mark")));
    auto *school = qobject_cast<QComboBox *>(
        dialog.editorFor(QStringLiteral("assess.condition.tech-school")));
    REQUIRE(notice);
    REQUIRE(passMark);
    REQUIRE(school);
    CHECK(notice->value() == 5);
    CHECK(passMark->text() == QStringLiteral("60.0"));
    CHECK(school->currentData().toString() == QStringLiteral("2"));
    notice->setValue(7);
    school->setCurrentIndex(school->findData(QStringLiteral("0")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const auto policy = PolicyStore::assessmentOn(w.db.db(), QDate::currentDate());
    REQUIRE(policy.ok());
    CHECK(policy->noticeWorkingDays == 7);
    CHECK(policy->passMark == Score { 600 });
    CHECK_FALSE(policy->conditions.contains(QStringLiteral("tech-school")));
    CHECK(policy->conditions.value(QStringLiteral("senior-tech-school")) == Grade::Senior);
}

TEST_CASE("Only an admin may change the policy in the dialog", "[ui][policy][officers]")
{
    Workshop w;
    PolicyDialog dialog(*w.connection, w.colleague);
    const auto buttons = dialog.findChildren<QPushButton *>();
    const auto ok = std::find_if(buttons.begin(), buttons.end(),
        [](QPushButton *button) { return !button->toolTip().isEmpty(); });
    REQUIRE(ok != buttons.end());
    CHECK_FALSE((*ok)->isEnabled());
    CHECK((*ok)->toolTip().contains(Roles::title(Role::Admin)));
    // Core refuses anyway.
    auto *years = qobject_cast<QSpinBox *>(dialog.editorFor(QStringLiteral("certify.min_years.2")));
    REQUIRE(years);
    years->setValue(3);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(w.db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'policy'"))
              .toInt()
        == 0);
}

TEST_CASE("The certification page offers each officer what their roles allow, never their own "
          "proposals to decide",
    "[ui][certification][officers]")
{
    Workshop w;
    const qint64 theirs = w.proposeBySomeoneElse(QStringLiteral("A1"), Grade::Senior);
    const Officer both
        = w.db.officer(QStringLiteral("hr-approver"), Roles { Role::Hr, Role::Approver });
    ProposalRequest r;
    r.employeeNo = QStringLiteral("A2");
    r.occupation = QStringLiteral("车工");
    r.grade = Grade::Junior;
    r.way = CertificationWay::Regular;
    r.date = QDate(2025, 3, 1);
    r.by = both;
    const auto own = CertificationStore::propose(w.db.db(), r);
    REQUIRE(own.ok());

    // The proposer who is also an approver: their own proposal is not theirs to decide.
    CertificationView view;
    view.setConnection(w.connection.get(), both);
    view.show();
    REQUIRE(view.model()->rowCount() == 2);
    view.table()->selectRow(rowOf(*view.model(), *own));
    CHECK_FALSE(view.approveButton()->isEnabled());
    CHECK(view.approveButton()->toolTip().contains(QStringLiteral("four eyes")));
    view.approveSelected(); // leaves their own out
    CHECK(CertificationStore::get(w.db.db(), *own)->status == CertificationStatus::Proposed);
    view.table()->selectRow(rowOf(*view.model(), theirs));
    CHECK(view.approveButton()->isEnabled());

    // An hr officer proposes but never decides; the button says which role it needs.
    CertificationView hrView;
    hrView.setConnection(w.connection.get(), w.colleague);
    hrView.show();
    hrView.table()->selectRow(rowOf(*hrView.model(), *own));
    CHECK(hrView.proposeButton()->isEnabled());
    CHECK_FALSE(hrView.approveButton()->isEnabled());
    CHECK(hrView.approveButton()->toolTip().contains(Roles::title(Role::Approver)));
}

TEST_CASE("The certification page saves the verification page with the company's public key",
    "[ui][certificate]")
{
    Workshop w;
    CertificationView view;
    view.setConnection(w.connection.get(), w.colleague);
    view.show();
    REQUIRE(view.verificationPageButton()->isEnabled());
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("核验页.html"));
    QString suggested;
    SaveFileDialog::ScopedAnswer answer([&](const QString &path) {
        suggested = path;
        return page;
    });
    QString shown;
    DialogDriver<QMessageBox> driver([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    QTest::mouseClick(view.verificationPageButton(), Qt::LeftButton);
    CHECK(driver.handled() == 1);
    CHECK(shown.contains(QDir::toNativeSeparators(page)));
    const auto key = CertificateStore::publicKey(w.db.db());
    REQUIRE(key.ok());
    CHECK(suggested.endsWith(key->companyName + QStringLiteral(" certificate verification.html")));
    QFile file(page);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    CHECK(html.contains(QString::fromLatin1(
        key->key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))));
    CHECK(html.contains(key->companyName));
}

TEST_CASE("A worker's stored photo shows in the profile", "[ui][certificate]")
{
    Workshop w;
    const qint64 id = w.db.scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = 'A1'"))
                          .toLongLong();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImage(60, 80, QImage::Format_RGB32).save(&buffer, "PNG");
    REQUIRE(CertificateStore::setPhoto(w.db.db(), id, png, w.db.admin()).ok());
    WorkerProfileDialog dialog(*w.connection, w.db.admin(), id);
    REQUIRE(dialog.isLoaded());
    const auto labels = dialog.findChildren<QLabel *>();
    CHECK(std::any_of(
        labels.begin(), labels.end(), [](QLabel *label) { return !label->pixmap().isNull(); }));
}

TEST_CASE("The new-competition dialog asks for the competition's name and its level, with no "
          "level chosen for the officer",
    "[ui][competition]")
{
    CompetitionDialog dialog({ QStringLiteral("车工") });
    auto *form = qobject_cast<QFormLayout *>(dialog.layout());
    REQUIRE(form);
    auto *label = qobject_cast<QLabel *>(form->labelForField(dialog.nameEdit()));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("Competition name"));
    CHECK(dialog.levelChooser()->currentIndex() == -1);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("2026年济南厂车工技能竞赛"));
    CHECK_FALSE(ok->isEnabled()); // a name alone does not say which level
    dialog.levelChooser()->setCurrentIndex(
        dialog.levelChooser()->findData(int(CompetitionLevel::Enterprise)));
    CHECK(ok->isEnabled());
    const CompetitionInput input = dialog.input();
    CHECK(input.name == QStringLiteral("2026年济南厂车工技能竞赛"));
    CHECK(input.level == CompetitionLevel::Enterprise);
    CHECK(input.occupation.isEmpty());
}
