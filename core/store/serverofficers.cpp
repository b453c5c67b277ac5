#include "core/store/serverofficers.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

#include "core/store/libpqconnection.h"
#include "core/store/serveraddress.h"
#include "core/store/serverschema.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // ARRAY['admin', 'hr', …]: every SkillLadder role key, the only words the functions turn
    // into group roles.
    QString roleKeysArray()
    {
        QString sql = u"ARRAY["_s;
        for (const Role role : Roles::every()) {
            if (role != Roles::every().first())
                sql += u", "_s;
            SqlDialect::appendLiteral(sql, Roles::key(role));
        }
        return sql + u"]::text[]"_s;
    }

    // The functions, owned by <db>_owner (who runs install). Every one runs with a fixed
    // search_path and names the schema of what it calls, so that no object an officer could
    // create is found first. The group names follow ServerSchema::groupRole: the database's
    // name, "_", the key with "-" as "_".
    QStringList functionStatements(const QString &database)
    {
        const QString keys = roleKeysArray();
        const QString admin
            = SqlDialect::quotedIdentifier(ServerSchema::groupRole(database, u"admin"_s));
        // session_user, not current_user: inside a SECURITY DEFINER function current_user is
        // the owner. The DBA who creates the company acts as the owner, and may too.
        const QString requireAdmin = uR"sql(
CREATE OR REPLACE FUNCTION public.skl_require_officer_admin() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $skl$
BEGIN
    IF NOT (pg_has_role(session_user, current_database() || '_admin', 'MEMBER')
            OR pg_has_role(session_user, current_database() || '_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'the login % does not administer the officers of %', session_user,
            current_database() USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$skl$)sql"_s;
        const QString groups = uR"sql(
CREATE OR REPLACE FUNCTION public.skl_officer_groups(role_keys text[]) RETURNS text[]
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $skl$
DECLARE
    role_key text;
    result text[] := '{}';
BEGIN
    FOREACH role_key IN ARRAY coalesce(role_keys, '{}') LOOP
        IF role_key IS NULL OR NOT role_key = ANY (%1) THEN
            RAISE EXCEPTION 'SkillLadder has no role %', role_key
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        result := result || (current_database() || '_' || replace(role_key, '-', '_'));
    END LOOP;
    RETURN result;
END
$skl$)sql"_s.arg(keys);
        // An officer of this company: a login role made by skl_create_officer, a direct member
        // of <db>_officer, with no attribute beyond LOGIN and no membership outside this
        // company's groups. A role that holds more (a DBA's grant of pg_read_all_data, another
        // company's group) is not touched: resetting its password would hand over what it
        // holds.
        const QString companyOfficer = uR"sql(
CREATE OR REPLACE FUNCTION public.skl_company_officer(login text) RETURNS oid
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $skl$
DECLARE
    officer_role record;
    company_roles text[];
BEGIN
    company_roles := public.skl_officer_groups(%1)
        || ARRAY[current_database() || '_officer', current_database() || '_owner'];
    SELECT oid, rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls
        INTO officer_role FROM pg_roles WHERE rolname = login;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no login %', login USING ERRCODE = 'undefined_object';
    END IF;
    IF officer_role.rolsuper OR officer_role.rolcreaterole OR officer_role.rolcreatedb
        OR officer_role.rolreplication OR officer_role.rolbypassrls OR login = ANY (company_roles)
        OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                       WHERE m.member = officer_role.oid
                         AND g.rolname = current_database() || '_officer')
        OR EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   WHERE m.member = officer_role.oid AND NOT g.rolname = ANY (company_roles)) THEN
        RAISE EXCEPTION 'the login % is not an officer of %', login, current_database()
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN officer_role.oid;
END
$skl$)sql"_s.arg(keys);
        // A verifier, never a password in clear: a clear one would stand in the server's log
        // and in pg_stat_activity.
        const QString requireVerifier = uR"sql(
