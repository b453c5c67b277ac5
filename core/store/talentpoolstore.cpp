#include "core/store/talentpoolstore.h"

#include <QHash>
#include <QSqlQuery>

#include "core/domain/residentid.h"
#include "core/store/gradeinforce.h"
#include "core/store/sqldates.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return TalentPoolStore::tr("Reading the talent pool");
    }

    // "IN ('provincial', 'national')" of codes, or a condition that holds for nothing.
    QString inCodes(const QString &column, const QStringList &codes)
    {
        if (codes.isEmpty())
            return u"0 = 1"_s;
        QString list;
        for (const QString &code : codes) {
            if (!list.isEmpty())
                list += u", "_s;
            SqlDialect::appendLiteral(list, code);
        }
        return u"%1 IN (%2)"_s.arg(column, list);
    }

    QString scopeCondition(const std::optional<QList<qint64>> &workshops)
    {
        if (!workshops)
            return {};
        if (workshops->isEmpty())
            return u"0 = 1 AND"_s;
        QString ids;
        for (qint64 id : *workshops) {
            if (!ids.isEmpty())
                ids += u", "_s;
            SqlDialect::appendLiteral(ids, id);
        }
        return u"w.workshop_id IN (%1) AND"_s.arg(ids);
    }

    const QStringList kMedals { CertificationNames::code(Placing::Gold),
        CertificationNames::code(Placing::Silver), CertificationNames::code(Placing::Bronze) };

    // The pool's candidates as a common table expression "pool" that every read joins: in
    // service on :d (hire ≤ d < leave) within the scope, and high-skilled on :d by the targets'
    // own grade rule, or holding a qualifying honour (awarded by :d, not withdrawn) or medal
    // (held by :d). The list and the certificates read it, each evaluating it once.
    QString poolCte(const SqlDialect &dialect, const TalentPoolStore::Levels &levels,
        const std::optional<QList<qint64>> &workshops)
    {
        QStringList honourCodes;
        for (HonourLevel level : levels.honours)
            honourCodes += RecognitionNames::code(level);
        QStringList competitionCodes;
        for (CompetitionLevel level : levels.competitions)
            competitionCodes += CertificationNames::code(level);
        return uR"(WITH in_service AS (
    SELECT w.id, w.employee_no, w.name, %1 AS id_number, coalesce(w.site_id, 0) AS site_id,
           s.name AS site, coalesce(w.workshop_id, 0) AS workshop_id, ws.name AS workshop,
           coalesce(w.occupation_id, 0) AS occupation_id, o.name AS occupation, %2 AS grade
    FROM worker w
    LEFT JOIN site s ON s.id = w.site_id
    LEFT JOIN workshop ws ON ws.id = w.workshop_id
    LEFT JOIN occupation o ON o.id = w.occupation_id
    WHERE %3 w.hire_date <= :d AND (w.leave_date IS NULL OR :d < w.leave_date)),
pool AS (
    SELECT i.* FROM in_service i
    WHERE i.grade >= %4
       OR EXISTS (SELECT 1 FROM honour h WHERE h.worker_id = i.id
                  AND h.withdrawn_event_id IS NULL AND h.awarded_on <= :d AND %5)
       OR EXISTS (SELECT 1 FROM competition_result r
                  JOIN competition c ON c.id = r.competition_id
                  WHERE r.worker_id = i.id AND %6 AND c.held_on <= :d AND %7))
)"_s.arg(workshops ? dialect.maskedIdNumber(u"w"_s) : u"w.id_number"_s,
            gradeInForceSql(u"w"_s, u":d"_s, u":d"_s + dialect.bytewise()),
            scopeCondition(workshops), QString::number(rankOf(Grade::Senior)),
            inCodes(u"h.level"_s, honourCodes), inCodes(u"r.placing"_s, kMedals),
            inCodes(u"c.level"_s, competitionCodes));
    }

    // Runs one read (after the pool's common table expression cte, when given), calling visit
    // for each row.
    template <typename Visit>
    Status readPool(
        QSqlDatabase &db, const QString &cte, const QString &select, QDate asOf, Visit &&visit)
    {
        QSqlQuery q(db);
        SqlDialect::streamRows(q);
        if (!q.prepare(cte + select))
            return SqlErrors::fromQuery(q, whatFailed());
        q.bindValue(u":d"_s, asOf.toString(Qt::ISODate));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        return forEachRow(q, whatFailed(), std::forward<Visit>(visit));
    }

} // namespace

