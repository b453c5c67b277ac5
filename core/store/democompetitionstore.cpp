#include "core/store/democompetitionstore.h"

#include <QSqlQuery>

#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return DemoCompetitionStore::tr("Creating the demo competition");
    }

} // namespace

Result<std::optional<QString>> DemoCompetitionStore::mostCommonOccupation(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT o.name FROM worker w JOIN occupation o ON o.id = w.occupation_id "
                "GROUP BY o.name ORDER BY count(*) DESC, o.name LIMIT 1"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    const auto found = nextRow(q, whatFailed());
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<QStringList> DemoCompetitionStore::entrants(QSqlDatabase &db, const QString &occupation,
    Grade lowest, Grade highest, QDate heldOn, int limit)
{
    QSqlQuery q(db);
    q.prepare(
        u"SELECT w.employee_no FROM worker w JOIN occupation o ON o.id = w.occupation_id "
        "WHERE o.name = ? AND w.current_grade BETWEEN %1 AND %2 AND w.current_grade_since <= ? "
        "AND w.leave_date IS NULL AND NOT EXISTS (SELECT 1 FROM certification c "
        "WHERE c.worker_id = w.id) ORDER BY w.employee_no LIMIT %3"_s.arg(rankOf(lowest))
            .arg(rankOf(highest))
            .arg(limit));
    q.addBindValue(occupation);
    q.addBindValue(heldOn.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed());
    QStringList employeeNumbers;
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) { employeeNumbers += row.value(0).toString(); });
        !read)
        return read.error();
    return employeeNumbers;
}

} // namespace skl
