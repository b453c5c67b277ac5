// The reference data edited at the desk (基础数据, issue 15): sites and their provinces,
// workshops, occupations and salary bands. Each write is the officer's, checked in core, audited
// with the old values, and refuses what would leave the data wrong. Runs on a file and, in the
// PostgreSQL copy of the suite, on the server.
#include "core/domain/occupationcode.h"
#include "core/reports/workforcetargets.h"
#include "core/store/occupationstore.h"
#include "core/store/officerstore.h"
#include "core/store/salarybandstore.h"
#include "core/store/unitstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

// E1 a 高级工 车工 in 机加工车间 at 济南总厂; E2 in 装配车间; E3 at 青岛分厂.
QString threeWorkers()
{
    return rosterHeader()
        + QStringLiteral("E1,张伟,男,%1,,2010-07-01,,济南总厂,山东,机加工车间,车工,高级工,"
                         "2018-06-30,是,否\n"
                         "E2,李娜,女,%2,,2015-01-01,,济南总厂,山东,装配车间,钳工,,,否,否\n"
                         "E3,王强,男,,,2016-03-01,,青岛分厂,山东,焊接车间,焊工,,,是,否\n")
              .arg(validId(QStringLiteral("37010219850312001")),
                  validId(QStringLiteral("37010219900101002")));
}

qint64 idIn(TempDatabase &db, const QString &table, const QString &name)
{
    return db.scalar(QStringLiteral("SELECT id FROM %1 WHERE name = '%2'").arg(table, name))
        .toLongLong();
}

int events(TempDatabase &db, const QString &action)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = '%1'").arg(action))
        .toInt();
}

QString oldValue(TempDatabase &db, const QString &entity, const QString &field)
{
    return db
        .scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE entity = '%1' AND "
                               "field = '%2' ORDER BY id DESC LIMIT 1")
                    .arg(entity, field))
        .toString();
}

Province province(const char16_t *name)
{
    return *Province::parse(QString::fromUtf16(name));
}

SalaryBandRecord band(int level, QDate from, qint64 min, qint64 mid, qint64 max)
{
    SalaryBandRecord b;
    b.track = PayTrack::Grade;
    b.level = level;
    b.effectiveFrom = from;
    b.min = Fen::fromFen(min);
    b.mid = Fen::fromFen(mid);
    b.max = Fen::fromFen(max);
    return b;
}

} // namespace

TEST_CASE("A national occupation code has the classification's form", "[referencedata]")
{
    CHECK(OccupationCode::normalised(QStringLiteral("6-18-01-01")) == QStringLiteral("6-18-01-01"));
    CHECK(OccupationCode::normalised(QStringLiteral(" ６－１８－０１－０１ "))
        == QStringLiteral("6-18-01-01"));
    CHECK(OccupationCode::normalised(QString()) == QString());
    for (const QString &wrong :
        { QStringLiteral("6-18-1-01"), QStringLiteral("9-18-01-01"), QStringLiteral("0-18-01-01"),
            QStringLiteral("6180101"), QStringLiteral("6-18-01-01-01"), QStringLiteral("车工") }) {
        INFO(wrong.toStdString());
        CHECK_FALSE(OccupationCode::normalised(wrong));
        CHECK(OccupationCode::problem(wrong).contains(wrong));
    }
}

