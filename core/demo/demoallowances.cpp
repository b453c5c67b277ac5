#include "core/demo/demoallowances.h"

#include <QDate>
#include <QSqlQuery>

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
        return DemoAllowances::tr("Creating the demo allowances");
    }

    // Yuan a month by grade, 学徒工 … 首席技师; from 2026 a tenth more.
    constexpr qint64 kSkillYuan[kGradeCount] = { 0, 100, 200, 400, 600, 800, 1000, 1500 };

    Status rates(QSqlQuery &q, qint64 event)
    {
        QString values;
        const auto add = [&](const QString &kind, int grade, const QString &from, qint64 fen) {
            values += values.isEmpty() ? u"("_s : u", ("_s;
            SqlDialect::appendLiteral(values, kind);
            values += u", ";
            SqlDialect::appendLiteral(values, qint64(grade));
            values += u", ";
            SqlDialect::appendLiteral(values, from);
            values += u", ";
            SqlDialect::appendLiteral(values, fen);
            values += u", ";
            SqlDialect::appendLiteral(values, event);
            values += u')';
        };
        for (const QString &from : { u"2024-01-01"_s, u"2026-01-01"_s }) {
            const qint64 percent = from.startsWith(u"2026") ? 110 : 100;
            for (int grade = rankOf(Grade::Junior); grade < kGradeCount; ++grade)
                add(u"skill"_s, grade, from, kSkillYuan[grade] * percent);
            add(u"team_leader"_s, -1, from, 300 * percent);
            add(u"mentoring"_s, -1, from, 100 * percent);
        }
        if (!q.exec(u"INSERT INTO allowance_rate (kind, grade, effective_from, amount_fen, "
                    "event_id) VALUES "_s
                + values))
            return SqlErrors::fromQuery(q, whatFailed());
        return success();
    }

    // Every worker marked 班组长 leads from hiring (2020 at the earliest) while employed.
    Status leaders(QSqlQuery &q, qint64 event)
    {
        if (!q.exec(u"SELECT id, hire_date, leave_date FROM worker WHERE team_leader = 1"_s))
            return SqlErrors::fromQuery(q, whatFailed());
        QList<QList<QVariant>> rows;
        while (q.next()) {
            const QString from = std::max(q.value(1).toString(), u"2020-01-01"_s);
            const QDate left = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const QVariant to = left.isValid() ? QVariant(left.addDays(-1).toString(Qt::ISODate))
                                               : QVariant(QMetaType::fromType<QString>());
            if (!left.isValid() || left.addDays(-1).toString(Qt::ISODate) >= from)
                rows += QList<QVariant> { q.value(0).toLongLong(), from, to, event };
        }
        BulkInsert insert(q,
            u"INSERT INTO team_leader_period (worker_id, valid_from, valid_to, event_id) VALUES "_s,
            whatFailed());
        for (const auto &row : std::as_const(rows)) {
            if (auto done = insert.add(row); !done)
                return done;
        }
        return insert.flush();
    }

    // Apprentices in service, each with the mentors of their workshop and occupation in turn.
    Status mentorships(QSqlQuery &q, qint64 event)
    {
        if (!q.exec(u"SELECT id, coalesce(workshop_id, 0), coalesce(occupation_id, 0), "
                    "current_grade, current_grade_since, hire_date FROM worker "
                    "WHERE leave_date IS NULL AND occupation_id IS NOT NULL "
                    "AND current_grade IS NOT NULL ORDER BY id"_s))
            return SqlErrors::fromQuery(q, whatFailed());
        struct Apprentice
        {
            qint64 id;
            std::pair<qint64, qint64> unit;
            QString start;
        };
        QHash<std::pair<qint64, qint64>, QList<qint64>> mentors;
        QList<Apprentice> apprentices;
        while (q.next()) {
            const std::pair unit(q.value(1).toLongLong(), q.value(2).toLongLong());
            const int grade = q.value(3).toInt();
            if (grade >= rankOf(Grade::Senior))
                mentors[unit] += q.value(0).toLongLong();
            else if (grade == rankOf(Grade::Apprentice))
                apprentices += Apprentice { q.value(0).toLongLong(), unit,
                    std::max(q.value(4).toString(), q.value(5).toString()) };
        }
        QHash<std::pair<qint64, qint64>, qsizetype> next;
        BulkInsert insert(q,
            u"INSERT INTO mentorship (mentor_id, apprentice_id, occupation_id, start_date, "
            "event_id) VALUES "_s,
            whatFailed());
        for (const Apprentice &a : std::as_const(apprentices)) {
            const QList<qint64> &candidates = mentors.value(a.unit);
            if (candidates.isEmpty())
                continue;
            // Four apprentices a mentor before moving on: some mentors go over the cap of 3.
            const qsizetype turn = next[a.unit]++;
            const qint64 mentor = candidates[(turn / 4) % candidates.size()];
            if (auto done = insert.add({ mentor, a.id, a.unit.second, a.start, event }); !done)
                return done;
        }
        return insert.flush();
    }

} // namespace

Status DemoAllowances::add(QSqlDatabase &db)
{
    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(u"demo"_s,
        tr("Created the demo company's allowance rates, team leaders and apprenticeships."),
        u"hr-li"_s);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    if (auto done = rates(q, *event); !done)
        return done;
    if (auto done = leaders(q, *event); !done)
        return done;
    if (auto done = mentorships(q, *event); !done)
        return done;
    q.finish();
    return transaction.commit(whatFailed());
}

} // namespace skl
