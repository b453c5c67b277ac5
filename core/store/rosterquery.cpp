#include "core/store/rosterquery.h"

#include <QRegularExpression>

#include "core/domain/cellvalues.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Prefix search as an index range: [prefix, prefix + the highest code point). Unlike LIKE it
    // walks the name and employee-number indexes, so a rare name is found among a million
    // workers without a scan (issue #4: first page within 300 ms).
    QString rangeEnd(const QString &prefix)
    {
        return prefix + QString::fromUcs4(U"\U0010FFFF");
    }

    void addPrefixRange(QStringList &alternatives, QVariantList &values, const QString &column,
        const QString &prefix)
    {
        alternatives += u"(%1 >= ? AND %1 < ?)"_s.arg(column);
        values << prefix << rangeEnd(prefix);
    }

    bool looksLikeIdEnding(const QString &text)
    {
        static const QRegularExpression ending(u"^[0-9]{3}[0-9Xx]$"_s);
        return ending.match(text).hasMatch();
    }

} // namespace

QString RosterQuery::sortExpression() const
{
    // The same expressions as the indexes of schema 3, so that SQLite walks an index in order.
    switch (sortKey) {
    case SortKey::EmployeeNo:
        return u"w.employee_no"_s;
    case SortKey::Name:
        return u"w.name"_s;
    case SortKey::Grade:
        return u"COALESCE(w.current_grade, -1)"_s;
    case SortKey::GradeDate:
        return u"COALESCE(w.current_grade_since, '')"_s;
    case SortKey::HireDate:
        return u"w.hire_date"_s;
    }
    return u"w.employee_no"_s;
}

RosterQuery::Key RosterQuery::keyOf(const WorkerRow &row) const
{
    switch (sortKey) {
    case SortKey::EmployeeNo:
        return { row.employeeNo, row.id };
    case SortKey::Name:
        return { row.name, row.id };
    case SortKey::Grade:
        return { storedRank(row.grade), row.id };
    case SortKey::GradeDate:
        return { CellValues::formatDate(row.gradeDate), row.id };
    case SortKey::HireDate:
        return { CellValues::formatDate(row.hireDate), row.id };
    }
    return { row.employeeNo, row.id };
}

RosterQuery::Sql RosterQuery::whereClause(const std::optional<Key> &after) const
{
    QStringList conditions;
    QVariantList values;
    const RosterFilter &f = filter;
    if (const QString text = f.search.trimmed(); !text.isEmpty()) {
        QStringList alternatives;
        addPrefixRange(alternatives, values, u"w.name"_s, text);
        addPrefixRange(alternatives, values, u"w.employee_no"_s, text);
        if (text.toUpper() != text) // employee numbers are usually written in capitals
            addPrefixRange(alternatives, values, u"w.employee_no"_s, text.toUpper());
        if (looksLikeIdEnding(text)) {
            alternatives += u"(%1 IS NOT NULL AND substr(%1, 15, 4) = ?)"_s.arg(idNumberSql);
            values << text.toUpper();
        }
        conditions += u'(' + alternatives.join(u" OR "_s) + u')';
    }
    if (f.workshopScope) {
        if (f.workshopScope->isEmpty()) {
            conditions += u"0 = 1"_s;
        } else {
            QStringList marks;
            for (qint64 id : *f.workshopScope) {
                marks += u"?"_s;
                values << id;
            }
            conditions += u"w.workshop_id IN (%1)"_s.arg(marks.join(u", "_s));
        }
    }
    if (f.siteId) {
        conditions += u"w.site_id = ?"_s;
        values << *f.siteId;
    }
    if (f.workshopId) {
        conditions += u"w.workshop_id = ?"_s;
        values << *f.workshopId;
    }
    if (f.occupationId) {
        conditions += u"w.occupation_id = ?"_s;
        values << *f.occupationId;
    }
    if (f.hasGradeFilter) {
        conditions += u"COALESCE(w.current_grade, -1) = ?"_s;
        values << storedRank(f.grade);
    }
    if (f.frontline) {
        conditions += u"w.frontline = ?"_s;
        values << (*f.frontline ? 1 : 0);
    }
    const QString day = CellValues::formatDate(f.serviceDate);
    if (f.service == RosterFilter::Service::InService) {
        conditions += hireDateSql + u" <= ? AND (w.leave_date IS NULL OR w.leave_date > ?)"_s;
        values << day << day;
    } else if (f.service == RosterFilter::Service::Left) {
        conditions += u"w.leave_date IS NOT NULL AND w.leave_date <= ?"_s;
        values << day;
    }
    if (after) {
        // Row values compare (key, id) lexicographically in SQLite and PostgreSQL alike.
        conditions += u"(%1, w.id) %2 (?, ?)"_s.arg(
            sortExpression(), order == Qt::AscendingOrder ? u">"_s : u"<"_s);
        values << after->value << after->id;
    }
    if (conditions.isEmpty())
        return { {}, values };
    return { u"WHERE "_s + conditions.join(u" AND "_s), values };
}

QString RosterQuery::orderBy() const
{
    const QString direction = order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    return u"ORDER BY %1 %2, w.id %2"_s.arg(sortExpression(), direction);
}

} // namespace skl
