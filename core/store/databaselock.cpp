#include "core/store/databaselock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace skl {

QString DatabaseLock::Holder::describe() const
{
    const QString when = since.isValid()
        ? QLocale().toString(since.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown time");
    return tr("%1 on %2 (process %3) since %4")
        .arg(user.isEmpty() ? tr("an unknown user") : user, host)
        .arg(pid)
        .arg(when);
}

QString DatabaseLock::lockPath(const QString &databasePath)
{
    return databasePath + u".skl-lock"_s;
}

QString DatabaseLock::infoPath(const QString &databasePath)
{
    return databasePath + u".skl-lock.json"_s;
}

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lock(lockPath(databasePath))
{
    // Never stale by age: a window may stay open for days. A dead process's lock on this
    // machine is still found stale (QLockFile checks the pid).
    m_lock.setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock()
{
    QFile::remove(infoPath(m_databasePath));
    m_lock.unlock();
}

namespace {

    // Who has the file open, for another window's message: the operating-system account, since
    // the lock is taken before anybody logs in to the file.
    QString systemUser()
    {
        for (const char *variable : { "USERNAME", "USER", "LOGNAME" }) {
            const QString name = qEnvironmentVariable(variable);
            if (!name.isEmpty())
                return name;
        }
        return QCoreApplication::translate("skl::DatabaseLock", "another user");
    }

} // namespace

DatabaseLock::Attempt DatabaseLock::acquire(const QString &databasePath)
{
    Attempt attempt;
    std::unique_ptr<DatabaseLock> lock(new DatabaseLock(databasePath));
    if (lock->m_lock.tryLock(0)) {
        QSaveFile info(infoPath(databasePath));
        if (info.open(QIODevice::WriteOnly)) {
            const QJsonObject object { { u"user"_s, systemUser() },
                { u"host"_s, QSysInfo::machineHostName() },
                { u"pid"_s, QCoreApplication::applicationPid() },
                { u"since"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
            info.write(QJsonDocument(object).toJson());
            info.commit(); // without it the lock still holds; the holder is then less precise
        }
        attempt.lock = std::move(lock);
        return attempt;
    }
    if (lock->m_lock.error() != QLockFile::LockFailedError)
        return attempt; // no lock file can be written here
    Holder holder;
    QString application;
    lock->m_lock.getLockInfo(&holder.pid, &holder.host, &application);
    QFile info(infoPath(databasePath));
    if (info.open(QIODevice::ReadOnly)) {
        const QJsonObject object = QJsonDocument::fromJson(info.readAll()).object();
        // The information belongs to the lock only when it names the lock's process.
        if (object.value(u"pid"_s).toInteger() == holder.pid) {
            holder.user = object.value(u"user"_s).toString();
            holder.since = QDateTime::fromString(object.value(u"since"_s).toString(), Qt::ISODate);
        }
    }
    attempt.holder = holder;
    return attempt;
}

} // namespace skl
