#include "core/store/serveraddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    struct Parsed
    {
        std::optional<ServerAddress> address;
        QString problem;
    };

    bool hasServerScheme(const QString &location)
    {
        return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
            || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
    }

    Parsed parseUrl(const QString &location)
    {
        const QUrl url(location, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return { std::nullopt,
                ServerAddress::tr(
                    "%1 is not a server address: write postgresql://SERVER[:PORT]/DATABASE.")
                    .arg(location) };
        if (!url.userName().isEmpty() || !url.password().isEmpty())
            return { std::nullopt,
                ServerAddress::tr(
                    "Write the login with --user (or in the login window), not in the server "
                    "address: a password in an address would be seen by everyone on this "
                    "computer.") };
        ServerAddress address;
        address.host = url.host();
        address.port = url.port(5432);
        address.database = url.path().mid(1);
        if (address.database.isEmpty() || address.database.contains(u'/'))
            return { std::nullopt,
                ServerAddress::tr(
                    "%1 names no database: write postgresql://SERVER[:PORT]/DATABASE.")
                    .arg(location) };
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != u"sslmode")
                return { std::nullopt,
                    ServerAddress::tr(
                        "%1: the server address knows only the option sslmode, not %2.")
                        .arg(location, key) };
            static const QStringList modes { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s,
                u"verify-ca"_s, u"verify-full"_s };
            if (!modes.contains(value))
                return { std::nullopt,
                    ServerAddress::tr("%1: sslmode must be one of %2.")
                        .arg(location, modes.join(u", "_s)) };
            address.sslMode = value;
        }
        return { address, {} };
    }

} // namespace

std::optional<ServerAddress> ServerAddress::parse(const QString &location)
{
    if (!hasServerScheme(location))
        return std::nullopt;
    return parseUrl(location).address;
}

bool ServerAddress::isServer(const QString &location)
{
    return hasServerScheme(location);
}

QString ServerAddress::problemWith(const QString &location)
{
    if (!hasServerScheme(location))
        return {};
    return parseUrl(location).problem;
}

QString ServerAddress::display() const
{
    QString text = u"postgresql://%1:%2/%3"_s.arg(host).arg(port).arg(database);
    if (!sslMode.isEmpty())
        text += u"?sslmode="_s + sslMode;
    return text;
}

} // namespace skl
