#include "core/store/workerstore.h"

#include <QSqlQuery>

#include "core/domain/cellvalues.h"
#include "core/domain/residentid.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/rosterstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // A page in two steps: the ids of the page first, filtered and sorted on narrow index
    // entries, then the page's rows with their unit names. Sorting whole joined rows would read
    // every matching worker from the table first (1.3 s for one site of a million workers,
    // instead of 0.06 s).
    constexpr auto kPage = uR"(
SELECT w.id, w.employee_no, w.name, w.gender, %5, s.name, k.name, o.name,
       w.current_grade, w.current_grade_since, w.frontline, %4, w.hire_date,
       w.leave_date
FROM (SELECT w.id FROM worker w %1 %2 LIMIT %3) AS page
JOIN worker w ON w.id = page.id
LEFT JOIN site s ON s.id = w.site_id
LEFT JOIN workshop k ON k.id = w.workshop_id
LEFT JOIN occupation o ON o.id = w.occupation_id
%2)";

    std::optional<Gender> genderOf(const QVariant &code)
    {
        const QString text = code.toString();
        if (text == u"M")
            return Gender::Male;
        if (text == u"F")
            return Gender::Female;
        return std::nullopt;
    }

    WorkerRow rowOf(const QSqlQuery &q)
    {
        WorkerRow row;
        row.id = q.value(0).toLongLong();
        row.employeeNo = q.value(1).toString();
        row.name = q.value(2).toString();
        row.gender = genderOf(q.value(3));
        if (!q.value(4).isNull())
            row.maskedIdNumber = ResidentId::mask(q.value(4).toString());
        row.site = q.value(5).toString();
        row.workshop = q.value(6).toString();
        row.occupation = q.value(7).toString();
        if (!q.value(8).isNull())
            row.grade = gradeFromRank(q.value(8).toInt());
        row.gradeDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        row.frontline = q.value(10).toBool();
        row.teamLeader = q.value(11).toBool();
        row.hireDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        row.leaveDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        return row;
    }

    // A reader confined to workshops reads ID numbers masked: on the server a workshop head may
    // not read the column (issue 14).
    QString idNumberOf(const QSqlDatabase &db, const std::optional<QList<qint64>> &scope)
    {
        return scope ? SqlDialect::of(db).maskedIdNumber(u"w"_s) : u"w.id_number"_s;
    }

    // The query as this reader runs it on this engine: their workshops only, the ID number as
    // they may read it, and the in-service condition kept off the hire-date index.
    RosterQuery forReader(
        const QSqlDatabase &db, RosterQuery query, const std::optional<QList<qint64>> &scope)
    {
        query.filter.workshopScope = scope;
        query.idNumberSql = idNumberOf(db, scope);
        query.hireDateSql = SqlDialect::of(db).unindexed(u"w.hire_date"_s);
        return query;
    }

    void bindAll(QSqlQuery &q, const QVariantList &values)
    {
        for (const QVariant &value : values)
            q.addBindValue(value);
    }

} // namespace

Result<std::optional<QList<qint64>>> WorkerStore::scopeOf(
    QSqlDatabase &db, const Officer &by, Act act)
{
    if (auto allowed = OfficerStore::require(db, by, act); !allowed)
        return allowed.error();
    // The roles and workshops as stored now: a workshop taken away meanwhile no longer counts.
    const auto stored = OfficerStore::load(db, by.login);
    if (!stored)
        return stored.error();
    if (!stored->isConfinedToWorkshops(act))
        return std::optional<QList<qint64>>();
    return std::optional<QList<qint64>>(stored->workshopIds);
}

