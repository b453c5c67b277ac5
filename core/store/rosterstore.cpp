#include "core/store/rosterstore.h"

#include <QSqlError>

#include "core/domain/cellvalues.h"
#include "core/store/bulkrows.h"
#include "core/store/certificationstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/targettrendstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr qsizetype kBatchSize = 500;
    // On the server each batch costs round trips (its lookups by number and ID number, the
    // workers' INSERT, the grades') and a run of the statement-level trail triggers, while the
    // rows' own checks cost the same in any batch. The rows of a batch are held in memory,
    // about 1 kB each, three times over while the server writes one batch (PendingInsert), the
    // writer gathers the next and the reader reads the one after: 20,000 rows a batch took a
    // million-row import to 200–219 MB (the bar is 200 MB), 10,000 keep it at 145 MB, in the same
    // time.
    constexpr qsizetype kServerBatchSize = 10000;

    // The columns a new worker is written with, in the order addWorkerRows writes them.
    constexpr char16_t kNewWorkerColumns[]
        = u"employee_no, name, gender, id_number, birth_date, hire_date, leave_date, site_id, "
          "workshop_id, occupation_id, frontline, team_leader, created_event_id, current_grade, "
          "current_grade_since";

    constexpr auto kWorkerColumns
        = u"id, employee_no, name, gender, id_number, birth_date, hire_date, "
          "leave_date, site_id, workshop_id, occupation_id, frontline, "
          "team_leader, current_grade, current_grade_since";

    QVariant nullableText(const QString &value)
    {
        return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    }

    QVariant nullableId(qint64 id)
    {
        return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
    }

    QString nullIfEmpty(const QString &value)
    {
        return value.isEmpty() ? QString() : value;
    }

    QString genderCode(std::optional<Gender> gender)
    {
        if (!gender)
            return {};
        return *gender == Gender::Male ? u"M"_s : u"F"_s;
    }

    QString flag(bool value)
    {
        return value ? u"1"_s : u"0"_s;
    }

    QString whatFailed()
    {
        return RosterStore::tr("Saving the roster");
    }

    // "'a', 'b', 'c'" for an IN list.
    QString literalList(const QStringList &values)
    {
        QString sql;
        for (const QString &v : values) {
            if (!sql.isEmpty())
                sql += u", ";
            SqlDialect::appendLiteral(sql, v);
        }
        return sql;
    }

    // Grade records of a worker not yet stored: later entries win ties, as later ids would.
    QList<GradeRecord> recordsOf(const QList<GradeEntry> &grades, qint64 occupationId)
    {
        QList<GradeRecord> records;
        for (qsizetype i = 0; i < grades.size(); ++i)
            records
                += GradeRecord { i + 1, occupationId, grades[i].grade, grades[i].effective, {} };
        return records;
    }

} // namespace

RosterFieldSet RosterFieldSet::all()
{
    RosterFieldSet set;
    for (RosterField field : RosterColumns::allFields())
        set.add(field);
    return set;
}

RosterFieldSet RosterFieldSet::of(const RosterColumns &columns)
{
    RosterFieldSet set;
    for (RosterField field : RosterColumns::allFields()) {
        if (columns.has(field))
            set.add(field);
    }
    return set;
}

RosterStore::RosterStore(QSqlDatabase &db, qint64 eventId, const Officer &by,
    RosterFieldSet present, RowProblems &problems)
    : m_db(db)
    , m_eventId(eventId)
    , m_by(by)
    , m_present(present)
    , m_problems(problems)
    , m_audit(db)
    , m_updateWorker(db)
    , m_findAward(db)
    , m_onServer(SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres)
    , m_rowsPerWrite(m_onServer ? kServerBatchSize : kBatchSize)
{ }

