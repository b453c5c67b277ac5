#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include "core/common/progress.h"
#include "core/domain/officer.h"
#include "core/store/connection.h"

namespace skl {

// What every command of skillladder-cli shares: the output streams, the database of --db, the
// officer of --user once logged in, whether --progress was given, and how a command ends. Exit
// codes: 0 success, 1 invalid data or a failure the user can act on, 2 bad usage, 3 refused (a
// failed login, a locked or disabled account, an act the officer's roles do not allow).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(skl::CliContext)
public:
    enum ExitCode { Success = 0, InvalidData = 1, BadUsage = 2, Refused = 3 };

    CliContext(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    { }

    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }

    const QString &databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    bool showsProgress() const { return m_showsProgress; }
    void setShowsProgress(bool shows) { m_showsProgress = shows; }

    // --user NAME, and whether the command runs as a logged-in officer (all but init, demo,
    // adopt and verify).
    void setUser(const QString &login) { m_user = login; }
    const QString &user() const { return m_user; }
    void setLoginRequired(bool required) { m_loginRequired = required; }
    // The logged-in officer; valid after openDatabase() succeeded for a command that logs in.
    const Officer &officer() const { return m_officer; }

    // The database of --db, with the officer logged in when the command needs one; null after
    // printing why not (openFailure() is then the exit code).
    std::unique_ptr<Connection> openDatabase(Connection::Mode mode = Connection::Mode::MustExist);
    int openFailure() const { return m_openFailure; }
    // A new officer's password (init, demo, adopt, user add, user passwd): SKL_NEW_PASSWORD, or
    // asked twice at the terminal. nullopt after printing why not (exit 2: neither is there).
    std::optional<QString> newPassword(const QString &forWhom);
    // Prints the object on stdout, indented.
    void printJson(const QJsonObject &object);
    // Prints the message and where to find the commands; returns BadUsage.
    int usageError(const QString &message);
    // Prints the message; returns InvalidData.
    int failure(const QString &message);
    // Prints the message; returns Refused when the error is a refusal, InvalidData otherwise.
    int failure(const Error &error);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    int logIn(QSqlDatabase &db);
    // The password of --user: SKL_PASSWORD, or asked once at the terminal.
    std::optional<QString> password();
    int rememberServerLogin();

    QString m_databasePath;
    bool m_showsProgress = false;
    QString m_user;
    bool m_loginRequired = true;
    Officer m_officer;
    std::optional<QString> m_password;
    int m_openFailure = InvalidData;
};

// Progress on stderr when --progress is given: whole percentages every ten, or for certificates
// (where a page is the unit a user counts) the pages done every hundred.
class CliProgress final : public ProgressSink
{
public:
    enum class Style { Percent, Count };

    explicit CliProgress(const CliContext &context, Style style = Style::Percent)
        : m_err(context.err())
        , m_enabled(context.showsProgress())
        , m_style(style)
    { }
    void report(qint64 done, qint64 total) override;
    bool isCanceled() const override { return false; }

private:
    QTextStream &m_err;
    bool m_enabled;
    Style m_style;
    int m_lastPercent = -1;
};

} // namespace skl
