#include "core/demo/democompany.h"

#include <array>

#include "core/demo/demoallowances.h"
#include "core/demo/democertifications.h"
#include "core/demo/demofund.h"
#include "core/demo/demoofficers.h"
#include "core/demo/demopay.h"
#include "core/demo/demorecognition.h"
#include "core/demo/demorounds.h"
#include "core/demo/demotraining.h"
#include "core/domain/residentid.h"
#include "core/reports/targettrend.h"
#include "core/store/companystore.h"
#include "core/store/rosterloadstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    struct DemoSite
    {
        const char16_t *name;
        int provinceCode;
        const char16_t *prefix; // of employee numbers
        int weight; // share of the workforce
        int skill; // 0..4: how far its workers climb the ladder
        std::initializer_list<const char16_t *> workshops;
    };

    const std::array<DemoSite, 5> kSites { {
        { u"济南总厂", 37, u"JN", 34, 3,
            { u"机加工车间", u"装配车间", u"焊接车间", u"热处理车间", u"设备维修车间",
                u"质检中心" } },
        { u"苏州精密制造公司", 32, u"SZ", 22, 4,
            { u"数控车间", u"精密装配车间", u"电气车间", u"质检中心" } },
        { u"西安动力分厂", 61, u"XA", 18, 2,
            { u"铸造车间", u"机加工车间", u"动力车间", u"装配车间" } },
        { u"成都装备分厂", 51, u"CD", 16, 1, { u"焊接车间", u"涂装车间", u"总装车间" } },
        { u"太原重型配件厂", 14, u"TY", 10, 0, { u"锻造车间", u"机加工车间", u"起重运输车间" } },
    } };

    // Occupations (工种) by the kind of workshop their name contains.
    const QList<std::pair<const char16_t *, QList<const char16_t *>>> kOccupationsByWorkshop {
        { u"机加工", { u"车工", u"铣工", u"磨工", u"钳工" } },
        { u"数控", { u"数控车工", u"数控铣工", u"加工中心操作工" } },
        { u"装配", { u"装配钳工", u"钳工", u"电工" } },
        { u"总装", { u"装配钳工", u"电工", u"起重工" } },
        { u"焊接", { u"焊工", u"电焊工", u"铆工" } },
        { u"热处理", { u"热处理工", u"化学检验员" } },
        { u"维修", { u"维修电工", u"机修钳工" } },
        { u"电气", { u"维修电工", u"电工", u"电子仪器仪表装调工" } },
        { u"动力", { u"锅炉运行值班员", u"维修电工", u"制冷工" } },
        { u"质检", { u"质检员", u"化学检验员", u"计量检定工" } },
        { u"铸造", { u"铸造工", u"砂型工" } },
        { u"锻造", { u"锻造工", u"热处理工" } },
        { u"涂装", { u"涂装工", u"喷涂工" } },
        { u"起重", { u"起重工", u"叉车司机" } },
    };

    constexpr std::array<const char16_t *, 40> kSurnames {
        u"王",
        u"李",
        u"张",
        u"刘",
        u"陈",
        u"杨",
        u"黄",
        u"赵",
        u"吴",
        u"周",
        u"徐",
        u"孙",
        u"马",
        u"朱",
        u"胡",
        u"郭",
        u"何",
        u"高",
        u"林",
        u"罗",
        u"郑",
        u"梁",
        u"谢",
        u"宋",
        u"唐",
        u"许",
        u"韩",
        u"冯",
        u"邓",
        u"曹",
        u"彭",
        u"曾",
        u"肖",
        u"田",
        u"董",
        u"袁",
        u"潘",
        u"于",
        u"蒋",
        u"蔡",
    };
    const QString kGivenCharacters
        = u"伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利"
          u"清"
          "飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善"
          "厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家"
          "致树炎德行时泰盛秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环"
          "雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶"_s;

    // Minimum years at a grade before the next (DOMAIN.md §3 defaults), index = current rank.
    constexpr std::array<int, 7> kYearsToNext { 1, 4, 5, 4, 4, 4, 4 };

    QList<const char16_t *> occupationsFor(const QString &workshop)
    {
        for (const auto &[key, occupations] : kOccupationsByWorkshop) {
            if (workshop.contains(QString::fromUtf16(key)))
                return occupations;
        }
        return { u"钳工" };
    }

} // namespace

QString DemoCompany::companyName()
{
    return u"齐鲁重工装备集团有限公司"_s;
}

