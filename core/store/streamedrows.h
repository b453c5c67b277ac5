#pragma once

#include <memory>

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "core/common/result.h"

namespace skl {

class SqliteStatement;

// The rows of one SELECT, read once front to back, for reads of a hundred thousand rows and more
// (issue 19: the home page of a million workers). On SQLite they come through its C API, without
// a QVariant per column; on PostgreSQL through a forward-only QSqlQuery. Columns count from 0.
class StreamedRows
{
public:
    // Runs sql with its ? values in order: texts and integers (a null QVariant binds NULL).
    static Result<StreamedRows> select(
        QSqlDatabase &db, const QString &sql, const QVariantList &values, QString whatFailed);

    StreamedRows(StreamedRows &&) noexcept;
    StreamedRows &operator=(StreamedRows &&) noexcept;
    ~StreamedRows();

    // The next row: true with one, false at the end, an error when the step failed (a damaged
    // file). After an error there is no further row.
    Result<bool> fetch();
    // Every row left, then the end, or the error that cut them short.
    template <typename Visit> Status forEach(Visit &&visit)
    {
        for (;;) {
            const auto row = fetch();
            if (!row)
                return row.error();
            if (!*row)
                return success();
            visit(*this);
        }
    }

    qint64 number(int column) const; // 0 for NULL
    QString text(int column) const; // empty for NULL
    QDate date(int column) const; // a YYYY-MM-DD column; invalid for NULL

private:
    StreamedRows(QString whatFailed, std::unique_ptr<SqliteStatement> sqlite, QSqlQuery query);

    QString m_whatFailed;
    std::unique_ptr<SqliteStatement> m_sqlite;
    QSqlQuery m_query;
    Status m_failed = success();
};

} // namespace skl
