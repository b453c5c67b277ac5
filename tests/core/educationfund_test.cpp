#include <QJsonDocument>
#include <QJsonObject>

#include "core/common/progress.h"
#include "core/domain/allowancemonth.h"
#include "core/domain/educationfund.h"
#include "core/store/educationfundstore.h"
#include "core/store/paystore.h"
#include "core/store/policystore.h"
#include "core/store/serverlogin.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/trainingbuilder.h"

using namespace skl;
using skl::test::addTraining;
using skl::test::rosterHeader;
using skl::test::TempDatabase;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// F1 and F2 frontline (一线) in 机加工车间 of 济南总厂, B1 not frontline in 装配车间; W1 hired
// 2010, H1 hired on 2025-03-10, L1 left on 2025-02-15 (its first day out of service), N1 in
// service without pay, O1 left in 2024.
void addWorkers(TempDatabase &db)
{
    const auto report = db.importCsv(rosterHeader()
        + QStringLiteral("F1,张伟,男,,,2010-07-01,,济南总厂,山东,机加工车间,车工,,,是,否\n"
                         "F2,李强,男,,,2012-07-01,,济南总厂,山东,机加工车间,车工,,,是,否\n"
                         "B1,王芳,女,,,2012-01-01,,济南总厂,山东,装配车间,钳工,,,否,否\n"
                         "W1,赵磊,男,,,2010-01-01,,青岛分厂,山东,铸造车间,铸造工,,,否,否\n"
                         "H1,孙丽,女,,,2025-03-10,,青岛分厂,山东,铸造车间,铸造工,,,是,否\n"
                         "L1,周明,男,,,2020-01-01,2025-02-15,青岛分厂,山东,铸造车间,铸造工,,,"
                         "否,否\n"
                         "N1,吴军,男,,,2015-01-01,,青岛分厂,山东,铸造车间,铸造工,,,否,否\n"
                         "O1,郑华,男,,,2015-01-01,2024-05-01,青岛分厂,山东,铸造车间,铸造工,,,"
                         "否,否\n"));
    REQUIRE(report.problems.isEmpty());
}

qint64 idOf(TempDatabase &db, const QString &employeeNo)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
        .toLongLong();
}

// The pay of the wage-bill cases, monthly amounts in fen.
void addPay(TempDatabase &db, const Officer &payroll)
{
    const auto monthly = [&](const char *no, const char *from, qint64 fen) {
        return BasePayRecord { idOf(db, QString::fromLatin1(no)), day(from), PayMode::Monthly,
            Fen::fromFen(fen), std::nullopt };
    };
    NullProgress progress;
    const auto done = PayStore::setPay(db.db(),
        { monthly("W1", "2024-01-01", 800000), monthly("W1", "2025-07-16", 900000),
            monthly("H1", "2025-03-10", 600000), monthly("L1", "2020-01-01", 500000),
            monthly("O1", "2020-01-01", 700000) },
        payroll, progress);
    REQUIRE(done.ok());
}

// The 2025 wage bill of addPay, by hand (each worker-month rounded half up to the fen):
// W1 Jan–Jun 6 × 800,000 = 4,800,000; July, 1–15 at 800,000 and 16–31 at 900,000:
//    (15 × 800,000 + 16 × 900,000) ÷ 31 = 26,400,000 ÷ 31 = 851,612.90 → 851,613;
//    Aug–Dec 5 × 900,000 = 4,500,000; in all 10,151,613.
// H1 hired 2025-03-10: March 22 days, 22 × 600,000 ÷ 31 = 425,806.45 → 425,806; Apr–Dec
//    9 × 600,000 = 5,400,000; in all 5,825,806.
// L1 left on 2025-02-15: January 500,000; February 1–14, 14 × 500,000 ÷ 28 = 250,000; in all
//    750,000.
// N1 has no pay record; O1 left in 2024 and is not in service in 2025.
// 10,151,613 + 5,825,806 + 750,000 = 16,727,419 fen; the cap, 8 %: 1,338,193.52 → 1,338,194.
constexpr qint64 kWageBill2025 = 16727419;

const FundPolicy kDefaults;

} // namespace

