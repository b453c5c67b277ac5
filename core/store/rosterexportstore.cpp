#include "core/store/rosterexportstore.h"

#include <functional>

#include <QHash>

#include "core/store/rosterstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return RosterExportStore::tr("Exporting the roster");
    }

    // "WHERE workshop_id IN (…)" for a scope of workshops; nothing for the whole company.
    QString scopeCondition(const std::optional<QList<qint64>> &workshops)
    {
        if (!workshops)
            return {};
        if (workshops->isEmpty())
            return u"WHERE 0 = 1"_s;
        QString ids;
        for (qint64 id : *workshops) {
            if (!ids.isEmpty())
                ids += u", ";
            SqlDialect::appendLiteral(ids, id);
        }
        return u"WHERE worker.workshop_id IN (%1)"_s.arg(ids);
    }

    QString rosterQuery(const SqlDialect &dialect, const std::optional<QList<qint64>> &workshops)
    {
        return uR"(SELECT w.employee_no, w.name, w.gender, w.id_number, w.birth_date, w.hire_date,
       w.leave_date, s.name, s.province_code, ws.name, o.name, a.grade, a.effective_date,
       w.frontline, %2
FROM (SELECT worker.id, worker.employee_no, worker.name, worker.gender, %4 AS id_number,
             worker.birth_date, worker.hire_date, worker.leave_date, worker.site_id,
             worker.workshop_id, worker.occupation_id, worker.frontline,
             (SELECT g.id FROM grade_award g
              WHERE g.worker_id = worker.id AND g.occupation_id %1 worker.occupation_id
                    AND g.revoked_date IS NULL
              ORDER BY g.effective_date DESC, g.id DESC LIMIT 1) AS award_id
      FROM worker %3) w
LEFT JOIN grade_award a ON a.id = w.award_id
LEFT JOIN site s ON s.id = w.site_id
LEFT JOIN workshop ws ON ws.id = w.workshop_id
LEFT JOIN occupation o ON o.id = w.occupation_id
ORDER BY w.id)"_s.arg(dialect.nullSafeEquals(),
            // 班组长: whether a team-leader period covers today (issue #12).
            RosterStore::teamLeaderOn(QDate::currentDate(), u"w.id"_s), scopeCondition(workshops),
            // A workshop's export shows ID numbers masked: on the server its head may not
            // read them (issue 14).
            workshops ? dialect.maskedIdNumber(u"worker"_s) : u"worker.id_number"_s);
    }

} // namespace

// The SQLite reading: three statements on SQLite's own handle, and what was read once.
struct RosterExportStore::Workers::SqliteRows
{
    explicit SqliteRows(sqlite3 *db)
        : workers(db, whatFailed())
        , awards(db, whatFailed())
    { }

    // One award, not revoked, as the awards' statement passes it.
    struct Award
    {
        qint64 workerId = 0;
        bool hasOccupation = false;
        qint64 occupationId = 0;
        int grade = 0;
        QByteArray effective;
    };

    Status stepAward()
    {
        const auto row = awards.step();
        if (!row)
            return row.error();
        awardPending = *row;
        if (awardPending) {
            award.workerId = awards.columnNumber(0);
            award.hasOccupation = !awards.columnIsNull(1);
            award.occupationId = awards.columnNumber(1);
            award.grade = int(awards.columnNumber(2));
            const QUtf8StringView effective = awards.columnUtf8(3);
            // resize() keeps the buffer: no allocation per award.
            award.effective.resize(effective.size());
            std::copy(effective.begin(), effective.end(), award.effective.begin());
        }
        return success();
    }

    SqliteStatement workers;
    SqliteStatement awards;
    bool workerPending = false; // workers holds a row not yet handed out
    bool awardPending = false; // award holds the awards' current row
    Award award;
    QHash<qint64, QByteArray> sites;
    QHash<qint64, int> provinces;
    QHash<qint64, QByteArray> workshops;
    QHash<qint64, QByteArray> occupations;
    QList<qint64> leaders; // today's team leaders, ascending
    qsizetype nextLeader = 0;
    QByteArray gradeDate;
};

