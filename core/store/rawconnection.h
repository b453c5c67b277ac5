#pragma once

#include <QSqlDatabase>
#include <QString>

namespace skl {

// A bare SQLite connection: no pragmas, no migration. Connection::open would upgrade or refuse
// the file, and a backup being checked, a database being replaced or a file about to be upgraded
// (issue 18) must be looked at as they are. Removed from Qt's list when it goes.
class RawConnection
{
public:
    RawConnection(const QString &path, const QString &options);
    ~RawConnection();
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    QSqlDatabase &db() { return m_db; }
    void close() { m_db.close(); }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace skl