TEST_CASE("A frontline share of exactly 60 % meets the target, 59.99 % does not, and with nothing "
          "spent there is no share",
    "[fund]")
{
    const auto atTarget = EducationFund::compute(
        2024, Fen::fromFen(100000000), Fen::fromFen(10000), Fen::fromFen(6000), kDefaults);
    REQUIRE(atTarget.frontlineShare.has_value());
    CHECK(*atTarget.frontlineShare == Fraction { 3, 5 });
    CHECK(atTarget.met == std::optional<bool>(true));
    CHECK(atTarget.cap == std::optional<Fen>(Fen::fromFen(8000000)));

    const auto below = EducationFund::compute(
        2023, Fen::fromFen(100000000), Fen::fromFen(10000), Fen::fromFen(5999), kDefaults);
    CHECK(*below.frontlineShare == Fraction { 5999, 10000 });
    CHECK(below.met == std::optional<bool>(false));
    CHECK(EducationFund::percentText(*below.frontlineShare) == QStringLiteral("59.99%"));

    const auto nothing = EducationFund::compute(
        2022, Fen::fromFen(100000000), Fen::fromFen(0), Fen::fromFen(0), kDefaults);
    CHECK_FALSE(nothing.frontlineShare.has_value());
    CHECK_FALSE(nothing.met.has_value());
    CHECK(nothing.cap == std::optional<Fen>(Fen::fromFen(8000000)));

    const auto noBill = EducationFund::compute(
        2022, std::nullopt, Fen::fromFen(500), Fen::fromFen(500), kDefaults);
    CHECK_FALSE(noBill.wageBill.has_value());
    CHECK_FALSE(noBill.cap.has_value());
    CHECK(noBill.met == std::optional<bool>(true));
}

TEST_CASE("The cap is the wage bill times the percentage, rounded half up to the fen", "[fund]")
{
    const Fraction twoAndAHalf { 1, 40 };
    CHECK(EducationFund::capOf(Fen::fromFen(20), twoAndAHalf) == Fen::fromFen(1)); // 0.5
    CHECK(EducationFund::capOf(Fen::fromFen(19), twoAndAHalf) == Fen::fromFen(0)); // 0.475
    CHECK(EducationFund::capOf(Fen::fromFen(1234567), Fraction { 2, 25 })
        == Fen::fromFen(98765)); // 98,765.36
    CHECK_FALSE(EducationFund::capOf(std::nullopt, twoAndAHalf).has_value());
    CHECK(EducationFund::percentText(Fraction { 2, 3 }) == QStringLiteral("66.67%"));
    CHECK(EducationFund::percentText(Fraction { 3, 5 }) == QStringLiteral("60%"));
}

TEST_CASE("The fund's policy keys have defaults, canonical shapes and dates", "[fund][policy]")
{
    CHECK(PolicyStore::normalise(QStringLiteral("fund.cap_percent"), QStringLiteral("8%")).value()
        == QStringLiteral("8"));
    CHECK(PolicyStore::normalise(QStringLiteral("fund.cap_percent"), QStringLiteral("2.50")).value()
        == QStringLiteral("2.5"));
    CHECK_FALSE(
        PolicyStore::normalise(QStringLiteral("fund.cap_percent"), QStringLiteral("8.125")).ok());
    CHECK_FALSE(
        PolicyStore::normalise(QStringLiteral("fund.cap_percent"), QStringLiteral("101")).ok());
    CHECK(PolicyStore::normalise(QStringLiteral("fund.frontline_target"), QStringLiteral("60%"))
              .value()
        == QStringLiteral("3/5"));

    TempDatabase db;
    const auto defaults = PolicyStore::fundOn(db.db(), QDate(2025, 12, 31));
    REQUIRE(defaults.ok());
    CHECK(defaults->capShare == Fraction { 2, 25 });
    CHECK(defaults->frontlineTarget == Fraction { 3, 5 });
    // From next year on the enterprise asks 70 % and deducts 2.5 %.
    const QDate next(QDate::currentDate().year() + 1, 1, 1);
    REQUIRE(PolicyStore::set(db.db(),
        { { QStringLiteral("fund.frontline_target"), QStringLiteral("70%"), next },
            { QStringLiteral("fund.cap_percent"), QStringLiteral("2.5"), next } },
        db.admin())
                .ok());
    CHECK(PolicyStore::fundOn(db.db(), next.addDays(-1))->frontlineTarget == Fraction { 3, 5 });
    CHECK(PolicyStore::fundOn(db.db(), next)->frontlineTarget == Fraction { 7, 10 });
    CHECK(PolicyStore::fundOn(db.db(), next)->capShare == Fraction { 1, 40 });
}