Status RosterStore::prepare()
{
    const QString sameOccupation = SqlDialect::of(m_db).nullSafeEquals();
    const bool prepared
        = m_updateWorker.prepare(
              u"UPDATE worker SET name = ?, gender = ?, id_number = ?, birth_date = ?, "
              "hire_date = ?, leave_date = ?, site_id = ?, workshop_id = ?, "
              "occupation_id = ?, frontline = ?, team_leader = ? WHERE id = ?"_s)
        // The latest grade on record in the occupation, and whether the same grade and date
        // already wait as a proposal (a file imported twice proposes once).
        && m_findAward.prepare(
            u"SELECT (SELECT g.grade FROM grade_award g WHERE g.worker_id = ? AND "
            "g.occupation_id %1 ? AND g.revoked_date IS NULL "
            "ORDER BY g.effective_date DESC, g.id DESC LIMIT 1), "
            "(SELECT count(*) FROM certification c WHERE c.worker_id = ? AND "
            "c.occupation_id = ? AND c.grade = ? AND c.effective_date = ? AND "
            "c.status = 'proposed')"_s.arg(sameOccupation));
    if (!prepared)
        return SqlErrors::fromError(m_db.lastError(), whatFailed());

    QSqlQuery q(m_db);
    if (auto read = execOneRow(q, whatFailed(), u"SELECT coalesce(max(id), 0) + 1 FROM worker"_s);
        !read)
        return read.error();
    m_firstNewWorkerId = q.value(0).toLongLong();
    if (!q.exec(u"SELECT id, name, coalesce(province_code, 0) FROM site"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                m_sites.insert(
                    row.value(1).toString(), { row.value(0).toLongLong(), row.value(2).toInt() });
                m_siteNames.insert(row.value(0).toLongLong(), row.value(1).toString());
            });
        !read)
        return read.error();
    if (!q.exec(u"SELECT id, coalesce(site_id, 0), name FROM workshop"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                m_workshops.insert({ row.value(1).toLongLong(), row.value(2).toString() },
                    row.value(0).toLongLong());
                m_workshopNames.insert(row.value(0).toLongLong(), row.value(2).toString());
            });
        !read)
        return read.error();
    if (!q.exec(u"SELECT id, name, highest_grade FROM occupation"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                m_occupations.insert(
                    row.value(1).toString(), { row.value(0).toLongLong(), row.value(2).toInt() });
                m_occupationNames.insert(row.value(0).toLongLong(), row.value(1).toString());
            });
        !read)
        return read.error();
    return success();
}

Status RosterStore::add(WorkerRecord record, int line, QStringList sourceCells)
{
    m_pending += Pending { std::move(record), line, std::move(sourceCells) };
    if (m_pending.size() >= m_rowsPerWrite)
        return flush();
    return success();
}

void RosterStore::startsFromEmptyRoster()
{
    m_startedEmpty = true;
    m_writtenEmployeeNumbers.track();
    m_writtenIdNumbers.track();
}

Status RosterStore::finish()
{
    if (auto flushed = flush(); !flushed)
        return flushed;
    if (auto settled = settle(); !settled)
        return settled;
    return keepTrendMonths();
}

Status RosterStore::flush()
{
    if (m_pending.isEmpty())
        return success();
    QStringList employeeNumbers;
    QStringList idNumbers;
    for (const Pending &p : std::as_const(m_pending)) {
        employeeNumbers += p.record.employeeNo;
        if (!p.record.idNumber.isEmpty())
            idNumbers += p.record.idNumber;
    }
    const auto existing = findWorkers(m_writtenEmployeeNumbers.mayBeStored(employeeNumbers));
    if (!existing)
        return existing.error();
    const auto idOwners = findIdOwners(m_writtenIdNumbers.mayBeStored(idNumbers));
    if (!idOwners)
        return idOwners.error();

    QHash<QString, int> lineInBatch; // employee number -> line
    QHash<QString, IdOwner> idsInBatch; // ID number -> its employee in this batch
    QList<NewWorker> created;
    QList<DatesChanged> datesChanged;
    for (const Pending &p : std::as_const(m_pending)) {
        const WorkerRecord &r = p.record;
        const auto stored = existing->constFind(r.employeeNo);
        const Stored *before = stored == existing->cend() ? nullptr : &*stored;
        const IdOwner *owner = nullptr;
        if (const auto inBatch = idsInBatch.constFind(r.idNumber); inBatch != idsInBatch.cend())
            owner = &*inBatch;
        else if (const auto inStore = idOwners->constFind(r.idNumber); inStore != idOwners->cend())
            owner = &*inStore;

        const qsizetype problemsBefore = m_problems.size();
        if (const int first = lineInBatch.value(r.employeeNo, 0); first > 0)
            m_problems += RowProblem { p.line, RosterColumns::key(RosterField::EmployeeNo),
                tr("employee number %1 already appears on line %2 of this "
                   "file.")
                    .arg(r.employeeNo)
                    .arg(first) };
        check(p, before, owner, m_problems);
        if (m_problems.size() > problemsBefore) {
            m_rejected += Rejected { p.line, p.sourceCells };
            continue;
        }
        lineInBatch.insert(r.employeeNo, p.line);
        if (!r.idNumber.isEmpty())
            idsInBatch.insert(r.idNumber, IdOwner { before ? before->id : 0, r.employeeNo });

        Stored after = merged(r, before);
        if (auto resolved = resolveUnits(r, after); !resolved)
            return resolved;
        if (!before) {
            created += NewWorker { after, r.grades, p.line };
            continue;
        }
        after.id = before->id;
        markTouched(after.id, p.line);
        noteTeamLeader(after.id, after.teamLeader);
        const auto changed = update(*before, after);
        if (!changed)
            return changed.error();
        ++(*changed ? m_counts.updated : m_counts.unchanged);
        if (before->hireDate != after.hireDate || before->leaveDate != after.leaveDate)
            datesChanged += DatesChanged { *before, after };
        if (auto proposed = proposeGrades(after, r.grades, p.line); !proposed)
            return proposed;
    }
    if (m_disposal)
        m_disposal->add([spent = std::exchange(m_pending, {})] {});
    else
        m_pending.clear();
    if (auto added = addDatesChanged(datesChanged); !added)
        return added;
    return insertNew(created);
}

