#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include "core/reports/targettrend.h"
#include "core/reports/workforcetargets.h"
#include "core/store/officerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace skl;
using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::Run;
using skl::test::TempDatabase;

namespace {

const QDate kAsOf(2025, 6, 30);

// A company of 5 sites and 60 workshops (issue 15: the printed report lost 8 of 20), one of
// each with a name long enough to wrap, and 3 workers in each workshop hired over four years,
// so that the trend's 36 month ends differ.
void fillSixtyWorkshops(TempDatabase &db)
{
    const QStringList sites { u"济南总厂"_s, u"青岛分厂"_s, u"西安动力分厂"_s, u"成都装备分厂"_s,
        u"齐齐哈尔铸锻钢事业部第二生产基地重型装备分厂"_s };
    const QStringList provinces { u"山东"_s, u"山东"_s, u"陕西"_s, u"四川"_s, u"黑龙江"_s };
    const QStringList grades { u"学徒工"_s, u"初级工"_s, u"中级工"_s, u"高级工"_s, u"技师"_s };
    QString csv = u"工号,姓名,入职日期,单位,省份,车间,技能等级,等级取得日期\n"_s;
    int number = 0;
    for (qsizetype s = 0; s < sites.size(); ++s) {
        for (int w = 1; w <= 12; ++w) {
            const QString workshop = s == 4 && w == 12
                ? u"重型铸锻钢精密机械加工与热处理联合车间"_s
                : u"%1第%2车间"_s.arg(sites[s].left(2)).arg(w);
            for (int k = 0; k < 3; ++k) {
                ++number;
                const QDate hired = QDate(2021, 1, 1).addDays(number * 11);
                csv += u"E%1,职工%1,%2,%3,%4,%5,%6,%7\n"_s.arg(number).arg(
                    hired.toString(Qt::ISODate), sites[s], provinces[s], workshop,
                    grades[number % grades.size()], hired.addMonths(6).toString(Qt::ISODate));
            }
        }
    }
    REQUIRE(db.importCsv(csv).committed);
}

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, { pdf, u"-"_s });
    REQUIRE(text.waitForFinished(30000));
    REQUIRE(text.exitCode() == 0);
    return QString::fromUtf8(text.readAllStandardOutput());
}

// The text without its line breaks and spaces: a name that wraps in its cell reads whole.
QString compact(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

} // namespace

TEST_CASE("The leadership report names every site, workshop and month of a company of 60 "
          "workshops, on pages that each carry the company and their number",
    "[report][cli]")
{
    TempDatabase db;
    fillSixtyWorkshops(db);
    const auto report = WorkforceTargets::compute(db.db(), db.admin(), kAsOf);
    REQUIRE(report.ok());
    REQUIRE(report->workshops.size() == 60);

    const QString pdf = db.filePath(u"报告.pdf"_s);
    const Run run = cliOn(
        db.path(), { u"report"_s, u"--as-of"_s, kAsOf.toString(Qt::ISODate), u"--out"_s, pdf });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);

    const QString text = pdfText(pdf);
    const QString whole = compact(text);
    // Charts never elide a name, and every unit is in its chart and in its table.
    CHECK_FALSE(text.contains(u'…'));
    for (const UnitTargets &site : report->sites) {
        INFO(site.name.toStdString());
        CHECK(whole.count(compact(site.name)) >= 3); // its bars, its row, its grade structure
    }
    for (const UnitTargets &workshop : report->workshops) {
        INFO(workshop.name.toStdString());
        CHECK(whole.count(compact(workshop.name)) >= 2);
    }
    // The charts' percentage scales read as the figures do: "10%", never "10 %" (issue 15).
    CHECK(text.contains(u"10%"_s));
    CHECK_FALSE(text.contains(QRegularExpression(u"\\d %"_s)));
    const QList<QDate> months = TargetTrend::monthEndsUpTo(kAsOf, 36);
    REQUIRE(months.size() == 36);
    for (const QDate &month : months) {
        INFO(month.toString(Qt::ISODate).toStdString());
        CHECK(text.contains(month.toString(u"yyyy-MM"_s)));
    }

    QStringList pages = text.split(u'\f');
    if (pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() > 5); // 60 workshops and 36 months do not fit a page a section
    for (qsizetype i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        CHECK(compact(pages[i]).contains(compact(report->company.name)));
        CHECK(pages[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size())));
        CHECK(pages[i].contains(kAsOf.toString(Qt::ISODate)));
    }
    // A table that goes on to the next page repeats its header there.
    qsizetype continued = 0;
    for (const QString &page : pages) {
        if (page.contains(u"(continued)"_s)) {
            ++continued;
            CHECK((page.contains(u"Employees"_s) || page.contains(u"target met"_s)));
        }
    }
    CHECK(continued >= 2);

    QProcess info;
    info.start(u"pdfinfo"_s, { pdf });
    REQUIRE(info.waitForFinished(30000));
    const QString details = QString::fromUtf8(info.readAllStandardOutput());
    CHECK(details.contains(u"842 x 595"_s)); // A4 landscape, in points
    CHECK(details.contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(pages.size()))));
}

