#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// An officer to be made: the password in clear only until it is hashed here.
struct NewOfficer
{
    QString login;
    QString displayName; // the login when empty
    QString password;
    Roles roles;
    QList<qint64> workshopIds; // required with the workshop-head role
};

// One line of the officer list an admin manages.
struct OfficerListing
{
    Officer officer;
    QStringList workshops; // "site / workshop"
    int failedLogins = 0;
    QDateTime lockedUntil; // null unless locked now
};

// Officers, their passwords, roles and workshops (issue 13), and the one check every core write
// makes first: require(). Logins are case-insensitive. Every change is an audit event by the
// officer who made it. On a server an officer is also a PostgreSQL login role named by the
// login's key (issue 14, ServerOfficers): adding, roles, disabling and passwords change the role
// in the same transaction as the row, and the server keeps the password.
class OfficerStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::OfficerStore)
public:
    static constexpr int attemptsBeforeLock = 5;
    static constexpr int lockMinutes = 15;

    // Whether the file has officers: a file from before issue 13 has none and must be adopted.
    static Result<bool> any(QSqlDatabase &db);

    // The first officer of a company (init, demo, adopt), holding every role so that a one-person
    // company can work. Refused when the file already has officers. Runs inside the caller's
    // transaction when there is one; eventId is the event that creates it, or 0 for a new
    // "adopt" event.
    static Result<Officer> createFirst(QSqlDatabase &db, const NewOfficer &first,
        qint64 eventId = 0, QDate today = QDate::currentDate());

    static Result<Officer> add(QSqlDatabase &db, const Officer &by, const NewOfficer &officer,
        QDate today = QDate::currentDate());
    static Result<QList<OfficerListing>> list(
        QSqlDatabase &db, const Officer &by, QDateTime now = QDateTime::currentDateTimeUtc());
    static Status setDisabled(
        QSqlDatabase &db, const Officer &by, const QString &login, bool disabled);
    // Ends a lock after wrong passwords. A server locks nothing, and says so.
    static Status unlock(QSqlDatabase &db, const Officer &by, const QString &login);
    // Anyone may change their own password; an admin may set anyone's.
    static Status setPassword(
        QSqlDatabase &db, const Officer &by, const QString &login, const QString &password);
    // Grants the roles not held yet from today and takes away those not named as of today.
    static Status setRoles(QSqlDatabase &db, const Officer &by, const QString &login,
        const Roles &roles, const QList<qint64> &workshopIds, QDate today = QDate::currentDate());

    // Checks the password. Five wrong ones in a row lock the account for 15 minutes. Every
    // refusal (wrong password, locked, disabled) is an Error of kind Refused that says which.
    // On a server the server checks the password and counts nothing: a connection made with
    // login's own role needs no second check (issue 14).
    static Result<Officer> logIn(QSqlDatabase &db, const QString &login, const QString &password,
        QDateTime now = QDateTime::currentDateTimeUtc());

    // The check every core operation makes before anything else: by, as stored now, enabled and
    // holding on day a role that may do act. A refusal is an Error of kind Refused.
    static Status require(
        QSqlDatabase &db, const Officer &by, Act act, QDate day = QDate::currentDate());

    // The officer as stored, with the roles held on day.
    static Result<Officer> load(
        QSqlDatabase &db, const QString &login, QDate day = QDate::currentDate());

    // A workshop named "WORKSHOP" or "SITE/WORKSHOP" (needed where the name repeats across
    // sites); an unknown or ambiguous name is refused with the choices.
    static Result<qint64> workshopNamed(QSqlDatabase &db, const QString &name);

    // The workshop listed first (by site and name), or 0 when there is none.
    static Result<qint64> firstWorkshop(QSqlDatabase &db);

    // Why login cannot be a login name, or success.
    static Status acceptableLogin(const QString &login);

    // One key per login a person would read as the same: compatibility forms folded (a
    // full-width "ａｄｍｉｎ" is "admin") and case ignored. On a server it is also the name of the
    // officer's login role (issue 14), the login a connection presents.
    static QString loginKey(const QString &login);
};

} // namespace skl
