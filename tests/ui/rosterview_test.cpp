#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "core/common/appsettings.h"
#include "core/demo/democompany.h"
#include "core/domain/grade.h"
#include "core/store/officerstore.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/roster/rosterview.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

void fillDemo(TempDatabase &db, qint64 workers)
{
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), workers, 7, db.admin(), progress).ok());
}

// Three workers in two sites, and the GUI thread's connection to them.
struct ThreeWorkers
{
    TempDatabase db;
    std::unique_ptr<Connection> connection;

    ThreeWorkers()
    {
        db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间\n"
                                    "E1,张伟,2010-07-01,济南总厂,机加工车间\n"
                                    "E2,张敏,2011-07-01,济南总厂,装配车间\n"
                                    "E3,李娜,2012-07-01,西安分厂,铸造车间\n"));
        auto opened = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(opened.ok());
        connection = std::move(*opened);
    }
};

} // namespace

TEST_CASE("The roster model stays consistent while 1,200 workers are fetched page by page",
    "[ui][roster]")
{
    TempDatabase db;
    fillDemo(db, 1200);
    WorkerStore workers(db.db());
    RosterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    model.setWorkers(&workers, db.admin());
    CHECK(model.rowCount() == RosterTableModel::kPageSize); // one page, not the whole table
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 1200);

    model.sort(RosterTableModel::Name, Qt::DescendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 1200);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.workerAt(row).id);
        if (row > 0)
            CHECK(model.workerAt(row - 1).name >= model.workerAt(row).name);
    }
    CHECK(ids.size() == 1200);
}

// Issue 19: after the first page the model reads four pages at once and shows them one at a time.
TEST_CASE("Scrolling shows one page per fetch, in order, across the reads ahead", "[ui][roster]")
{
    constexpr int kWorkers = 2'700; // the first page, one read of four pages, and 200 rows
    TempDatabase db;
    fillDemo(db, kWorkers);
    WorkerStore workers(db.db());
    RosterTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(false);
    model.setWorkers(&workers, db.admin());
    REQUIRE(model.rowCount() == RosterTableModel::kPageSize);
    int fetches = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        ++fetches;
        CHECK(
            model.rowCount() - before == std::min(RosterTableModel::kPageSize, kWorkers - before));
    }
    CHECK(fetches == 5);
    REQUIRE(model.rowCount() == kWorkers);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.workerAt(row).id);
        if (row > 0)
            CHECK(model.workerAt(row - 1).employeeNo < model.workerAt(row).employeeNo);
    }
    CHECK(ids.size() == kWorkers);

    // A new sort starts again from one page, with nothing left of the rows read ahead.
    model.sort(RosterTableModel::Name, Qt::DescendingOrder);
    model.fetchMore({}); // 1,500 rows wait, read ahead
    REQUIRE(model.rowCount() == 2 * RosterTableModel::kPageSize);
    model.sort(RosterTableModel::Name, Qt::AscendingOrder);
    REQUIRE(model.rowCount() == RosterTableModel::kPageSize);
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.workerAt(row - 1).name <= model.workerAt(row).name);
    CHECK(model.canFetchMore({}));
}

TEST_CASE("The roster shows masked ID numbers and grades in words", "[ui][roster]")
{
    TempDatabase db;
    fillDemo(db, 50);
    WorkerStore workers(db.db());
    RosterTableModel model;
    model.setWorkers(&workers, db.admin());
    REQUIRE(model.rowCount() == 50);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row, RosterTableModel::IdNumber).data().toString();
        CHECK(id.mid(6, 8) == QStringLiteral("********"));
        const WorkerRow &worker = model.workerAt(row);
        if (worker.grade)
            CHECK(model.index(row, RosterTableModel::Grade).data().toString()
                == GradeNames::display(*worker.grade));
    }
}

TEST_CASE("Searching the roster narrows the rows and the count says N of M", "[ui][roster]")
{
    ThreeWorkers f;
    RosterView view;
    QSignalSpy counted(&view, &RosterView::countsChanged);
    view.setConnection(f.connection.get(), f.db.admin());
    REQUIRE(counted.wait(5000));
    CHECK(view.model()->rowCount() == 3);
    CHECK(counted.last().at(1).toLongLong() == 3);

    view.setSearchText(QStringLiteral("张"));
    CHECK(view.model()->rowCount() == 2);
    REQUIRE(counted.wait(5000));
    CHECK(counted.last().at(0).toLongLong() == 2);
    CHECK(view.countText() == QStringLiteral("2 of 3 workers"));
}