RosterExportStore::Workers::Workers(QSqlQuery query)
    : m_query(std::move(query))
{ }

RosterExportStore::Workers::Workers(std::unique_ptr<SqliteRows> rows)
    : m_sqlite(std::move(rows))
{ }

RosterExportStore::Workers::Workers(Workers &&) noexcept = default;
RosterExportStore::Workers &RosterExportStore::Workers::operator=(Workers &&) noexcept = default;
RosterExportStore::Workers::~Workers() = default;

bool RosterExportStore::Workers::next()
{
    return m_sqlite ? nextFromSqlite() : nextFromQuery();
}

bool RosterExportStore::Workers::nextFromQuery()
{
    if (!stepRow(*m_query, m_status, whatFailed))
        return false;
    static constexpr std::array<int, TextColumns> kColumns { 0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 12 };
    for (int column = 0; column < TextColumns; ++column) {
        m_buffers[column] = m_query->value(kColumns[column]).toString().toUtf8();
        m_text[column] = m_buffers[column];
    }
    m_provinceCode = m_query->value(8).toInt();
    const QVariant rank = m_query->value(11);
    m_gradeRank = rank.isNull() ? -1 : rank.toInt();
    m_frontline = m_query->value(13).toBool();
    m_teamLeader = m_query->value(14).toBool();
    return true;
}

bool RosterExportStore::Workers::nextFromSqlite()
{
    if (!m_status)
        return false;
    SqliteRows &rows = *m_sqlite;
    if (!rows.workerPending) {
        const auto row = rows.workers.step();
        if (!row) {
            m_status = row.error();
            return false;
        }
        if (!*row)
            return false;
    }
    rows.workerPending = false;
    const SqliteStatement &w = rows.workers;
    const qint64 id = w.columnNumber(0);
    for (int column = EmployeeNo; column <= LeaveDate; ++column)
        m_text[column] = w.columnUtf8(1 + column);
    // A unit that is not there reads as the joins read it: no name, no province.
    const auto named = [&w](const QHash<qint64, QByteArray> &names, int column) -> QUtf8StringView {
        if (w.columnIsNull(column))
            return {};
        const auto found = names.constFind(w.columnNumber(column));
        return found == names.cend() ? QUtf8StringView() : QUtf8StringView(*found);
    };
    m_text[Site] = named(rows.sites, 8);
    m_provinceCode = w.columnIsNull(8) ? 0 : rows.provinces.value(w.columnNumber(8));
    m_text[Workshop] = named(rows.workshops, 9);
    m_text[Occupation] = named(rows.occupations, 10);
    m_frontline = w.columnNumber(11) != 0;

    // The latest award in the worker's occupation (NULL matching NULL), not revoked: the awards
    // come ordered by worker, occupation, effective date and id, so the last match is it.
    const bool hasOccupation = !w.columnIsNull(10);
    const qint64 occupation = w.columnNumber(10);
    m_gradeRank = -1;
    while (rows.awardPending && rows.award.workerId <= id) {
        if (rows.award.workerId == id && rows.award.hasOccupation == hasOccupation
            && (!hasOccupation || rows.award.occupationId == occupation)) {
            m_gradeRank = rows.award.grade;
            std::swap(rows.gradeDate, rows.award.effective);
        }
        if (auto stepped = rows.stepAward(); !stepped) {
            m_status = stepped;
            return false;
        }
    }
    m_text[GradeDate] = m_gradeRank < 0 ? QUtf8StringView() : QUtf8StringView(rows.gradeDate);

    while (rows.nextLeader < rows.leaders.size() && rows.leaders[rows.nextLeader] < id)
        ++rows.nextLeader;
    m_teamLeader = rows.nextLeader < rows.leaders.size() && rows.leaders[rows.nextLeader] == id;
    return true;
}

