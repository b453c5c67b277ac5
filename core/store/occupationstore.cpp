#include "core/store/occupationstore.h"

#include <algorithm>

#include <QSqlQuery>

#include "core/domain/occupationcode.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QVariant nullableText(const QString &text)
    {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }

    // The field as the audit summary names it ("最高等级 高级技师 → 技师").
    QString fieldLabel(const QString &field)
    {
        if (field == u"name")
            return OccupationStore::tr("name");
        if (field == u"highest_grade")
            return OccupationStore::tr("highest grade");
        return OccupationStore::tr("national occupation code");
    }

} // namespace

Result<QList<OccupationEntry>> OccupationStore::occupations()
{
    const QString whatFailed = tr("Reading the occupations");
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT o.id, o.name, o.highest_grade, coalesce(o.national_code, ''), "
                "(SELECT count(*) FROM worker w WHERE w.occupation_id = o.id) "
                "FROM occupation o ORDER BY o.name, o.id"_s))
        return SqlErrors::fromQuery(q, whatFailed);
    QList<OccupationEntry> occupations;
    if (auto read = forEachRow(q, whatFailed,
            [&](const QSqlQuery &row) {
                OccupationEntry o;
                o.id = row.value(0).toLongLong();
                o.name = row.value(1).toString();
                o.highestGrade
                    = gradeFromRank(row.value(2).toInt()).value_or(Grade::ChiefTechnician);
                o.nationalCode = row.value(3).toString();
                o.workers = row.value(4).toLongLong();
                occupations += o;
            });
        !read)
        return read.error();
    return occupations;
}

Result<QStringList> OccupationStore::problems(
    qint64 occupationId, const QString &name, const QString &nationalCode)
{
    const QString whatFailed = tr("Checking the occupation");
    QStringList found;
    QSqlQuery q(m_db);
    const QString wanted = name.trimmed();
    if (wanted.isEmpty()) {
        found += tr("Give the occupation's name.");
    } else {
        q.prepare(u"SELECT count(*) FROM occupation WHERE name = ? AND id <> ?"_s);
        q.addBindValue(wanted);
        q.addBindValue(occupationId);
        if (auto read = execOneRow(q, whatFailed); !read)
            return read.error();
        if (q.value(0).toLongLong() > 0)
            found += tr("There is already an occupation named %1.").arg(wanted);
        q.finish();
    }
    const auto code = OccupationCode::normalised(nationalCode);
    if (!code) {
        found += OccupationCode::problem(nationalCode);
    } else if (!code->isEmpty()) {
        q.prepare(u"SELECT name FROM occupation WHERE national_code = ? AND id <> ?"_s);
        q.addBindValue(*code);
        q.addBindValue(occupationId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        const auto taken = nextRow(q, whatFailed);
        if (!taken)
            return taken.error();
        if (*taken)
            found += tr("The national occupation code %1 is already the code of %2.")
                         .arg(*code, q.value(0).toString());
    }
    return found;
}

Result<qint64> OccupationStore::workersAbove(qint64 occupationId, Grade highest)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(DISTINCT a.worker_id) FROM grade_award a "
              "JOIN worker w ON w.id = a.worker_id "
              "WHERE a.revoked_date IS NULL AND a.grade > ? AND (a.occupation_id = ? "
              "OR (a.occupation_id IS NULL AND w.occupation_id = ?))"_s);
    q.addBindValue(rankOf(highest));
    q.addBindValue(occupationId);
    q.addBindValue(occupationId);
    if (auto read = execOneRow(q, tr("Checking the grades held in the occupation")); !read)
        return read.error();
    return q.value(0).toLongLong();
}