TEST_CASE("Showing a unit from the target report filters the roster to it", "[ui][roster]")
{
    ThreeWorkers f;
    RosterView view;
    view.setConnection(f.connection.get(), f.db.admin());
    WorkerStore workers(f.connection->db());
    const auto workshops = workers.workshops();
    REQUIRE(workshops.ok());
    const NamedUnit assembly = *std::find_if(workshops->begin(), workshops->end(),
        [](const NamedUnit &u) { return u.name == QStringLiteral("装配车间"); });
    view.showUnit(assembly.siteId, assembly.id);
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->workerAt(0).employeeNo == QStringLiteral("E2"));
    view.showUnit(assembly.siteId, 0);
    CHECK(view.model()->rowCount() == 2);

    // A search left from before does not hide the unit's workers.
    view.setSearchText(QStringLiteral("no such worker"));
    REQUIRE(view.model()->rowCount() == 0);
    view.showUnit(assembly.siteId, assembly.id);
    CHECK(view.model()->rowCount() == 1);
    CHECK(view.filter().search.isEmpty());
}

TEST_CASE("Double-clicking a worker in the roster asks for the profile", "[ui][roster]")
{
    ThreeWorkers f;
    RosterView view;
    view.resize(900, 400);
    view.setConnection(f.connection.get(), f.db.admin());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &RosterView::workerActivated);
    QTableView *table = view.table();
    const QRect cell = table->visualRect(table->model()->index(1, RosterTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().at(0).toLongLong() == view.model()->workerAt(1).id);
}

TEST_CASE("Every roster filter shows as many rows as core counts", "[ui][roster]")
{
    TempDatabase db;
    fillDemo(db, 1500);
    WorkerStore workers(db.db());
    RosterTableModel model;
    model.setWorkers(&workers, db.admin());
    const auto sites = workers.sites();
    const auto occupations = workers.occupations();
    REQUIRE(sites.ok());
    REQUIRE(occupations.ok());
    QList<RosterFilter> filters;
    RosterFilter base;
    base.serviceDate = DemoCompany::referenceDate();
    filters += base;
    for (auto service : { RosterFilter::Service::InService, RosterFilter::Service::Left }) {
        RosterFilter f = base;
        f.service = service;
        filters += f;
    }
    RosterFilter site = base;
    site.siteId = sites->first().id;
    site.frontline = true;
    filters += site;
    RosterFilter grade = base;
    grade.hasGradeFilter = true;
    grade.grade = Grade::Senior;
    grade.occupationId = occupations->first().id;
    filters += grade;
    RosterFilter search = base;
    search.search = QStringLiteral("王");
    filters += search;
    for (const RosterFilter &f : std::as_const(filters)) {
        model.setFilter(f);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const auto counted = workers.count(db.admin(), f);
        REQUIRE(counted.ok());
        CHECK(model.rowCount() == *counted);
    }
}

TEST_CASE(
    "A workshop head's roster lists and counts only their workshops", "[ui][roster][officers]")
{
    ThreeWorkers f;
    const auto workshop = OfficerStore::workshopNamed(f.db.db(), QStringLiteral("装配车间"));
    REQUIRE(workshop.ok());
    const Officer head
        = f.db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead }, { *workshop });
    RosterView view;
    QSignalSpy counted(&view, &RosterView::countsChanged);
    view.setConnection(f.connection.get(), head);
    REQUIRE(counted.wait(5000));
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->index(0, RosterTableModel::EmployeeNo).data().toString()
        == QStringLiteral("E2"));
    CHECK(counted.last().at(0).toLongLong() == 1);
    CHECK(counted.last().at(1).toLongLong() == 1);
}

TEST_CASE("The roster's unit and date columns are wide enough for their values, even in a "
          "remembered layout",
    "[ui][roster]")
{
    ThreeWorkers f;
    const auto widthOf = [](const RosterView &view, const QString &text) {
        return view.table()->fontMetrics().horizontalAdvance(text);
    };
    AppSettings::setRosterHeaderState({});
    {
        // First use, on a roster still empty: nothing is fitted or remembered until rows come.
        TempDatabase empty;
        RosterView view;
        view.setConnection(&empty.connection(), empty.admin());
        CHECK(AppSettings::rosterHeaderState().isEmpty());
    }
    RosterView view;
    view.resize(1200, 400);
    view.setConnection(f.connection.get(), f.db.admin());
    view.show();
    QTableView *table = view.table();
    CHECK(table->columnWidth(RosterTableModel::HireDate)
        > widthOf(view, QStringLiteral("2010-07-01")));
    CHECK(table->columnWidth(RosterTableModel::Site)
        > widthOf(view, QStringLiteral("济南第一机床总厂")));
    CHECK(table->columnWidth(RosterTableModel::Workshop)
        >= table->columnWidth(RosterTableModel::GradeDate));
    REQUIRE_FALSE(AppSettings::rosterHeaderState().isEmpty());

    // A layout remembered with squeezed columns opens them wide enough again.
    table->horizontalHeader()->resizeSection(RosterTableModel::HireDate, 20);
    table->horizontalHeader()->resizeSection(RosterTableModel::Workshop, 20);
    RosterView again;
    again.setConnection(f.connection.get(), f.db.admin());
    CHECK(again.table()->columnWidth(RosterTableModel::HireDate)
        > widthOf(again, QStringLiteral("2010-07-01")));
    CHECK(again.table()->columnWidth(RosterTableModel::Workshop)
        > widthOf(again, QStringLiteral("济南第一机床总厂")));
    AppSettings::setRosterHeaderState({});
}
