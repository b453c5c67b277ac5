#include "core/store/serverschema.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "core/domain/role.h"
#include "core/store/migrations.h"
#include "core/store/serveraddress.h"
#include "core/store/serverprivileges.h"
#include "core/store/servertrail.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The privileges version is the database's comment, "SkillLadder server privileges N":
    // - only the database's owner (<db>_owner) may set it, and every login reads it
    //   (pg_shdescription) before any grant lets it read a table, an officer's too;
    // - it goes with the database as its grants do, but is not company data: a dump restored
    //   into another database (pg_dump without --create) loses it, and its privileges are
    //   applied again at the first opening by the DBA, where a row in a table would claim
    //   grants that the restore may not have brought (pg_restore --no-privileges);
    // - it adds no table that the trail, the grants and the company transfer would each have to
    //   leave out.
    // A comment of any other text counts as no version: the privileges are applied over it.
    const QString kPrivilegesComment = u"SkillLadder server privileges %1"_s;

    Result<QString> currentDatabase(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (auto read = execOneRow(q, ServerSchema::tr("Reading the server's database"),
                u"SELECT current_database()"_s);
            !read)
            return read.error();
        return q.value(0).toString();
    }

    // Every role the company needs, made if missing: the owner first (it creates the others, so
    // that it may grant them on any PostgreSQL version), then the groups under it.
    Status createRoles(QSqlDatabase &db, const QString &database)
    {
        const QString owner = ServerSchema::groupRole(database, u"owner"_s);
        QSqlQuery q(db);
        const QString failed = ServerSchema::tr("Creating the company's roles on the server");
        q.prepare(u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s);
        q.addBindValue(owner);
        if (auto read = execOneRow(q, failed); !read)
            return read;
        const bool ownerExists = q.value(0).toInt() > 0;
        q.finish();
        QStringList statements;
        if (!ownerExists)
            statements
                += u"CREATE ROLE %1 NOLOGIN CREATEROLE"_s.arg(SqlDialect::quotedIdentifier(owner));
        statements += u"GRANT %1 TO CURRENT_USER"_s.arg(SqlDialect::quotedIdentifier(owner));
        statements += u"ALTER DATABASE %1 OWNER TO %2"_s.arg(
            SqlDialect::quotedIdentifier(database), SqlDialect::quotedIdentifier(owner));
        statements += u"REVOKE ALL ON DATABASE %1 FROM PUBLIC"_s.arg(
            SqlDialect::quotedIdentifier(database));
        statements += u"SET ROLE %1"_s.arg(SqlDialect::quotedIdentifier(owner));
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement))
                return SqlErrors::fromQuery(q, failed);
        }
        QStringList groups { u"officer"_s };
        for (const Role role : Roles::every())
            groups += Roles::key(role);
        for (const QString &key : std::as_const(groups)) {
            const QString group = ServerSchema::groupRole(database, key);
            q.prepare(u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s);
            q.addBindValue(group);
            if (auto read = execOneRow(q, failed); !read)
                return read;
            const bool exists = q.value(0).toInt() > 0;
            q.finish();
            if (!exists
                && !q.exec(u"CREATE ROLE %1 NOLOGIN"_s.arg(SqlDialect::quotedIdentifier(group))))
                return SqlErrors::fromQuery(q, failed);
            if (key != u"officer"
                && !q.exec(u"GRANT %1 TO %2"_s.arg(
                    SqlDialect::quotedIdentifier(ServerSchema::groupRole(database, u"officer"_s)),
                    SqlDialect::quotedIdentifier(group))))
                return SqlErrors::fromQuery(q, failed);
        }
        if (!q.exec(
                u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(SqlDialect::quotedIdentifier(database),
                    SqlDialect::quotedIdentifier(ServerSchema::groupRole(database, u"officer"_s)))))
            return SqlErrors::fromQuery(q, failed);
        return success();
    }

    // Names sort and compare byte by byte in the company file (SQLite's BINARY); a server database
    // must do the same, or the same roster would list in another order and a unique name could
    // differ only in a way the locale ignores.
    Status requireBytewiseCollation(QSqlDatabase &db, const QString &database)
    {
        QSqlQuery q(db);
        if (auto read = execOneRow(q, ServerSchema::tr("Reading the server's database"),
                u"SELECT datcollate, datctype FROM pg_database WHERE datname = current_database()"_s);
            !read)
            return read;
        const QString collate = q.value(0).toString();
        static const QStringList bytewise { u"C"_s, u"POSIX"_s, u"C.UTF-8"_s, u"C.utf8"_s };
        if (!bytewise.contains(collate))
            return Error { ServerSchema::tr("The database %1 sorts text by the locale %2; "
                                            "SkillLadder needs the byte order of its files. "
                                            "Create the database with: createdb --template="
                                            "template0 --locale=C.UTF-8 --encoding=UTF8 %1")
                               .arg(database, collate),
                {} };
        return success();
    }

    Result<bool> mayActAsOwner(QSqlDatabase &db, const QString &owner)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT (SELECT rolsuper OR rolcreaterole FROM pg_roles "
                  "WHERE rolname = session_user) OR (EXISTS (SELECT 1 FROM pg_roles "
                  "WHERE rolname = ?) AND pg_has_role(session_user, ?, 'MEMBER'))"_s);
        q.addBindValue(owner);
        q.addBindValue(owner);
        if (auto read = execOneRow(q, ServerSchema::tr("Reading the server's roles")); !read)
            return read.error();
        return q.value(0).toBool();
    }

    Error newerPrivileges(int stored)
    {
        return Error { ServerSchema::tr("The company on the server was set up by a newer version "
                                        "of SkillLadder (privileges version %1; this program "
                                        "knows up to %2). Install the newer SkillLadder to open "
                                        "it; nothing was changed.")
                           .arg(stored)
                           .arg(ServerSchema::kPrivilegesVersion),
            {} };
    }

    // Grants, policies, the trail's and the officers' functions, and the version that says so,
    // in one transaction: a failure leaves the earlier privileges whole, never half of each.
    // Under the company's write lock, which every writer takes: two logins that open an older
    // database at once apply them one after the other, and the second finds nothing to do.
    Status applyPrivileges(QSqlDatabase &db, const QString &database)
    {
        const QString failed = ServerSchema::tr("Applying the company's privileges on the server");
        Transaction transaction(db, Transaction::Lock::Write);
        if (auto begun = transaction.begun(failed); !begun)
            return begun;
        const auto stored = ServerSchema::privilegesVersion(db);
        if (!stored)
            return stored.error();
        if (*stored > ServerSchema::kPrivilegesVersion)
            return newerPrivileges(*stored);
        if (*stored == ServerSchema::kPrivilegesVersion)
            return success();
        if (auto applied = ServerPrivileges::apply(db, database); !applied)
            return applied;
        if (auto installed = ServerTrail::install(db, database); !installed)
            return installed;
        if (auto pinned = ServerPrivileges::pinSearchPaths(db); !pinned)
            return pinned;
        QSqlQuery q(db);
        if (!q.exec(u"COMMENT ON DATABASE %1 IS '%2'"_s.arg(SqlDialect::quotedIdentifier(database),
                kPrivilegesComment.arg(ServerSchema::kPrivilegesVersion))))
            return SqlErrors::fromQuery(q, failed);
        q.finish();
        return transaction.commit(failed);
    }

} // namespace

