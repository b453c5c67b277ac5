#include "core/store/unitstore.h"

#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString provinceName(const std::optional<Province> &province)
    {
        return province ? province->shortName() : QString();
    }

} // namespace

Result<QList<SiteEntry>> UnitStore::sites()
{
    const QString whatFailed = tr("Reading the sites");
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT s.id, s.name, coalesce(s.province_code, 0), "
                "(SELECT count(*) FROM worker w WHERE w.site_id = s.id), "
                "(SELECT count(*) FROM workshop k WHERE k.site_id = s.id) "
                "FROM site s ORDER BY s.name, s.id"_s))
        return SqlErrors::fromQuery(q, whatFailed);
    QList<SiteEntry> sites;
    if (auto read = forEachRow(q, whatFailed,
            [&](const QSqlQuery &row) {
                SiteEntry s;
                s.id = row.value(0).toLongLong();
                s.name = row.value(1).toString();
                s.province = Province::fromCode(row.value(2).toInt());
                s.workers = row.value(3).toLongLong();
                s.workshops = row.value(4).toLongLong();
                sites += s;
            });
        !read)
        return read.error();
    return sites;
}

Result<QList<WorkshopEntry>> UnitStore::workshops()
{
    const QString whatFailed = tr("Reading the workshops");
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT k.id, coalesce(k.site_id, 0), coalesce(s.name, ''), k.name, "
                "(SELECT count(*) FROM worker w WHERE w.workshop_id = k.id), "
                "(SELECT count(*) FROM officer_workshop o WHERE o.workshop_id = k.id) "
                "FROM workshop k LEFT JOIN site s ON s.id = k.site_id "
                "ORDER BY coalesce(s.name, ''), k.name, k.id"_s))
        return SqlErrors::fromQuery(q, whatFailed);
    QList<WorkshopEntry> workshops;
    if (auto read = forEachRow(q, whatFailed,
            [&](const QSqlQuery &row) {
                WorkshopEntry w;
                w.id = row.value(0).toLongLong();
                w.siteId = row.value(1).toLongLong();
                w.site = row.value(2).toString();
                w.name = row.value(3).toString();
                w.workers = row.value(4).toLongLong();
                w.officers = row.value(5).toLongLong();
                workshops += w;
            });
        !read)
        return read.error();
    return workshops;
}

Result<SiteEntry> UnitStore::site(qint64 siteId, const QString &whatFailed)
{
    const auto all = sites();
    if (!all)
        return all.error();
    for (const SiteEntry &s : *all) {
        if (s.id == siteId)
            return s;
    }
    return Error { tr("The site is no longer in the database; another officer may have deleted "
                      "it. Close the editor and open it again."),
        whatFailed };
}

Result<WorkshopEntry> UnitStore::workshop(qint64 workshopId, const QString &whatFailed)
{
    const auto all = workshops();
    if (!all)
        return all.error();
    for (const WorkshopEntry &w : *all) {
        if (w.id == workshopId)
            return w;
    }
    return Error { tr("The workshop is no longer in the database; another officer may have "
                      "deleted it. Close the editor and open it again."),
        whatFailed };
}

Result<QString> UnitStore::siteProblem(qint64 siteId, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return tr("Give the site's name.");
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM site WHERE name = ? AND id <> ?"_s);
    q.addBindValue(wanted);
    q.addBindValue(siteId);
    if (auto read = execOneRow(q, tr("Checking the site's name")); !read)
        return read.error();
    if (q.value(0).toLongLong() > 0)
        return tr("There is already a site named %1.").arg(wanted);
    return QString();
}

Result<QString> UnitStore::workshopProblem(qint64 workshopId, qint64 siteId, const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return tr("Give the workshop's name.");
    if (siteId == 0)
        return tr("Choose the site the workshop belongs to.");
    QSqlQuery q(m_db);
    q.prepare(u"SELECT s.name FROM workshop k JOIN site s ON s.id = k.site_id "
              "WHERE k.site_id = ? AND k.name = ? AND k.id <> ?"_s);
    q.addBindValue(siteId);
    q.addBindValue(wanted);
    q.addBindValue(workshopId);
    const QString whatFailed = tr("Checking the workshop's name");
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    const auto found = nextRow(q, whatFailed);
    if (!found)
        return found.error();
    if (*found)
        return tr("%1 already has a workshop named %2.").arg(q.value(0).toString(), wanted);
    return QString();
}

