#include "core/common/appsettings.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace skl::AppSettings {

namespace {

    constexpr auto kRecent = u"files/recent";
    constexpr auto kRecentServers = u"servers/recent";
    constexpr auto kServerLocation = u"location";
    constexpr auto kServerLogin = u"login";
    constexpr auto kLastFolder = u"files/lastFolder";
    constexpr auto kCompanyNames = u"files/companyNames";
    constexpr auto kGeometry = u"window/geometry";
    constexpr auto kState = u"window/state";
    constexpr auto kRosterHeader = u"roster/header";
    constexpr auto kLanguage = u"ui/language";
    constexpr auto kPrintFont = u"print/font";
    constexpr auto kAutoBackup = u"backup/automatic";
    constexpr auto kAutoBackupFolder = u"backup/folder";
    constexpr auto kAutoBackupKeep = u"backup/keep";

    QString key(const char16_t *name)
    {
        return QString::fromUtf16(name);
    }

} // namespace

QStringList recentDatabases()
{
    return QSettings().value(key(kRecent)).toStringList();
}

void addRecentDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent { absolute };
    for (const QString &other : recentDatabases()) {
        if (other != absolute && recent.size() < kMaxRecent && QFileInfo::exists(other))
            recent += other;
    }
    QSettings().setValue(key(kRecent), recent);
}

void removeRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key(kRecent), recent);
}

QString companyNameOf(const QString &location)
{
    return QSettings().value(key(kCompanyNames)).toMap().value(location).toString();
}

void setCompanyNameOf(const QString &location, const QString &company)
{
    QSettings settings;
    QVariantMap names = settings.value(key(kCompanyNames)).toMap();
    // Only the locations still in a recent list are kept: the map never grows without end.
    QStringList kept = recentDatabases();
    for (const RecentServer &server : recentServers())
        kept += server.location;
    for (auto it = names.begin(); it != names.end();)
        it = kept.contains(it.key()) || it.key() == location ? std::next(it) : names.erase(it);
    names.insert(location, company);
    settings.setValue(key(kCompanyNames), names);
}

QList<RecentServer> recentServers()
{
    QSettings settings;
    QList<RecentServer> servers;
    const int count = settings.beginReadArray(key(kRecentServers));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        servers += RecentServer { settings.value(key(kServerLocation)).toString(),
            settings.value(key(kServerLogin)).toString() };
    }
    settings.endArray();
    return servers;
}

namespace {

    void setRecentServers(const QList<RecentServer> &servers)
    {
        QSettings settings;
        settings.remove(key(kRecentServers));
        settings.beginWriteArray(key(kRecentServers), int(servers.size()));
        for (int i = 0; i < servers.size(); ++i) {
            settings.setArrayIndex(i);
            settings.setValue(key(kServerLocation), servers.at(i).location);
            settings.setValue(key(kServerLogin), servers.at(i).login);
        }
        settings.endArray();
    }

} // namespace

void addRecentServer(const QString &location, const QString &login)
{
    QList<RecentServer> servers { RecentServer { location, login } };
    for (const RecentServer &other : recentServers()) {
        if (other.location != location && servers.size() < kMaxRecent)
            servers += other;
    }
    setRecentServers(servers);
}

void removeRecentServer(const QString &location)
{
    QList<RecentServer> servers = recentServers();
    servers.removeIf([&](const RecentServer &server) { return server.location == location; });
    setRecentServers(servers);
}

QByteArray windowGeometry()
{
    return QSettings().value(key(kGeometry)).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(key(kGeometry), geometry);
}

QByteArray windowState()
{
    return QSettings().value(key(kState)).toByteArray();
}

void setWindowState(const QByteArray &state)
{
    QSettings().setValue(key(kState), state);
}

QByteArray rosterHeaderState()
{
    return QSettings().value(key(kRosterHeader)).toByteArray();
}

void setRosterHeaderState(const QByteArray &state)
{
    QSettings().setValue(key(kRosterHeader), state);
}

QString language()
{
    return QSettings().value(key(kLanguage)).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(key(kLanguage), language);
}

QString printFont()
{
#ifdef Q_OS_WIN
    const QString fallback = u"SimSun"_s;
#else
    const QString fallback = u"WenQuanYi Zen Hei"_s;
#endif
    return QSettings().value(key(kPrintFont), fallback).toString();
}

void setPrintFont(const QString &family)
{
    QSettings().setValue(key(kPrintFont), family);
}

QString lastFolder()
{
    return QSettings().value(key(kLastFolder)).toString();
}

void setLastFolder(const QString &folder)
{
    QSettings().setValue(key(kLastFolder), folder);
}

bool autoBackupEnabled()
{
    return QSettings().value(key(kAutoBackup), true).toBool();
}

void setAutoBackupEnabled(bool enabled)
{
    QSettings().setValue(key(kAutoBackup), enabled);
}

QString autoBackupFolder()
{
    return QSettings().value(key(kAutoBackupFolder)).toString();
}

void setAutoBackupFolder(const QString &folder)
{
    QSettings().setValue(key(kAutoBackupFolder), folder);
}

int autoBackupKeep()
{
    return qMax(1, QSettings().value(key(kAutoBackupKeep), kDefaultBackupKeep).toInt());
}

void setAutoBackupKeep(int keep)
{
    QSettings().setValue(key(kAutoBackupKeep), qMax(1, keep));
}

QString supportContact()
{
    return QSettings().value(key(kSupportContactKey)).toString().trimmed();
}

void setSupportContact(const QString &contact)
{
    QSettings().setValue(key(kSupportContactKey), contact);
}

} // namespace skl::AppSettings