TEST_CASE("A year's spending counts training that starts in it, the frontline share by hand",
    "[fund][store]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer auditor = db.officer(QStringLiteral("auditor"), Roles { Role::Auditor });
    // 2024: 6,000 of 10,000 fen on frontline workers, exactly 60 %.
    addTraining(db, QStringLiteral("F1"), day("2024-03-01"), 3500);
    addTraining(db, QStringLiteral("F2"), day("2024-12-31"), 2500);
    addTraining(db, QStringLiteral("B1"), day("2024-01-01"), 4000);
    // 2023: 5,999 of 10,000, just below; a course from 2023-12-30 to 2024-01-05 is 2023's.
    addTraining(db, QStringLiteral("F1"), day("2023-12-30"), 5999, day("2024-01-05"));
    addTraining(db, QStringLiteral("W1"), day("2023-06-01"), 4001);

    const auto y2024 = EducationFundStore::year(db.db(), auditor, 2024);
    REQUIRE(y2024.ok());
    CHECK(y2024->figures.spent == Fen::fromFen(10000));
    CHECK(y2024->figures.frontline == Fen::fromFen(6000));
    CHECK(y2024->figures.frontlineShare == std::optional<Fraction>(Fraction { 3, 5 }));
    CHECK(y2024->figures.met == std::optional<bool>(true));

    const auto y2023 = EducationFundStore::year(db.db(), auditor, 2023);
    REQUIRE(y2023.ok());
    CHECK(y2023->figures.spent == Fen::fromFen(10000));
    CHECK(y2023->figures.frontline == Fen::fromFen(5999));
    CHECK(y2023->figures.met == std::optional<bool>(false));

    // 2022: nothing spent. No pay and no entered wage bill either: no cap.
    const auto y2022 = EducationFundStore::year(db.db(), auditor, 2022);
    REQUIRE(y2022.ok());
    CHECK(y2022->figures.spent == Fen::fromFen(0));
    CHECK_FALSE(y2022->figures.frontlineShare.has_value());
    CHECK_FALSE(y2022->figures.met.has_value());
    CHECK_FALSE(y2022->figures.wageBill.has_value());
    CHECK_FALSE(y2022->figures.cap.has_value());
    CHECK(y2022->wageBill.source == WageBillSource::None);
    CHECK(y2022->wageBill.workersInService == 7); // all but H1, hired in 2025
    CHECK(y2022->wageBill.workersWithoutPay == 7);

    // The five years to 2024, oldest first.
    const auto trend = EducationFundStore::trend(db.db(), auditor, 2024);
    REQUIRE(trend.ok());
    REQUIRE(trend->size() == 5);
    CHECK(trend->first().figures.year == 2020);
    CHECK(trend->last().figures == y2024->figures);
    CHECK((*trend)[3].figures.met == std::optional<bool>(false));

    // By site and workshop, with the workers' current units.
    const auto units = EducationFundStore::byUnit(db.db(), auditor, 2024);
    REQUIRE(units.ok());
    REQUIRE(units->size() == 2);
    CHECK((*units)[0].workshop == QStringLiteral("机加工车间"));
    CHECK((*units)[0].spent == Fen::fromFen(6000));
    CHECK((*units)[0].share == std::optional<Fraction>(Fraction { 1, 1 }));
    CHECK((*units)[0].met == std::optional<bool>(true));
    CHECK((*units)[1].workshop == QStringLiteral("装配车间"));
    CHECK((*units)[1].share == std::optional<Fraction>(Fraction { 0, 1 }));
    CHECK((*units)[1].met == std::optional<bool>(false));
    const auto units2023 = EducationFundStore::byUnit(db.db(), auditor, 2023);
    REQUIRE(units2023.ok());
    REQUIRE(units2023->size() == 2);
    CHECK((*units2023)[0].site == QStringLiteral("济南总厂"));
    CHECK((*units2023)[1].site == QStringLiteral("青岛分厂"));
    CHECK((*units2023)[1].spent == Fen::fromFen(4001));
}

TEST_CASE("The wage bill from the pay records pro-rates a mid-month hire, leave and raise by "
          "calendar days",
    "[fund][store]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer payroll = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    addPay(db, payroll);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const auto year = EducationFundStore::year(db.db(), hr, 2025);
    REQUIRE(year.ok());
    CHECK(year->wageBill.source == WageBillSource::PayRecords);
    CHECK(year->figures.wageBill == std::optional<Fen>(Fen::fromFen(kWageBill2025)));
    CHECK(year->figures.cap == std::optional<Fen>(Fen::fromFen(1338194)));
    // F1, F2, B1, W1, H1, L1 and N1 served in 2025; all but W1, H1 and L1 lack pay.
    CHECK(year->wageBill.workersInService == 7);
    CHECK(year->wageBill.workersWithoutPay == 4);
}

