#pragma once

#include <optional>

#include <QString>

namespace skl {

// The login this process uses on a server (issue 14). On a server an officer is a PostgreSQL
// login role and the server checks the password, so every connection the process opens there
// (the window's, its jobs' on pool threads, the command line's) must present it. It is kept in
// memory for the process's life, never written anywhere, and forgotten at logout.
class ServerLogin
{
public:
    struct Credentials
    {
        QString login;
        QString password;
    };

    // Remembers the login for the server location (a URL as ServerAddress parses it).
    static void remember(const QString &location, const QString &login, const QString &password);
    static void forget(const QString &location);
    static std::optional<Credentials> of(const QString &location);
};

} // namespace skl
