#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>

#include "core/common/appsettings.h"
#include "core/common/productinfo.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/certification/certificationpage.h"
#include "ui/certification/dueview.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/helptopic.h"
#include "ui/help/manual.h"
#include "ui/help/manualwindow.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roster/rosterview.h"
#include "ui/settings/backupsettingsdialog.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The screens of issue 15 and those before it, by the manual's topic: each must have its page,
// also those whose screens other branches are adding (home, the editors, the wizard).
const QStringList kScreens { QStringLiteral("welcome"), QStringLiteral("home"),
    QStringLiteral("roster"), QStringLiteral("profile"), QStringLiteral("desk"),
    QStringLiteral("import"), QStringLiteral("rosterprint"), QStringLiteral("certification"),
    QStringLiteral("certificates"), QStringLiteral("certificatewizard"), QStringLiteral("policy"),
    QStringLiteral("competitions"), QStringLiteral("allowances"), QStringLiteral("teamleaders"),
    QStringLiteral("agreements"), QStringLiteral("pay"), QStringLiteral("salarybands"),
    QStringLiteral("dashboard"), QStringLiteral("occupations"), QStringLiteral("units"),
    QStringLiteral("officers"), QStringLiteral("audit"), QStringLiteral("backup"),
    QStringLiteral("server"), QStringLiteral("workcalendar"), QStringLiteral("rounds"),
    QStringLiteral("fund"), QStringLiteral("recognition") };

} // namespace

TEST_CASE("Every screen has a page in the manual, listed in its contents", "[ui][help]")
{
    const Manual manual = Manual::load();
    const QString contents = readResource(QStringLiteral(":/manual/index.html"));
    for (const QString &topic : kScreens) {
        INFO(topic.toStdString());
        CHECK(manual.hasTopic(topic));
        CHECK(contents.contains(QStringLiteral("href=\"%1.html\"").arg(topic)));
        CHECK_FALSE(manual.titleOf(topic).isEmpty());
    }
    // And no page is left out of the contents: a new page is linked there too.
    for (const Manual::Page &page : manual.pages()) {
        if (page.topic == Manual::contentsTopic())
            continue;
        INFO(page.topic.toStdString());
        CHECK(contents.contains(QStringLiteral("href=\"%1.html\"").arg(page.topic)));
    }
    CHECK(manual.pages().constFirst().topic == Manual::contentsTopic());
}

TEST_CASE("Every picture and link of the manual leads somewhere", "[ui][help]")
{
    const Manual manual = Manual::load();
    static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
    static const QRegularExpression link(QStringLiteral("<a href=\"([^\":]+)\""));
    int pictures = 0;
    for (const Manual::Page &page : manual.pages()) {
        const QString html = readResource(QStringLiteral(":/manual/%1.html").arg(page.topic));
        REQUIRE_FALSE(html.isEmpty());
        for (const auto &match : image.globalMatch(html)) {
            INFO(page.topic.toStdString() << ": " << match.captured(1).toStdString());
            CHECK(QFile::exists(QStringLiteral(":/manual/") + match.captured(1)));
            ++pictures;
        }
        for (const auto &match : link.globalMatch(html)) {
            INFO(page.topic.toStdString() << ": " << match.captured(1).toStdString());
            CHECK(QFile::exists(QStringLiteral(":/manual/") + match.captured(1)));
        }
    }
    CHECK(pictures >= 20); // the screenshots of docs/screenshots, shown where they belong
}

TEST_CASE("Every topic a screen names has its page", "[ui][help]")
{
    // The sources name the topics: HelpTopic::set(this, u"roster"_s) and the like. A screen
    // whose topic has no page would open the contents on F1.
    const Manual manual = Manual::load();
    static const QRegularExpression named(
        QStringLiteral("HelpTopic::set\\([^,]+,\\s*(?:u|QStringLiteral\\()\"([a-z0-9-]+)\""));
    QDirIterator files(QStringLiteral(SKL_SOURCE_DIR "/ui"), { QStringLiteral("*.cpp") },
        QDir::Files, QDirIterator::Subdirectories);
    int topics = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        for (const auto &match : named.globalMatch(readResource(path))) {
            INFO(path.toStdString() << ": " << match.captured(1).toStdString());
            CHECK(manual.hasTopic(match.captured(1)));
            ++topics;
        }
    }
    CHECK(topics >= 20);
}

TEST_CASE("Searching the manual finds pages by a Chinese word", "[ui][help]")
{
    const Manual manual = Manual::load();
    const auto leaving = manual.search(QStringLiteral("离职"));
    REQUIRE_FALSE(leaving.isEmpty());
    // The desk acts' page is about it, in its title.
    CHECK(leaving.constFirst().topic == QStringLiteral("desk"));
    CHECK(leaving.constFirst().excerpt.contains(QStringLiteral("离职")));
    // Every word must be on the page.
    const auto approveAllowances = manual.search(QStringLiteral("津贴  批准并锁定"));
    REQUIRE_FALSE(approveAllowances.isEmpty());
    CHECK(approveAllowances.constFirst().topic == QStringLiteral("allowances"));
    for (const Manual::Hit &hit : approveAllowances)
        CHECK(hit.topic != Manual::contentsTopic());
    CHECK(manual.search(QStringLiteral("量子纠缠")).isEmpty());
    CHECK(manual.search(QStringLiteral("  ")).isEmpty());
    // Latin words regardless of case.
    CHECK_FALSE(manual.search(QStringLiteral("postgresql")).isEmpty());
}