Province DemoCompany::companyProvince()
{
    return *Province::fromCode(37);
}

QDate DemoCompany::referenceDate()
{
    return QDate(2026, 6, 30);
}

DemoCompany::DemoCompany(quint64 seed)
    : m_random(quint32(seed ^ (seed >> 32)))
{ }

int DemoCompany::pick(const QList<int> &weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int roll = int(m_random.bounded(total));
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights[i])
            return i;
        roll -= weights[i];
    }
    return int(weights.size()) - 1;
}

QDate DemoCompany::dateBetween(QDate from, QDate to)
{
    const qint64 span = std::max<qint64>(0, from.daysTo(to));
    return from.addDays(qint64(m_random.bounded(quint32(span + 1))));
}

WorkerRecord DemoCompany::next(qint64 index)
{
    QList<int> siteWeights;
    for (const DemoSite &s : kSites)
        siteWeights += s.weight;
    const DemoSite &site = kSites[size_t(pick(siteWeights))];
    const QList<const char16_t *> workshops(site.workshops);
    const QString workshop = QString::fromUtf16(workshops[m_random.bounded(int(workshops.size()))]);
    const QList<const char16_t *> occupations = occupationsFor(workshop);

    WorkerRecord w;
    w.employeeNo
        = u"%1%2"_s.arg(QString::fromUtf16(site.prefix)).arg(index + 1, 7, 10, QChar(u'0'));
    w.gender = m_random.bounded(100) < 72 ? Gender::Male : Gender::Female;
    w.name = QString::fromUtf16(kSurnames[m_random.bounded(int(kSurnames.size()))]);
    const int givenLength = m_random.bounded(100) < 70 ? 2 : 1;
    for (int i = 0; i < givenLength; ++i)
        w.name += kGivenCharacters[m_random.bounded(int(kGivenCharacters.size()))];

    const QDate reference = referenceDate();
    w.birthDate = dateBetween(reference.addYears(-58), reference.addYears(-19));
    w.hireDate = dateBetween(
        std::max(w.birthDate.addYears(18), QDate(1995, 1, 1)), reference.addDays(-30));
    if (m_random.bounded(100) < 8 && w.hireDate.addDays(180) < reference)
        w.leaveDate = dateBetween(w.hireDate.addDays(180), reference);

    // Region code from the site's province and the index, the sequence from the index too:
    // unique for five million workers, odd for men as GB 11643 requires.
    const int region = site.provinceCode * 10000 + int((index / 500) % 10000);
    const int sequence = int(index % 500) * 2 + (w.gender == Gender::Male ? 1 : 0);
    const QString first17 = u"%1%2%3"_s.arg(region, 6, 10, QChar(u'0'))
                                .arg(w.birthDate.toString(u"yyyyMMdd"_s))
                                .arg(sequence, 3, 10, QChar(u'0'));
    w.idNumber = first17 + ResidentId::checkCharacter(first17);

    w.site = QString::fromUtf16(site.name);
    w.province = Province::fromCode(site.provinceCode);
    w.workshop = workshop;
    w.occupation = QString::fromUtf16(occupations[m_random.bounded(int(occupations.size()))]);
    // Office, engineering and support staff hold no grade: fewer where the site is less skilled.
    const bool graded = int(m_random.bounded(100)) >= 62 - site.skill * 10;
    if (graded)
        w.grades = historyFor(w, site.skill);
    w.frontline = graded && (!workshop.contains(u"质检") || m_random.bounded(100) < 50);
    w.teamLeader = w.frontline && !w.grades.isEmpty()
        && w.grades.last().grade >= Grade::Intermediate && m_random.bounded(100) < 12;
    return w;
}

// The final grade by the site's skill and the years of service; earlier rungs at least the
// minimum time apart, some obtained before joining the company.
QList<GradeEntry> DemoCompany::historyFor(const WorkerRecord &w, int siteSkill)
{
    const QDate end = w.leaveDate.isValid() ? w.leaveDate.addDays(-1) : referenceDate();
    const int years = int(w.hireDate.daysTo(end) / 365);
    QList<int> weights { 12, 24, 30, 22, 8, 3, 1, 1 };
    for (int i = 3; i < 8; ++i)
        weights[i] = weights[i] * (siteSkill + 2) / 4 + (years > 10 ? weights[i] / 2 : 0);
    weights[0] += years < 2 ? 30 : 0;
    const int finalRank = pick(weights);
    const int startRank = std::min(finalRank, int(m_random.bounded(3)));
    QList<GradeEntry> history;
    QDate date = dateBetween(std::max(w.hireDate, end.addYears(-6)), end);
    const QDate adult = w.birthDate.addYears(18);
    for (int rank = finalRank; rank >= startRank && date >= adult; --rank) {
        history.prepend(GradeEntry { static_cast<Grade>(rank), date });
        if (rank > 0)
            date = date.addYears(-kYearsToNext[size_t(rank - 1)]).addDays(-m_random.bounded(700));
    }
    return history;
}

