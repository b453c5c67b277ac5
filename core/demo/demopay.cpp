#include "core/demo/demopay.h"

#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/store/auditlog.h"
#include "core/store/demopaystore.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return DemoPay::tr("Creating the demo pay");
    }

    // Band mids in yuan a month: grades 学徒工 … 首席技师, titles 助理级 … 正高级.
    constexpr qint64 kGradeMid[kGradeCount] = { 3600, 4500, 5400, 6600, 8000, 9800, 12000, 15000 };
    constexpr qint64 kTitleMid[4] = { 6200, 8600, 11500, 14500 };

    // A deterministic spread of 0.78 … 1.27 around the mid, from the worker's id.
    Fen payAround(qint64 midYuan, qint64 id)
    {
        const qint64 permille = 780 + (id * 7919) % 491;
        return Fen::fromFen(midYuan * 100 * permille).dividedRoundingHalfUp(1000);
    }

} // namespace

Status DemoPay::add(QSqlDatabase &db, const Officer &by)
{
    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(u"demo"_s,
        tr("Created the demo company's salary bands, pay, titles and wage-price reference."), by);
    if (!event)
        return event.error();
    DemoPayStore store(db, *event);
    const QString from = u"2024-01-01"_s;
    const auto bandAround = [](Fen mid) {
        return SalaryBand { Fen::fromFen(mid.fen() * 8 / 10), mid,
            Fen::fromFen(mid.fen() * 12 / 10) };
    };
    for (int rank = 0; rank < kGradeCount; ++rank) {
        if (auto done = store.addBand(
                u"grade"_s, rank, from, bandAround(Fen::fromFen(kGradeMid[rank] * 100)));
            !done)
            return done;
    }
    for (int level = 1; level <= 4; ++level) {
        if (auto done = store.addBand(
                u"title"_s, level, from, bandAround(Fen::fromFen(kTitleMid[level - 1] * 100)));
            !done)
            return done;
    }
    if (auto done = store.flush(); !done)
        return done;

    const auto workers = store.workersInService();
    if (!workers)
        return workers.error();
    for (const DemoPayStore::Worker &w : *workers) {
        const QString since = std::max(w.hired, from);
        int title = 0;
        qint64 mid = 0;
        if (w.grade) {
            mid = kGradeMid[rankOf(*w.grade)];
        } else {
            const int pick = int(w.id % 10);
            title = pick < 5 ? 1 : pick < 8 ? 2 : pick < 9 ? 3 : 4;
            mid = kTitleMid[title - 1];
        }
        const Fen monthly = payAround(mid, w.id);
        // One in twenty on an annual salary, one in twenty-five negotiated.
        const bool annual = w.id % 20 == 0;
        const QString mode = annual ? u"annual"_s : w.id % 25 == 0 ? u"negotiated"_s : u"monthly"_s;
        if (auto done = store.addPay(w.id, since, mode, annual ? monthly * 12 : monthly, monthly);
            !done)
            return done;
        if (title > 0) {
            if (auto done = store.addTitle(w.id, since, title); !done)
                return done;
        }
    }
    if (auto done = store.flush(); !done)
        return done;

    const auto occupations = store.occupations();
    if (!occupations)
        return occupations.error();
    for (const QString &occupation : *occupations) {
        for (int rank = 0; rank < kGradeCount; ++rank) {
            const qint64 p50 = kGradeMid[rank] * 100 * (95 + qint64(occupation.size()) % 10) / 100;
            if (auto done = store.addReference(2026, occupation, Grade(rank),
                    { Fen::fromFen(p50 * 70 / 100), Fen::fromFen(p50 * 85 / 100), Fen::fromFen(p50),
                        Fen::fromFen(p50 * 118 / 100), Fen::fromFen(p50 * 140 / 100) });
                !done)
                return done;
        }
    }
    if (auto done = store.flush(); !done)
        return done;
    return transaction.commit(whatFailed());
}

} // namespace skl