TEST_CASE(
    "The manual's window searches as the officer types and opens the page chosen", "[ui][help]")
{
    ManualWindow window;
    CHECK(window.currentTopic() == Manual::contentsTopic());
    CHECK(window.pageList()->count() == window.manual().pages().size());
    // As an input method commits Chinese: the whole word at once (QTest types ASCII only).
    window.searchField()->insert(QStringLiteral("备份"));
    REQUIRE(window.pageList()->count() > 0);
    CHECK(window.pageList()->item(0)->data(Qt::UserRole).toString() == QStringLiteral("backup"));
    Q_EMIT window.pageList()->itemActivated(window.pageList()->item(0));
    CHECK(window.currentTopic() == QStringLiteral("backup"));
    CHECK(window.browser()->toPlainText().contains(QStringLiteral("自动备份")));
    // Nothing found says so, rather than an empty list.
    window.searchField()->setText(QStringLiteral("量子纠缠"));
    REQUIRE(window.pageList()->count() == 1);
    CHECK(window.pageList()->item(0)->text().contains(QStringLiteral("量子纠缠")));
    CHECK(window.pageList()->item(0)->flags() == Qt::NoItemFlags);
    // A topic without a page shows the contents.
    window.showTopic(QStringLiteral("no-such-screen"));
    CHECK(window.currentTopic() == Manual::contentsTopic());
}

TEST_CASE("F1 opens the manual at the page of the screen shown", "[ui][help]")
{
    TempDatabase db;
    MainWindow window;
    // Before a database is open: the welcome page.
    CHECK(HelpTopic::shownIn(&window) == QStringLiteral("welcome"));
    REQUIRE(window.openDatabase(db.path(), db.admin().login, skl::test::password()));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    window.tabs()->setCurrentWidget(window.rosterView());
    QTest::keyClick(&window, Qt::Key_F1);
    REQUIRE(window.manualWindow() != nullptr);
    CHECK(window.manualWindow()->isVisible());
    CHECK(window.manualWindow()->currentTopic() == QStringLiteral("roster"));
    CHECK(window.manualWindow()->browser()->toPlainText().contains(QStringLiteral("花名册")));

    // A tab inside a tab: the due list of the certification page.
    window.tabs()->setCurrentWidget(window.certificationPage());
    window.certificationPage()->setCurrentWidget(window.certificationPage()->due());
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(window.manualWindow()->currentTopic() == QStringLiteral("certification"));

    // Every tab of the window names a page.
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        INFO(window.tabs()->tabText(i).toStdString());
        CHECK(window.manualWindow()->manual().hasTopic(HelpTopic::shownIn(&window)));
    }
    // 帮助 ▸ 使用手册 is the same action, shown with its key.
    auto *action = window.findChild<QAction *>(QStringLiteral("userManual"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));
    window.closeDatabase();
}

TEST_CASE("F1 in a dialog opens the manual over it at the dialog's page", "[ui][help]")
{
    BackupSettingsDialog dialog(QStringLiteral("/tmp/backups"), std::nullopt);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_F1);
    auto *manual = dialog.findChild<ManualWindow *>();
    REQUIRE(manual);
    CHECK(manual->isVisible());
    CHECK(manual->currentTopic() == QStringLiteral("backup"));
}

TEST_CASE("The About box names the version, the licence and whom to ask for support", "[ui][help]")
{
    const QString before = AppSettings::supportContact();
    AppSettings::setSupportContact({});
    {
        AboutDialog about;
        const QString text = about.text();
        CHECK(text.contains(QStringLiteral("SkillLadder " SKL_PROJECT_VERSION)));
        CHECK(ProductInfo::version() == QStringLiteral(SKL_PROJECT_VERSION));
        CHECK(text.contains(QStringLiteral("Proprietary software, all rights reserved")));
        CHECK(text.contains(ProductInfo::owner()));
        // No contact is made up: the text says where the IT department sets it.
        CHECK(text.contains(QStringLiteral("help/support")));
        CHECK_FALSE(text.contains(QLatin1Char('@')));
    }
    AppSettings::setSupportContact(QStringLiteral("  信息中心 王工，分机 8123  "));
    {
        AboutDialog about;
        CHECK(about.text().contains(QStringLiteral("Support: 信息中心 王工，分机 8123")));
        CHECK_FALSE(about.text().contains(QStringLiteral("help/support")));
    }
    AppSettings::setSupportContact(before);
}