Result<QHash<QString, RosterStore::Stored>> RosterStore::findWorkers(
    const QStringList &employeeNumbers)
{
    QHash<QString, Stored> found;
    if (employeeNumbers.isEmpty())
        return found;
    if (auto settled = settle(); !settled)
        return settled.error();
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT %1 FROM worker WHERE employee_no IN (%2)"_s.arg(
            QString::fromUtf16(kWorkerColumns), literalList(employeeNumbers))))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                Stored s;
                s.id = row.value(0).toLongLong();
                s.employeeNo = row.value(1).toString();
                s.name = row.value(2).toString();
                s.gender = row.value(3).toString();
                s.idNumber = row.value(4).toString();
                s.birthDate = row.value(5).toString();
                s.hireDate = row.value(6).toString();
                s.leaveDate = row.value(7).toString();
                s.siteId = row.value(8).toLongLong();
                s.workshopId = row.value(9).toLongLong();
                s.occupationId = row.value(10).toLongLong();
                s.frontline = row.value(11).toBool();
                s.teamLeader = row.value(12).toBool();
                if (!row.value(13).isNull())
                    s.grade = gradeFromRank(row.value(13).toInt());
                s.gradeSince = row.value(14).toString();
                found.insert(s.employeeNo, s);
            });
        !read)
        return read.error();
    return found;
}

Result<QHash<QString, RosterStore::IdOwner>> RosterStore::findIdOwners(const QStringList &idNumbers)
{
    QHash<QString, IdOwner> owners;
    if (idNumbers.isEmpty())
        return owners;
    if (auto settled = settle(); !settled)
        return settled.error();
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT id_number, id, employee_no FROM worker WHERE id_number IN (%1)"_s.arg(
            literalList(idNumbers))))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                owners.insert(row.value(0).toString(),
                    { row.value(1).toLongLong(), row.value(2).toString() });
            });
        !read)
        return read.error();
    return owners;
}

void RosterStore::check(
    const Pending &p, const Stored *existing, const IdOwner *idOwner, RowProblems &problems) const
{
    const WorkerRecord &r = p.record;
    auto problem = [&](RosterField field, const QString &reason) {
        problems += RowProblem { p.line, RosterColumns::key(field), reason };
    };
    if (existing) {
        if (const int first = lineTouched(existing->id); first > 0)
            problem(RosterField::EmployeeNo,
                tr("employee number %1 already appears on line %2 of this file.")
                    .arg(r.employeeNo)
                    .arg(first));
        // A source without the leave_date column keeps the stored one: it must still follow
        // the new hire date.
        if (!m_present.has(RosterField::LeaveDate) && !existing->leaveDate.isEmpty()
            && r.hireDate.isValid() && existing->leaveDate < CellValues::formatDate(r.hireDate))
            problem(RosterField::HireDate,
                tr("%1 is after the recorded leave date %2.")
                    .arg(CellValues::formatDate(r.hireDate), existing->leaveDate));
    }
    if (idOwner && idOwner->employeeNo != r.employeeNo)
        problem(RosterField::IdNumber,
            tr("this ID number already belongs to employee %1.").arg(idOwner->employeeNo));
    if (r.province) {
        const auto site = m_sites.constFind(r.site);
        if (site != m_sites.cend() && site->provinceCode != 0
            && site->provinceCode != r.province->code())
            problem(RosterField::Province,
                tr("the site %1 is recorded in %2, not in %3.")
                    .arg(r.site, Province::fromCode(site->provinceCode)->shortName(),
                        r.province->shortName()));
    }
    if (!r.grades.isEmpty()) {
        QString occupation = r.occupation;
        if (!m_present.has(RosterField::Occupation) && existing)
            occupation = nameOf(m_occupationNames, existing->occupationId);
        const auto info = m_occupations.constFind(occupation);
        for (const GradeEntry &g : r.grades) {
            if (info != m_occupations.cend() && rankOf(g.grade) > info->highestGrade)
                problem(RosterField::Grade,
                    tr("the occupation %1 goes up to %2 only; %3 is above it.")
                        .arg(occupation,
                            GradeNames::chinese(static_cast<Grade>(info->highestGrade)),
                            GradeNames::chinese(g.grade)));
        }
    }
}