TEST_CASE("Sites are added, renamed and given a province, audited with the old values, and the "
          "targets follow the province",
    "[referencedata]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    UnitStore units(db.db());

    const auto added = units.addSite(hr, QStringLiteral(" 兰州分厂 "), province(u"甘肃"));
    REQUIRE(added.ok());
    CHECK(idIn(db, QStringLiteral("site"), QStringLiteral("兰州分厂")) == *added);
    CHECK(events(db, QStringLiteral("add-site")) == 1);

    const auto duplicate = units.addSite(hr, QStringLiteral("济南总厂"), province(u"山东"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().userMessage.contains(QStringLiteral("济南总厂")));

    // 青岛分厂 moves to 四川 (not eastern): its high-skilled target drops from 35 % to 30 %.
    const qint64 qingdao = idIn(db, QStringLiteral("site"), QStringLiteral("青岛分厂"));
    auto targetOf = [&] {
        const auto report = WorkforceTargets::compute(db.db(), db.admin(), QDate(2026, 6, 1));
        REQUIRE(report.ok());
        for (const UnitTargets &s : report->sites) {
            if (s.siteId == qingdao)
                return s.isEastern();
        }
        FAIL("no 青岛分厂");
        return false;
    };
    CHECK(targetOf());
    REQUIRE(units.updateSite(hr, qingdao, QStringLiteral("成都分厂"), province(u"四川")).ok());
    CHECK_FALSE(targetOf());
    CHECK(
        oldValue(db, QStringLiteral("site"), QStringLiteral("name")) == QStringLiteral("青岛分厂"));
    CHECK(
        oldValue(db, QStringLiteral("site"), QStringLiteral("province")) == QStringLiteral("山东"));
    CHECK(events(db, QStringLiteral("edit-site")) == 1);

    // Saving what is stored writes nothing.
    const QString before = db.dump();
    REQUIRE(units.updateSite(hr, qingdao, QStringLiteral("成都分厂"), province(u"四川")).ok());
    CHECK(db.dump() == before);
}

TEST_CASE("A workshop is renamed or moved to another site with its workers, and its workshop "
          "head keeps it",
    "[referencedata]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const qint64 machining = idIn(db, QStringLiteral("workshop"), QStringLiteral("机加工车间"));
    const qint64 jinan = idIn(db, QStringLiteral("site"), QStringLiteral("济南总厂"));
    const qint64 qingdao = idIn(db, QStringLiteral("site"), QStringLiteral("青岛分厂"));
    const Officer head
        = db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead }, { machining });
    UnitStore units(db.db());

    // The same name in the same site is refused; in another site it is allowed.
    const auto clash = units.workshopProblem(machining, jinan, QStringLiteral("装配车间"));
    REQUIRE(clash.ok());
    CHECK(clash->contains(QStringLiteral("装配车间")));
    const Status refused = units.updateWorkshop(hr, machining, jinan, QStringLiteral("装配车间"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("济南总厂")));

    REQUIRE(units.updateWorkshop(hr, machining, qingdao, QStringLiteral("精加工车间")).ok());
    CHECK(db.scalar(QStringLiteral("SELECT s.name FROM worker w JOIN site s ON s.id = w.site_id "
                                   "WHERE w.employee_no = 'E1'"))
              .toString()
        == QStringLiteral("青岛分厂"));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE entity = 'worker' "
                                   "AND field = 'site' AND old_value = '济南总厂'"))
              .toInt()
        == 1);
    CHECK(oldValue(db, QStringLiteral("workshop"), QStringLiteral("name"))
        == QStringLiteral("机加工车间"));
    const auto stored = OfficerStore::load(db.db(), head.login);
    REQUIRE(stored.ok());
    CHECK(stored->workshopIds == QList<qint64> { machining });
    // The head still sees their workers, under the new name.
    const auto report = WorkforceTargets::compute(db.db(), *stored, QDate(2026, 6, 1));
    REQUIRE(report.ok());
    REQUIRE(report->workshops.size() == 1);
    CHECK(report->workshops[0].name == QStringLiteral("精加工车间"));
    CHECK(report->workshops[0].employees == 1);
}