CREATE OR REPLACE FUNCTION public.skl_require_verifier(verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $skl$
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:' THEN
        RAISE EXCEPTION 'a password reaches the server only as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$skl$)sql"_s;
        // The name must be free on the whole cluster: a role of that name may be a person's,
        // the DBA's or another company's officer, and is never taken over.
        const QString create = uR"sql(
CREATE OR REPLACE FUNCTION public.skl_create_officer(login text, verifier text, role_keys text[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $skl$
DECLARE
    company_group text;
BEGIN
    PERFORM public.skl_require_officer_admin();
    PERFORM public.skl_require_verifier(verifier);
    IF login IS NULL OR login = '' OR octet_length(login) > 63 THEN
        RAISE EXCEPTION 'the login name % cannot name a login', login
            USING ERRCODE = 'invalid_name';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'the login name % is taken on this server', login
            USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                   'NOBYPASSRLS INHERIT PASSWORD %L', login, verifier);
    EXECUTE format('GRANT %I TO %I', current_database() || '_officer', login);
    FOREACH company_group IN ARRAY public.skl_officer_groups(role_keys) LOOP
        EXECUTE format('GRANT %I TO %I', company_group, login);
    END LOOP;
END
$skl$)sql"_s;
        const QString setGroups = uR"sql(
CREATE OR REPLACE FUNCTION public.skl_set_officer_groups(login text, role_keys text[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $skl$
DECLARE
    officer_oid oid;
    wanted text[];
    company_group text;
    held boolean;
BEGIN
    PERFORM public.skl_require_officer_admin();
    officer_oid := public.skl_company_officer(login);
    wanted := public.skl_officer_groups(role_keys);
    FOREACH company_group IN ARRAY public.skl_officer_groups(%1) LOOP
        held := EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                        WHERE m.member = officer_oid AND g.rolname = company_group);
        IF company_group = ANY (wanted) AND NOT held THEN
            EXECUTE format('GRANT %I TO %I', company_group, login);
        ELSIF held AND NOT company_group = ANY (wanted) THEN
            EXECUTE format('REVOKE %I FROM %I', company_group, login);
        END IF;
    END LOOP;
END
$skl$)sql"_s.arg(keys);
        const QString setLogin = uR"sql(
CREATE OR REPLACE FUNCTION public.skl_set_officer_login(login text, may_log_in boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $skl$
BEGIN
    PERFORM public.skl_require_officer_admin();
    PERFORM public.skl_company_officer(login);
    IF may_log_in THEN
        EXECUTE format('ALTER ROLE %I LOGIN', login);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', login);
    END IF;
END
$skl$)sql"_s;
        const QString setPassword = uR"sql(
CREATE OR REPLACE FUNCTION public.skl_set_officer_password(login text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $skl$
BEGIN
    PERFORM public.skl_require_officer_admin();
    PERFORM public.skl_require_verifier(verifier);
    PERFORM public.skl_company_officer(login);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
END
$skl$)sql"_s;

        QStringList statements { requireAdmin, groups, companyOfficer, requireVerifier, create,
            setGroups, setLogin, setPassword };
        // PostgreSQL lets PUBLIC execute a new function; these are the admins' only, and the
        // helpers nobody's but the owner's (the functions above run as the owner).
        for (const QString &function : { u"skl_require_officer_admin()"_s,
                 u"skl_officer_groups(text[])"_s, u"skl_company_officer(text)"_s,
                 u"skl_require_verifier(text)"_s, u"skl_create_officer(text, text, text[])"_s,
                 u"skl_set_officer_groups(text, text[])"_s,
                 u"skl_set_officer_login(text, boolean)"_s,
                 u"skl_set_officer_password(text, text)"_s })
            statements += u"REVOKE ALL ON FUNCTION public.%1 FROM PUBLIC"_s.arg(function);
        for (const QString &function : { u"skl_create_officer(text, text, text[])"_s,
                 u"skl_set_officer_groups(text, text[])"_s,
                 u"skl_set_officer_login(text, boolean)"_s,
                 u"skl_set_officer_password(text, text)"_s })
            statements += u"GRANT EXECUTE ON FUNCTION public.%1 TO %2"_s.arg(function, admin);
        return statements;
    }

    QString writingOfficers()
    {
        return ServerOfficers::tr("Saving the officer's login on the server");
    }

    Error takenBy(const QString &loginKey, const QString &detail)
    {
        return Error { ServerOfficers::tr("The login name %1 is already taken on this server by a "
                                          "login outside this company (a person's, the server "
                                          "administrator's or another company's officer), which "
                                          "SkillLadder never takes over. Choose another login "
                                          "name.")
                           .arg(loginKey),
            detail };
    }

    // What the functions' refusals mean to the officer.
    Error functionFailed(const QSqlQuery &query, const QString &loginKey)
    {
        const QString code = query.lastError().nativeErrorCode();
        const QString detail = query.lastError().text();
        if (code == u"42710")
            return takenBy(loginKey, detail);
        if (code == u"42501")
            return Error { ServerOfficers::tr("The server refused to change the login %1: only "
                                              "an administrator of this company may, and only "
                                              "for this company's officers.")
                               .arg(loginKey),
                detail, Error::Kind::Refused };
        return SqlErrors::fromQuery(query, writingOfficers());
    }

    Status call(
        QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &loginKey)
    {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec())
            return functionFailed(q, loginKey);
        return success();
    }

    QString keysOf(const Roles &roles)
    {
        return roles.keys().join(u',');
    }

} // namespace

Status ServerOfficers::install(QSqlDatabase &db, const QString &database)
{
    QSqlQuery q(db);
    for (const QString &statement : functionStatements(database)) {
        if (!q.exec(statement))
            return SqlErrors::fromQuery(q, tr("Installing the officers' functions on the server"));
    }
    return success();
}