TEST_CASE("The wage bill's rule is the allowances' pro-rating by calendar days", "[fund][store]")
{
    // The same pay through allowancesOf: the monthly amount in force each day as the day's
    // rate of a "team leader" leading the whole month, the worker's service as theirs.
    struct Pay
    {
        QDate hired;
        QDate left;
        QList<std::pair<QDate, qint64>> amounts;
    };
    const QList<Pay> workers {
        { day("2010-01-01"), {}, { { day("2024-01-01"), 800000 }, { day("2025-07-16"), 900000 } } },
        { day("2025-03-10"), {}, { { day("2025-03-10"), 600000 } } },
        { day("2020-01-01"), day("2025-02-15"), { { day("2020-01-01"), 500000 } } },
    };
    qint64 total = 0;
    for (int month = 1; month <= 12; ++month) {
        for (const Pay &pay : workers) {
            AllowanceCalendar calendar(QDate(2025, month, 1));
            for (int i = 0; i < calendar.days; ++i) {
                const QDate d = calendar.first.addDays(i);
                for (const auto &[from, fen] : pay.amounts)
                    if (from <= d)
                        calendar.teamLeader[size_t(i)] = fen;
            }
            calendar.finish();
            WorkerMonth w;
            w.hired = pay.hired;
            w.left = pay.left;
            w.leading = { { calendar.first, QDate() } };
            total += allowancesOf(w, calendar).teamLeader.fen();
        }
    }
    CHECK(total == kWageBill2025);
}

TEST_CASE("An entered wage bill wins over the pay records until it is taken back", "[fund][store]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer payroll = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    addPay(db, payroll);

    // Only payroll enters it.
    const Status refused
        = EducationFundStore::enterWageBill(db.db(), 2025, Fen::fromFen(2000000000), QString(), hr);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK_FALSE(EducationFundStore::clearWageBill(db.db(), 2025, QString(), payroll).ok());

    REQUIRE(EducationFundStore::enterWageBill(
        db.db(), 2025, Fen::fromFen(2000000000), QStringLiteral("财务决算报表"), payroll)
                .ok());
    const auto entered = EducationFundStore::year(db.db(), hr, 2025);
    REQUIRE(entered.ok());
    CHECK(entered->wageBill.source == WageBillSource::Entered);
    CHECK(entered->figures.wageBill == std::optional<Fen>(Fen::fromFen(2000000000)));
    CHECK(entered->figures.cap == std::optional<Fen>(Fen::fromFen(160000000)));
    CHECK(entered->wageBill.note == QStringLiteral("财务决算报表"));
    CHECK_FALSE(entered->wageBill.enteredBy.isEmpty());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'wage-bill'"))
              .toInt()
        == 1);

    REQUIRE(
        EducationFundStore::clearWageBill(db.db(), 2025, QStringLiteral("录错年份"), payroll).ok());
    const auto cleared = EducationFundStore::year(db.db(), hr, 2025);
    REQUIRE(cleared.ok());
    CHECK(cleared->wageBill.source == WageBillSource::PayRecords);
    CHECK(cleared->figures.wageBill == std::optional<Fen>(Fen::fromFen(kWageBill2025)));
    // Both entries stay, each with its event.
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM wage_bill_entry WHERE year = 2025")).toInt()
        == 2);
}

TEST_CASE("A workshop head does not read the fund", "[fund][store]")
{
    TempDatabase db;
    addWorkers(db);
    const qint64 workshop
        = db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '机加工车间'"))
              .toLongLong();
    const Officer head
        = db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead }, { workshop });
    const auto refused = EducationFundStore::year(db.db(), head, 2025);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK_FALSE(EducationFundStore::byUnit(db.db(), head, 2025).ok());
}