Result<qint64> UnitStore::addSite(const Officer &by, const QString &name, const Province &province)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditReferenceData); !allowed)
        return allowed.error();
    const QString wanted = name.trimmed();
    const QString whatFailed = tr("Adding the site %1").arg(wanted);
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    const auto problem = siteProblem(0, wanted);
    if (!problem)
        return problem.error();
    if (!problem->isEmpty())
        return Error { *problem, {} };
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(
        u"add-site"_s, tr("Added the site %1 (%2).").arg(wanted, province.shortName()), by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO site (name, province_code, created_event_id) VALUES (?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(wanted);
    q.addBindValue(province.code());
    q.addBindValue(*event);
    const auto id = execReturningId(q, whatFailed);
    if (!id)
        return id.error();
    q.finish();
    if (auto done = audit.recordChange(*event, u"site"_s, *id, u"name"_s, {}, wanted); !done)
        return done.error();
    if (auto done
        = audit.recordChange(*event, u"site"_s, *id, u"province"_s, {}, province.shortName());
        !done)
        return done.error();
    if (auto done = transaction.commit(whatFailed); !done)
        return done.error();
    return *id;
}

Status UnitStore::updateSite(
    const Officer &by, qint64 siteId, const QString &name, const Province &province)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditReferenceData); !allowed)
        return allowed;
    const QString wanted = name.trimmed();
    const QString whatFailed = tr("Saving the site %1").arg(wanted);
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto stored = site(siteId, whatFailed);
    if (!stored)
        return stored.error();
    const bool renamed = stored->name != wanted;
    const bool moved = !stored->province || *stored->province != province;
    if (!renamed && !moved)
        return success();
    const auto problem = siteProblem(siteId, wanted);
    if (!problem)
        return problem.error();
    if (!problem->isEmpty())
        return Error { *problem, {} };
    AuditLog audit(m_db);
    const QString summary = renamed && moved
        ? tr("Renamed the site %1 to %2 and set its province to %3.")
              .arg(stored->name, wanted, province.shortName())
        : renamed ? tr("Renamed the site %1 to %2.").arg(stored->name, wanted)
                  : tr("Set the province of the site %1 to %2 (was %3).")
                        .arg(wanted, province.shortName(),
                            stored->province ? stored->province->shortName() : tr("not set"));
    const auto event = audit.beginEvent(u"edit-site"_s, summary, by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE site SET name = ?, province_code = ? WHERE id = ?"_s);
    q.addBindValue(wanted);
    q.addBindValue(province.code());
    q.addBindValue(siteId);
    if (auto done = execOrError(q, whatFailed); !done)
        return done;
    if (renamed) {
        if (auto done
            = audit.recordChange(*event, u"site"_s, siteId, u"name"_s, stored->name, wanted);
            !done)
            return done;
    }
    if (moved) {
        if (auto done = audit.recordChange(*event, u"site"_s, siteId, u"province"_s,
                provinceName(stored->province), province.shortName());
            !done)
            return done;
    }
    return transaction.commit(whatFailed);
}

Status UnitStore::removeSite(const Officer &by, qint64 siteId)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditReferenceData); !allowed)
        return allowed;
    const QString whatFailed = tr("Deleting a site");
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto stored = site(siteId, whatFailed);
    if (!stored)
        return stored.error();
    if (stored->workers > 0 || stored->workshops > 0)
        return Error { tr("The site %1 is in use and is not deleted: %2 worker(s) and %3 "
                          "workshop(s) are recorded there.")
                           .arg(stored->name, QString::number(stored->workers),
                               QString::number(stored->workshops)),
            {}, Error::Kind::Refused };
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(u"remove-site"_s,
        tr("Deleted the site %1 (%2), which nothing used.")
            .arg(stored->name, provinceName(stored->province)),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM site WHERE id = ?"_s);
    q.addBindValue(siteId);
    if (auto done = execOrError(q, whatFailed); !done)
        return done;
    if (auto done
        = audit.recordChange(*event, u"site"_s, siteId, u"name"_s, stored->name, QString());
        !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"site"_s, siteId, u"province"_s, provinceName(stored->province), QString());
        !done)
        return done;
    return transaction.commit(whatFailed);
}