Result<QString> ServerOfficers::verifier(const QSqlDatabase &db, const QString &password)
{
    PGconn *connection = libpqConnection(db);
    if (!connection)
        return Error { tr("The password cannot be prepared for the server: the connection is "
                          "not a PostgreSQL one."),
            {} };
    // The algorithm named, so that libpq asks the server nothing (a query here could meet the
    // caller's transaction) and never falls back to MD5.
    char *made
        = PQencryptPasswordConn(connection, password.toUtf8().constData(), "", "scram-sha-256");
    if (!made)
        return Error { tr("The password cannot be prepared for the server. Try again; if it "
                          "happens again, give the log to your administrator."),
            QString::fromUtf8(PQerrorMessage(connection)) };
    const QString text = QString::fromUtf8(made);
    PQfreemem(made);
    return text;
}

Status ServerOfficers::create(
    QSqlDatabase &db, const QString &loginKey, const QString &password, const Roles &roles)
{
    if (loginKey.toUtf8().size() > 63)
        return Error {
            tr("The login name %1 is too long for the server: at most 63 bytes.").arg(loginKey), {}
        };
    // Said before anything is tried, in the officer's words; the function refuses it anyway.
    QSqlQuery taken(db);
    taken.prepare(u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s);
    taken.addBindValue(loginKey);
    if (auto read = execOneRow(taken, writingOfficers()); !read)
        return read;
    if (taken.value(0).toInt() > 0)
        return takenBy(loginKey, {});
    taken.finish();
    const auto made = verifier(db, password);
    if (!made)
        return made.error();
    return call(db, u"SELECT public.skl_create_officer(?, ?, string_to_array(?, ','))"_s,
        { loginKey, *made, keysOf(roles) }, loginKey);
}

Status ServerOfficers::setRoles(QSqlDatabase &db, const QString &loginKey, const Roles &roles)
{
    return call(db, u"SELECT public.skl_set_officer_groups(?, string_to_array(?, ','))"_s,
        { loginKey, keysOf(roles) }, loginKey);
}

Status ServerOfficers::setMayLogIn(QSqlDatabase &db, const QString &loginKey, bool mayLogIn)
{
    return call(
        db, u"SELECT public.skl_set_officer_login(?, ?)"_s, { loginKey, mayLogIn }, loginKey);
}

Status ServerOfficers::setPassword(
    QSqlDatabase &db, const QString &loginKey, const QString &password)
{
    const auto session = sessionLogin(db);
    if (!session)
        return session.error();
    const auto made = verifier(db, password);
    if (!made)
        return made.error();
    if (*session != loginKey)
        return call(
            db, u"SELECT public.skl_set_officer_password(?, ?)"_s, { loginKey, *made }, loginKey);
    // Every role may change its own password, without CREATEROLE. ALTER ROLE takes no bound
    // values; the verifier is base64 and punctuation, written as a quoted literal.
    QString sql = u"ALTER ROLE CURRENT_USER PASSWORD "_s;
    SqlDialect::appendLiteral(sql, *made);
    QSqlQuery q(db);
    if (!q.exec(sql))
        return functionFailed(q, loginKey);
    return success();
}

Result<QString> ServerOfficers::sessionLogin(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto read = execOneRow(q, tr("Reading the server's login"), u"SELECT session_user"_s);
        !read)
        return read.error();
    return q.value(0).toString();
}

Result<ServerOfficers::PasswordCheck> ServerOfficers::checkPassword(
    const QSqlDatabase &db, const QString &loginKey, const QString &password)
{
    static QAtomicInteger<quint64> counter;
    const QString name = u"skl-password-check-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    QSqlError error;
    bool opened = false;
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        check.setHostName(db.hostName());
        check.setPort(db.port());
        check.setDatabaseName(db.databaseName());
        check.setConnectOptions(db.connectOptions());
        check.setUserName(loginKey);
        check.setPassword(password);
        opened = check.open();
        error = check.lastError();
        check.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (opened)
        return PasswordCheck::Right;
    // libpq hands a refused login over as text only. The server checks the password before it
    // looks at LOGIN, so "not permitted to log in" means the password was right.
    const QString text = error.driverText() + u' ' + error.databaseText();
    if (text.contains(u"is not permitted to log in"))
        return PasswordCheck::RightButMayNotLogIn;
    if (error.nativeErrorCode() == u"28P01" || text.contains(u"password authentication failed"))
        return PasswordCheck::Wrong;
    ServerAddress address;
    address.host = db.hostName();
    address.port = db.port();
    address.database = db.databaseName();
    return ServerSchema::connectionRefused(error, address, loginKey);
}

} // namespace skl
