#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "core/domain/residentid.h"
#include "core/store/connection.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "ui/widgets/datefield.h"
#include "ui/workerdetail/workerprofiledialog.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

struct ProfileFixture
{
    TempDatabase db;
    qint64 workerId = 0;

    ProfileFixture()
    {
        db.importCsv(rosterHeader()
            + QStringLiteral("E1,张伟,男,%1,,2010-07-01,,济南总厂,山东,机加工车间,车工,高级工,"
                             "2018-06-30,是,否\n")
                  .arg(validId(QStringLiteral("37010219850312001"))));
        workerId = db.scalar(QStringLiteral("SELECT id FROM worker")).toLongLong();
    }
};

// What an officer's typing ends in: new text, then leaving the field. (QTest cannot type Chinese.)
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    Q_EMIT edit->editingFinished();
}

} // namespace

TEST_CASE(
    "The profile shows the ID number masked until the officer asks to change it", "[ui][profile]")
{
    ProfileFixture f;
    WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
    REQUIRE(dialog.isLoaded());
    CHECK(dialog.idNumberEdit()->text()
        == ResidentId::mask(validId(QStringLiteral("37010219850312001"))));
    CHECK(dialog.idNumberEdit()->text().contains(QStringLiteral("********")));
    CHECK(dialog.idNumberEdit()->isReadOnly());
    CHECK(dialog.gradeHistoryTable()->rowCount() == 1);
    CHECK(dialog.auditTable()->rowCount() == 1); // created by the import
}

TEST_CASE("A wrong ID check digit is flagged as typed and Save stays off", "[ui][profile]")
{
    ProfileFixture f;
    WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
    dialog.revealIdButton()->click();
    CHECK_FALSE(dialog.idNumberEdit()->isReadOnly());
    dialog.idNumberEdit()->selectAll();
    QTest::keyClicks(dialog.idNumberEdit(), QStringLiteral("370102198503120012"));
    REQUIRE(dialog.problems().size() >= 1);
    CHECK(dialog.problems().first().field == QStringLiteral("id_number"));
    CHECK_FALSE(dialog.save());
    CHECK(f.db.scalar(QStringLiteral("SELECT id_number FROM worker")).toString()
        == validId(QStringLiteral("37010219850312001")));
}

TEST_CASE("A name with a NUL or over 50 characters is refused in the profile as in an import",
    "[ui][profile][hostile]")
{
    ProfileFixture f;
    for (const QString &name :
        { QStringLiteral("张") + QChar(0) + QStringLiteral("伟"), QString(51, u'张') }) {
        WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
        typeInto(dialog.nameEdit(), name);
        REQUIRE(dialog.problems().size() == 1);
        CHECK(dialog.problems().first().field == QStringLiteral("name"));
        CHECK_FALSE(dialog.save());
        CHECK(f.db.scalar(QStringLiteral("SELECT name FROM worker")).toString()
            == QStringLiteral("张伟"));
    }
}

TEST_CASE("Profile edits can be undone and redone before saving", "[ui][profile]")
{
    ProfileFixture f;
    WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
    typeInto(dialog.nameEdit(), QStringLiteral("张维"));
    typeInto(dialog.nameEdit(), QStringLiteral("张伟民"));
    CHECK(dialog.undoStack()->count() == 2);
    dialog.undoStack()->undo();
    CHECK(dialog.nameEdit()->text() == QStringLiteral("张维"));
    dialog.undoStack()->undo();
    CHECK(dialog.nameEdit()->text() == QStringLiteral("张伟"));
    dialog.undoStack()->redo();
    CHECK(dialog.nameEdit()->text() == QStringLiteral("张维"));
}