Result<QList<TalentWorker>> TalentPoolStore::read(QSqlDatabase &db, QDate asOf,
    const Levels &levels, const std::optional<QList<qint64>> &workshops)
{
    const QString cte = poolCte(SqlDialect::of(db), levels, workshops);
    QList<TalentWorker> workers;
    QHash<qint64, qsizetype> index; // worker id → position in workers
    if (auto read = readPool(db, cte,
            u"SELECT id, employee_no, name, id_number, site_id, site, workshop_id, workshop, "
            "occupation_id, occupation, grade FROM pool ORDER BY employee_no"_s,
            asOf,
            [&](const QSqlQuery &row) {
                TalentWorker w;
                w.workerId = row.value(0).toLongLong();
                w.employeeNo = row.value(1).toString();
                w.name = row.value(2).toString();
                w.maskedIdNumber = ResidentId::mask(row.value(3).toString());
                w.siteId = row.value(4).toLongLong();
                w.site = row.value(5).toString();
                w.workshopId = row.value(6).toLongLong();
                w.workshop = row.value(7).toString();
                w.occupationId = row.value(8).toLongLong();
                w.occupation = row.value(9).toString();
                if (!row.value(10).isNull())
                    w.grade = gradeFromRank(row.value(10).toInt());
                index.insert(w.workerId, workers.size());
                workers += w;
            });
        !read)
        return read.error();
    if (workers.isEmpty())
        return workers;
    // The kinds below are read whole up to the date, each table once, and kept for the workers
    // of the pool only: their tables are small beside the roster, and joining each to the pool
    // would evaluate the pool again for every kind (7 × 0.25 s at 100,000 workers). On a
    // server the rows of workers outside a workshop head's scope are not even visible.
    const auto workerOf = [&](const QSqlQuery &row) -> TalentWorker * {
        const auto at = index.constFind(row.value(0).toLongLong());
        return at == index.constEnd() ? nullptr : &workers[*at];
    };

    // The certificate of the award that gives the grade in force: of the awards in force on :d
    // at that grade, the latest that has a number (one issued here, or one certified elsewhere
    // and imported with its number).
    if (auto read = readPool(db, cte, uR"(SELECT g.worker_id, coalesce(c.number, n.external_number)
FROM grade_award g
JOIN pool p ON p.id = g.worker_id AND g.grade = p.grade
LEFT JOIN certification n ON n.grade_award_id = g.id
LEFT JOIN certificate c ON c.certification_id = n.id
WHERE g.effective_date <= :d AND (g.revoked_date IS NULL OR g.revoked_date >= :d)
ORDER BY g.worker_id, g.effective_date DESC, g.id DESC)"_s,
            asOf,
            [&](const QSqlQuery &row) {
                TalentWorker *w = workerOf(row);
                if (w && w->certificateNo.isEmpty())
                    w->certificateNo = row.value(1).toString();
            });
        !read)
        return read.error();

    if (auto read = readPool(db, QString(), uR"(SELECT h.worker_id, h.name, h.level, h.awarded_on
FROM honour h
WHERE h.withdrawn_event_id IS NULL AND h.awarded_on <= :d
ORDER BY h.worker_id, h.awarded_on, h.id)"_s,
            asOf,
            [&](const QSqlQuery &row) {
                TalentWorker *w = workerOf(row);
                const auto level = RecognitionNames::parseLevel(row.value(2).toString());
                if (w && level)
                    w->honours += TalentHonour { row.value(1).toString(), *level,
                        SqlDates::parse(row.value(3)) };
            });
        !read)
        return read.error();

    if (auto read
        = readPool(db, QString(), uR"(SELECT r.worker_id, c.name, c.level, r.placing, c.held_on
FROM competition_result r JOIN competition c ON c.id = r.competition_id
WHERE %1 AND c.held_on <= :d
ORDER BY r.worker_id, c.held_on, r.id)"_s.arg(inCodes(u"r.placing"_s, kMedals)),
            asOf,
            [&](const QSqlQuery &row) {
                TalentWorker *w = workerOf(row);
                const auto level = CertificationNames::parseLevel(row.value(2).toString());
                const auto placing = CertificationNames::parsePlacing(row.value(3).toString());
                if (w && level && placing)
                    w->medals += TalentMedal { row.value(1).toString(), *level, *placing,
                        SqlDates::parse(row.value(4)) };
            });
        !read)
        return read.error();

    // A studio's leader, and its members on :d (left_on is the first day no longer a member).
    if (auto read = readPool(db, QString(), uR"(SELECT st.leader_id, st.name, 1 FROM studio st
WHERE st.founded_on <= :d
UNION ALL
SELECT m.worker_id, st.name, 0 FROM studio_member m JOIN studio st ON st.id = m.studio_id
WHERE m.worker_id <> st.leader_id AND m.joined_on <= :d
      AND (m.left_on IS NULL OR :d < m.left_on)
ORDER BY 1, 3 DESC, 2)"_s,
            asOf,
            [&](const QSqlQuery &row) {
                if (TalentWorker *w = workerOf(row))
                    w->studios
                        += TalentStudio { row.value(1).toString(), row.value(2).toInt() == 1 };
            });
        !read)
        return read.error();

    if (auto read = readPool(db, QString(),
            uR"(SELECT pr.lead_id, pr.title, 1, pr.started_on FROM project pr WHERE pr.started_on <= :d
UNION ALL
SELECT m.worker_id, pr.title, 0, pr.started_on FROM project_member m JOIN project pr ON pr.id = m.project_id
WHERE m.withdrawn_event_id IS NULL AND m.worker_id <> pr.lead_id AND pr.started_on <= :d
ORDER BY 1, 4, 2)"_s,
            asOf,
            [&](const QSqlQuery &row) {
                if (TalentWorker *w = workerOf(row))
                    w->projects
                        += TalentProject { row.value(1).toString(), row.value(2).toInt() == 1 };
            });
        !read)
        return read.error();

    // Completed agreements (出师) ended by :d; one recorded before schema 16 counts as completed
    // when it ended with a grade reached, as MentorshipStore reads it.
    if (auto read = readPool(db, QString(), uR"(SELECT m.mentor_id, count(*) FROM mentorship m
WHERE m.end_date IS NOT NULL AND m.end_date <= :d
      AND (m.outcome = 'completed' OR (m.outcome IS NULL AND m.outcome_grade IS NOT NULL))
GROUP BY m.mentor_id)"_s,
            asOf,
            [&](const QSqlQuery &row) {
                if (TalentWorker *w = workerOf(row))
                    w->apprenticesTrained = row.value(1).toInt();
            });
        !read)
        return read.error();
    return workers;
}

} // namespace skl