Result<int> ServerSchema::privilegesVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto read = execOneRow(q, tr("Reading the server's database"),
            u"SELECT shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname = current_database()"_s);
        !read)
        return read.error();
    static const QRegularExpression stored(
        u"^"_s + kPrivilegesComment.arg(u"([0-9]{1,9})"_s) + u"$"_s);
    const QRegularExpressionMatch match = stored.match(q.value(0).toString());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

QString ServerSchema::groupRole(const QString &database, const QString &roleKey)
{
    QString key = roleKey;
    key.replace(u'-', u'_');
    return database + u'_' + key;
}

Error ServerSchema::connectionRefused(
    const QSqlError &error, const ServerAddress &address, const QString &login)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.driverText() + u' ' + error.databaseText();
    // 28P01: invalid_password; 28000: invalid_authorization_specification (no such role, a role
    // that may not log in, no pg_hba.conf entry).
    if (code == u"28P01" || code == u"28000" || text.contains(u"password authentication failed")
        || text.contains(u"no pg_hba.conf entry") || text.contains(u"is not permitted to log in"))
        return Error { tr("The server %1 refused the login %2: wrong login or password, a "
                          "disabled officer, or a computer the server does not admit.")
                           .arg(address.display(), login),
            text, Error::Kind::Refused };
    if (code == u"3D000" || text.contains(u"does not exist"))
        return Error { tr("The server %1 has no database %2. Ask the server's administrator "
                          "which database holds the company.")
                           .arg(address.display(), address.database),
            text };
    return Error { tr("Cannot reach the server %1: check the server's name and port, the "
                      "network, and that the server runs.")
                       .arg(address.display()),
        text };
}

Status ServerSchema::bringUpToDate(QSqlDatabase &db, int fromVersion)
{
    const auto stored = privilegesVersion(db);
    if (!stored)
        return stored.error();
    if (*stored > kPrivilegesVersion)
        return newerPrivileges(*stored);
    const bool schemaCurrent = fromVersion == Migrations::latestVersion();
    if (schemaCurrent && *stored == kPrivilegesVersion)
        return success();
    const auto database = currentDatabase(db);
    if (!database)
        return database.error();
    const QString owner = groupRole(*database, u"owner"_s);
    const auto allowed = mayActAsOwner(db, owner);
    if (!allowed)
        return allowed.error();
    if (!*allowed && !schemaCurrent)
        return Error { tr("The company on the server needs an upgrade to this version of "
                          "SkillLadder. Ask the server's administrator to run any command once "
                          "with --user and a login that may act as %1.")
                           .arg(owner),
            {} };
    // An officer does not work under the privileges of an earlier release: they may still grant
    // what this one withdrew (before version 1, officers could write seals), and lack
    // what it relies on. Refusing brings the administrator to apply them.
    if (!*allowed)
        return Error { tr("The privileges of the company on the server are older than this "
                          "version of SkillLadder. Ask the server's administrator to run any "
                          "command once with --user and a DBA login that may act as %1; "
                          "nothing was changed.")
                           .arg(owner),
            {} };
    if (fromVersion == 0) {
        if (auto collation = requireBytewiseCollation(db, *database); !collation)
            return collation;
    }
    if (auto roles = createRoles(db, *database); !roles)
        return roles;
    Status upgraded = success();
    if (!schemaCurrent)
        upgraded = Migrations::migrateTo(db, Migrations::latestVersion());
    if (upgraded)
        upgraded = applyPrivileges(db, *database);
    QSqlQuery reset(db);
    if (!reset.exec(u"RESET ROLE"_s) && upgraded)
        return SqlErrors::fromQuery(reset, tr("Upgrading the company on the server"));
    return upgraded;
}

} // namespace skl
