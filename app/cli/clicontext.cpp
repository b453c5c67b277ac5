#include "app/cli/clicontext.h"

#include <QDir>
#include <QJsonDocument>

#include "app/cli/passwordprompt.h"
#include "core/common/passwordhash.h"
#include "core/store/companystore.h"
#include "core/store/migrations.h"
#include "core/store/officerstore.h"
#include "core/store/serveraddress.h"
#include "core/store/serverlogin.h"

namespace skl {

std::unique_ptr<Connection> CliContext::openDatabase(Connection::Mode mode)
{
    if (ServerAddress::isServer(m_databasePath)) {
        if (const int refused = rememberServerLogin(); refused != Success) {
            m_openFailure = refused;
            return nullptr;
        }
    }
    auto connection = Connection::open(m_databasePath, mode);
    if (!connection) {
        m_openFailure = failure(connection.error());
        return nullptr;
    }
    if (m_loginRequired) {
        if (const int refused = logIn((*connection)->db()); refused != Success) {
            m_openFailure = refused;
            return nullptr;
        }
    }
    // A broken audit trail is said on every command, on stderr so that --json stays readable;
    // the command runs all the same (issue 13).
    if (const QString warning = (*connection)->auditWarning(); !warning.isEmpty())
        m_err << warning << '\n';
    // An upgrade is said once, where the copy of the file as it was is kept (issue 18).
    if ((*connection)->upgradedFrom() > 0)
        m_err << tr("%1 was upgraded from database version %2 to %3; the file as it was is kept "
                    "as %4.")
                     .arg(QDir::toNativeSeparators(m_databasePath))
                     .arg((*connection)->upgradedFrom())
                     .arg(Migrations::latestVersion())
                     .arg(QDir::toNativeSeparators((*connection)->upgradeBackup()))
              << '\n';
    return std::move(*connection);
}

int CliContext::logIn(QSqlDatabase &db)
{
    if (const auto company = CompanyStore::require(db); !company)
        return failure(company.error());
    const auto any = OfficerStore::any(db);
    if (!any)
        return failure(any.error());
    if (!*any) {
        m_err << tr("This company file has no officers yet. Name its first administrator: "
                    "skillladder-cli --db FILE adopt --admin NAME")
              << '\n';
        return Refused;
    }
    if (m_user.isEmpty())
        return usageError(tr("--user NAME is required: the officer who acts."));
    const auto typed = password();
    if (!typed)
        return usageError(tr("No password: set SKL_PASSWORD, or run the command at a "
                             "terminal to be asked."));
    auto officer = OfficerStore::logIn(db, m_user, *typed);
    if (!officer)
        return failure(officer.error());
    m_officer = *officer;
    return Success;
}

std::optional<QString> CliContext::password()
{
    if (!m_password) {
        if (qEnvironmentVariableIsSet("SKL_PASSWORD"))
            m_password = qEnvironmentVariable("SKL_PASSWORD");
        else
            m_password = promptPassword(tr("Password for %1: ").arg(m_user));
    }
    return m_password;
}

// On a server the server checks the login, before anything is read (issue 14): every command,
// init's DBA included, names its login.
int CliContext::rememberServerLogin()
{
    if (const QString problem = ServerAddress::problemWith(m_databasePath); !problem.isEmpty())
        return usageError(problem);
    if (m_user.isEmpty())
        return usageError(tr("--user NAME is required on a server: the login the server "
                             "checks."));
    const auto typed = password();
    if (!typed)
        return usageError(tr("No password: set SKL_PASSWORD, or run the command at a "
                             "terminal to be asked."));
    // An officer's login role is named by the folded login (OfficerStore::loginKey), so that
    // "Wang" logs in as on a file; init's DBA is a role of the server's own, named as typed.
    ServerLogin::remember(m_databasePath,
        m_loginRequired ? OfficerStore::loginKey(m_user) : m_user.trimmed(), *typed);
    return Success;
}

std::optional<QString> CliContext::newPassword(const QString &forWhom)
{
    if (qEnvironmentVariableIsSet("SKL_NEW_PASSWORD")) {
        const QString password = qEnvironmentVariable("SKL_NEW_PASSWORD");
        if (auto ok = PasswordHash::acceptable(password); !ok) {
            failure(tr("SKL_NEW_PASSWORD: %1").arg(ok.error().userMessage));
            return std::nullopt;
        }
        return password;
    }
    for (;;) {
        const auto first = promptPassword(tr("New password for %1: ").arg(forWhom));
        if (!first) {
            usageError(tr("No new password: set SKL_NEW_PASSWORD, or run the command at a "
                          "terminal to be asked."));
            return std::nullopt;
        }
        if (auto ok = PasswordHash::acceptable(*first); !ok) {
            m_err << ok.error().userMessage << '\n';
            continue;
        }
        const auto again = promptPassword(tr("The same password again: "));
        if (again && *again == *first)
            return first;
        m_err << tr("The two passwords differ; once more.") << '\n';
    }
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int CliContext::usageError(const QString &message)
{
    m_err << message << '\n' << tr("Run skillladder-cli --help for the commands.") << '\n';
    return BadUsage;
}

int CliContext::failure(const QString &message)
{
    m_err << message << '\n';
    return InvalidData;
}

int CliContext::failure(const Error &error)
{
    m_err << error.userMessage << '\n';
    return error.isRefusal() ? Refused : InvalidData;
}

void CliProgress::report(qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    if (m_style == Style::Count) {
        if (done % 100 == 0 || done == total) {
            m_err << done << '/' << total << '\n';
            m_err.flush();
        }
        return;
    }
    if (total <= 0)
        return;
    const int percent = int(done * 100 / total);
    if (percent / 10 != m_lastPercent / 10 || percent == 100) {
        m_err << percent << "%\n";
        m_err.flush();
    }
    m_lastPercent = percent;
}

} // namespace skl