Result<qint64> OccupationStore::add(
    const Officer &by, const QString &name, Grade highest, const QString &nationalCode)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditReferenceData); !allowed)
        return allowed.error();
    const QString wanted = name.trimmed();
    const QString whatFailed = tr("Adding the occupation %1").arg(wanted);
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    const auto found = problems(0, wanted, nationalCode);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return Error { found->join(u' '), {} };
    const QString code = OccupationCode::normalised(nationalCode).value_or(QString());
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(u"add-occupation"_s,
        tr("Added the occupation %1 (highest grade %2).").arg(wanted, GradeNames::chinese(highest)),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO occupation (name, highest_grade, national_code, created_event_id) "
              "VALUES (?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(wanted);
    q.addBindValue(rankOf(highest));
    q.addBindValue(nullableText(code));
    q.addBindValue(*event);
    const auto id = execReturningId(q, whatFailed);
    if (!id)
        return id.error();
    q.finish();
    for (const auto &[field, value] : { std::pair { u"name"_s, wanted },
             std::pair { u"highest_grade"_s, GradeNames::chinese(highest) },
             std::pair { u"national_code"_s, code } }) {
        if (value.isEmpty())
            continue;
        if (auto done = audit.recordChange(*event, u"occupation"_s, *id, field, {}, value); !done)
            return done.error();
    }
    if (auto done = transaction.commit(whatFailed); !done)
        return done.error();
    return *id;
}

Status OccupationStore::update(const Officer &by, qint64 occupationId, const QString &name,
    Grade highest, const QString &nationalCode)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditReferenceData); !allowed)
        return allowed;
    const QString wanted = name.trimmed();
    const QString whatFailed = tr("Saving the occupation %1").arg(wanted);
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto all = occupations();
    if (!all)
        return all.error();
    const auto stored = std::find_if(all->cbegin(), all->cend(),
        [occupationId](const OccupationEntry &o) { return o.id == occupationId; });
    if (stored == all->cend())
        return Error { tr("The occupation is no longer in the database. Close the editor and "
                          "open it again."),
            {} };
    const auto found = problems(occupationId, wanted, nationalCode);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return Error { found->join(u' '), {} };
    const QString code = OccupationCode::normalised(nationalCode).value_or(QString());
    if (highest < stored->highestGrade) {
        const auto above = workersAbove(occupationId, highest);
        if (!above)
            return above.error();
        if (*above > 0)
            return Error { tr("The highest grade of %1 stays above %2: %3 worker(s) already hold "
                              "a higher grade in it.")
                               .arg(stored->name, GradeNames::display(highest),
                                   QString::number(*above)),
                {}, Error::Kind::Refused };
    }
    struct Change
    {
        QString field;
        QString before;
        QString after;
    };
    QList<Change> changes;
    if (stored->name != wanted)
        changes += Change { u"name"_s, stored->name, wanted };
    if (stored->highestGrade != highest)
        changes += Change { u"highest_grade"_s, GradeNames::chinese(stored->highestGrade),
            GradeNames::chinese(highest) };
    if (stored->nationalCode != code)
        changes += Change { u"national_code"_s, stored->nationalCode, code };
    if (changes.isEmpty())
        return success();
    AuditLog audit(m_db);
    QStringList what;
    for (const Change &c : std::as_const(changes))
        what += tr("%1 %2 → %3")
                    .arg(fieldLabel(c.field), c.before.isEmpty() ? tr("none") : c.before,
                        c.after.isEmpty() ? tr("none") : c.after);
    const auto event = audit.beginEvent(u"edit-occupation"_s,
        tr("Changed the occupation %1 (%2).").arg(stored->name, what.join(u"; "_s)), by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE occupation SET name = ?, highest_grade = ?, national_code = ? "
              "WHERE id = ?"_s);
    q.addBindValue(wanted);
    q.addBindValue(rankOf(highest));
    q.addBindValue(nullableText(code));
    q.addBindValue(occupationId);
    if (auto done = execOrError(q, whatFailed); !done)
        return done;
    for (const Change &c : std::as_const(changes)) {
        if (auto done = audit.recordChange(*event, u"occupation"_s, occupationId, c.field,
                c.before.isEmpty() ? QString() : c.before, c.after.isEmpty() ? QString() : c.after);
            !done)
            return done;
    }
    return transaction.commit(whatFailed);
}

} // namespace skl