TEST_CASE(
    "A site or workshop in use is not deleted, and one nothing uses is, audited", "[referencedata]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const qint64 welding = idIn(db, QStringLiteral("workshop"), QStringLiteral("焊接车间"));
    const qint64 qingdao = idIn(db, QStringLiteral("site"), QStringLiteral("青岛分厂"));
    UnitStore units(db.db());

    const QString before = db.dump();
    const Status site = units.removeSite(hr, qingdao);
    REQUIRE_FALSE(site.ok());
    CHECK(site.error().isRefusal());
    CHECK(site.error().userMessage.contains(QStringLiteral("青岛分厂")));
    const Status workshop = units.removeWorkshop(hr, welding);
    REQUIRE_FALSE(workshop.ok());
    CHECK(workshop.error().userMessage.contains(QStringLiteral("焊接车间")));
    CHECK(db.dump() == before);

    // A workshop with only a workshop head assigned is in use too.
    const auto empty = units.addWorkshop(hr, qingdao, QStringLiteral("工具车间"));
    REQUIRE(empty.ok());
    db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead }, { *empty });
    const Status headed = units.removeWorkshop(hr, *empty);
    REQUIRE_FALSE(headed.ok());
    CHECK(headed.error().userMessage.contains(QStringLiteral("1")));

    const auto spare = units.addWorkshop(hr, qingdao, QStringLiteral("备件车间"));
    REQUIRE(spare.ok());
    REQUIRE(units.removeWorkshop(hr, *spare).ok());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM workshop WHERE name = '备件车间'")).toInt()
        == 0);
    CHECK(oldValue(db, QStringLiteral("workshop"), QStringLiteral("name"))
        == QStringLiteral("备件车间"));
    const auto lanzhou = units.addSite(hr, QStringLiteral("兰州分厂"), province(u"甘肃"));
    REQUIRE(lanzhou.ok());
    REQUIRE(units.removeSite(hr, *lanzhou).ok());
    CHECK(events(db, QStringLiteral("remove-site")) == 1);
}

TEST_CASE("Only hr edits sites, workshops and occupations, and only payroll edits salary bands",
    "[referencedata]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer payroll = db.officer(QStringLiteral("payroll"), Roles { Role::Payroll });
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const QString before = db.dump();

    const auto site
        = UnitStore(db.db()).addSite(payroll, QStringLiteral("兰州分厂"), province(u"甘肃"));
    REQUIRE_FALSE(site.ok());
    CHECK(site.error().isRefusal());
    const auto occupation = OccupationStore(db.db()).add(
        payroll, QStringLiteral("铣工"), Grade::SeniorTechnician, QString());
    REQUIRE_FALSE(occupation.ok());
    CHECK(occupation.error().isRefusal());
    const Status bandByHr
        = SalaryBandStore(db.db()).add(hr, band(3, QDate(2026, 1, 1), 500000, 600000, 700000));
    REQUIRE_FALSE(bandByHr.ok());
    CHECK(bandByHr.error().isRefusal());
    CHECK_FALSE(SalaryBandStore(db.db()).bands(hr).ok());
    CHECK(db.dump() == before);
}

