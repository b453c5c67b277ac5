#include "core/store/workerrepository.h"

#include <QSqlQuery>

#include "core/domain/residentid.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr auto kRowColumns = uR"(
SELECT w.id, w.employee_no, w.name, w.gender, w.id_number, s.name, k.name, o.name,
       w.current_grade, w.current_grade_since, w.frontline, w.team_leader, w.hire_date,
       w.leave_date
FROM worker w
LEFT JOIN site s ON s.id = w.site_id
LEFT JOIN workshop k ON k.id = w.workshop_id
LEFT JOIN occupation o ON o.id = w.occupation_id)";

    std::optional<Gender> genderOf(const QVariant &code)
    {
        const QString text = code.toString();
        if (text == u"M")
            return Gender::Male;
        if (text == u"F")
            return Gender::Female;
        return std::nullopt;
    }

    WorkerRow rowOf(const QSqlQuery &q)
    {
        WorkerRow row;
        row.id = q.value(0).toLongLong();
        row.employeeNo = q.value(1).toString();
        row.name = q.value(2).toString();
        row.gender = genderOf(q.value(3));
        if (!q.value(4).isNull())
            row.maskedIdNumber = ResidentId::mask(q.value(4).toString());
        row.site = q.value(5).toString();
        row.workshop = q.value(6).toString();
        row.occupation = q.value(7).toString();
        if (!q.value(8).isNull())
            row.grade = gradeFromRank(q.value(8).toInt());
        row.gradeDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        row.frontline = q.value(10).toBool();
        row.teamLeader = q.value(11).toBool();
        row.hireDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        row.leaveDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        return row;
    }

    void bindAll(QSqlQuery &q, const QVariantList &values)
    {
        for (const QVariant &value : values)
            q.addBindValue(value);
    }

} // namespace

Result<QList<WorkerRow>> WorkerRepository::page(
    const RosterQuery &query, const std::optional<RosterQuery::Key> &after, int limit)
{
    const RosterQuery::Sql where = query.whereClause(after);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"%1 %2 %3 LIMIT %4"_s.arg(
        QString::fromUtf16(kRowColumns), where.where, query.orderBy(), QString::number(limit)));
    bindAll(q, where.values);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the roster"));
    QList<WorkerRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows += rowOf(q);
    return rows;
}

Result<qint64> WorkerRepository::count(const RosterFilter &filter)
{
    RosterQuery query;
    query.filter = filter;
    const RosterQuery::Sql where = query.whereClause();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT count(*) FROM worker w "_s + where.where);
    bindAll(q, where.values);
    if (!q.exec() || !q.next())
        return SqlErrors::fromQuery(q, tr("Counting the workers"));
    return q.value(0).toLongLong();
}

Result<QList<NamedUnit>> WorkerRepository::units(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return SqlErrors::fromQuery(q, tr("Reading the sites, workshops and occupations"));
    QList<NamedUnit> units;
    while (q.next())
        units += NamedUnit { q.value(0).toLongLong(), q.value(1).toString(),
            q.value(2).toLongLong() };
    return units;
}

Result<QList<NamedUnit>> WorkerRepository::sites()
{
    return units(u"SELECT id, name, 0 FROM site ORDER BY name"_s);
}

Result<QList<NamedUnit>> WorkerRepository::workshops()
{
    return units(u"SELECT k.id, k.name, COALESCE(k.site_id, 0) FROM workshop k "
                 "LEFT JOIN site s ON s.id = k.site_id ORDER BY s.name, k.name"_s);
}

Result<QList<NamedUnit>> WorkerRepository::occupations()
{
    return units(u"SELECT id, name, 0 FROM occupation ORDER BY name"_s);
}

} // namespace skl
