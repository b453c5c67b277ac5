#include "core/store/rawconnection.h"

#include <QAtomicInteger>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QAtomicInteger<quint64> &counter()
    {
        static QAtomicInteger<quint64> value;
        return value;
    }

} // namespace

RawConnection::RawConnection(const QString &path, const QString &options)
    : m_name(u"skl-raw-%1"_s.arg(counter().fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(options);
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace skl