RosterStore::Stored RosterStore::merged(const WorkerRecord &r, const Stored *existing) const
{
    Stored s = existing ? *existing : Stored {};
    s.employeeNo = r.employeeNo;
    auto take = [&](RosterField field, auto &target, const auto &value) {
        if (m_present.has(field) || !existing)
            target = value;
    };
    take(RosterField::Name, s.name, r.name);
    take(RosterField::Gender, s.gender, genderCode(r.gender));
    take(RosterField::IdNumber, s.idNumber, r.idNumber);
    // A birth date read from the ID number counts as given.
    if (m_present.has(RosterField::BirthDate) || !existing || r.birthDate.isValid())
        s.birthDate = CellValues::formatDate(r.birthDate);
    take(RosterField::HireDate, s.hireDate, CellValues::formatDate(r.hireDate));
    take(RosterField::LeaveDate, s.leaveDate, CellValues::formatDate(r.leaveDate));
    take(RosterField::Frontline, s.frontline, r.frontline);
    take(RosterField::TeamLeader, s.teamLeader, r.teamLeader);
    return s;
}

Status RosterStore::resolveUnits(const WorkerRecord &r, Stored &w)
{
    if (m_present.has(RosterField::Site)) {
        const auto site = siteId(r);
        if (!site)
            return site.error();
        w.siteId = *site;
    }
    if (m_present.has(RosterField::Workshop)) {
        const auto workshop = workshopId(w.siteId, r.workshop);
        if (!workshop)
            return workshop.error();
        w.workshopId = *workshop;
    }
    if (m_present.has(RosterField::Occupation)) {
        const auto occupation = occupationId(r.occupation);
        if (!occupation)
            return occupation.error();
        w.occupationId = *occupation;
    }
    return success();
}

