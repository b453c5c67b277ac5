// The public notice and the dossier of an assessment round (issue 16), through the command
// line as an outside check runs them, read back with pdftotext and pdftoppm.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "core/domain/residentid.h"
#include "core/store/certificationstore.h"
#include "core/store/workcalendarstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/roundbuilder.h"
#include "tests/support/tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace skl;
using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::RoundBuilder;
using skl::test::Run;
using skl::test::TempDatabase;

namespace {

// The command in Chinese, as the notice is posted.
Run cliChinese(TempDatabase &db, const QStringList &args)
{
    return skl::test::run(QStringLiteral(SKL_CLI_PATH),
        QStringList { u"--db"_s, db.path(), u"--user"_s, u"admin"_s, u"--lang"_s, u"zh"_s } + args);
}

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s });
    REQUIRE(text.waitForFinished(30000));
    REQUIRE(text.exitCode() == 0);
    return QString::fromUtf8(text.readAllStandardOutput());
}

QString compact(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

// How much of the first page is drawn in the draft mark's red.
int reddishPixels(const QString &pdf, const QString &scratch)
{
    QProcess render;
    render.start(u"pdftoppm"_s,
        { u"-png"_s, u"-r"_s, u"30"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
            scratch });
    REQUIRE(render.waitForFinished(30000));
    REQUIRE(render.exitCode() == 0);
    const QImage page(scratch + u".png"_s);
    REQUIRE_FALSE(page.isNull());
    int count = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > c.green() + 25 && c.red() > c.blue() + 25)
                ++count;
        }
    }
    return count;
}

QString inWords(QDate day)
{
    return u"%1年%2月%3日"_s.arg(day.year()).arg(day.month()).arg(day.day());
}

void checkNoIdNumber(const QString &text)
{
    const QString id = RoundBuilder::idNumber();
    CHECK_FALSE(text.contains(id));
    CHECK_FALSE(text.contains(ResidentId::mask(id)));
    CHECK_FALSE(text.contains(id.left(6))); // not even the masked form's first digits
}

} // namespace

TEST_CASE("A round's notice before it is posted prints as a draft, the mark outside the text",
    "[round][notice][cli]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.scored();
    const QString pdf = db.filePath(u"公示.pdf"_s);
    const Run run
        = cliChinese(db, { u"round"_s, u"notice"_s, QString::number(round.id), u"--out"_s, pdf });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(u"草稿"_s));

    const QString text = pdfText(pdf);
    const QString whole = compact(text);
    CHECK(whole.contains(u"关于车工高级工职业技能等级认定结果的公示"_s));
    CHECK(whole.contains(u"张伟"_s)); // passed: named in full
    CHECK(whole.contains(u"机加工车间"_s));
    CHECK_FALSE(whole.contains(u"李娜"_s)); // failed theory
    CHECK_FALSE(whole.contains(u"草稿"_s));
    checkNoIdNumber(text);
    // A draft's period runs from the day it is printed, in working days.
    const auto calendar = WorkCalendarStore::load(db.db());
    REQUIRE(calendar.ok());
    const QDate today = QDate::currentDate();
    CHECK(whole.contains(u"公示期：%1至%2（5个工作日）"_s.arg(
        inWords(today), inWords(calendar->workingDaysFrom(today, 5)))));
    CHECK(reddishPixels(pdf, db.filePath(u"draft"_s)) > 200);
}

TEST_CASE("A posted notice names the period in words with its working days, across a worked "
          "Saturday",
    "[round][notice][cli]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.posted();
    const QString pdf = db.filePath(u"notice.pdf"_s);
    const Run run
        = cliChinese(db, { u"round"_s, u"notice"_s, QString::number(round.id), u"--out"_s, pdf });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString whole = compact(pdfText(pdf));
    CHECK(whole.contains(u"公示期：2025年10月9日至2025年10月14日（5个工作日）"_s));
    CHECK(whole.contains(u"张伟"_s));
    CHECK(whole.contains(u"序号姓名车间职业（工种）等级认定方式"_s));
    CHECK(whole.contains(u"2025年10月9日"_s)); // the foot's date
    CHECK(reddishPixels(pdf, db.filePath(u"posted"_s)) == 0);

    // The same in English, for the tests' own reading of messages.
    const QString english = db.filePath(u"notice-en.pdf"_s);
    const Run en = cliOn(
        db.path(), { u"round"_s, u"notice"_s, QString::number(round.id), u"--out"_s, english });
    REQUIRE(en.exitCode == 0);
    CHECK(en.out.contains(u"The notice of round %1"_s.arg(round.id)));
}