TEST_CASE("On the server a reader of the fund who reads no pay gets the wage bill's sum",
    "[fund][server]")
{
    if (!test::onServer())
        return;
    TempDatabase db;
    addWorkers(db);
    const Officer payroll = db.officer(QStringLiteral("pay-fund"), Roles { Role::Payroll });
    const Officer hr = db.officer(QStringLiteral("hr-fund"), Roles { Role::Hr });
    addPay(db, payroll);
    addTraining(db, QStringLiteral("F1"), day("2025-04-01"), 30000);
    ServerLogin::remember(db.path(), hr.login.toCaseFolded(), test::password());
    auto opened = Connection::open(db.path(), Connection::Mode::MustExist);
    ServerLogin::remember(db.path(), test::TestServer::dbaLogin(), test::TestServer::dbaPassword());
    REQUIRE(opened.ok());
    QSqlDatabase &own = (*opened)->db();
    // hr reads no pay record itself…
    QSqlQuery direct(own);
    CHECK_FALSE(direct.exec(QStringLiteral("SELECT count(*) FROM pay_record")));
    // …but the fund's wage bill, through the owner's function.
    const auto year = EducationFundStore::year(own, hr, 2025);
    INFO((year ? QString() : year.error().userMessage + u' ' + year.error().detail).toStdString());
    REQUIRE(year.ok());
    CHECK(year->figures.wageBill == std::optional<Fen>(Fen::fromFen(kWageBill2025)));
    CHECK(year->figures.spent == Fen::fromFen(30000));
    CHECK(year->figures.met == std::optional<bool>(true));
}

#ifdef SKL_CLI_PATH
TEST_CASE(
    "fund --json gives the year's figures with exactly the contract's fields", "[fund][cli][file]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer payroll = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    addPay(db, payroll);
    addTraining(db, QStringLiteral("F1"), day("2025-05-01"), 5999);
    addTraining(db, QStringLiteral("B1"), day("2025-05-01"), 4001);
    db.officer(QStringLiteral("auditor"), Roles { Role::Auditor });

    const test::Run shown = test::cliAs(db.path(), QStringLiteral("auditor"),
        { QStringLiteral("fund"), QStringLiteral("--year"), QStringLiteral("2025"),
            QStringLiteral("--json") });
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    CHECK(json
        == QJsonObject {
            { QStringLiteral("year"), 2025 },
            { QStringLiteral("wage_bill_fen"), 16727419 },
            { QStringLiteral("cap_fen"), 1338194 },
            { QStringLiteral("spent_fen"), 10000 },
            { QStringLiteral("frontline_fen"), 5999 },
            { QStringLiteral("frontline_share"), 0.5999 },
            { QStringLiteral("frontline_target"), 0.6 },
            { QStringLiteral("met"), false },
        });

    // An auditor enters nothing (exit 3); payroll does, and takes it back.
    const QStringList enter { QStringLiteral("fund"), QStringLiteral("wage-bill"),
        QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--amount"),
        QStringLiteral("1,234,567.89"), QStringLiteral("--note"), QStringLiteral("年报") };
    CHECK(test::cliAs(db.path(), QStringLiteral("auditor"), enter).exitCode == 3);
    REQUIRE(test::cliAs(db.path(), QStringLiteral("pay"), enter).exitCode == 0);
    const test::Run y2024 = test::cliAs(db.path(), QStringLiteral("auditor"),
        { QStringLiteral("fund"), QStringLiteral("--year"), QStringLiteral("2024"),
            QStringLiteral("--json") });
    const QJsonObject entered = QJsonDocument::fromJson(y2024.out.toUtf8()).object();
    CHECK(entered.value(QStringLiteral("wage_bill_fen")).toDouble() == 123456789);
    CHECK(entered.value(QStringLiteral("cap_fen")).toDouble() == 9876543); // 9,876,543.12
    CHECK(entered.value(QStringLiteral("frontline_share")).isNull());
    CHECK(entered.value(QStringLiteral("met")).isNull());
    const test::Run text = test::cliAs(db.path(), QStringLiteral("auditor"),
        { QStringLiteral("fund"), QStringLiteral("--year"), QStringLiteral("2024") });
    CHECK(text.out.contains(QStringLiteral("1,234,567.89")));
    CHECK(text.out.contains(QStringLiteral("年报")));
    CHECK(test::cliAs(db.path(), QStringLiteral("pay"),
              { QStringLiteral("fund"), QStringLiteral("wage-bill"), QStringLiteral("--year"),
                  QStringLiteral("2024"), QStringLiteral("--clear") })
              .exitCode
        == 0);
    CHECK(test::cliAs(db.path(), QStringLiteral("pay"),
              { QStringLiteral("fund"), QStringLiteral("wage-bill"), QStringLiteral("--year"),
                  QStringLiteral("2024") })
              .exitCode
        == 2);
}
#endif