Result<qint64> RosterStore::siteId(const WorkerRecord &r)
{
    if (r.site.isEmpty())
        return qint64(0);
    auto site = m_sites.find(r.site);
    if (site != m_sites.end()) {
        if (r.province && site->provinceCode == 0) {
            if (auto settled = settle(); !settled)
                return settled.error();
            QSqlQuery q(m_db);
            q.prepare(u"UPDATE site SET province_code = ? WHERE id = ?"_s);
            q.addBindValue(r.province->code());
            q.addBindValue(site->id);
            if (auto done = execOrError(q, whatFailed()); !done)
                return done.error();
            if (auto done = m_audit.recordChange(
                    m_eventId, u"site"_s, site->id, u"province"_s, {}, r.province->shortName());
                !done)
                return done.error();
            site->provinceCode = r.province->code();
        }
        return site->id;
    }
    if (auto settled = settle(); !settled)
        return settled.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO site (name, province_code, created_event_id) VALUES (?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(r.site);
    q.addBindValue(
        r.province ? QVariant(r.province->code()) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(m_eventId);
    const auto inserted = execReturningId(q, whatFailed());
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    m_sites.insert(r.site, { id, r.province ? r.province->code() : 0 });
    m_siteNames.insert(id, r.site);
    return id;
}

Result<qint64> RosterStore::workshopId(qint64 siteId, const QString &name)
{
    if (name.isEmpty())
        return qint64(0);
    const auto found = m_workshops.constFind({ siteId, name });
    if (found != m_workshops.cend())
        return *found;
    if (auto settled = settle(); !settled)
        return settled.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO workshop (site_id, name, created_event_id) VALUES (?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(nullableId(siteId));
    q.addBindValue(name);
    q.addBindValue(m_eventId);
    const auto inserted = execReturningId(q, whatFailed());
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    m_workshops.insert({ siteId, name }, id);
    m_workshopNames.insert(id, name);
    return id;
}

Result<qint64> RosterStore::occupationId(const QString &name)
{
    if (name.isEmpty())
        return qint64(0);
    const auto found = m_occupations.constFind(name);
    if (found != m_occupations.cend())
        return found->id;
    if (auto settled = settle(); !settled)
        return settled.error();
    // An occupation first met in a roster allows all eight grades until HR restricts it.
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO occupation (name, highest_grade, created_event_id) VALUES (?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(name);
    q.addBindValue(rankOf(Grade::ChiefTechnician));
    q.addBindValue(m_eventId);
    const auto inserted = execReturningId(q, whatFailed());
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    m_occupations.insert(name, { id, rankOf(Grade::ChiefTechnician) });
    m_occupationNames.insert(id, name);
    return id;
}

// Writes the fields that differ, each as an audited change; true if anything changed.
Result<bool> RosterStore::update(const Stored &before, const Stored &after)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    struct Change
    {
        QString field;
        QString oldValue;
        QString newValue;
    };
    QList<Change> changes;
    auto note = [&](const QString &field, const QString &oldValue, const QString &newValue) {
        if (oldValue != newValue)
            changes += Change { field, oldValue, newValue };
    };
    note(u"name"_s, before.name, after.name);
    note(u"gender"_s, before.gender, after.gender);
    note(u"id_number"_s, before.idNumber, after.idNumber);
    note(u"birth_date"_s, before.birthDate, after.birthDate);
    note(u"hire_date"_s, before.hireDate, after.hireDate);
    note(u"leave_date"_s, before.leaveDate, after.leaveDate);
    note(u"site"_s, nameOf(m_siteNames, before.siteId), nameOf(m_siteNames, after.siteId));
    note(u"workshop"_s, nameOf(m_workshopNames, before.workshopId),
        nameOf(m_workshopNames, after.workshopId));
    note(u"occupation"_s, nameOf(m_occupationNames, before.occupationId),
        nameOf(m_occupationNames, after.occupationId));
    note(u"frontline"_s, flag(before.frontline), flag(after.frontline));
    note(u"team_leader"_s, flag(before.teamLeader), flag(after.teamLeader));

    if (!changes.isEmpty()) {
        QSqlQuery &q = m_updateWorker;
        q.bindValue(0, after.name);
        q.bindValue(1, nullableText(after.gender));
        q.bindValue(2, nullableText(after.idNumber));
        q.bindValue(3, nullableText(after.birthDate));
        q.bindValue(4, after.hireDate);
        q.bindValue(5, nullableText(after.leaveDate));
        q.bindValue(6, nullableId(after.siteId));
        q.bindValue(7, nullableId(after.workshopId));
        q.bindValue(8, nullableId(after.occupationId));
        q.bindValue(9, int(after.frontline));
        q.bindValue(10, int(after.teamLeader));
        q.bindValue(11, after.id);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        for (const Change &c : std::as_const(changes)) {
            if (auto done = m_audit.recordChange(m_eventId, u"worker"_s, after.id, c.field,
                    nullIfEmpty(c.oldValue), nullIfEmpty(c.newValue));
                !done)
                return done.error();
        }
    }

    return !changes.isEmpty();
}

// The grades a source brings for a known worker (issue 13): never written as grades. One above
// the latest on record in the occupation becomes a proposed certification of way import, by the
// officer of the load, checked by the same rules as any proposal (a higher grade, in service on
// its date, within the occupation's ladder) but without the minimum years: it was certified
// elsewhere. One at or below the latest is history a later grade has replaced, and 学徒工 is no
// certified grade: neither changes anything.
Status RosterStore::proposeGrades(const Stored &worker, const QList<GradeEntry> &grades, int line)
{
    if (auto settled = settle(); !settled)
        return settled;
    for (const GradeEntry &g : grades) {
        if (g.grade == Grade::Apprentice)
            continue;
        const QString effective = CellValues::formatDate(g.effective);
        m_findAward.bindValue(0, worker.id);
        m_findAward.bindValue(1, nullableId(worker.occupationId));
        m_findAward.bindValue(2, worker.id);
        m_findAward.bindValue(3, nullableId(worker.occupationId));
        m_findAward.bindValue(4, rankOf(g.grade));
        m_findAward.bindValue(5, effective);
        if (auto read = execOneRow(m_findAward, whatFailed()); !read)
            return read;
        const QVariant latest = m_findAward.value(0);
        const bool waiting = m_findAward.value(1).toInt() > 0;
        m_findAward.finish();
        if (waiting || (!latest.isNull() && latest.toInt() >= rankOf(g.grade)))
            continue;
        ProposalRequest request;
        request.employeeNo = worker.employeeNo;
        request.occupation = nameOf(m_occupationNames, worker.occupationId);
        request.grade = g.grade;
        request.way = CertificationWay::Import;
        request.date = g.effective;
        request.evidence = tr("Roster import (audit event %1), line %2").arg(m_eventId).arg(line);
        request.by = m_by;
        if (request.occupation.isEmpty())
            return Error { tr("Line %1: employee %2 has no occupation, so the grade %3 cannot be "
                              "proposed for certification. Give the occupation in the file and "
                              "import it again.")
                               .arg(line)
                               .arg(worker.employeeNo, GradeNames::chinese(g.grade)),
                {} };
        const auto proposed
            = CertificationStore::proposeWithin(m_db, request, QDate::currentDate());
        if (!proposed)
            return Error { tr("Line %1: the grade %2 of employee %3 cannot be proposed for "
                              "certification: %4 Correct the file and import it again.")
                               .arg(line)
                               .arg(GradeNames::chinese(g.grade), worker.employeeNo,
                                   proposed.error().userMessage),
                proposed.error().detail };
        ++m_counts.proposed;
    }
    return success();
}

// One multi-row INSERT for the workers (RETURNING their ids), one for their grades and one for
// their closed grade spans (BulkRows: on a server through COPY and a staging table). Into an
// empty roster the server's share is mostly the indexes and foreign keys, which DeferredIndexes
// defers there too (ServerBulkLoad).
void RosterStore::addWorkerRows(
    BulkRows &rows, const QList<NewWorker> &workers, const QList<StoredSpans> &spans) const
{
    for (qsizetype i = 0; i < workers.size(); ++i) {
        const Stored &w = workers[i].worker;
        const StoredSpans &s = spans[i];
        rows.text(w.employeeNo);
        for (const QString &text :
            { w.name, w.gender, w.idNumber, w.birthDate, w.hireDate, w.leaveDate })
            rows.text(nullIfEmpty(text));
        for (qint64 id : { w.siteId, w.workshopId, w.occupationId })
            rows.id(id);
        for (qint64 number : { qint64(w.frontline), qint64(w.teamLeader), m_eventId })
            rows.number(number);
        if (s.open) {
            rows.number(rankOf(s.open->grade));
            rows.text(CellValues::formatDate(s.open->from));
        } else {
            rows.id(0);
            rows.text({});
        }
        rows.endRow();
    }
}

// On a server the new workers' rows are left for the server to write while the next batch is
// checked (issue 19: the checks and the server's writing one after the other took 4 s and 5.4 s of
// a million-row import); their grades follow once their ids are known (settle()).
Status RosterStore::insertNew(QList<NewWorker> &workers)
{
    if (workers.isEmpty())
        return success();
    QList<StoredSpans> spans;
    for (const NewWorker &n : std::as_const(workers))
        spans += StoredSpans::from(recordsOf(n.grades, n.worker.occupationId));
    // Made while the server may still be writing the batch before.
    BulkRows rows(m_db, u"worker"_s, QString::fromUtf16(kNewWorkerColumns));
    addWorkerRows(rows, workers, spans);
    if (auto settled = settle(); !settled)
        return settled;
    QSqlQuery q(m_db);
    auto inserted = rows.startKeyed(q, u"employee_no"_s, whatFailed());
    if (!inserted)
        return inserted.error();
    QStringList employeeNumbers;
    QStringList idNumbers;
    for (const NewWorker &n : std::as_const(workers)) {
        employeeNumbers += n.worker.employeeNo;
        if (!n.worker.idNumber.isEmpty())
            idNumbers += n.worker.idNumber;
    }
    m_writtenEmployeeNumbers.add(employeeNumbers);
    m_writtenIdNumbers.add(idNumbers);
    m_inFlight = InFlight { std::move(*inserted), std::exchange(workers, {}), std::move(spans) };
    // On the file the rows are written already: nothing to overlap.
    return m_onServer ? success() : settle();
}

Status RosterStore::settle()
{
    if (!m_inFlight)
        return success();
    InFlight batch = std::move(*m_inFlight);
    m_inFlight.reset();
    const auto ids = batch.insert.finish();
    if (!ids)
        return ids.error();
    QList<NewWorker> &workers = batch.workers;
    const QList<StoredSpans> &spans = batch.spans;
    BulkRows awards(m_db, u"grade_award"_s,
        u"worker_id, occupation_id, grade, effective_date, way, created_event_id"_s);
    BulkRows closed(m_db, u"grade_span"_s, u"worker_id, valid_from, valid_until, grade"_s);
    for (qsizetype i = 0; i < workers.size(); ++i) {
        NewWorker &n = workers[i];
        n.worker.id = ids->value(n.worker.employeeNo);
        markTouched(n.worker.id, n.line);
        // A worker written just now has no team-leader period to end: only a 是 has anything to
        // apply (at a million new workers, 2,000 lookups of periods that cannot exist).
        if (n.worker.teamLeader)
            noteTeamLeader(n.worker.id, true);
        for (const GradeEntry &g : std::as_const(n.grades)) {
            awards.number(n.worker.id);
            awards.id(n.worker.occupationId);
            awards.number(rankOf(g.grade));
            awards.text(CellValues::formatDate(g.effective));
            awards.text(u"import"_s);
            awards.number(m_eventId);
            awards.endRow();
        }
        addNewWorkerMonths(n.worker, spans[i]);
        for (const GradeSpan &span : std::as_const(spans[i].closed)) {
            closed.number(n.worker.id);
            closed.text(CellValues::formatDate(span.from));
            closed.text(CellValues::formatDate(span.until));
            closed.number(rankOf(span.grade));
            closed.endRow();
        }
    }
    QSqlQuery q(m_db);
    if (auto done = awards.insert(q, whatFailed()); !done)
        return done;
    if (auto done = closed.insert(q, whatFailed()); !done)
        return done;
    m_counts.created += int(workers.size());
    // Freed on the thread that made them, as the pending rows are (4 % of the writing thread's
    // samples at a million rows).
    if (m_disposal)
        m_disposal->add([spent = std::move(batch.workers), spentSpans = std::move(batch.spans)] {});
    return success();
}

// A new worker counts in the months of their service and grades, as the trend reads them back
// from the rows just written (TargetTrend::collectAfresh).
void RosterStore::addNewWorkerMonths(const Stored &worker, const StoredSpans &spans)
{
    const QString &hire = worker.hireDate;
    const QString &leave = worker.leaveDate;
    if (spans.open)
        WorkforceMonths::addWorker(m_monthChange, hire, leave, spans.open->grade,
            CellValues::formatDate(spans.open->from));
    else
        WorkforceMonths::addWorker(m_monthChange, hire, leave, std::nullopt, {});
    for (const GradeSpan &span : spans.closed)
        WorkforceMonths::addClosedSpan(m_monthChange, hire, leave, span.grade,
            CellValues::formatDate(span.from), CellValues::formatDate(span.until));
}

Status RosterStore::addDatesChanged(const QList<DatesChanged> &changed)
{
    if (changed.isEmpty())
        return success();
    if (auto settled = settle(); !settled)
        return settled;
    struct Closed
    {
        Grade grade;
        QString from;
        QString until;
    };
    QHash<qint64, QList<Closed>> closedOf;
    QString ids;
    for (const DatesChanged &c : changed) {
        if (!ids.isEmpty())
            ids += u", ";
        SqlDialect::appendLiteral(ids, c.after.id);
    }
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT worker_id, grade, valid_from, valid_until FROM grade_span "
                "WHERE worker_id IN (%1)"_s.arg(ids)))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                if (const auto grade = gradeFromRank(row.value(1).toInt()))
                    closedOf[row.value(0).toLongLong()]
                        += Closed { *grade, row.value(2).toString(), row.value(3).toString() };
            });
        !read)
        return read;
    const auto addMonths = [&](const Stored &w, int sign) {
        WorkforceMonths::addWorker(
            m_monthChange, w.hireDate, w.leaveDate, w.grade, w.gradeSince, sign);
        for (const Closed &span : closedOf.value(w.id))
            WorkforceMonths::addClosedSpan(
                m_monthChange, w.hireDate, w.leaveDate, span.grade, span.from, span.until, sign);
    };
    for (const DatesChanged &c : changed) {
        addMonths(c.before, -1);
        addMonths(c.after, 1);
    }
    return success();
}