TEST_CASE("Saving the profile writes one audited change; Cancel writes nothing", "[ui][profile]")
{
    ProfileFixture f;
    {
        WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
        typeInto(dialog.nameEdit(), QStringLiteral("张维"));
        skl::test::DialogDriver<QMessageBox> discard(
            [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        dialog.reject();
        CHECK(discard.handled() == 1);
    }
    CHECK(f.db.scalar(QStringLiteral("SELECT name FROM worker")).toString()
        == QStringLiteral("张伟"));

    WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
    QSignalSpy saved(&dialog, &WorkerProfileDialog::workerSaved);
    typeInto(dialog.nameEdit(), QStringLiteral("张维"));
    REQUIRE(dialog.save());
    CHECK(saved.size() == 1);
    CHECK(f.db.scalar(QStringLiteral("SELECT name FROM worker")).toString()
        == QStringLiteral("张维"));
    CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE field = 'name'"))
              .toInt()
        == 1);
}

TEST_CASE("A profile saved after another window renamed the worker keeps the new name and "
          "offers to reload",
    "[ui][profile][concurrency][postgres]")
{
    ProfileFixture f;
    WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
    REQUIRE(dialog.isLoaded());
    CHECK_FALSE(dialog.conflictText()->isVisibleTo(&dialog));
    // Another window renames the worker through its own connection.
    {
        auto other = Connection::open(f.db.path(), Connection::Mode::MustExist);
        REQUIRE(other.ok());
        WorkerStore workers((*other)->db());
        const auto read = workers.snapshot(f.db.admin(), f.workerId);
        REQUIRE(read.ok());
        WorkerRecord renamed = read->record;
        renamed.name = QStringLiteral("张维");
        REQUIRE(workers.save(f.db.admin(), *read, renamed).ok());
    }
    QSignalSpy saved(&dialog, &WorkerProfileDialog::workerSaved);
    typeInto(
        dialog.findChild<QLineEdit *>(QStringLiteral("leaveDate")), QStringLiteral("2026-12-01"));
    CHECK_FALSE(dialog.save());
    CHECK(saved.isEmpty());
    CHECK(f.db.scalar(QStringLiteral("SELECT name FROM worker")).toString()
        == QStringLiteral("张维"));
    CHECK(f.db.scalar(QStringLiteral("SELECT leave_date FROM worker")).isNull());
    CHECK(dialog.conflictText()->isVisibleTo(&dialog));
    CHECK(dialog.conflictText()->text().contains(QStringLiteral("张维")));
    CHECK(dialog.conflictText()->text().contains(QStringLiteral("张伟")));

    dialog.reloadButton()->click();
    CHECK_FALSE(dialog.conflictText()->isVisibleTo(&dialog));
    CHECK(dialog.nameEdit()->text() == QStringLiteral("张维"));
    typeInto(
        dialog.findChild<QLineEdit *>(QStringLiteral("leaveDate")), QStringLiteral("2026-12-01"));
    REQUIRE(dialog.save());
    CHECK(f.db.scalar(QStringLiteral("SELECT name FROM worker")).toString()
        == QStringLiteral("张维"));
    CHECK(f.db.scalar(QStringLiteral("SELECT leave_date FROM worker")).toString()
        == QStringLiteral("2026-12-01"));
}

TEST_CASE("The full ID number is shown on demand to HR and audited; other roles cannot ask",
    "[ui][profile][officers]")
{
    ProfileFixture f;
    const Officer hr = f.db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    {
        WorkerProfileDialog dialog(f.db.connection(), hr, f.workerId);
        REQUIRE(dialog.revealIdButton()->isEnabled());
        dialog.revealIdButton()->click();
        CHECK(dialog.idNumberEdit()->text() == validId(QStringLiteral("37010219850312001")));
        CHECK_FALSE(dialog.idNumberEdit()->isReadOnly());
        CHECK(f.db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = "
                                         "'reveal-id' AND actor = 'hr'"))
                  .toInt()
            == 1);
        // An edit after the reveal saves the edit and keeps the number.
        typeInto(dialog.nameEdit(), QStringLiteral("张维"));
        REQUIRE(dialog.save());
        CHECK(f.db.scalar(QStringLiteral("SELECT name || ' ' || id_number FROM worker")).toString()
            == QStringLiteral("张维 ") + validId(QStringLiteral("37010219850312001")));
    }
    const Officer approver = f.db.officer(QStringLiteral("approver"), Roles { Role::Approver });
    WorkerProfileDialog dialog(f.db.connection(), approver, f.workerId);
    REQUIRE(dialog.isLoaded());
    CHECK_FALSE(dialog.revealIdButton()->isEnabled());
    CHECK(dialog.revealIdButton()->toolTip().contains(QStringLiteral("HR officer")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.idNumberEdit()->isReadOnly());
    CHECK(dialog.idNumberEdit()->text().contains(QStringLiteral("********")));
}

TEST_CASE("Cancel or Esc in an edited profile asks before the edits are discarded", "[ui][profile]")
{
    ProfileFixture f;
    WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
    dialog.show();
    // Nothing edited: Esc closes without a question (a question would wait here).
    CHECK_FALSE(dialog.hasUnsavedChanges());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    dialog.show();
    typeInto(dialog.nameEdit(), QStringLiteral("张维"));
    REQUIRE(dialog.hasUnsavedChanges());
    {
        skl::test::DialogDriver<QMessageBox> goBack([](QMessageBox *box) {
            CHECK(box->text().contains(QStringLiteral("E1")));
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(goBack.handled() == 1);
    }
    CHECK(dialog.isVisible());
    CHECK(dialog.nameEdit()->text() == QStringLiteral("张维"));
    {
        skl::test::DialogDriver<QMessageBox> saveThem(
            [](QMessageBox *box) { box->button(QMessageBox::Save)->click(); });
        dialog.reject(); // the Cancel button
        CHECK(saveThem.handled() == 1);
    }
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.db.scalar(QStringLiteral("SELECT name FROM worker")).toString()
        == QStringLiteral("张维"));
}

TEST_CASE(
    "A profile date can be picked on a calendar, and undone like a typed one", "[ui][profile]")
{
    ProfileFixture f;
    WorkerProfileDialog dialog(f.db.connection(), f.db.admin(), f.workerId);
    dialog.show();
    DateField *hire = dialog.hireDateEdit();
    const QString before = hire->text();
    REQUIRE(before == QStringLiteral("2010-07-01"));
    hire->calendarAction()->trigger();
    QCalendarWidget *calendar = hire->openCalendar();
    REQUIRE(calendar);
    CHECK(calendar->isVisible());
    CHECK(calendar->selectedDate() == QDate(2010, 7, 1)); // opens on the date typed
    calendar->setSelectedDate(QDate(2010, 8, 2));
    Q_EMIT calendar->activated(QDate(2010, 8, 2));
    CHECK(hire->text() == QStringLiteral("2010-08-02"));
    CHECK(hire->openCalendar() == nullptr); // the popup closed
    CHECK(dialog.undoStack()->count() == 1);
    CHECK(dialog.hasUnsavedChanges());
    dialog.undoStack()->undo();
    CHECK(hire->text() == before);
    CHECK_FALSE(dialog.hasUnsavedChanges());
}