Result<QList<WorkerRow>> WorkerStore::page(const Officer &by, const RosterQuery &asked,
    const std::optional<RosterQuery::Key> &after, int limit)
{
    const auto scope = scopeOf(m_db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    const RosterQuery query = forReader(m_db, asked, *scope);
    const RosterQuery::Sql where = query.whereClause(after);
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    // The 班组长 column: whether a team-leader period covers today (issue #12).
    q.prepare(QString::fromUtf16(kPage).arg(where.where, query.orderBy(), QString::number(limit),
        RosterStore::teamLeaderOn(QDate::currentDate(), u"w.id"_s), query.idNumberSql));
    bindAll(q, where.values);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the roster"));
    QList<WorkerRow> rows;
    rows.reserve(limit);
    if (auto read = forEachRow(
            q, tr("Reading the roster"), [&](const QSqlQuery &row) { rows += rowOf(row); });
        !read)
        return read.error();
    return rows;
}

Result<qint64> WorkerStore::count(const Officer &by, const RosterFilter &filter)
{
    const auto scope = scopeOf(m_db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    RosterQuery asked;
    asked.filter = filter;
    const RosterQuery query = forReader(m_db, asked, *scope);
    const RosterQuery::Sql where = query.whereClause();
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    q.prepare(u"SELECT count(*) FROM worker w "_s + where.where);
    bindAll(q, where.values);
    if (auto read = execOneRow(q, tr("Counting the workers")); !read)
        return read.error();
    return q.value(0).toLongLong();
}

Result<WorkerRecord> WorkerStore::record(const Officer &by, qint64 workerId)
{
    auto read = snapshot(by, workerId);
    if (!read)
        return read.error();
    return std::move(read->record);
}

Result<WorkerStore::Snapshot> WorkerStore::snapshot(const Officer &by, qint64 workerId)
{
    const auto scope = scopeOf(m_db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    if (*scope) {
        QSqlQuery q(m_db);
        q.prepare(u"SELECT COALESCE(workshop_id, 0), employee_no FROM worker WHERE id = ?"_s);
        q.addBindValue(workerId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Reading the worker"));
        const auto found = nextRow(q, tr("Reading the worker"));
        if (!found)
            return found.error();
        // On the server a worker of another workshop is not there at all for a workshop head
        // (row-level security, issue 14): refused the same, whether absent or elsewhere.
        if (!*found)
            return Error { tr("This worker is not in your workshops; %1 reads the roster of "
                              "their own workshops only.")
                               .arg(by.label()),
                {}, Error::Kind::Refused };
        if (!(*scope)->contains(q.value(0).toLongLong()))
            return Error { tr("Employee %1 does not work in your workshops; %2 reads the roster "
                              "of their own workshops only.")
                               .arg(q.value(1).toString(), by.label()),
                {}, Error::Kind::Refused };
    }
    auto read = readSnapshot(workerId, scope->has_value());
    if (!read)
        return read;
    if (!read->record.idNumber.isEmpty())
        read->record.idNumber = ResidentId::mask(read->record.idNumber);
    return read;
}

Result<QString> WorkerStore::revealIdNumber(const Officer &by, qint64 workerId)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::RevealIdNumber); !allowed)
        return allowed.error();
    const auto read = readSnapshot(workerId);
    if (!read)
        return read.error();
    // The event says whose number was shown and to whom, never the number itself.
    Transaction transaction(m_db);
    if (auto begun = transaction.begun(tr("Recording who saw the ID number")); !begun)
        return begun.error();
    const auto event = AuditLog(m_db).beginEvent(u"reveal-id"_s,
        tr("Showed the full ID number of employee %1 (%2).")
            .arg(read->record.employeeNo, read->record.name),
        by);
    if (!event)
        return event.error();
    if (auto done = transaction.commit(tr("Recording who saw the ID number")); !done)
        return done.error();
    return read->record.idNumber;
}

Result<WorkerStore::Snapshot> WorkerStore::readSnapshot(qint64 workerId, bool idNumberMasked)
{
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    // The newest change id comes from the same statement as the row: one consistent read. 班组长
    // is whether a team-leader period covers today, as in the roster: the periods are the source.
    q.prepare(u"SELECT w.employee_no, w.name, w.gender, %2, w.birth_date, w.hire_date, "
              "w.leave_date, s.name, s.province_code, k.name, o.name, w.frontline, "
              "%1, w.row_version, (SELECT COALESCE(max(c.id), 0) FROM audit_change c "
              "WHERE c.entity = 'worker' AND c.entity_id = w.id) "
              "FROM worker w LEFT JOIN site s ON s.id = w.site_id "
              "LEFT JOIN workshop k ON k.id = w.workshop_id "
              "LEFT JOIN occupation o ON o.id = w.occupation_id WHERE w.id = ?"_s.arg(
                  RosterStore::teamLeaderOn(QDate::currentDate(), u"w.id"_s),
                  idNumberMasked ? SqlDialect::of(m_db).maskedIdNumber(u"w"_s) : u"w.id_number"_s));
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the worker"));
    const auto found = nextRow(q, tr("Reading the worker"));
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("The worker is no longer in the database."), {} };
    Snapshot read;
    read.workerId = workerId;
    WorkerRecord &r = read.record;
    r.employeeNo = q.value(0).toString();
    r.name = q.value(1).toString();
    r.gender = genderOf(q.value(2));
    r.idNumber = q.value(3).toString();
    r.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.hireDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.leaveDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.site = q.value(7).toString();
    if (!q.value(8).isNull())
        r.province = Province::fromCode(q.value(8).toInt());
    r.workshop = q.value(9).toString();
    r.occupation = q.value(10).toString();
    r.frontline = q.value(11).toBool();
    r.teamLeader = q.value(12).toBool();
    read.rowVersion = q.value(13).toLongLong();
    read.lastChangeId = q.value(14).toLongLong();
    return read;
}