Result<qint64> UnitStore::addWorkshop(const Officer &by, qint64 siteId, const QString &name)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditReferenceData); !allowed)
        return allowed.error();
    const QString wanted = name.trimmed();
    const QString whatFailed = tr("Adding the workshop %1").arg(wanted);
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    const auto problem = workshopProblem(0, siteId, wanted);
    if (!problem)
        return problem.error();
    if (!problem->isEmpty())
        return Error { *problem, {} };
    const auto in = site(siteId, whatFailed);
    if (!in)
        return in.error();
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(
        u"add-workshop"_s, tr("Added the workshop %1 at %2.").arg(wanted, in->name), by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO workshop (site_id, name, created_event_id) VALUES (?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(siteId);
    q.addBindValue(wanted);
    q.addBindValue(*event);
    const auto id = execReturningId(q, whatFailed);
    if (!id)
        return id.error();
    q.finish();
    if (auto done = audit.recordChange(*event, u"workshop"_s, *id, u"name"_s, {}, wanted); !done)
        return done.error();
    if (auto done = audit.recordChange(*event, u"workshop"_s, *id, u"site"_s, {}, in->name); !done)
        return done.error();
    if (auto done = transaction.commit(whatFailed); !done)
        return done.error();
    return *id;
}

Status UnitStore::updateWorkshop(
    const Officer &by, qint64 workshopId, qint64 siteId, const QString &name)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditReferenceData); !allowed)
        return allowed;
    const QString wanted = name.trimmed();
    const QString whatFailed = tr("Saving the workshop %1").arg(wanted);
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto stored = workshop(workshopId, whatFailed);
    if (!stored)
        return stored.error();
    const bool renamed = stored->name != wanted;
    const bool moved = stored->siteId != siteId;
    if (!renamed && !moved)
        return success();
    const auto problem = workshopProblem(workshopId, siteId, wanted);
    if (!problem)
        return problem.error();
    if (!problem->isEmpty())
        return Error { *problem, {} };
    const auto to = site(siteId, whatFailed);
    if (!to)
        return to.error();
    AuditLog audit(m_db);
    QString summary;
    if (renamed && moved)
        summary = tr("Renamed the workshop %1 (%2) to %3 and moved it to %4 with its %5 "
                     "worker(s).")
                      .arg(stored->name, stored->site, wanted, to->name,
                          QString::number(stored->workers));
    else if (renamed)
        summary = tr("Renamed the workshop %1 (%2) to %3.").arg(stored->name, stored->site, wanted);
    else
        summary = tr("Moved the workshop %1 from %2 to %3 with its %4 worker(s).")
                      .arg(wanted, stored->site, to->name, QString::number(stored->workers));
    const auto event = audit.beginEvent(u"edit-workshop"_s, summary, by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE workshop SET name = ?, site_id = ? WHERE id = ?"_s);
    q.addBindValue(wanted);
    q.addBindValue(siteId);
    q.addBindValue(workshopId);
    if (auto done = execOrError(q, whatFailed); !done)
        return done;
    if (renamed) {
        if (auto done = audit.recordChange(
                *event, u"workshop"_s, workshopId, u"name"_s, stored->name, wanted);
            !done)
            return done;
    }
    if (!moved)
        return transaction.commit(whatFailed);
    if (auto done
        = audit.recordChange(*event, u"workshop"_s, workshopId, u"site"_s, stored->site, to->name);
        !done)
        return done;
    // The workers follow their workshop: the roster and the targets count a worker at the
    // workshop's site. Each worker's old site is kept in a change row, as a move of workers
    // (WorkerEdits::move) keeps it.
    q.prepare(u"SELECT id FROM worker WHERE workshop_id = ? AND coalesce(site_id, 0) <> ? "
              "ORDER BY id"_s);
    q.addBindValue(workshopId);
    q.addBindValue(siteId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    QList<qint64> workers;
    if (auto read = forEachRow(
            q, whatFailed, [&](const QSqlQuery &row) { workers += row.value(0).toLongLong(); });
        !read)
        return read;
    q.prepare(u"UPDATE worker SET site_id = ? WHERE workshop_id = ?"_s);
    q.addBindValue(siteId);
    q.addBindValue(workshopId);
    if (auto done = execOrError(q, whatFailed); !done)
        return done;
    for (const qint64 worker : std::as_const(workers)) {
        if (auto done = audit.recordChange(*event, u"worker"_s, worker, u"site"_s,
                stored->site.isEmpty() ? QString() : stored->site, to->name);
            !done)
            return done;
    }
    return transaction.commit(whatFailed);
}

Status UnitStore::removeWorkshop(const Officer &by, qint64 workshopId)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditReferenceData); !allowed)
        return allowed;
    const QString whatFailed = tr("Deleting a workshop");
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto stored = workshop(workshopId, whatFailed);
    if (!stored)
        return stored.error();
    if (stored->workers > 0 || stored->officers > 0)
        return Error { tr("The workshop %1 (%2) is in use and is not deleted: %3 worker(s) and "
                          "%4 workshop head(s) are assigned to it.")
                           .arg(stored->name, stored->site, QString::number(stored->workers),
                               QString::number(stored->officers)),
            {}, Error::Kind::Refused };
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(u"remove-workshop"_s,
        tr("Deleted the workshop %1 (%2), which nothing used.").arg(stored->name, stored->site),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM workshop WHERE id = ?"_s);
    q.addBindValue(workshopId);
    if (auto done = execOrError(q, whatFailed); !done)
        return done;
    if (auto done
        = audit.recordChange(*event, u"workshop"_s, workshopId, u"name"_s, stored->name, QString());
        !done)
        return done;
    if (auto done = audit.recordChange(*event, u"workshop"_s, workshopId, u"site"_s,
            stored->site.isEmpty() ? QString() : stored->site, QString());
        !done)
        return done;
    return transaction.commit(whatFailed);
}

} // namespace skl
