#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace skl {

// Where a company lives: a local SQLite file (the embedded default) or a PostgreSQL database on
// a shared server (issue 14), written postgresql://HOST[:PORT]/DBNAME[?sslmode=…] (also
// postgres://). A database's location travels through the program as one string, the path of a
// file or such a URL, so that the window, its jobs and the command line need not know the engine.
struct ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(skl::ServerAddress)
public:
    QString host;
    int port = 5432;
    QString database;
    // Empty: libpq's default (prefer), so that a plain URL works against a local server and TLS
    // is used where the server offers it.
    QString sslMode;

    // The address when location is a server URL; nullopt for a file path. A URL that names no
    // database, or an sslmode libpq does not know, is an error the caller reports.
    static std::optional<ServerAddress> parse(const QString &location);
    static bool isServer(const QString &location);
    // Why location looks like a server URL but is not one; empty when it is fine or is a file.
    static QString problemWith(const QString &location);

    // postgresql://host:port/database, for messages and as the key of remembered logins.
    QString display() const;
};

} // namespace skl