TEST_CASE("An occupation's highest grade is not lowered below a grade a worker holds in it, and "
          "its national code is checked and unique",
    "[referencedata]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(threeWorkers()).committed);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    OccupationStore occupations(db.db());
    const qint64 turner = idIn(db, QStringLiteral("occupation"), QStringLiteral("车工"));

    // E1 holds 高级工 (rank 3) in 车工: 中级工 as the highest is refused, naming one worker.
    const Status lowered = occupations.update(
        hr, turner, QStringLiteral("车工"), Grade::Intermediate, QStringLiteral("6-18-01-01"));
    REQUIRE_FALSE(lowered.ok());
    CHECK(lowered.error().userMessage.contains(QStringLiteral("1")));
    CHECK(
        db.scalar(QStringLiteral("SELECT highest_grade FROM occupation WHERE id = %1").arg(turner))
            .toInt()
        == 7);

    REQUIRE(
        occupations
            .update(hr, turner, QStringLiteral("车工"), Grade::Senior, QStringLiteral("6-18-01-01"))
            .ok());
    CHECK(oldValue(db, QStringLiteral("occupation"), QStringLiteral("highest_grade"))
        == QStringLiteral("首席技师"));
    CHECK(
        db.scalar(QStringLiteral("SELECT national_code FROM occupation WHERE id = %1").arg(turner))
            .toString()
        == QStringLiteral("6-18-01-01"));

    const auto taken
        = occupations.problems(0, QStringLiteral("铣工"), QStringLiteral("6-18-01-01"));
    REQUIRE(taken.ok());
    REQUIRE(taken->size() == 1);
    CHECK(taken->first().contains(QStringLiteral("车工")));
    CHECK_FALSE(
        occupations
            .add(hr, QStringLiteral("铣工"), Grade::SeniorTechnician, QStringLiteral("6-18-01-01"))
            .ok());
    const auto wrongForm = occupations.problems(0, QStringLiteral("铣工"), QStringLiteral("6-18"));
    REQUIRE(wrongForm.ok());
    CHECK(wrongForm->size() == 1);

    const auto milling = occupations.add(
        hr, QStringLiteral("铣工"), Grade::SeniorTechnician, QStringLiteral("6-18-01-02"));
    REQUIRE(milling.ok());
    const auto listed = occupations.occupations();
    REQUIRE(listed.ok());
    bool found = false;
    for (const OccupationEntry &o : *listed) {
        if (o.id == *milling) {
            found = true;
            CHECK(o.nationalCode == QStringLiteral("6-18-01-02"));
            CHECK(o.highestGrade == Grade::SeniorTechnician);
        }
    }
    CHECK(found);
    CHECK(events(db, QStringLiteral("add-occupation")) == 1);
}

TEST_CASE("A salary band is added from a new day, and a correction keeps the old amounts out of "
          "the audit log",
    "[referencedata]")
{
    TempDatabase db;
    const Officer payroll = db.officer(QStringLiteral("payroll"), Roles { Role::Payroll });
    SalaryBandStore bands(db.db());

    CHECK(SalaryBandStore::problem(band(3, QDate(2026, 1, 1), 600000, 500000, 700000))
              .contains(QStringLiteral("5,000.00")));
    CHECK_FALSE(
        SalaryBandStore::problem(band(3, QDate(2026, 1, 1), 500000, 600000, 550000)).isEmpty());
    CHECK_FALSE(SalaryBandStore::problem(band(3, QDate(2026, 1, 1), -1, 600000, 700000)).isEmpty());
    CHECK(SalaryBandStore::problem(band(3, QDate(2026, 1, 1), 0, 0, 0)).isEmpty());

    REQUIRE(bands.add(payroll, band(3, QDate(2026, 1, 1), 500000, 600000, 700000)).ok());
    const Status twice = bands.add(payroll, band(3, QDate(2026, 1, 1), 510000, 610000, 710000));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().userMessage.contains(QStringLiteral("2026-01-01")));
    REQUIRE(bands.add(payroll, band(3, QDate(2027, 1, 1), 520000, 620000, 720000)).ok());

    REQUIRE(bands.correct(payroll, band(3, QDate(2026, 1, 1), 500000, 650000, 700000)).ok());
    CHECK(db.scalar(QStringLiteral("SELECT mid_fen FROM salary_band WHERE effective_from = "
                                   "'2026-01-01'"))
              .toLongLong()
        == 650000);
    CHECK(db.scalar(QStringLiteral("SELECT mid_fen FROM salary_band_replaced")).toLongLong()
        == 600000);
    const QString kept
        = db.scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE entity = "
                                   "'salary_band'"))
              .toString();
    CHECK(kept.startsWith(QStringLiteral("salary_band_replaced/")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE old_value LIKE "
                                   "'%6000%' OR new_value LIKE '%6500%'"))
              .toInt()
        == 0);

    const auto listed = bands.bands(payroll);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).mid == Fen::fromFen(650000));
    CHECK(listed->at(1).effectiveFrom == QDate(2027, 1, 1));
}
