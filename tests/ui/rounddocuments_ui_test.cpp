#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/printing/rounddossier.h"
#include "core/store/rounddocumentstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/roundbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/rounds/rounddocumentdialog.h"
#include "ui/rounds/rounddossiertab.h"
#include "ui/rounds/roundpage.h"
#include "ui/rounds/roundsview.h"

using namespace skl;
using skl::test::RoundBuilder;
using skl::test::TempDatabase;

namespace {

std::unique_ptr<RoundsView> openRound(TempDatabase &db, qint64 roundId, const Officer &officer)
{
    auto view = std::make_unique<RoundsView>();
    view->setConnection(&db.connection(), officer);
    view->show();
    view->showRound(roundId);
    REQUIRE(view->page()->context().has_value());
    return view;
}

} // namespace

TEST_CASE("The filing dialog asks for an existing file and a title, and names a file too large",
    "[ui][rounds][documents]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.registered();
    auto view = openRound(db, round.id, db.admin());
    RoundDocumentDialog dialog(*view->page()->context(), view.get());
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    dialog.fileEdit()->setText(db.filePath(QStringLiteral("none.pdf")));
    CHECK_FALSE(ok->isEnabled());
    const QString scan = db.writeFile(QStringLiteral("签到表.jpg"), "jpeg bytes");
    dialog.fileEdit()->setText(scan);
    CHECK_FALSE(ok->isEnabled()); // no title yet
    dialog.titleEdit()->setText(QStringLiteral("理论考场签到表"));
    CHECK(ok->isEnabled());
    dialog.volumeChooser()->setCurrentIndex(int(DossierVolume::Process) - 1);
    dialog.candidateChooser()->setCurrentIndex(1); // the first candidate
    const RoundDocumentInput input = dialog.input();
    CHECK(input.volume == DossierVolume::Process);
    CHECK(input.fileName == QStringLiteral("签到表.jpg"));
    CHECK(input.employeeNo == QStringLiteral("R1"));
    const QString empty = db.writeFile(QStringLiteral("empty.pdf"), {});
    dialog.fileEdit()->setText(empty);
    CHECK_FALSE(ok->isEnabled());
}

TEST_CASE("hr files a document off the GUI thread and withdraws it; an auditor only reads",
    "[ui][rounds][documents]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.registered();
    auto view = openRound(db, round.id, db.admin());
    RoundDossierTab *tab = view->page()->dossierTab();
    CHECK(tab->documents()->rowCount() == 0);
    CHECK(tab->attachButton()->isEnabled());

    RoundDocumentInput input;
    input.volume = DossierVolume::Papers;
    input.title = QStringLiteral("理论知识试卷（A卷）");
    input.fileName = QStringLiteral("试卷A.pdf");
    input.part = AssessmentPart::Theory;
    const QString path = db.writeFile(input.fileName, QByteArray("%PDF scanned").repeated(20));
    std::optional<bool> filed;
    tab->attach(path, input, [&filed](bool done) { filed = done; });
    REQUIRE(QTest::qWaitFor([&filed] { return filed.has_value(); }, 20000));
    CHECK(*filed);
    REQUIRE(tab->documents()->rowCount() == 1);
    CHECK(tab->documents()->item(0, 1)->text() == QStringLiteral("理论知识试卷（A卷）"));
    tab->documents()->selectRow(0);
    CHECK(tab->saveCopyButton()->isEnabled());
    CHECK(tab->withdrawButton()->isEnabled());

    const Officer auditor = db.officer(QStringLiteral("auditor"), Roles { Role::Auditor });
    auto asAuditor = openRound(db, round.id, auditor);
    RoundDossierTab *read = asAuditor->page()->dossierTab();
    REQUIRE(read->documents()->rowCount() == 1);
    CHECK_FALSE(read->attachButton()->isEnabled());
    read->documents()->selectRow(0);
    CHECK(read->saveCopyButton()->isEnabled());
    CHECK_FALSE(read->withdrawButton()->isEnabled());
}

namespace {

// Cancels once the first volume is written, as an officer pressing Cancel mid-way.
class CancelAfterFirstVolume final : public ProgressSink
{
public:
    void report(qint64 done, qint64) override { m_canceled = done >= 1; }
    bool isCanceled() const override { return m_canceled; }

private:
    bool m_canceled = false;
};

} // namespace

TEST_CASE("A dossier cancelled mid-way keeps no file, no attachment and no empty folder",
    "[rounds][documents][dossier]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.posted();
    RoundDocumentInput input;
    input.volume = DossierVolume::Registration;
    input.title = QStringLiteral("报名表");
    input.fileName = QStringLiteral("报名表.pdf");
    input.data = "scan";
    REQUIRE(RoundDocumentStore::add(db.db(), round.id, input, db.admin()));
    QTemporaryDir out;
    CancelAfterFirstVolume cancel;
    const auto written = RoundDossier::write(db.db(), round.id, db.admin(), out.path(), cancel);
    REQUIRE_FALSE(written);
    CHECK(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}