TEST_CASE("report writes the PDF and exits as every command does: 2 bad usage, 1 a file it "
          "cannot write, 3 refused",
    "[report][cli]")
{
    TempDatabase db;
    fillSixtyWorkshops(db);
    const QString pdf = db.filePath(u"月报.pdf"_s);

    CHECK(cliOn(db.path(), { u"report"_s, u"--as-of"_s, u"2025-06-30"_s }).exitCode == 2);
    CHECK(cliOn(db.path(), { u"report"_s, u"--as-of"_s, u"2025-13-01"_s, u"--out"_s, pdf }).exitCode
        == 2);
    CHECK(cliOn(db.path(), { u"report"_s, u"--out"_s, pdf, u"--bogus"_s }).exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));

    const QString nowhere = db.filePath(u"no such folder/月报.pdf"_s);
    const Run unwritable = cliOn(db.path(), { u"report"_s, u"--out"_s, nowhere });
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(u"cannot be written"_s));
    CHECK_FALSE(QFile::exists(nowhere));

    QStringList wrongLogin { u"--db"_s, db.path(), u"--user"_s, u"admin"_s, u"report"_s, u"--out"_s,
        pdf, u"--lang"_s, u"en"_s };
    const Run refused = skl::test::run(QStringLiteral(SKL_CLI_PATH), wrongLogin,
        skl::test::cliEnvironment(u"not the password at all"_s));
    CHECK(refused.exitCode == 3);
    CHECK_FALSE(QFile::exists(pdf));

    const Run written = cliOn(db.path(), { u"report"_s, u"--out"_s, pdf });
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.out.contains(u"月报.pdf"_s));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    // A workshop head's report: their workshop only, and no trend of the whole company.
    const auto workshop = OfficerStore::workshopNamed(db.db(), u"青岛第3车间"_s);
    REQUIRE(workshop.ok());
    db.officer(u"head"_s, Roles { Role::WorkshopHead }, { *workshop });
    const QString headPdf = db.filePath(u"车间.pdf"_s);
    const Run head = cliAs(
        db.path(), u"head"_s, { u"report"_s, u"--as-of"_s, u"2025-06-30"_s, u"--out"_s, headPdf });
    INFO(head.err.toStdString());
    REQUIRE(head.exitCode == 0);
    const QString text = compact(pdfText(headPdf));
    CHECK(text.contains(u"青岛第3车间"_s));
    CHECK_FALSE(text.contains(u"青岛第4车间"_s));
    CHECK_FALSE(text.contains(u"济南第1车间"_s));
    CHECK(text.contains(compact(u"The trend counts the whole company"_s)));
}
