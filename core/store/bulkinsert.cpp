#include "core/store/bulkinsert.h"

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

BulkInsert::BulkInsert(QSqlQuery &query, QString head, QString whatFailed)
    : m_query(query)
    , m_head(std::move(head))
    , m_whatFailed(std::move(whatFailed))
{ }

Status BulkInsert::add(const QList<QVariant> &row)
{
    m_values += m_values.isEmpty() ? u"("_s : u", ("_s;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_values += u", ";
        if (row[i].isNull())
            m_values += u"NULL";
        else if (row[i].typeId() == QMetaType::QString)
            SqlDialect::appendLiteral(m_values, row[i].toString());
        else
            SqlDialect::appendLiteral(m_values, row[i].toLongLong());
    }
    m_values += u')';
    return ++m_rows % 500 == 0 ? flush() : success();
}

Status BulkInsert::flush()
{
    if (m_values.isEmpty())
        return success();
    const bool ok = m_query.exec(m_head + m_values);
    m_values.clear();
    return ok ? success() : Status(SqlErrors::fromQuery(m_query, m_whatFailed));
}

} // namespace skl
