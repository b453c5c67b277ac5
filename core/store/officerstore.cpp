#include "core/store/officerstore.h"

#include <QSqlQuery>

#include "core/common/passwordhash.h"
#include "core/store/auditlog.h"
#include "core/store/serverofficers.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString key(const QString &login)
    {
        return OfficerStore::loginKey(login);
    }

    // On a server an officer is also a PostgreSQL login role, which must change with the row
    // (issue 14).
    bool hasServerRoles(const QSqlDatabase &db)
    {
        return SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres;
    }

    QString readingOfficers()
    {
        return OfficerStore::tr("Reading the officers");
    }

    QString writingOfficers()
    {
        return OfficerStore::tr("Saving the officers");
    }

    Error refused(const QString &message)
    {
        return Error { message, {}, Error::Kind::Refused };
    }

    // The officer row and the roles held on day; nullopt when no officer has that login.
    Result<std::optional<Officer>> find(QSqlDatabase &db, const QString &whereSql,
        const QVariant &value, QDate day, QString *passwordHash = nullptr,
        int *failedLogins = nullptr, QDateTime *lockedUntil = nullptr)
    {
        // One statement for the officer, the roles held on the day and the workshops: every
        // command reads its officer several times, and on a server each statement costs
        // three round trips (issue 14).
        const QString day10 = day.toString(Qt::ISODate);
        QSqlQuery q(db);
        q.prepare(u"SELECT o.id, o.login, o.display_name, o.disabled, o.password_hash, "
                  "o.failed_logins, o.locked_until, x.role, x.workshop_id "
                  "FROM (SELECT id, login, display_name, disabled, password_hash, failed_logins, "
                  "locked_until FROM officer WHERE "_s
            + whereSql
            + u") AS o LEFT JOIN (SELECT officer_id, role, NULL AS workshop_id FROM officer_role "
              "WHERE granted_on <= ? AND (revoked_on IS NULL OR revoked_on > ?) "
              "UNION ALL SELECT officer_id, NULL, workshop_id FROM officer_workshop) AS x "
              "ON x.officer_id = o.id ORDER BY x.workshop_id"_s);
        q.addBindValue(value);
        q.addBindValue(day10);
        q.addBindValue(day10);
        if (!q.exec())
            return SqlErrors::fromQuery(q, readingOfficers());
        std::optional<Officer> found;
        if (auto read = forEachRow(q, readingOfficers(),
                [&](QSqlQuery &row) {
                    if (!found) {
                        Officer officer;
                        officer.id = row.value(0).toLongLong();
                        officer.login = row.value(1).toString();
                        officer.displayName = row.value(2).toString();
                        officer.disabled = row.value(3).toInt() != 0;
                        if (passwordHash)
                            *passwordHash = row.value(4).toString();
                        if (failedLogins)
                            *failedLogins = row.value(5).toInt();
                        if (lockedUntil)
                            *lockedUntil = row.value(6).isNull()
                                ? QDateTime()
                                : QDateTime::fromString(row.value(6).toString(), Qt::ISODateWithMs);
                        found = officer;
                    }
                    if (!row.value(7).isNull()) {
                        if (const auto role = Roles::fromKey(row.value(7).toString()))
                            found->roles.add(*role);
                    }
                    if (!row.value(8).isNull())
                        found->workshopIds += row.value(8).toLongLong();
                });
            !read)
            return read.error();
        return found;
    }

    Result<Officer> existing(QSqlDatabase &db, const QString &login, QDate day)
    {
        const auto found = find(db, u"login_key = ?"_s, key(login), day);
        if (!found)
            return found.error();
        if (!*found)
            return Error { OfficerStore::tr("There is no officer with the login name %1.")
                               .arg(login.trimmed()),
                {} };
        return **found;
    }

    Status checkWorkshops(QSqlDatabase &db, const Roles &roles, const QList<qint64> &workshops)
    {
        const bool confined = roles.has(Role::WorkshopHead)
            && !Permissions::readsWholeCompany(roles, Act::ReadRoster);
        if (confined && workshops.isEmpty())
            return Error { OfficerStore::tr("A workshop head needs at least one workshop."), {} };
        if (!roles.has(Role::WorkshopHead) && !workshops.isEmpty())
            return Error { OfficerStore::tr(
                               "Only a workshop head is confined to workshops; add the role "
                               "%1 or name no workshop.")
                               .arg(Roles::title(Role::WorkshopHead)),
                {} };
        QSqlQuery q(db);
        q.prepare(u"SELECT count(*) FROM workshop WHERE id = ?"_s);
        for (qint64 id : workshops) {
            q.addBindValue(id);
            if (auto read = execOneRow(q, readingOfficers()); !read)
                return read;
            if (q.value(0).toInt() == 0)
                return Error { OfficerStore::tr("Workshop %1 does not exist.").arg(id), {} };
        }
        return success();
    }

    Status insertRoles(
        QSqlDatabase &db, qint64 officerId, const QList<Role> &roles, QDate today, qint64 eventId)
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO officer_role (officer_id, role, granted_on, granted_event_id) "
                  "VALUES (?, ?, ?, ?)"_s);
        for (Role role : roles) {
            q.addBindValue(officerId);
            q.addBindValue(Roles::key(role));
            q.addBindValue(today.toString(Qt::ISODate));
            q.addBindValue(eventId);
            if (auto done = execOrError(q, writingOfficers()); !done)
                return done;
        }
        return success();
    }

    Status replaceWorkshops(
        QSqlDatabase &db, qint64 officerId, const QList<qint64> &workshops, qint64 eventId)
    {
        QSqlQuery q(db);
        q.prepare(u"DELETE FROM officer_workshop WHERE officer_id = ?"_s);
        q.addBindValue(officerId);
        if (auto done = execOrError(q, writingOfficers()); !done)
            return done;
        q.prepare(u"INSERT INTO officer_workshop (officer_id, workshop_id, created_event_id) "
                  "VALUES (?, ?, ?)"_s);
        for (qint64 workshop : workshops) {
            q.addBindValue(officerId);
            q.addBindValue(workshop);
            q.addBindValue(eventId);
            if (auto done = execOrError(q, writingOfficers()); !done)
                return done;
        }
        return success();
    }

    QString joinedIds(const QList<qint64> &ids)
    {
        QStringList words;
        for (qint64 id : ids)
            words += QString::number(id);
        return words.join(u',');
    }

    // Inserts the officer row and its roles in the caller's transaction.
    Result<Officer> insertOfficer(
        QSqlDatabase &db, const NewOfficer &made, qint64 eventId, QDate today)
    {
        if (auto ok = OfficerStore::acceptableLogin(made.login); !ok)
            return ok.error();
        if (auto ok = PasswordHash::acceptable(made.password); !ok)
            return ok.error();
        if (made.roles.isEmpty())
            return Error { OfficerStore::tr("An officer needs at least one role."), {} };
        if (auto ok = checkWorkshops(db, made.roles, made.workshopIds); !ok)
            return ok.error();
        const auto taken = find(db, u"login_key = ?"_s, key(made.login), today);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error { OfficerStore::tr("The login name %1 is taken by %2.")
                               .arg(made.login.trimmed(), (*taken)->label()),
                {} };
        // On a server the password is the login role's, checked by the server; the row keeps no
        // second copy that could disagree with it, or be attacked offline by whoever reads the
        // table.
        const bool server = hasServerRoles(db);
        const auto hash
            = server ? Result<QString>(QString(u""_s)) : PasswordHash::make(made.password);
        if (!hash)
            return hash.error();

        Officer officer;
        officer.login = made.login.trimmed();
        officer.displayName
            = made.displayName.trimmed().isEmpty() ? officer.login : made.displayName.trimmed();
        officer.roles = made.roles;
        officer.workshopIds = made.workshopIds;
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO officer (login, login_key, display_name, password_hash, "
                  "created_event_id) VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
        q.addBindValue(officer.login);
        q.addBindValue(key(officer.login));
        q.addBindValue(officer.displayName);
        q.addBindValue(*hash);
        q.addBindValue(eventId);
        const auto inserted = execReturningId(q, writingOfficers());
        if (!inserted)
            return inserted.error();
        officer.id = *inserted;
        if (server) {
            if (auto done
                = ServerOfficers::create(db, key(officer.login), made.password, made.roles);
                !done)
                return done.error();
        }
        if (auto done = insertRoles(db, officer.id, made.roles.list(), today, eventId); !done)
            return done.error();
        if (auto done = replaceWorkshops(db, officer.id, made.workshopIds, eventId); !done)
            return done.error();
        AuditLog audit(db);
        if (auto done = audit.recordChange(
                eventId, u"officer"_s, officer.id, u"roles"_s, {}, made.roles.keys().join(u','));
            !done)
            return done.error();
        if (!made.workshopIds.isEmpty()) {
            if (auto done = audit.recordChange(eventId, u"officer"_s, officer.id, u"workshops"_s,
                    {}, joinedIds(made.workshopIds));
                !done)
                return done.error();
        }
        return officer;
    }

    // How many enabled officers hold admin today, other than the one named.
    Result<int> otherAdmins(QSqlDatabase &db, qint64 officerId, QDate today)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT count(DISTINCT o.id) FROM officer o JOIN officer_role r "
                  "ON r.officer_id = o.id WHERE r.role = 'admin' AND o.disabled = 0 "
                  "AND o.id <> ? AND r.granted_on <= ? "
                  "AND (r.revoked_on IS NULL OR r.revoked_on > ?)"_s);
        q.addBindValue(officerId);
        q.addBindValue(today.toString(Qt::ISODate));
        q.addBindValue(today.toString(Qt::ISODate));
        if (auto read = execOneRow(q, readingOfficers()); !read)
            return read.error();
        return q.value(0).toInt();
    }

    // A company always keeps an enabled administrator: without one nobody could manage officers
    // again. Success when an officer other than target holds admin on day; refused otherwise.
    Status anotherAdmin(QSqlDatabase &db, const Officer &target, QDate day, const QString &refusal)
    {
        const auto others = otherAdmins(db, target.id, day);
        if (!others)
            return others.error();
        if (*others == 0)
            return Error { refusal, {} };
        return success();
    }

    Status setLoginState(
        QSqlDatabase &db, qint64 officerId, int failedLogins, const QDateTime &lockedUntil)
    {
        QSqlQuery q(db);
        q.prepare(u"UPDATE officer SET failed_logins = ?, locked_until = ? WHERE id = ?"_s);
        q.addBindValue(failedLogins);
        q.addBindValue(lockedUntil.isNull() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(lockedUntil.toString(Qt::ISODateWithMs)));
        q.addBindValue(officerId);
        return execOrError(q, OfficerStore::tr("Recording the login attempt"));
    }

    // On a server the server checked the password when this connection logged in (issue 14): the
    // officer is the session's login. A connection that is someone else's (the DBA's, in the
    // tests' fixture) checks the password with a short connection as the officer. Wrong
    // passwords cannot be counted here: a refused connection never reaches the company's tables.
    // The server's administrator slows guessing there instead (PostgreSQL's auth_delay module,
    // whose auth_delay.milliseconds holds back every failed attempt), and an administrator shuts
    // an account by disabling it (NOLOGIN).
    Result<Officer> logInOnServer(
        QSqlDatabase &db, const QString &login, const QString &password, QDate day)
    {
        const auto session = ServerOfficers::sessionLogin(db);
        if (!session)
            return session.error();
        bool mayLogIn = true;
        if (*session != key(login)) {
            const auto check = ServerOfficers::checkPassword(db, key(login), password);
            if (!check)
                return check.error();
            if (*check == ServerOfficers::PasswordCheck::Wrong)
                return refused(
                    OfficerStore::tr("Login failed: the login name or the password is wrong."));
            mayLogIn = *check == ServerOfficers::PasswordCheck::Right;
        }
        const auto found = find(db, u"login_key = ?"_s, key(login), day);
        if (!found)
            return found.error();
        if (!*found)
            return refused(OfficerStore::tr("The server accepted the login %1, but it is not an "
                                            "officer of this company: ask an administrator of "
                                            "the company to add it.")
                               .arg(login.trimmed()));
        const Officer officer = **found;
        if (officer.disabled || !mayLogIn)
            return refused(OfficerStore::tr("The account %1 is disabled; an administrator can "
                                            "enable it.")
                               .arg(officer.login));
        if (officer.roles.isEmpty())
            return refused(
                OfficerStore::tr("The account %1 holds no role today.").arg(officer.login));
        return officer;
    }

} // namespace

