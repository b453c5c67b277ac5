#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include "core/demo/democompany.h"
#include "core/printing/rosterprintout.h"
#include "core/store/companystore.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace Qt::StringLiterals;
using namespace skl;
using skl::test::cliOn;
using skl::test::Run;
using skl::test::TempDatabase;

namespace {

const QString kLongName = u"阿卜杜热合曼·买买提明·艾力·库尔班·吐尔逊·阿不都克热木·热合曼江"_s;
const QString kLongWorkshop = u"重型铸锻钢精密机械加工与热处理联合车间第二生产线"_s;

// The 300-worker demo and one worker whose name and workshop are longer than any column.
void fillDemo(TempDatabase &db)
{
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 300, 7, db.admin(), progress).ok());
    REQUIRE(db.importCsv(u"工号,姓名,入职日期,单位,省份,车间,技能等级,等级取得日期\n"
                         "L0001,%1,2020-03-01,齐齐哈尔铸锻钢事业部第二生产基地,黑龙江,%2,高级工,"
                         "2022-05-01\n"_s.arg(kLongName, kLongWorkshop))
                .committed);
}

QStringList pdfPages(const QString &pdf)
{
    QProcess text;
    text.start(u"pdftotext"_s, { pdf, u"-"_s });
    REQUIRE(text.waitForFinished(60000));
    REQUIRE(text.exitCode() == 0);
    QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The text without its line breaks and spaces: a name that wraps in its cell reads whole.
QString compact(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

QList<WorkerRow> screenRows(TempDatabase &db, const Officer &by, const RosterQuery &query)
{
    WorkerStore workers(db.db());
    const auto rows = workers.page(by, query, std::nullopt, 100000);
    REQUIRE(rows.ok());
    return *rows;
}

// Every page carries the company, the header row, the filter and its number.
void checkPages(const QStringList &pages, const QString &company,
    const QList<RosterViewExport::Shown> &columns, const QString &filterWord)
{
    for (qsizetype i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        const QString page = compact(pages[i]);
        CHECK(page.contains(compact(company)));
        CHECK(page.contains(compact(u"Page %1 of %2"_s.arg(i + 1).arg(pages.size()))));
        CHECK(page.contains(filterWord));
        for (const auto &column : columns)
            CHECK(page.contains(compact(column.header)));
    }
}

} // namespace

TEST_CASE("The printed roster holds every worker of the filter, in order, with masked ID numbers "
          "and the header row and page number on every page",
    "[roster][print]")
{
    TempDatabase db;
    fillDemo(db);
    RosterQuery query;
    query.filter.service = RosterFilter::Service::InService;
    query.filter.serviceDate = QDate::currentDate();
    query.sortKey = RosterQuery::SortKey::Name;
    const auto rows = screenRows(db, db.admin(), query);
    REQUIRE(rows.size() > 200);
    const QList<RosterViewExport::Shown> columns = RosterPrintout::allColumns();
    // --lang en: the headers as the command line prints them.

    // Drawn by the command line: painting text needs the QGuiApplication it makes, which this
    // test program does not.
    const QString pdf = db.filePath(u"花名册.pdf"_s);
    const Run run = cliOn(db.path(),
        { u"roster"_s, u"print"_s, u"--in-service"_s, u"--sort"_s, u"name"_s, u"--out"_s, pdf });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList text = pdfPages(pdf);
    REQUIRE(text.size() > 3);
    const auto company = CompanyStore::require(db.db());
    REQUIRE(company.ok());
    checkPages(text, company->name, columns, u"Filter:inservice"_s);

    const QString whole = compact(text.join(QString()));
    // Every worker, whole, in the screen's order: each employee number after the previous one.
    qsizetype at = 0;
    for (const WorkerRow &row : rows) {
        INFO(row.employeeNo.toStdString());
        CHECK(whole.contains(compact(row.name)));
        CHECK(whole.contains(row.maskedIdNumber));
        const qsizetype found = whole.indexOf(row.employeeNo, at);
        CHECK(found >= at);
        if (found >= 0)
            at = found;
    }
    CHECK(whole.contains(compact(kLongName)));
    CHECK(whole.contains(compact(kLongWorkshop)));
    // No ID number leaves unmasked: no 18-character number in the text.
    const QString raw = text.join(u'\n');
    CHECK_FALSE(raw.contains(QRegularExpression(u"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])"_s)));
    CHECK_FALSE(raw.contains(u'…'));

    // The printout is recorded, with its rows.
    QSqlQuery events(db.db());
    REQUIRE(events.exec(u"SELECT count(*) FROM audit_event WHERE action = 'print-roster'"_s));
    REQUIRE(events.next());
    CHECK(events.value(0).toInt() == 1);
}

TEST_CASE("roster print writes the filtered roster as a PDF and refuses bad filters",
    "[roster][print][cli]")
{
    TempDatabase db;
    fillDemo(db);
    const QString pdf = db.filePath(u"print.pdf"_s);
    const Run run = cliOn(db.path(),
        { u"roster"_s, u"print"_s, u"--out"_s, pdf, u"--workshop"_s, kLongWorkshop, u"--sort"_s,
            u"name"_s, u"--descending"_s });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList pages = pdfPages(pdf);
    REQUIRE(pages.size() == 1);
    const QString page = compact(pages.first());
    CHECK(page.contains(compact(kLongName)));
    CHECK(page.contains(u"workshop"_s + compact(kLongWorkshop)));
    CHECK(page.contains(u"1worker"_s));

    CHECK(cliOn(db.path(),
              { u"roster"_s, u"print"_s, u"--out"_s, pdf, u"--workshop"_s, u"没有这个车间"_s })
              .exitCode
        == 2);
    CHECK(cliOn(db.path(), { u"roster"_s, u"print"_s, u"--out"_s, pdf, u"--sort"_s, u"site"_s })
              .exitCode
        == 2);
    CHECK(cliOn(db.path(), { u"roster"_s, u"print"_s }).exitCode == 2);
}
