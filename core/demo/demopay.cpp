#include "core/demo/demopay.h"

#include <QSqlQuery>

#include "core/domain/allowancemonth.h"
#include "core/domain/grade.h"
#include "core/store/auditlog.h"
#include "core/store/bulkinsert.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
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
    qint64 payAround(qint64 midYuan, qint64 id)
    {
        const qint64 permille = 780 + (id * 7919) % 491;
        return roundHalfUp(midYuan * 100 * permille, 1000);
    }

} // namespace

Status DemoPay::add(QSqlDatabase &db)
{
    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(u"demo"_s,
        tr("Created the demo company's salary bands, pay, titles and wage-price reference."),
        u"hr-li"_s);
    if (!event)
        return event.error();
    const qint64 e = *event;
    QSqlQuery q(db);
    const QString from = u"2024-01-01"_s;
    BulkInsert bands(q,
        u"INSERT INTO salary_band (track, level, effective_from, min_fen, mid_fen, max_fen, "
        "event_id) VALUES "_s,
        whatFailed());
    for (int rank = 0; rank < kGradeCount; ++rank) {
        const qint64 mid = kGradeMid[rank] * 100;
        if (auto done
            = bands.add({ u"grade"_s, qint64(rank), from, mid * 8 / 10, mid, mid * 12 / 10, e });
            !done)
            return done;
    }
    for (int level = 1; level <= 4; ++level) {
        const qint64 mid = kTitleMid[level - 1] * 100;
        if (auto done
            = bands.add({ u"title"_s, qint64(level), from, mid * 8 / 10, mid, mid * 12 / 10, e });
            !done)
            return done;
    }
    if (auto done = bands.flush(); !done)
        return done;

    if (!q.exec(u"SELECT id, current_grade, hire_date FROM worker WHERE leave_date IS NULL"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    struct Worker
    {
        qint64 id;
        int grade; // -1: ungraded professional staff
        QString hired;
    };
    QList<Worker> workers;
    while (q.next())
        workers += Worker { q.value(0).toLongLong(), q.value(1).isNull() ? -1 : q.value(1).toInt(),
            q.value(2).toString() };
    BulkInsert pay(q,
        u"INSERT INTO pay_record (worker_id, effective_from, mode, amount_fen, monthly_fen, "
        "event_id) VALUES "_s,
        whatFailed());
    BulkInsert titles(q,
        u"INSERT INTO professional_title (worker_id, effective_from, level, event_id) VALUES "_s,
        whatFailed());
    for (const Worker &w : std::as_const(workers)) {
        const QString since = std::max(w.hired, from);
        int title = 0;
        qint64 mid = 0;
        if (w.grade >= 0) {
            mid = kGradeMid[w.grade];
        } else {
            const int pick = int(w.id % 10);
            title = pick < 5 ? 1 : pick < 8 ? 2 : pick < 9 ? 3 : 4;
            mid = kTitleMid[title - 1];
        }
        const qint64 monthly = payAround(mid, w.id);
        // One in twenty on an annual salary, one in twenty-five negotiated.
        const bool annual = w.id % 20 == 0;
        const QString mode = annual ? u"annual"_s : w.id % 25 == 0 ? u"negotiated"_s : u"monthly"_s;
        if (auto done = pay.add({ w.id, since, mode, annual ? monthly * 12 : monthly, monthly, e });
            !done)
            return done;
        if (title > 0) {
            if (auto done = titles.add({ w.id, since, qint64(title), e }); !done)
                return done;
        }
    }
    if (auto done = pay.flush(); !done)
        return done;
    if (auto done = titles.flush(); !done)
        return done;

    if (!q.exec(u"SELECT name FROM occupation ORDER BY name"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    QStringList occupations;
    while (q.next())
        occupations += q.value(0).toString();
    BulkInsert reference(q,
        u"INSERT INTO wage_reference (year, occupation, grade, p10_fen, p25_fen, p50_fen, "
        "p75_fen, p90_fen, event_id) VALUES "_s,
        whatFailed());
    for (const QString &occupation : std::as_const(occupations)) {
        for (int rank = 0; rank < kGradeCount; ++rank) {
            const qint64 p50 = kGradeMid[rank] * 100 * (95 + qint64(occupation.size()) % 10) / 100;
            if (auto done = reference.add({ qint64(2026), occupation, qint64(rank), p50 * 70 / 100,
                    p50 * 85 / 100, p50, p50 * 118 / 100, p50 * 140 / 100, e });
                !done)
                return done;
        }
    }
    if (auto done = reference.flush(); !done)
        return done;
    q.finish();
    return transaction.commit(whatFailed());
}

} // namespace skl