Result<QList<GradeHistoryEntry>> WorkerStore::gradeHistory(qint64 workerId)
{
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    q.prepare(u"SELECT o.name, g.grade, g.effective_date, g.way, g.revoked_date, e.at, e.actor "
              "FROM grade_award g LEFT JOIN occupation o ON o.id = g.occupation_id "
              "JOIN audit_event e ON e.id = g.created_event_id "
              "WHERE g.worker_id = ? ORDER BY g.effective_date, g.id"_s);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the grade history"));
    QList<GradeHistoryEntry> entries;
    if (auto read = forEachRow(q, tr("Reading the grade history"),
            [&](const QSqlQuery &row) {
                GradeHistoryEntry e;
                e.occupation = row.value(0).toString();
                e.grade = gradeFromRank(row.value(1).toInt()).value_or(Grade::Apprentice);
                e.effective = QDate::fromString(row.value(2).toString(), Qt::ISODate);
                e.way = row.value(3).toString();
                e.revoked = QDate::fromString(row.value(4).toString(), Qt::ISODate);
                e.recordedAt = QDateTime::fromString(row.value(5).toString(), Qt::ISODateWithMs);
                e.recordedBy = row.value(6).toString();
                entries += e;
            });
        !read)
        return read.error();
    return entries;
}

Result<QList<AuditEntry>> WorkerStore::auditTrail(qint64 workerId)
{
    return changes(workerId, std::nullopt);
}