Result<qint64> RosterExportStore::count(
    QSqlDatabase &db, const std::optional<QList<qint64>> &workshops)
{
    QSqlQuery count(db);
    if (auto read = execOneRow(
            count, whatFailed(), u"SELECT count(*) FROM worker "_s + scopeCondition(workshops));
        !read)
        return read.error();
    return count.value(0).toLongLong();
}

Result<RosterExportStore::Workers> RosterExportStore::workers(
    QSqlDatabase &db, const std::optional<QList<qint64>> &workshops)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        auto rows = std::make_unique<Workers::SqliteRows>(handle);
        const QString scope = scopeCondition(workshops);
        if (auto prepared = rows->workers.prepare(
                u"SELECT id, employee_no, name, gender, id_number, birth_date, hire_date, "
                "leave_date, site_id, workshop_id, occupation_id, frontline FROM worker "_s
                + scope + u" ORDER BY id"_s);
            !prepared)
            return prepared.error();
        // The first row opens the read transaction that every read below shares, so that names,
        // leaders and awards are those of the same moment as the workers.
        const auto first = rows->workers.step();
        if (!first)
            return first.error();
        rows->workerPending = *first;

        const auto readAll = [handle](const QString &sql, const QString &day,
                                 const std::function<void(const SqliteStatement &)> &row) {
            SqliteStatement statement(handle, whatFailed());
            if (auto prepared = statement.prepare(sql); !prepared)
                return prepared;
            if (!day.isNull())
                statement.bindText(1, day);
            for (;;) {
                const auto stepped = statement.step();
                if (!stepped)
                    return Status(stepped.error());
                if (!*stepped)
                    return success();
                row(statement);
            }
        };
        const auto names = [&readAll](const QString &table, QHash<qint64, QByteArray> &into) {
            return readAll(
                u"SELECT id, name FROM "_s + table, {}, [&into](const SqliteStatement &row) {
                    const QUtf8StringView name = row.columnUtf8(1);
                    into.insert(row.columnNumber(0), QByteArray(name.data(), name.size()));
                });
        };
        for (const Status &read :
            {
                names(u"site"_s, rows->sites),
                names(u"workshop"_s, rows->workshops),
                names(u"occupation"_s, rows->occupations),
                readAll(u"SELECT id, province_code FROM site"_s, {},
                    [&rows](const SqliteStatement &row) {
                        rows->provinces.insert(row.columnNumber(0), int(row.columnNumber(1)));
                    }),
                // 班组长: a team-leader period covers today (issue #12), as
                // RosterStore::teamLeaderOn says.
                readAll(u"SELECT DISTINCT worker_id FROM team_leader_period WHERE valid_from <= ?1 "
                        "AND (valid_to IS NULL OR valid_to >= ?1) ORDER BY worker_id"_s,
                    QDate::currentDate().toString(Qt::ISODate),
                    [&rows](const SqliteStatement &row) { rows->leaders += row.columnNumber(0); }),
            }) {
            if (!read)
                return read.error();
        }
        if (auto prepared = rows->awards.prepare(
                u"SELECT worker_id, occupation_id, grade, effective_date FROM grade_award "
                "WHERE revoked_date IS NULL"_s
                + (workshops
                        ? u" AND worker_id IN (SELECT worker.id FROM worker "_s + scope + u")"_s
                        : QString())
                + u" ORDER BY worker_id, occupation_id, effective_date, id"_s);
            !prepared)
            return prepared.error();
        if (auto stepped = rows->stepAward(); !stepped)
            return stepped.error();
        return Workers(std::move(rows));
    }
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.exec(rosterQuery(SqlDialect::of(db), workshops)))
        return SqlErrors::fromQuery(q, whatFailed());
    return Workers(std::move(q));
}

} // namespace skl
