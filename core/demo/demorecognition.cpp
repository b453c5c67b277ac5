#include "core/demo/demorecognition.h"

#include <algorithm>

#include "core/demo/demoofficers.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/certificationstore.h"
#include "core/store/democompetitionstore.h"
#include "core/store/honourstore.h"
#include "core/store/officerstore.h"
#include "core/store/projectstore.h"
#include "core/store/studiostore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    Result<Officer> sampleHr(QSqlDatabase &db)
    {
        for (const DemoOfficers::Sample &sample : DemoOfficers::samples()) {
            if (sample.role == Role::Hr)
                return OfficerStore::load(db, sample.login);
        }
        return Error { DemoRecognition::tr("The demo has no hr officer."), {} };
    }

    struct DemoHonour
    {
        int worker; // index into the high-skilled pool
        const char16_t *name;
        HonourLevel level;
        QDate on;
        const char16_t *body;
    };

    const DemoHonour kHonours[] = {
        { 0, u"全国技术能手", HonourLevel::National, QDate(2023, 11, 20), u"人力资源社会保障部" },
        { 0, u"齐鲁首席技师", HonourLevel::Provincial, QDate(2021, 9, 10),
            u"山东省人力资源和社会保障厅" },
        { 1, u"山东省五一劳动奖章", HonourLevel::Provincial, QDate(2025, 4, 28), u"山东省总工会" },
        { 2, u"济南市技术能手", HonourLevel::Municipal, QDate(2024, 9, 26),
            u"济南市人力资源和社会保障局" },
        { 3, u"机械工业技术能手", HonourLevel::Industry, QDate(2022, 10, 18),
            u"中国机械工业联合会" },
        { 4, u"公司优秀技师", HonourLevel::Enterprise, QDate(2025, 12, 30), u"齐鲁重工" },
        { 5, u"公司岗位能手", HonourLevel::Enterprise, QDate(2026, 1, 15), u"齐鲁重工" },
        { 1, u"公司劳动模范", HonourLevel::Enterprise, QDate(2024, 1, 12), u"齐鲁重工" },
    };

    Status honours(QSqlDatabase &db, const QStringList &pool, const Officer &hr)
    {
        for (const DemoHonour &h : kHonours) {
            if (h.worker >= pool.size())
                continue;
            HonourInput input { pool.at(h.worker), QString::fromUtf16(h.name), h.level, h.on,
                QString::fromUtf16(h.body), hr };
            if (const auto id = HonourStore::add(db, input); !id)
                return id.error();
        }
        return success();
    }

    Status studios(
        QSqlDatabase &db, const QStringList &pool, const QString &occupation, const Officer &hr)
    {
        const auto leader = CertificationFactsStore::workerByEmployeeNo(db, pool.at(0));
        if (!leader)
            return leader.error();
        StudioInput master { leader->name + u"技能大师工作室"_s, StudioKind::Master,
            HonourLevel::Provincial, pool.at(0), occupation, QDate(2021, 3, 15), hr };
        const auto masterId = StudioStore::add(db, master);
        if (!masterId)
            return masterId.error();
        const QDate joined[]
            = { QDate(2021, 3, 15), QDate(2021, 9, 1), QDate(2022, 4, 6), QDate(2023, 2, 20) };
        QList<qint64> memberships;
        for (int i = 0; i < 4 && 2 + i < pool.size(); ++i) {
            const auto member
                = StudioStore::addMember(db, *masterId, pool.at(2 + i), joined[i], hr);
            if (!member)
                return member.error();
            memberships += *member;
        }
        if (memberships.size() == 4) {
            if (auto done = StudioStore::leave(db, memberships.last(), QDate(2025, 6, 30), hr);
                !done)
                return done;
        }
        const StudioResultInput results[] = {
            { StudioResultKind::Patent, u"一种大型结构件焊接变形控制夹具（实用新型专利）"_s, 1,
                QDate(2022, 8, 12) },
            { StudioResultKind::Process, u"高强钢厚板多层多道焊工艺优化"_s, 1, QDate(2023, 5, 30) },
            { StudioResultKind::Apprentices, u"2021—2024年带徒出师"_s, 12, QDate(2024, 12, 31) },
            { StudioResultKind::Patent, u"焊缝余高快速检测尺"_s, 1, QDate(2025, 11, 3) },
        };
        for (const StudioResultInput &result : results) {
            if (const auto id = StudioStore::addResult(db, *masterId, result, hr); !id)
                return id.error();
        }

        const auto innovator = CertificationFactsStore::workerByEmployeeNo(db, pool.at(1));
        if (!innovator)
            return innovator.error();
        StudioInput innovation { innovator->name + u"劳模创新工作室"_s, StudioKind::Innovation,
            HonourLevel::Municipal, pool.at(1), QString(), QDate(2023, 6, 1), hr };
        const auto innovationId = StudioStore::add(db, innovation);
        if (!innovationId)
            return innovationId.error();
        for (int i = 4; i < 6 && i < pool.size(); ++i) {
            if (const auto member
                = StudioStore::addMember(db, *innovationId, pool.at(i), QDate(2023, 6, 1), hr);
                !member)
                return member.error();
        }
        const auto result = StudioStore::addResult(db, *innovationId,
            { StudioResultKind::Process, u"装配线工装快换改进，换型时间缩短40%"_s, 1,
                QDate(2025, 3, 18) },
            hr);
        return result ? success() : Status(result.error());
    }

    Status projects(QSqlDatabase &db, const QStringList &pool, const Officer &hr, QDate today)
    {
        ProjectInput challenge { u"高强钢焊缝一次合格率攻关"_s, ProjectKind::Challenge, pool.at(0),
            QDate(2025, 3, 1), ProjectStatus::InProgress, { pool.at(3), pool.at(2) }, hr };
        const auto challengeId = ProjectStore::add(db, challenge);
        if (!challengeId)
            return challengeId.error();
        if (auto done = ProjectStore::update(db, *challengeId, ProjectStatus::Finished,
                u"焊缝一次合格率由92.0%提高到98.5%，年减少返修成本约80万元"_s, QDate(2026, 3, 31),
                hr);
            !done)
            return done;

        ProjectInput team { u"数控机床主轴精度保持技术研究（技师+工程师）"_s, ProjectKind::Team,
            pool.at(2), QDate(2026, 1, 10), ProjectStatus::InProgress, { pool.at(4), pool.at(5) },
            hr };
        if (const auto id = ProjectStore::add(db, team); !id)
            return id.error();

        ProjectInput open { u"智能产线换型时间缩短30%"_s, ProjectKind::Challenge, pool.at(5),
            std::max(QDate(2026, 7, 1), today.addDays(-30)), ProjectStatus::Open, {}, hr };
        if (const auto id = ProjectStore::add(db, open); !id)
            return id.error();
        return success();
    }

    // A senior worker honoured at provincial level, proposed for 技师 on that ground (破格晋升).
    Status proposal(QSqlDatabase &db, const QString &occupation, const Officer &hr, QDate today)
    {
        const auto candidates = DemoCompetitionStore::entrants(
            db, occupation, Grade::Senior, Grade::Senior, QDate(2025, 1, 1), 1);
        if (!candidates)
            return candidates.error();
        if (candidates->isEmpty())
            return success();
        HonourInput honour { candidates->first(), u"齐鲁技术能手"_s, HonourLevel::Provincial,
            QDate(2025, 10, 15), u"山东省人力资源和社会保障厅"_s, hr };
        const auto honourId = HonourStore::add(db, honour);
        if (!honourId)
            return honourId.error();
        ProposalRequest request;
        request.employeeNo = candidates->first();
        request.occupation = occupation;
        request.grade = Grade::Technician;
        request.way = CertificationWay::Exceptional;
        request.ground = ExceptionalGround::Award;
        request.honourId = *honourId;
        request.date = today;
        request.by = hr;
        const auto id = CertificationStore::propose(db, request, today);
        return id ? success() : Status(id.error());
    }

} // namespace

Status DemoRecognition::add(QSqlDatabase &db, QDate today)
{
    const auto hr = sampleHr(db);
    if (!hr)
        return hr.error();
    const auto occupation = DemoCompetitionStore::mostCommonOccupation(db);
    if (!occupation)
        return occupation.error();
    if (!*occupation)
        return success(); // a demo without workers
    const auto pool = DemoCompetitionStore::entrants(
        db, **occupation, Grade::Technician, Grade::ChiefTechnician, QDate(2025, 12, 31), 6);
    if (!pool)
        return pool.error();
    if (pool->size() < 6)
        return success(); // too small a demo for studios and teams
    if (auto done = honours(db, *pool, *hr); !done)
        return done;
    if (auto done = studios(db, *pool, **occupation, *hr); !done)
        return done;
    if (auto done = projects(db, *pool, *hr, today); !done)
        return done;
    return proposal(db, **occupation, *hr, today);
}

} // namespace skl
