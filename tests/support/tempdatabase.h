#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include "core/domain/officer.h"
#include "core/importing/rosterimport.h"
#include "core/store/connection.h"
#include "tests/support/testserver.h"

namespace skl::test {

// A real company database, migrated and given a company: a SQLite file in a temporary folder
// (not :memory:: worker threads open their own connections to the same file), or, when the tests
// run on the server (onServer()), a new database of the test cluster, which the connection
// reaches as the cluster's DBA. A temporary folder is there for files either way.
class TempDatabase
{
public:
    // A company registered in province (山东 by default: eastern).
    explicit TempDatabase(const QString &province = QStringLiteral("山东"));
    ~TempDatabase();

    // The file's path or the server database's URL: what --db and Connection::open take.
    QString path() const;
    bool isServer() const { return !m_serverDatabase.isEmpty(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QSqlDatabase &db() { return m_connection->db(); }
    Connection &connection() { return *m_connection; }

    // The company's first officer, "admin", holding every role (issue 13).
    const Officer &admin() const { return m_admin; }
    // Another officer, made by the admin, with password(); a workshop head names workshops.
    Officer officer(const QString &login, const Roles &roles, const QList<qint64> &workshops = {});

    // Writes bytes to a file in the folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    // Imports CSV text (UTF-8, LF) through the real importer.
    RosterImportReport importCsv(const QString &csv, RosterImportOptions options = {});
    // One value of a query, for assertions.
    QVariant scalar(const QString &sql);
    // Every row of every table, in a fixed order: equal dumps mean the stored data is unchanged.
    QString dump();

private:
    QTemporaryDir m_dir;
    QString m_serverDatabase;
    std::unique_ptr<Connection> m_connection;
    Officer m_admin;
};

// Every test officer's password (issue 13: at least 12 characters).
QString password();
// Makes db look like a file from before officers (issue 13): its officers gone, its events
// without one. Done as another tool would, past the trigger that guards sealed events.
void removeOfficers(QSqlDatabase &db);

// Approves, as a new approver "approver", every grade a roster import proposed for known workers
// (issue 13: an import never writes a grade in force itself).
void approveImportedGrades(TempDatabase &db);

// The header of a full roster, in the export's column order.
QString rosterHeader();
// first17 with its check character appended.
QString validId(const QString &first17);

} // namespace skl::test
