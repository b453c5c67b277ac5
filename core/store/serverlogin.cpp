#include "core/store/serverlogin.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include "core/store/serveraddress.h"

namespace skl {

namespace {

    QMutex loginsMutex;
    QHash<QString, ServerLogin::Credentials> &logins()
    {
        static QHash<QString, ServerLogin::Credentials> byServer;
        return byServer;
    }

    // One key however the URL was written (postgres:// or postgresql://, default port or not).
    QString keyOf(const QString &location)
    {
        const auto address = ServerAddress::parse(location);
        return address ? address->display() : location;
    }

} // namespace

void ServerLogin::remember(const QString &location, const QString &login, const QString &password)
{
    QMutexLocker lock(&loginsMutex);
    logins().insert(keyOf(location), Credentials { login, password });
}

void ServerLogin::forget(const QString &location)
{
    QMutexLocker lock(&loginsMutex);
    logins().remove(keyOf(location));
}

std::optional<ServerLogin::Credentials> ServerLogin::of(const QString &location)
{
    QMutexLocker lock(&loginsMutex);
    const auto found = logins().constFind(keyOf(location));
    if (found == logins().constEnd())
        return std::nullopt;
    return *found;
}

} // namespace skl
