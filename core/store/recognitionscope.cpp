#include "core/store/recognitionscope.h"

#include <QStringList>

#include "core/store/studiostore.h"

using namespace Qt::StringLiterals;

namespace skl {

QString RecognitionScope::workers(
    const WorkshopScope &scope, const QString &workerColumn, QVariantList &values)
{
    if (scope.wholeCompany)
        return {};
    if (scope.workshops.isEmpty())
        return u"1 = 0"_s;
    QStringList marks;
    for (const qint64 workshop : scope.workshops) {
        marks += u"?"_s;
        values += workshop;
    }
    return u"%1 IN (SELECT id FROM worker WHERE workshop_id IN (%2))"_s.arg(
        workerColumn, marks.join(u", "));
}

QString RecognitionScope::columns(const QString &alias)
{
    return u"%1.id, coalesce(%1.employee_no, ''), coalesce(%1.name, ''), coalesce(%1_ws.name, ''), "
           "coalesce(%1.workshop_id, 0)"_s.arg(alias);
}

QString RecognitionScope::joins(const QString &alias, const QString &idColumn)
{
    return u" LEFT JOIN worker %1 ON %1.id = %2 LEFT JOIN workshop %1_ws ON %1_ws.id = "
           "%1.workshop_id "_s.arg(alias, idColumn);
}

NamedWorker RecognitionScope::read(const QSqlQuery &q, int at, const WorkshopScope &scope)
{
    NamedWorker w;
    w.id = q.value(at).toLongLong();
    const bool visible = !q.value(at).isNull() && scope.covers(q.value(at + 4).toLongLong());
    if (!visible) {
        w.hidden = true;
        return w;
    }
    w.employeeNo = q.value(at + 1).toString();
    w.name = q.value(at + 2).toString();
    w.workshop = q.value(at + 3).toString();
    return w;
}

} // namespace skl