TEST_CASE("round notice refuses what it cannot print: no number, no file, no one passed, a "
          "workshop head",
    "[round][notice][cli]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.registered();
    const QString pdf = db.filePath(u"n.pdf"_s);
    CHECK(cliOn(db.path(), { u"round"_s, u"notice"_s, u"--out"_s, pdf }).exitCode == 2);
    CHECK(cliOn(db.path(), { u"round"_s, u"notice"_s, QString::number(round.id) }).exitCode == 2);
    const Run nobody
        = cliOn(db.path(), { u"round"_s, u"notice"_s, QString::number(round.id), u"--out"_s, pdf });
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(u"passed every part"_s));
    CHECK_FALSE(QFile::exists(pdf));
    const qint64 machining
        = db.scalar(u"SELECT id FROM workshop WHERE name = '机加工车间'"_s).toLongLong();
    db.officer(u"head"_s, Roles { Role::WorkshopHead }, { machining });
    const Run head = cliAs(db.path(), u"head"_s,
        { u"round"_s, u"notice"_s, QString::number(round.id), u"--out"_s, pdf });
    CHECK(head.exitCode == 3);
    CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("The dossier writes five volumes, each a PDF and a CSV with the retention dates, and "
          "records the archive once the round is reported",
    "[round][dossier][cli]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.posted();
    QTemporaryDir out;
    const Run run = cliOn(
        db.path(), { u"round"_s, u"dossier"_s, QString::number(round.id), u"--out"_s, out.path() });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QDir folder(QDir(out.path()).filePath(u"考核批次-%1-车工-高级工"_s.arg(round.id)));
    const QStringList stems { u"01-报名与资格审核"_s, u"02-备案"_s, u"03-过程管理"_s,
        u"04-试卷及成绩"_s, u"05-证书管理"_s };
    const QDate today = QDate::currentDate();
    const QString paper = today.addYears(3).toString(Qt::ISODate);
    const QString electronic = today.addYears(5).toString(Qt::ISODate);
    QString everything;
    for (const QString &stem : stems) {
        INFO(stem.toStdString());
        const QString pdf = folder.filePath(stem + u".pdf"_s);
        const QString csv = folder.filePath(stem + u".csv"_s);
        REQUIRE(QFile::exists(pdf));
        REQUIRE(QFile::exists(csv));
        const QString text = pdfText(pdf);
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, as the other exports
        const QString table = QString::fromUtf8(bytes);
        for (const QString &retained : { paper, electronic }) {
            CHECK(text.contains(retained));
            CHECK(table.contains(retained));
        }
        // Not reported yet: a preliminary copy, which says so.
        CHECK(table.contains(u"Preliminary"_s));
        everything += text + table;
    }
    QDirIterator files(folder.path(), QDir::Files);
    int count = 0;
    while (files.hasNext()) {
        files.next();
        ++count;
    }
    CHECK(count == 10);
    checkNoIdNumber(everything);
    // What each volume holds: the candidates, the policy, the panel, the scores, the certificates.
    CHECK(everything.contains(u"张伟"_s));
    CHECK(everything.contains(u"KP-X2"_s));
    CHECK(everything.contains(u"59.9"_s));
    CHECK(everything.contains(u"2025-10-16"_s)); // the report's deadline
    CHECK_FALSE(round.record(today).archivedOn.isValid());

    // Decided after the notice period and reported: the next dossier is the archive.
    const Officer approver = db.officer(u"approver"_s, Roles { Role::Approver });
    const auto proposal = db.scalar(
        u"SELECT id FROM certification WHERE round_id = %1 AND status = 'proposed'"_s.arg(
            round.id));
    REQUIRE(CertificationStore::approve(db.db(), proposal.toLongLong(), approver).ok());
    const auto reported = AssessmentRoundStore::recordReport(
        db.db(), round.id, QDate(2025, 10, 15), u"SD-2025-0031"_s, db.admin());
    INFO((reported ? QString() : reported.error().userMessage).toStdString());
    REQUIRE(reported.ok());
    const Run again = cliOn(
        db.path(), { u"round"_s, u"dossier"_s, QString::number(round.id), u"--out"_s, out.path() });
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    const RoundRecord archived = round.record(today);
    CHECK(archived.archivedOn == today);
    CHECK(archived.paperRetainUntil.toString(Qt::ISODate) == paper);
    CHECK(archived.electronicRetainUntil.toString(Qt::ISODate) == electronic);
    QFile certificates(folder.filePath(u"05-证书管理.csv"_s));
    REQUIRE(certificates.open(QIODevice::ReadOnly));
    const QString log = QString::fromUtf8(certificates.readAll());
    CHECK(log.contains(u"Archived %1"_s.arg(today.toString(Qt::ISODate))));
    CHECK(log.contains(u"张伟"_s)); // the certificate issued on approval
}

TEST_CASE("round dossier is hr's: a payroll officer is refused and nothing is written",
    "[round][dossier][cli]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.scored();
    db.officer(u"wang"_s, Roles { Role::Payroll });
    QTemporaryDir out;
    const Run run = cliAs(db.path(), u"wang"_s,
        { u"round"_s, u"dossier"_s, QString::number(round.id), u"--out"_s, out.path() });
    CHECK(run.exitCode == 3);
    CHECK(QDir(out.path()).isEmpty());
}