Status RosterStore::keepTrendMonths()
{
    const MonthDeltas change = m_monthChange.deltas();
    if (!m_startedEmpty)
        return TargetTrendStore::keepInStep(m_db, change);
    // Nobody else writes the roster meanwhile (startsFromEmptyRoster): the months are this
    // writer's, at the audit trail's state now, its own events included.
    const auto state = TargetTrendStore::auditState(m_db);
    if (!state)
        return state.error();
    return TargetTrendStore::keep(m_db, { *state, change });
}

void RosterStore::markTouched(qint64 workerId, int line)
{
    if (workerId >= m_firstNewWorkerId) {
        const size_t index = size_t(workerId - m_firstNewWorkerId);
        if (m_lineOfNewWorker.size() <= index)
            m_lineOfNewWorker.resize(index + 1, 0);
        m_lineOfNewWorker[index] = line;
    } else {
        m_lineOfExistingWorker.insert(workerId, line);
    }
}

void RosterStore::noteTeamLeader(qint64 workerId, bool leader)
{
    if (m_present.has(RosterField::TeamLeader))
        (leader ? m_leaders : m_notLeaders) += workerId;
}

QString RosterStore::teamLeaderOn(QDate day, const QString &workerId)
{
    QString on;
    SqlDialect::appendLiteral(on, day.toString(Qt::ISODate));
    return u"(CASE WHEN EXISTS (SELECT 1 FROM team_leader_period tlp WHERE tlp.worker_id = %1 "
           "AND tlp.valid_from <= %2 AND (tlp.valid_to IS NULL OR tlp.valid_to >= %2)) "
           "THEN 1 ELSE 0 END)"_s.arg(workerId, on);
}

