#include "core/demo/demoallowances.h"

#include <QDate>
#include <QHash>

#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/store/auditlog.h"
#include "core/store/demoallowancestore.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return DemoAllowances::tr("Creating the demo allowances");
    }

    // Yuan a month by grade, 学徒工 … 首席技师; from 2026 a tenth more.
    constexpr qint64 kSkillYuan[kGradeCount] = { 0, 100, 200, 400, 600, 800, 1000, 1500 };

    Status rates(DemoAllowanceStore &store)
    {
        for (const QString &from : { u"2024-01-01"_s, u"2026-01-01"_s }) {
            // Yuan × percent is fen: 100 % of 300 yuan is 30000 fen.
            const qint64 percent = from.startsWith(u"2026") ? 110 : 100;
            for (int rank = rankOf(Grade::Junior); rank < kGradeCount; ++rank) {
                if (auto done = store.addRate(
                        u"skill"_s, Grade(rank), from, Fen::fromFen(kSkillYuan[rank] * percent));
                    !done)
                    return done;
            }
            if (auto done
                = store.addRate(u"team_leader"_s, std::nullopt, from, Fen::fromFen(300 * percent));
                !done)
                return done;
            if (auto done
                = store.addRate(u"mentoring"_s, std::nullopt, from, Fen::fromFen(100 * percent));
                !done)
                return done;
        }
        return store.flush();
    }

    // Every worker marked 班组长 leads from hiring (2020 at the earliest) while employed.
    Status leaders(DemoAllowanceStore &store)
    {
        const auto leaders = store.teamLeaders();
        if (!leaders)
            return leaders.error();
        for (const DemoAllowanceStore::TeamLeader &leader : *leaders) {
            const QString from = std::max(leader.hired, u"2020-01-01"_s);
            const QDate to = leader.left.isValid() ? leader.left.addDays(-1) : QDate();
            if (to.isValid() && to.toString(Qt::ISODate) < from)
                continue;
            if (auto done = store.addTeamLeaderPeriod(leader.id, from, to); !done)
                return done;
        }
        return store.flush();
    }

    // Apprentices in service, each with the mentors of their workshop and occupation in turn.
    Status mentorships(DemoAllowanceStore &store)
    {
        const auto workers = store.gradedWorkersInService();
        if (!workers)
            return workers.error();
        struct Apprentice
        {
            qint64 id;
            std::pair<qint64, qint64> unit;
            QString start;
        };
        QHash<std::pair<qint64, qint64>, QList<qint64>> mentors;
        QList<Apprentice> apprentices;
        for (const DemoAllowanceStore::GradedWorker &w : *workers) {
            const std::pair unit(w.workshop, w.occupation);
            if (w.grade >= Grade::Senior)
                mentors[unit] += w.id;
            else if (w.grade == Grade::Apprentice)
                apprentices += Apprentice { w.id, unit, std::max(w.gradeSince, w.hired) };
        }
        QHash<std::pair<qint64, qint64>, qsizetype> next;
        for (const Apprentice &a : std::as_const(apprentices)) {
            const QList<qint64> &candidates = mentors.value(a.unit);
            if (candidates.isEmpty())
                continue;
            // Four apprentices a mentor before moving on: some mentors go over the cap of 3.
            const qsizetype turn = next[a.unit]++;
            const qint64 mentor = candidates[(turn / 4) % candidates.size()];
            if (auto done = store.addMentorship(mentor, a.id, a.unit.second, a.start); !done)
                return done;
        }
        return store.flush();
    }

} // namespace

Status DemoAllowances::add(QSqlDatabase &db, const Officer &by)
{
    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(u"demo"_s,
        tr("Created the demo company's allowance rates, team leaders and apprenticeships."), by);
    if (!event)
        return event.error();
    DemoAllowanceStore store(db, *event);
    if (auto done = rates(store); !done)
        return done;
    if (auto done = leaders(store); !done)
        return done;
    if (auto done = mentorships(store); !done)
        return done;
    return transaction.commit(whatFailed());
}

} // namespace skl