Result<QList<AuditEntry>> WorkerStore::changes(qint64 workerId, std::optional<qint64> afterChangeId)
{
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    // The creating event has no change rows: it comes from the worker's created_event_id, and
    // only the whole trail shows it.
    QString sql = u"SELECT e.at, e.actor, e.action, c.field, c.old_value, c.new_value, c.id "
                  "FROM audit_change c JOIN audit_event e ON e.id = c.event_id "
                  "WHERE c.entity = 'worker' AND c.entity_id = ? "
                  // A deleted worker's id can be given again on a file (SQLite reuses the
                  // highest rowid): the trail of this worker begins with their creation.
                  "AND c.event_id >= (SELECT created_event_id FROM worker WHERE id = ?) "_s;
    if (afterChangeId)
        sql += u"AND c.id > ? "_s;
    else
        sql += u"UNION ALL "
               "SELECT e.at, e.actor, e.action, NULL, NULL, NULL, 0 "
               "FROM worker w JOIN audit_event e ON e.id = w.created_event_id WHERE w.id = ? "_s;
    sql += u"ORDER BY 1 DESC, 7 DESC"_s;
    q.prepare(sql);
    q.addBindValue(workerId);
    q.addBindValue(workerId);
    q.addBindValue(afterChangeId ? *afterChangeId : workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the audit trail"));
    QList<AuditEntry> entries;
    if (auto read = forEachRow(q, tr("Reading the audit trail"),
            [&](const QSqlQuery &row) {
                AuditEntry e;
                e.at = QDateTime::fromString(row.value(0).toString(), Qt::ISODateWithMs);
                e.actor = row.value(1).toString();
                e.action = row.value(2).toString();
                e.field = row.value(3).toString();
                e.oldValue = row.value(4).toString();
                e.newValue = row.value(5).toString();
                if (e.field == u"id_number") {
                    e.oldValue = e.oldValue.isEmpty() ? QString() : ResidentId::mask(e.oldValue);
                    e.newValue = e.newValue.isEmpty() ? QString() : ResidentId::mask(e.newValue);
                }
                entries += e;
            });
        !read)
        return read.error();
    return entries;
}

Result<QList<NamedUnit>> WorkerStore::units(const QString &sql)
{
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    if (!q.exec(sql))
        return SqlErrors::fromQuery(q, tr("Reading the sites, workshops and occupations"));
    QList<NamedUnit> units;
    if (auto read = forEachRow(q, tr("Reading the sites, workshops and occupations"),
            [&](const QSqlQuery &row) {
                units += NamedUnit { row.value(0).toLongLong(), row.value(1).toString(),
                    row.value(2).toLongLong() };
            });
        !read)
        return read.error();
    return units;
}

Result<QList<NamedUnit>> WorkerStore::sites()
{
    return units(u"SELECT id, name, 0 FROM site ORDER BY name"_s);
}

Result<QList<NamedUnit>> WorkerStore::workshops()
{
    // Workshops of no site first on either engine: SQLite sorts NULL first, PostgreSQL last.
    return units(u"SELECT k.id, k.name, COALESCE(k.site_id, 0) FROM workshop k "
                 "LEFT JOIN site s ON s.id = k.site_id ORDER BY s.name NULLS FIRST, k.name"_s);
}

Result<QList<NamedUnit>> WorkerStore::occupations()
{
    return units(u"SELECT id, name, 0 FROM occupation ORDER BY name"_s);
}

Result<QHash<qint64, QString>> WorkerStore::namesById(QSqlDatabase &db, UnitTable table)
{
    const QString name = table == UnitTable::Site ? u"site"_s
        : table == UnitTable::Workshop            ? u"workshop"_s
                                                  : u"occupation"_s;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, name FROM %1"_s.arg(name)))
        return SqlErrors::fromQuery(q, tr("Reading the names of sites, workshops and occupations"));
    QHash<qint64, QString> all;
    if (auto read = forEachRow(q, tr("Reading the names of sites, workshops and occupations"),
            [&](const QSqlQuery &row) {
                all.insert(row.value(0).toLongLong(), row.value(1).toString());
            });
        !read)
        return read.error();
    return all;
}

Result<WorkerStore::SaveOutcome> WorkerStore::save(
    const Officer &by, const Snapshot &read, const WorkerRecord &edited)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditRoster); !allowed)
        return allowed.error();
    SaveOutcome outcome;
    const WorkerRecord &before = read.record;
    // Only the fields the officer changed are written: a field another window changed meanwhile
    // must never get the value this editor read back (issue #12 §2, the lost update).
    RosterFieldSet fields;
    bool anyChange = false;
    auto compare = [&](RosterField field, bool differs) {
        if (differs) {
            fields.add(field);
            anyChange = true;
        }
    };
    compare(RosterField::Name, before.name != edited.name);
    compare(RosterField::Gender, before.gender != edited.gender);
    compare(RosterField::IdNumber, before.idNumber != edited.idNumber);
    compare(RosterField::BirthDate, before.birthDate != edited.birthDate);
    compare(RosterField::HireDate, before.hireDate != edited.hireDate);
    compare(RosterField::LeaveDate, before.leaveDate != edited.leaveDate);
    compare(RosterField::Site, before.site != edited.site);
    // A workshop belongs to a site: a new site resolves the workshop's name again under it.
    compare(
        RosterField::Workshop, before.workshop != edited.workshop || before.site != edited.site);
    compare(RosterField::Occupation, before.occupation != edited.occupation);
    compare(RosterField::Frontline, before.frontline != edited.frontline);
    compare(RosterField::TeamLeader, before.teamLeader != edited.teamLeader);
    if (!anyChange)
        return outcome; // nothing to write: no audit event either

    QSqlDatabase &db = m_db;
    // The write lock from the start: nobody can write the row between the check and the update.
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Saving employee %1").arg(before.employeeNo)); !begun)
        return begun.error();
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT row_version FROM worker WHERE id = ?"_s);
        q.addBindValue(read.workerId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Saving employee %1").arg(before.employeeNo));
        const auto found = nextRow(q, tr("Saving employee %1").arg(before.employeeNo));
        if (!found)
            return found.error();
        if (!*found)
            return Error { tr("Employee %1 is no longer in the database.").arg(before.employeeNo),
                {} };
        if (q.value(0).toLongLong() != read.rowVersion) {
            q.finish();
            auto since = changes(read.workerId, read.lastChangeId);
            if (!since)
                return since.error();
            outcome.stale = true;
            outcome.changedSince = std::move(*since);
            return outcome; // rolled back: nothing written
        }
    }
    AuditLog audit(db);
    const auto event = audit.beginEvent(
        u"edit"_s, tr("Edited employee %1 in the profile.").arg(before.employeeNo), by);
    if (!event)
        return event.error();
    WorkerRecord basic = edited;
    basic.employeeNo = before.employeeNo;
    basic.grades.clear();
    basic.province.reset(); // a site's province is the site's, not the worker's
    // The writer takes a valid birth date as given even when its column is absent.
    if (!fields.has(RosterField::BirthDate))
        basic.birthDate = {};
    {
        RosterStore writer(db, *event, by, fields, outcome.problems);
        if (auto prepared = writer.prepare(); !prepared)
            return prepared.error();
        if (auto added = writer.add(basic, 0); !added)
            return added.error();
        if (auto finished = writer.finish(); !finished)
            return finished.error();
        if (!outcome.problems.isEmpty())
            return outcome; // rolled back
        if (writer.counts().created > 0)
            return Error { tr("Employee %1 is no longer in the database.").arg(before.employeeNo),
                {} }; // rolled back: the profile edits, it never creates
        outcome.changed = writer.counts().updated > 0;
        // 班组长 ticked or cleared opens a team-leader period today or ends one yesterday, as a
        // roster import does: the periods, not the flag, are what the allowance pays.
        const auto periods = writer.applyTeamLeaderPeriods(QDate::currentDate());
        if (!periods)
            return periods.error();
        outcome.changed = outcome.changed || *periods > 0;
    }
    if (!outcome.changed)
        return outcome; // nothing differed from the stored row: no audit event either
    if (auto done = transaction.commit(tr("Saving employee %1").arg(before.employeeNo)); !done)
        return done.error();
    return outcome;
}

} // namespace skl
