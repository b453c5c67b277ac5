#include "core/store/streamedrows.h"

#include "core/store/sqldates.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/sqlitestatement.h"

namespace skl {

Result<StreamedRows> StreamedRows::select(
    QSqlDatabase &db, const QString &sql, const QVariantList &values, QString whatFailed)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        auto statement = std::make_unique<SqliteStatement>(handle, whatFailed);
        if (auto prepared = statement->prepare(sql); !prepared)
            return prepared.error();
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values[i];
            if (value.isNull())
                statement->bindNull(i + 1);
            else if (value.typeId() == QMetaType::QString)
                statement->bindText(i + 1, value.toString());
            else
                statement->bindNumber(i + 1, value.toLongLong());
        }
        return StreamedRows(std::move(whatFailed), std::move(statement), QSqlQuery());
    }
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.prepare(sql))
        return SqlErrors::fromQuery(q, whatFailed);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    return StreamedRows(std::move(whatFailed), nullptr, std::move(q));
}

StreamedRows::StreamedRows(
    QString whatFailed, std::unique_ptr<SqliteStatement> sqlite, QSqlQuery query)
    : m_whatFailed(std::move(whatFailed))
    , m_sqlite(std::move(sqlite))
    , m_query(std::move(query))
{ }

StreamedRows::StreamedRows(StreamedRows &&) noexcept = default;
StreamedRows &StreamedRows::operator=(StreamedRows &&) noexcept = default;
StreamedRows::~StreamedRows() = default;

Result<bool> StreamedRows::fetch()
{
    if (!m_failed)
        return m_failed.error();
    if (!m_sqlite) {
        const auto row = nextRow(m_query, m_whatFailed);
        if (!row)
            m_failed = row.error();
        return row;
    }
    const auto row = m_sqlite->step();
    if (!row)
        m_failed = row.error();
    return row;
}

qint64 StreamedRows::number(int column) const
{
    return m_sqlite ? m_sqlite->columnNumber(column) : m_query.value(column).toLongLong();
}

QString StreamedRows::text(int column) const
{
    return m_sqlite ? QString::fromUtf8(m_sqlite->columnUtf8(column))
                    : m_query.value(column).toString();
}

QDate StreamedRows::date(int column) const
{
    return m_sqlite ? SqlDates::parse(m_sqlite->columnUtf8(column))
                    : SqlDates::parse(m_query.value(column));
}

} // namespace skl
