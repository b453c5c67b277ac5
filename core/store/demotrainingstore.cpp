#include "core/store/demotrainingstore.h"

#include <QSqlQuery>

#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

Result<QList<DemoTrainingStore::Worker>> DemoTrainingStore::workersInService(
    QSqlDatabase &db, QDate day)
{
    const QString whatFailed = tr("Reading the demo's workers");
    QSqlQuery q(db);
    q.prepare(u"SELECT w.id, w.employee_no, w.frontline, coalesce(o.name, ''), w.hire_date "
              "FROM worker w LEFT JOIN occupation o ON o.id = w.occupation_id "
              "WHERE w.hire_date <= ? AND (w.leave_date IS NULL OR w.leave_date > ?) "
              "ORDER BY w.id"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    QList<Worker> workers;
    if (auto read = forEachRow(q, whatFailed,
            [&](const QSqlQuery &row) {
                workers += Worker { row.value(0).toLongLong(), row.value(1).toString(),
                    row.value(2).toInt() == 1, row.value(3).toString(),
                    QDate::fromString(row.value(4).toString(), Qt::ISODate) };
            });
        !read)
        return read.error();
    return workers;
}

} // namespace skl