QString OfficerStore::loginKey(const QString &login)
{
    return login.trimmed().normalized(QString::NormalizationForm_KC).toCaseFolded();
}

Status OfficerStore::acceptableLogin(const QString &login)
{
    const QString name = login.trimmed();
    if (name.isEmpty())
        return Error { tr("The login name is empty."), {} };
    if (name.size() > 32 || name.toUtf8().size() > 63)
        return Error { tr("The login name %1 is too long: at most 32 characters.").arg(name), {} };
    if (!name.front().isLetterOrNumber())
        return Error { tr("The login name %1 must begin with a letter or a digit.").arg(name), {} };
    for (QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            return Error { tr("The login name %1 may hold letters, digits, \".\", \"_\" and \"-\" "
                              "only, not \"%2\".")
                               .arg(name, QString(c)),
                {} };
    }
    return success();
}

Result<bool> OfficerStore::any(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto read = execOneRow(q, readingOfficers(), u"SELECT count(*) FROM officer"_s); !read)
        return read.error();
    return q.value(0).toInt() > 0;
}

Result<Officer> OfficerStore::createFirst(
    QSqlDatabase &db, const NewOfficer &first, qint64 eventId, QDate today)
{
    const auto exists = any(db);
    if (!exists)
        return exists.error();
    if (*exists)
        return Error { tr("This company already has officers; an administrator adds new ones."),
            {} };
    NewOfficer admin = first;
    admin.roles = Roles::all();
    admin.workshopIds.clear();
    if (eventId != 0)
        return insertOfficer(db, admin, eventId, today);

    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(writingOfficers()); !begun)
        return begun.error();
    const auto event = AuditLog(db).beginUnattributedEvent(u"adopt"_s,
        tr("%1 became the first administrator of this company.").arg(first.login.trimmed()),
        first.login.trimmed());
    if (!event)
        return event.error();
    auto officer = insertOfficer(db, admin, *event, today);
    if (!officer)
        return officer;
    if (auto done = AuditLog(db).setOfficer(*event, officer->id); !done)
        return done.error();
    if (auto done = transaction.commit(writingOfficers()); !done)
        return done.error();
    return officer;
}

