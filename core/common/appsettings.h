#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace skl {

// Per-user preferences only (window layout, recent files, language), behind typed accessors with
// every key declared once. Enterprise policy lives in the database, never here (STYLE.md).
namespace AppSettings {

    QStringList recentDatabases();
    // Puts path first in the recent list (at most kMaxRecent, existing files only).
    void addRecentDatabase(const QString &path);
    void removeRecentDatabase(const QString &path);
    inline constexpr int kMaxRecent = 8;

    // A company on a server opened here (issue 14): its address, postgresql://HOST:PORT/DB with
    // its sslmode, and the login used there. Never the password: the server checks it, and the
    // officer types it every time.
    struct RecentServer
    {
        QString location;
        QString login;
        bool operator==(const RecentServer &) const = default;
    };
    QList<RecentServer> recentServers();
    // Puts location first in the recent servers (at most kMaxRecent), with the login used last.
    void addRecentServer(const QString &location, const QString &login);
    void removeRecentServer(const QString &location);

    // The company last seen in a recent file or on a recent server, by its location: the recent
    // lists name the company, not only a path (issue 15). Empty when never recorded.
    QString companyNameOf(const QString &location);
    void setCompanyNameOf(const QString &location, const QString &company);

    QByteArray windowGeometry();
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState();
    void setWindowState(const QByteArray &state);

    // The roster table's columns: order, widths and which are hidden (QHeaderView::saveState).
    QByteArray rosterHeaderState();
    void setRosterHeaderState(const QByteArray &state);

    // "zh", "en", or empty for the system's language.
    QString language();
    void setLanguage(const QString &language);

    // The font printed reports and certificates use, by name (never left to fallback: Qt 6.4's
    // PDF writer loses text with some CJK fonts; TrueType ones such as WenQuanYi Zen Hei or
    // SimSun keep it searchable).
    QString printFont();
    void setPrintFont(const QString &family);

    // The folder last used in a file dialog.
    QString lastFolder();
    void setLastFolder(const QString &folder);

    // Automatic backups of the open database (issue #12): on close, and on open when the last
    // one is a day old. On unless the officer turns them off.
    bool autoBackupEnabled();
    void setAutoBackupEnabled(bool enabled);
    // The folder they go to; empty for a folder "backups" beside the database.
    QString autoBackupFolder();
    void setAutoBackupFolder(const QString &folder);
    // How many automatic backups of each database are kept; older ones are deleted.
    int autoBackupKeep();
    void setAutoBackupKeep(int keep);
    inline constexpr int kDefaultBackupKeep = 10;

    // Whom officers ask for help, as the About box shows it (issue 15): the key "help/support"
    // of the settings file, which the IT department fills in for the whole machine
    // (/etc/xdg/SkillLadder/SkillLadder.conf on Linux, HKEY_LOCAL_MACHINE\Software\SkillLadder
    // on Windows) or for one user; QSettings reads the user's value first. Empty when unset.
    QString supportContact();
    void setSupportContact(const QString &contact);
    inline constexpr auto kSupportContactKey = u"help/support";

} // namespace AppSettings

} // namespace skl
