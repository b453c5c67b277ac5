#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include "core/store/certificatestore.h"
#include "core/store/certificationstore.h"
#include "core/store/connection.h"
#include "core/store/policystore.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "ui/certification/certificatesettingswizard.h"
#include "ui/certification/certificationtablemodel.h"
#include "ui/certification/certificationview.h"
#include "ui/widgets/savefiledialog.h"

using namespace skl;
using skl::test::DialogDriver;
using skl::test::TempDatabase;

namespace {

// A new company (placeholder certificate codes) with one approved certificate, A1's, and the
// certification page showing it to PDF files.
struct NewCompany
{
    TempDatabase db;
    std::unique_ptr<Connection> connection;
    Officer hr = db.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    qint64 id = 0;

    NewCompany()
    {
        db.importCsv(
            QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                           "A1,张伟,2015-01-01,济南厂,机加车间,车工,中级工,2020-03-01\n"));
        ProposalRequest r;
        r.employeeNo = QStringLiteral("A1");
        r.occupation = QStringLiteral("车工");
        r.grade = Grade::Senior;
        r.way = CertificationWay::Regular;
        r.date = QDate(2025, 3, 1);
        r.by = hr;
        const auto proposed = CertificationStore::propose(db.db(), r);
        REQUIRE(proposed.ok());
        id = *proposed;
        REQUIRE(CertificationStore::approve(db.db(), id, db.admin()).ok());
        auto opened = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(opened.ok());
        connection = std::move(*opened);
    }

    void show(CertificationView &view, const Officer &by)
    {
        view.setConnection(connection.get(), by);
        view.show();
        REQUIRE(view.model()->rowCount() == 1);
        view.outputBox()->setCurrentIndex(
            view.outputBox()->findData(int(CertificationView::Output::Pdf)));
    }

    CertificateData stored()
    {
        const auto data = CertificateStore::forCertification(db.db(), id);
        REQUIRE(data.ok());
        return *data;
    }

    bool confirmed()
    {
        const auto settings = PolicyStore::certificateSettingsOn(db.db(), QDate::currentDate());
        REQUIRE(settings.ok());
        return settings->numbersConfirmed;
    }
};

// Waits for the message that ends a background job, and accepts it.
QString awaitMessage(DialogDriver<QMessageBox> &driver, const QString &shown)
{
    for (int i = 0; i < 600 && driver.handled() == 0; ++i)
        QTest::qWait(50);
    REQUIRE(driver.handled() == 1);
    return shown;
}

} // namespace

TEST_CASE("发证 runs the certificate settings wizard first, which takes the placeholder codes "
          "only when the officer confirms them",
    "[ui][certificate]")
{
    NewCompany c;
    CertificationView view;
    c.show(view, c.db.admin());
    REQUIRE(view.issueButton()->isEnabled());
    const QString pdf = c.db.filePath(QStringLiteral("证书.pdf"));
    SaveFileDialog::ScopedAnswer answer([&](const QString &) { return pdf; });
    bool refusedFirst = false;
    DialogDriver<CertificateSettingsWizard> wizardDriver([&](CertificateSettingsWizard *wizard) {
        CHECK(wizard->bodyCodeEdit()->text() == QStringLiteral("0000"));
        CHECK(wizard->siteSerialEdit()->text() == QStringLiteral("000001"));
        refusedFirst = !wizard->currentPage()->isComplete();
        wizard->confirmBox()->setChecked(true);
        CHECK(wizard->currentPage()->isComplete());
        wizard->next();
        wizard->provincialQueryEdit()->setText(QStringLiteral("ggfw.hrss.example.gov.cn"));
        wizard->accept();
    });
    QString shown;
    DialogDriver<QMessageBox> done([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    QTest::mouseClick(view.issueButton(), Qt::LeftButton);
    CHECK(wizardDriver.handled() == 1);
    CHECK(refusedFirst);
    awaitMessage(done, shown);
    CHECK(shown.contains(QStringLiteral("issued")));
    CHECK(QFile::exists(pdf));
    CHECK(c.confirmed());
    CHECK(c.stored().timesPrinted == 1);
    const auto settings = PolicyStore::certificateSettingsOn(c.db.db(), QDate::currentDate());
    CHECK(settings->provincialQueryAddress == QStringLiteral("ggfw.hrss.example.gov.cn"));
}

TEST_CASE("An officer who may not set the policy is told an administrator completes the "
          "certificate settings, and nothing is issued",
    "[ui][certificate][officers]")
{
    NewCompany c;
    CertificationView view;
    c.show(view, c.hr);
    QString shown;
    DialogDriver<QMessageBox> told([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    QTest::mouseClick(view.issueButton(), Qt::LeftButton);
    CHECK(told.handled() == 1);
    CHECK(shown.contains(QStringLiteral("administrator")));
    CHECK(c.stored().timesPrinted == 0);
}

TEST_CASE("打印样张 saves proofs that issue nothing, even before the certificate settings",
    "[ui][certificate]")
{
    NewCompany c;
    CertificationView view;
    c.show(view, c.hr);
    const QString pdf = c.db.filePath(QStringLiteral("样张.pdf"));
    QString suggested;
    SaveFileDialog::ScopedAnswer answer([&](const QString &path) {
        suggested = path;
        return pdf;
    });
    QString shown;
    DialogDriver<QMessageBox> done([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    QTest::mouseClick(view.proofButton(), Qt::LeftButton);
    awaitMessage(done, shown);
    CHECK(shown.contains(QStringLiteral("Nothing was issued")));
    CHECK(QFile::exists(pdf));
    CHECK(c.stored().timesPrinted == 0);
}

TEST_CASE(
    "补发… asks for the reason and reissues a certificate already issued", "[ui][certificate]")
{
    NewCompany c;
    REQUIRE(PolicyStore::set(c.db.db(),
        { { QString::fromUtf16(PolicyKeys::kCertificateNumbersConfirmed), QStringLiteral("1"),
            QDate::currentDate() } },
        c.db.admin())
                .ok());
    CertificationView view;
    c.show(view, c.hr);
    int file = 0;
    SaveFileDialog::ScopedAnswer answer(
        [&](const QString &) { return c.db.filePath(QStringLiteral("证书%1.pdf").arg(++file)); });
    {
        QString shown;
        DialogDriver<QMessageBox> done([&shown](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        QTest::mouseClick(view.issueButton(), Qt::LeftButton);
        awaitMessage(done, shown);
    }
    REQUIRE(c.stored().timesPrinted == 1);
    DialogDriver<QInputDialog> reason([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("原证书遗失"));
        dialog->accept();
    });
    QString shown;
    DialogDriver<QMessageBox> done([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    QTest::mouseClick(view.reissueButton(), Qt::LeftButton);
    CHECK(reason.handled() == 1);
    awaitMessage(done, shown);
    CHECK(shown.contains(QStringLiteral("补发")));
    CHECK(c.stored().reissued);
    CHECK(c.db.scalar(QStringLiteral("SELECT reissue_reason FROM certificate_print "
                                     "WHERE reissue_reason IS NOT NULL"))
              .toString()
        == QStringLiteral("原证书遗失"));
}