Result<Officer> OfficerStore::add(
    QSqlDatabase &db, const Officer &by, const NewOfficer &made, QDate today)
{
    if (auto allowed = require(db, by, Act::ManageOfficers, today); !allowed)
        return allowed.error();
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(writingOfficers()); !begun)
        return begun.error();
    const auto event = AuditLog(db).beginEvent(u"officer-add"_s,
        tr("Added the officer %1 (%2).").arg(made.login.trimmed(), made.roles.titles()), by);
    if (!event)
        return event.error();
    auto officer = insertOfficer(db, made, *event, today);
    if (!officer)
        return officer;
    if (auto done = transaction.commit(writingOfficers()); !done)
        return done.error();
    return officer;
}

Result<QList<OfficerListing>> OfficerStore::list(QSqlDatabase &db, const Officer &by, QDateTime now)
{
    if (auto allowed = require(db, by, Act::ManageOfficers, now.toLocalTime().date()); !allowed)
        return allowed.error();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT login FROM officer ORDER BY login_key"_s))
        return SqlErrors::fromQuery(q, readingOfficers());
    QStringList logins;
    if (auto read = forEachRow(
            q, readingOfficers(), [&](QSqlQuery &row) { logins += row.value(0).toString(); });
        !read)
        return read.error();
    QList<OfficerListing> listed;
    for (const QString &login : logins) {
        OfficerListing line;
        const auto found = find(db, u"login_key = ?"_s, key(login), now.toLocalTime().date(),
            nullptr, &line.failedLogins, &line.lockedUntil);
        if (!found)
            return found.error();
        if (!*found)
            continue;
        line.officer = **found;
        if (line.lockedUntil.isValid() && line.lockedUntil <= now)
            line.lockedUntil = QDateTime();
        QSqlQuery names(db);
        names.prepare(
            u"SELECT COALESCE(s.name || ' / ', '') || w.name FROM officer_workshop ow "
            "JOIN workshop w ON w.id = ow.workshop_id LEFT JOIN site s ON s.id = w.site_id "
            "WHERE ow.officer_id = ? ORDER BY s.name NULLS FIRST, w.name"_s);
        names.addBindValue(line.officer.id);
        if (!names.exec())
            return SqlErrors::fromQuery(names, readingOfficers());
        if (auto read = forEachRow(names, readingOfficers(),
                [&](QSqlQuery &row) { line.workshops += row.value(0).toString(); });
            !read)
            return read.error();
        listed += line;
    }
    return listed;
}