Result<int> RosterStore::applyTeamLeaderPeriods(QDate day)
{
    if (auto settled = settle(); !settled)
        return settled.error();
    const QString whatFailed = tr("Updating the team-leader periods");
    QString from;
    SqlDialect::appendLiteral(from, day.toString(Qt::ISODate));
    const QString dayBefore = day.addDays(-1).toString(Qt::ISODate);
    QString until;
    SqlDialect::appendLiteral(until, dayBefore);
    const auto idList = [](const QList<qint64> &ids, qsizetype start, qsizetype count) {
        QString list;
        for (qsizetype i = start; i < std::min(ids.size(), start + count); ++i) {
            if (!list.isEmpty())
                list += u", ";
            SqlDialect::appendLiteral(list, ids[i]);
        }
        return list;
    };
    constexpr qsizetype kBatch = 500;
    int changed = 0;
    QSqlQuery q(m_db);
    // 是: a period from the import's day, unless one covers that day already.
    for (qsizetype start = 0; start < m_leaders.size(); start += kBatch) {
        QString event;
        SqlDialect::appendLiteral(event, m_eventId);
        if (!q.exec(
                u"INSERT INTO team_leader_period (worker_id, valid_from, valid_to, event_id) "
                "SELECT w.id, %1, NULL, %2 FROM worker w WHERE w.id IN (%3) AND %4 = 0"_s.arg(
                    from, event, idList(m_leaders, start, kBatch), teamLeaderOn(day, u"w.id"_s))))
            return SqlErrors::fromQuery(q, whatFailed);
        changed += q.numRowsAffected();
    }
    // 否: periods still running on the import's day end the day before; one that would only
    // begin then is removed. Each change is an audit row with the old and new end (or start).
    struct Running
    {
        qint64 id;
        QString validFrom;
        QString validTo;
    };
    for (qsizetype start = 0; start < m_notLeaders.size(); start += kBatch) {
        if (!q.exec(u"SELECT id, valid_from, valid_to FROM team_leader_period "
                    "WHERE worker_id IN (%1) AND (valid_to IS NULL OR valid_to >= %2)"_s.arg(
                        idList(m_notLeaders, start, kBatch), from)))
            return SqlErrors::fromQuery(q, whatFailed);
        QList<Running> running;
        if (auto read = forEachRow(q, whatFailed,
                [&running](QSqlQuery &row) {
                    running += Running { row.value(0).toLongLong(), row.value(1).toString(),
                        row.value(2).toString() };
                });
            !read)
            return read.error();
        q.finish();
        for (const Running &r : std::as_const(running)) {
            QString id;
            SqlDialect::appendLiteral(id, r.id);
            const bool remove = r.validFrom > dayBefore;
            if (!q.exec(remove ? u"DELETE FROM team_leader_period WHERE id = %1"_s.arg(id)
                               : u"UPDATE team_leader_period SET valid_to = %1 WHERE id = %2"_s.arg(
                                   until, id)))
                return SqlErrors::fromQuery(q, whatFailed);
            if (auto done = m_audit.recordChange(m_eventId, u"team_leader_period"_s, r.id,
                    remove ? u"valid_from"_s : u"valid_to"_s, remove ? r.validFrom : r.validTo,
                    remove ? QString() : dayBefore);
                !done)
                return done.error();
            ++changed;
        }
    }
    m_leaders.clear();
    m_notLeaders.clear();
    return changed;
}

int RosterStore::lineTouched(qint64 workerId) const
{
    if (workerId >= m_firstNewWorkerId) {
        const size_t index = size_t(workerId - m_firstNewWorkerId);
        return index < m_lineOfNewWorker.size() ? m_lineOfNewWorker[index] : 0;
    }
    return m_lineOfExistingWorker.value(workerId, 0);
}

QString RosterStore::nameOf(const QHash<qint64, QString> &names, qint64 id) const
{
    return id == 0 ? QString() : names.value(id);
}

} // namespace skl
