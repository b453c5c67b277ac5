#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/role.h"

namespace skl {

// Officers as PostgreSQL login roles (issue 14). On a server the officer's password is the
// role's, checked by the server (SCRAM) at every connection; the officer table keeps the rest
// (display name, effective-dated roles, workshops, the trail). An officer's role is named by
// their login_key (OfficerStore::loginKey), so that "SELECT id FROM officer WHERE login_key =
// session_user" finds who acts.
//
// The SkillLadder admin has no CREATEROLE: on PostgreSQL 15 a CREATEROLE role may grant itself
// pg_read_all_data and change any other role's password. Officers are made and changed through
// SECURITY DEFINER functions owned by <db>_owner, which check that the caller administers this
// company and touch only this company's officers and groups. Passwords reach the server only as
// SCRAM verifiers computed here, never in clear (server logs, pg_stat_activity).
class ServerOfficers
{
    Q_DECLARE_TR_FUNCTIONS(skl::ServerOfficers)
public:
    // Installs (again) the functions, as the company's owner: ServerPrivileges::apply calls it
    // after every upgrade.
    static Status install(QSqlDatabase &db, const QString &database);

    // A new login role for the officer, in the company's groups of roles. A login name taken by
    // any role of the cluster is refused: it may be a person's or another company's.
    static Status create(
        QSqlDatabase &db, const QString &loginKey, const QString &password, const Roles &roles);
    // Makes the officer's groups those of roles (the roles held today).
    static Status setRoles(QSqlDatabase &db, const QString &loginKey, const Roles &roles);
    // LOGIN or NOLOGIN: a disabled officer cannot connect at all.
    static Status setMayLogIn(QSqlDatabase &db, const QString &loginKey, bool mayLogIn);
    // Another officer's new password (an admin's act), or the session's own.
    static Status setPassword(QSqlDatabase &db, const QString &loginKey, const QString &password);

    // The login the server checked for this connection (session_user).
    static Result<QString> sessionLogin(QSqlDatabase &db);

    enum class PasswordCheck {
        Right,
        Wrong, // or no such login: the server does not say which
        RightButMayNotLogIn, // a disabled officer (NOLOGIN): the server checks the password first
    };
    // Checks loginKey's password by opening a short second connection to the same database as
    // that login: for a connection that is someone else's (the DBA's, in the tests' fixture). An
    // Error when the server cannot be reached.
    static Result<PasswordCheck> checkPassword(
        const QSqlDatabase &db, const QString &loginKey, const QString &password);

    // The SCRAM-SHA-256 verifier of password, as the server stores it, computed by libpq on db's
    // connection.
    static Result<QString> verifier(const QSqlDatabase &db, const QString &password);
};

} // namespace skl