Status OfficerStore::setDisabled(
    QSqlDatabase &db, const Officer &by, const QString &login, bool disabled)
{
    if (auto allowed = require(db, by, Act::ManageOfficers); !allowed)
        return allowed;
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(writingOfficers()); !begun)
        return begun;
    const auto target = existing(db, login, QDate::currentDate());
    if (!target)
        return target.error();
    if (target->disabled == disabled)
        return success();
    if (disabled && target->roles.has(Role::Admin)) {
        if (auto kept = anotherAdmin(db, *target, QDate::currentDate(),
                tr("%1 is the only administrator left and cannot be disabled; make another "
                   "officer an administrator first.")
                    .arg(target->label()));
            !kept)
            return kept;
    }
    AuditLog audit(db);
    const auto event = audit.beginEvent(disabled ? u"officer-disable"_s : u"officer-enable"_s,
        disabled ? tr("Disabled the officer %1.").arg(target->label())
                 : tr("Enabled the officer %1.").arg(target->label()),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE officer SET disabled = ? WHERE id = ?"_s);
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(target->id);
    if (auto done = execOrError(q, writingOfficers()); !done)
        return done;
    if (auto done = audit.recordChange(*event, u"officer"_s, target->id, u"disabled"_s,
            target->disabled ? u"1"_s : u"0"_s, disabled ? u"1"_s : u"0"_s);
        !done)
        return done;
    // A disabled officer's login role may not connect at all (NOLOGIN), so that psql is shut
    // too, not only the program.
    if (hasServerRoles(db)) {
        if (auto done = ServerOfficers::setMayLogIn(db, key(target->login), !disabled); !done)
            return done;
    }
    return transaction.commit(writingOfficers());
}