Result<qint64> DemoCompany::fill(
    QSqlDatabase &db, qint64 workers, quint64 seed, const NewOfficer &admin, ProgressSink &progress)
{
    auto company = CompanyStore::load(db);
    if (!company)
        return company.error();
    if (*company)
        return Error { tr("The database already holds the company %1; the demo company needs an "
                          "empty database.")
                           .arg((*company)->name),
            {} };
    const auto first = CompanyStore::init(db, companyName(), companyProvince(), admin);
    if (!first)
        return first.error();
    // The sample officers need the workshops the roster brings, and come before the demo's
    // certifications, which are theirs to propose and decide.
    const auto written = loadRoster(db, workers, seed, *first, progress);
    if (!written)
        return written;
    if (auto added = DemoOfficers::add(db, *first); !added)
        return added.error();
    // By officers (issue 13): the admin proposes, the sample approver decides.
    if (auto done = DemoCertifications::add(db, *first); !done)
        return done.error();
    // The assessment rounds (issue 16) after the certifications: the old round's pending
    // proposals keep their workers off the due list the rounds register from.
    if (auto done = DemoRounds::add(db); !done)
        return done.error();
    // The training archive (issue 17), by the sample hr officer.
    if (auto done = DemoTraining::add(db); !done)
        return done.error();
    // Honours, studios and projects (issue 17) after the rounds, whose candidates they leave
    // alone; the 破格 proposal among them awaits the approver.
    if (auto done = DemoRecognition::add(db); !done)
        return done.error();
    if (auto done = addRecords(db, *first); !done)
        return done.error();
    progress.report(workers, workers);
    return written;
}

Result<qint64> DemoCompany::fill(
    QSqlDatabase &db, qint64 workers, quint64 seed, const Officer &by, ProgressSink &progress)
{
    const auto written = loadRoster(db, workers, seed, by, progress);
    if (!written)
        return written;
    if (auto done = addRecords(db, by); !done)
        return done.error();
    progress.report(workers, workers);
    return written;
}

Status DemoCompany::addRecords(QSqlDatabase &db, const Officer &by)
{
    if (auto done = DemoAllowances::add(db, by); !done)
        return done;
    if (auto done = DemoPay::add(db, by); !done)
        return done;
    if (auto done = DemoFund::add(db, by); !done)
        return done;
    // The dashboard's trend computed once and kept (schema 24), so that the first opening of
    // the company reads the kept months instead of the whole history.
    if (auto kept = TargetTrend::companyChanges(db); !kept)
        return kept.error();
    return success();
}

Result<qint64> DemoCompany::loadRoster(
    QSqlDatabase &db, qint64 workers, quint64 seed, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ImportRoster); !allowed)
        return allowed.error();
    const auto empty = RosterLoadStore::isRosterEmpty(db);
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error { tr("The database already has workers; the demo company needs an empty "
                          "database."),
            {} };

    // The tables are empty: the load indexes them after writing.
    RowProblems problems;
    RosterLoadStore load(db);
    if (auto begun = load.begin(u"demo"_s,
            tr("Generated the demo company: %1 workers, seed %2.").arg(workers).arg(seed), by,
            RosterFieldSet::all(), problems);
        !begun)
        return begun.error();
    DemoCompany generator(seed);
    for (qint64 i = 0; i < workers; ++i) {
        if (auto added = load.add(generator.next(i), int(i + 2)); !added)
            return added.error();
        if (i % 5000 == 0) {
            if (progress.isCanceled())
                return Error { tr("Cancelled; the database is unchanged."), {} };
            progress.report(i, workers);
        }
    }
    if (auto finished = load.finish(); !finished)
        return finished.error();
    if (!problems.isEmpty())
        return Error {
            tr("The demo generator made an invalid worker: %1").arg(problems.first().toString()), {}
        };
    if (auto done = load.commit(tr("Creating the demo company")); !done)
        return done.error();
    return workers;
}

} // namespace skl
