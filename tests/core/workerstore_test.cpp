#include <QSet>

#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

// Seven workers; 张伟 twice (equal sort keys across a page boundary), one leaver, one ungraded.
QString roster()
{
    return rosterHeader()
        + QStringLiteral(
            "A01,张伟,男,%1,,2010-07-01,,济南总厂,山东,机加工车间,车工,高级工,2018-06-30,是,否\n"
            "A02,张伟,男,,,2012-03-01,,济南总厂,山东,装配车间,钳工,技师,2020-01-01,是,是\n"
            "A03,李娜,女,,,2015-05-05,2024-01-01,济南总厂,山东,装配车间,钳工,初级工,"
            "2016-01-01,否,否\n"
            "B01,王芳,女,,,2019-09-09,,西安分厂,陕西,铸造车间,铸造工,,,是,否\n"
            "B02,赵强,男,,,2020-02-02,,西安分厂,陕西,铸造车间,铸造工,中级工,2022-02-02,是,否\n"
            "B03,张三丰,男,,,2021-01-01,,西安分厂,陕西,铸造车间,铸造工,学徒工,2021-01-01,否,否\n"
            "C01,周敏,女,,,2022-06-01,,苏州公司,江苏,数控车间,数控车工,高级技师,2023-06-01,"
            "是,否\n")
              .arg(validId(QStringLiteral("37010219850312001")));
}

QStringList employeeNumbers(
    WorkerStore &workers, const Officer &reader, const RosterQuery &query, int pageSize)
{
    QStringList numbers;
    std::optional<RosterQuery::Key> after;
    for (;;) {
        const auto page = workers.page(reader, query, after, pageSize);
        REQUIRE(page.ok());
        for (const WorkerRow &row : *page)
            numbers += row.employeeNo;
        if (page->size() < pageSize)
            return numbers;
        after = query.keyOf(page->constLast());
    }
}

RosterFilter filter()
{
    RosterFilter f;
    f.serviceDate = QDate(2024, 6, 1);
    return f;
}

} // namespace

TEST_CASE("Roster pages follow each other without a gap or a repeat, in both directions",
    "[roster][store]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(roster()).committed);
    WorkerStore workers(db.db());
    for (auto key :
        { RosterQuery::SortKey::EmployeeNo, RosterQuery::SortKey::Name, RosterQuery::SortKey::Grade,
            RosterQuery::SortKey::GradeDate, RosterQuery::SortKey::HireDate }) {
        for (auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            RosterQuery query;
            query.sortKey = key;
            query.order = order;
            const QStringList all = employeeNumbers(workers, db.admin(), query, 100);
            const QStringList paged = employeeNumbers(workers, db.admin(), query, 2);
            CHECK(paged == all);
            CHECK(QSet<QString>(paged.begin(), paged.end()).size() == 7);
        }
    }
}

TEST_CASE("Sorting by grade puts the ungraded first and the highest grade last", "[roster][store]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(roster()).committed);
    WorkerStore workers(db.db());
    RosterQuery query;
    query.sortKey = RosterQuery::SortKey::Grade;
    const QStringList order = employeeNumbers(workers, db.admin(), query, 3);
    CHECK(order.first() == QStringLiteral("B01"));
    CHECK(order.last() == QStringLiteral("C01"));
    query.order = Qt::DescendingOrder;
    CHECK(employeeNumbers(workers, db.admin(), query, 3).first() == QStringLiteral("C01"));
}

TEST_CASE(
    "Search finds the start of a name or an employee number, or an ID ending", "[roster][store]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(roster()).committed);
    WorkerStore workers(db.db());
    RosterQuery query;
    query.filter.search = QStringLiteral("张");
    CHECK(employeeNumbers(workers, db.admin(), query, 10)
        == QStringList { QStringLiteral("A01"), QStringLiteral("A02"), QStringLiteral("B03") });
    query.filter.search = QStringLiteral("张三");
    CHECK(employeeNumbers(workers, db.admin(), query, 10) == QStringList { QStringLiteral("B03") });
    query.filter.search = QStringLiteral("三丰"); // not the beginning of a name
    CHECK(employeeNumbers(workers, db.admin(), query, 10).isEmpty());
    query.filter.search = QStringLiteral("b0");
    CHECK(employeeNumbers(workers, db.admin(), query, 10).size() == 3);
    const QString id = validId(QStringLiteral("37010219850312001"));
    query.filter.search = id.right(4);
    CHECK(employeeNumbers(workers, db.admin(), query, 10) == QStringList { QStringLiteral("A01") });
    query.filter.search = QStringLiteral("100%");
    CHECK(employeeNumbers(workers, db.admin(), query, 10).isEmpty());
}

TEST_CASE("Filters combine, and the count agrees with the rows", "[roster][store]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(roster()).committed);
    WorkerStore workers(db.db());
    const auto sites = workers.sites();
    REQUIRE(sites.ok());
    REQUIRE(sites->size() == 3);
    const qint64 jinan = std::find_if(sites->begin(), sites->end(), [](const NamedUnit &u) {
        return u.name == QStringLiteral("济南总厂");
    })->id;

    RosterQuery query;
    query.filter = filter();
    query.filter.siteId = jinan;
    CHECK(employeeNumbers(workers, db.admin(), query, 10).size() == 3);
    query.filter.frontline = true;
    CHECK(employeeNumbers(workers, db.admin(), query, 10).size() == 2);
    query.filter.hasGradeFilter = true;
    query.filter.grade = Grade::Technician;
    CHECK(employeeNumbers(workers, db.admin(), query, 10) == QStringList { QStringLiteral("A02") });
    CHECK(*workers.count(db.admin(), query.filter) == 1);

    RosterFilter ungraded = filter();
    ungraded.hasGradeFilter = true;
    CHECK(*workers.count(db.admin(), ungraded) == 1); // 王芳
    CHECK(*workers.count(db.admin(), filter()) == 7);
}

TEST_CASE("In service and left follow the leave date as the first day out", "[roster][store]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(roster()).committed);
    WorkerStore workers(db.db());
    RosterFilter f = filter();
    f.service = RosterFilter::Service::Left;
    f.serviceDate = QDate(2023, 12, 31); // the day before 李娜's leave date
    CHECK(*workers.count(db.admin(), f) == 0);
    f.serviceDate = QDate(2024, 1, 1); // her leave date: out of service
    CHECK(*workers.count(db.admin(), f) == 1);
    f.service = RosterFilter::Service::InService;
    CHECK(*workers.count(db.admin(), f) == 6);
}

TEST_CASE("Roster rows carry names, the grade in force and a masked ID number", "[roster][store]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(roster()).committed);
    WorkerStore workers(db.db());
    const auto page = workers.page(db.admin(), RosterQuery {}, std::nullopt, 1);
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    const WorkerRow &row = page->first();
    CHECK(row.employeeNo == QStringLiteral("A01"));
    CHECK(row.site == QStringLiteral("济南总厂"));
    CHECK(row.workshop == QStringLiteral("机加工车间"));
    CHECK(row.occupation == QStringLiteral("车工"));
    CHECK(row.grade == Grade::Senior);
    CHECK(row.gradeDate == QDate(2018, 6, 30));
    CHECK(row.maskedIdNumber.startsWith(QStringLiteral("370102********")));
    CHECK(row.maskedIdNumber.size() == 18);
}