Status OfficerStore::unlock(QSqlDatabase &db, const Officer &by, const QString &login)
{
    if (auto allowed = require(db, by, Act::ManageOfficers); !allowed)
        return allowed;
    // Nothing counts wrong passwords on a server (logInOnServer), so no account is ever locked
    // there; saying "unlocked" would suggest otherwise.
    if (hasServerRoles(db))
        return Error { tr("On a server no account is locked by wrong passwords: the server "
                          "checks them and locks nothing. %1 logs in unless disabled; an "
                          "administrator enables a disabled account.")
                           .arg(login.trimmed()),
            {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(writingOfficers()); !begun)
        return begun;
    const auto target = existing(db, login, QDate::currentDate());
    if (!target)
        return target.error();
    const auto event = AuditLog(db).beginEvent(
        u"officer-unlock"_s, tr("Unlocked the officer %1.").arg(target->label()), by);
    if (!event)
        return event.error();
    if (auto done = setLoginState(db, target->id, 0, {}); !done)
        return done;
    return transaction.commit(writingOfficers());
}

Status OfficerStore::setPassword(
    QSqlDatabase &db, const Officer &by, const QString &login, const QString &password)
{
    const bool own = key(login) == key(by.login);
    if (!own) {
        if (auto allowed = require(db, by, Act::ManageOfficers); !allowed)
            return allowed;
    } else if (const auto self = existing(db, by.login, QDate::currentDate());
               !self || self->disabled || self->id != by.id) {
        return refused(
            tr("%1 cannot change a password: the account is disabled or gone.").arg(by.label()));
    }
    if (auto ok = PasswordHash::acceptable(password); !ok)
        return ok;
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(writingOfficers()); !begun)
        return begun;
    const auto target = existing(db, login, QDate::currentDate());
    if (!target)
        return target.error();
    const bool server = hasServerRoles(db);
    const auto hash = server ? Result<QString>(QString(u""_s)) : PasswordHash::make(password);
    if (!hash)
        return hash.error();
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"officer-password"_s,
        own ? tr("%1 changed their password.").arg(target->label())
            : tr("Set a new password for %1.").arg(target->label()),
        by);
    if (!event)
        return event.error();
    if (server) {
        if (auto done = ServerOfficers::setPassword(db, key(target->login), password); !done)
            return done;
        return transaction.commit(writingOfficers());
    }
    QSqlQuery q(db);
    q.prepare(u"UPDATE officer SET password_hash = ?, failed_logins = 0, locked_until = NULL "
              "WHERE id = ?"_s);
    q.addBindValue(*hash);
    q.addBindValue(target->id);
    if (auto done = execOrError(q, writingOfficers()); !done)
        return done;
    return transaction.commit(writingOfficers());
}

Status OfficerStore::setRoles(QSqlDatabase &db, const Officer &by, const QString &login,
    const Roles &roles, const QList<qint64> &workshopIds, QDate today)
{
    if (auto allowed = require(db, by, Act::ManageOfficers, today); !allowed)
        return allowed;
    if (roles.isEmpty())
        return Error { tr("An officer needs at least one role."), {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(writingOfficers()); !begun)
        return begun;
    if (auto ok = checkWorkshops(db, roles, workshopIds); !ok)
        return ok;
    const auto target = existing(db, login, today);
    if (!target)
        return target.error();
    if (target->roles.has(Role::Admin) && !roles.has(Role::Admin)) {
        if (auto kept = anotherAdmin(db, *target, today,
                tr("%1 is the only administrator left and keeps that role; make another officer "
                   "an administrator first.")
                    .arg(target->label()));
            !kept)
            return kept;
    }
    AuditLog audit(db);
    const auto event = audit.beginEvent(
        u"officer-roles"_s, tr("Roles of %1: %2.").arg(target->label(), roles.titles()), by);
    if (!event)
        return event.error();
    QList<Role> granted;
    QSqlQuery q(db);
    q.prepare(u"UPDATE officer_role SET revoked_on = ?, revoked_event_id = ? WHERE officer_id = ? "
              "AND role = ? AND revoked_on IS NULL"_s);
    for (Role role : Roles::every()) {
        if (roles.has(role) && !target->roles.has(role))
            granted += role;
        if (!roles.has(role) && target->roles.has(role)) {
            q.addBindValue(today.toString(Qt::ISODate));
            q.addBindValue(*event);
            q.addBindValue(target->id);
            q.addBindValue(Roles::key(role));
            if (auto done = execOrError(q, writingOfficers()); !done)
                return done;
        }
    }
    if (auto done = insertRoles(db, target->id, granted, today, *event); !done)
        return done;
    if (auto done = audit.recordChange(*event, u"officer"_s, target->id, u"roles"_s,
            target->roles.keys().join(u','), roles.keys().join(u','));
        !done)
        return done;
    if (workshopIds != target->workshopIds) {
        if (auto done = replaceWorkshops(db, target->id, workshopIds, *event); !done)
            return done;
        if (auto done = audit.recordChange(*event, u"officer"_s, target->id, u"workshops"_s,
                joinedIds(target->workshopIds), joinedIds(workshopIds));
            !done)
            return done;
    }
    // The server's groups are the roles held from today on, what the row now says.
    if (hasServerRoles(db)) {
        if (auto done = ServerOfficers::setRoles(db, key(target->login), roles); !done)
            return done;
    }
    return transaction.commit(writingOfficers());
}

Result<Officer> OfficerStore::logIn(
    QSqlDatabase &db, const QString &login, const QString &password, QDateTime now)
{
    if (hasServerRoles(db))
        return logInOnServer(db, login, password, now.toLocalTime().date());
    // One attempt at a time: read, check and count in one write transaction, so that attempts
    // made in parallel are all counted and cannot outrun the lock. A read-only connection cannot
    // count (the transaction does not begin); its refusals stand all the same.
    Transaction transaction(db, Transaction::Lock::Write);
    QString hash;
    int failed = 0;
    QDateTime lockedUntil;
    const auto found = find(
        db, u"login_key = ?"_s, key(login), now.toLocalTime().date(), &hash, &failed, &lockedUntil);
    if (!found)
        return found.error();
    // The same words, and the same Argon2id cost, whether the login exists or not: a refusal
    // must not tell which login names are taken.
    const Error wrong = refused(tr("Login failed: the login name or the password is wrong."));
    if (!*found) {
        static const QString dummy = PasswordHash::make(u"no officer has this password"_s).value();
        (void)PasswordHash::matches(dummy, password);
        return wrong;
    }
    const Officer officer = **found;
    if (lockedUntil.isValid() && lockedUntil > now) {
        const qint64 minutes = (now.secsTo(lockedUntil) + 59) / 60;
        return refused(tr("The account %1 is locked after %2 wrong passwords: try again in %n "
                          "minute(s), or ask an administrator to unlock it.",
            nullptr, int(minutes))
                           .arg(officer.login)
                           .arg(attemptsBeforeLock));
    }
    if (!PasswordHash::matches(hash, password)) {
        // A lock that has run out starts a new count.
        const int count = (lockedUntil.isValid() ? 0 : failed) + 1;
        if (count < attemptsBeforeLock) {
            if (setLoginState(db, officer.id, count, {}))
                (void)transaction.commit(writingOfficers());
            return wrong;
        }
        const auto event = AuditLog(db).beginEvent(u"officer-locked"_s,
            tr("The account %1 was locked for %2 minutes after %3 wrong passwords.")
                .arg(officer.login)
                .arg(lockMinutes)
                .arg(attemptsBeforeLock),
            officer);
        if (event && setLoginState(db, officer.id, 0, now.addSecs(lockMinutes * 60)))
            (void)transaction.commit(writingOfficers());
        return refused(tr("Login failed: wrong password. The account %1 is now locked for "
                          "%2 minutes; an administrator can unlock it.")
                           .arg(officer.login)
                           .arg(lockMinutes));
    }
    if (officer.disabled)
        return refused(
            tr("The account %1 is disabled; an administrator can enable it.").arg(officer.login));
    if (officer.roles.isEmpty())
        return refused(tr("The account %1 holds no role today.").arg(officer.login));
    if ((failed != 0 || lockedUntil.isValid()) && setLoginState(db, officer.id, 0, {}))
        (void)transaction.commit(writingOfficers());
    return officer;
}

Status OfficerStore::require(QSqlDatabase &db, const Officer &by, Act act, QDate day)
{
    const auto found = find(db, u"id = ?"_s, by.id, day);
    if (!found)
        return found.error();
    const QString who = by.label().isEmpty() ? tr("Nobody") : by.label();
    if (!*found || (*found)->login != by.login)
        return refused(tr("%1 is not an officer of this company, and may not %2.")
                           .arg(who, Permissions::describe(act)));
    const Officer &stored = **found;
    if (stored.disabled)
        return refused(tr("The account %1 is disabled.").arg(stored.login));
    if (!Permissions::allows(stored.roles, act))
        return refused(tr("%1 may not %2: that needs the role %3.")
                           .arg(stored.label(), Permissions::describe(act),
                               Permissions::rolesFor(act).titles()));
    return success();
}

Result<Officer> OfficerStore::load(QSqlDatabase &db, const QString &login, QDate day)
{
    return existing(db, login, day);
}

Result<qint64> OfficerStore::firstWorkshop(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // The same workshop on either engine: SQLite sorts NULL first, PostgreSQL last.
    if (!q.exec(u"SELECT w.id FROM workshop w LEFT JOIN site s ON s.id = w.site_id "
                "ORDER BY s.name NULLS FIRST, w.name LIMIT 1"_s))
        return SqlErrors::fromQuery(q, readingOfficers());
    const auto found = nextRow(q, readingOfficers());
    if (!found)
        return found.error();
    return *found ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> OfficerStore::workshopNamed(QSqlDatabase &db, const QString &name)
{
    const QString text = name.trimmed();
    const qsizetype slash = text.indexOf(u'/');
    const QString site = slash < 0 ? QString() : text.left(slash).trimmed();
    const QString workshop = slash < 0 ? text : text.mid(slash + 1).trimmed();
    QSqlQuery q(db);
    q.prepare(u"SELECT w.id, COALESCE(s.name, '') FROM workshop w LEFT JOIN site s "
              "ON s.id = w.site_id WHERE w.name = ? ORDER BY s.name NULLS FIRST"_s);
    q.addBindValue(workshop);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingOfficers());
    QList<qint64> ids;
    QStringList sites;
    if (auto read = forEachRow(q, readingOfficers(),
            [&](QSqlQuery &row) {
                if (slash >= 0 && row.value(1).toString() != site)
                    return;
                ids += row.value(0).toLongLong();
                sites += row.value(1).toString() + u'/' + workshop;
            });
        !read)
        return read.error();
    if (ids.isEmpty())
        return Error { tr("There is no workshop %1.").arg(text), {} };
    if (ids.size() > 1)
        return Error { tr("The workshop %1 exists at several sites; name one: %2.")
                           .arg(text, sites.join(tr(", "))),
            {} };
    return ids.first();
}

} // namespace skl
