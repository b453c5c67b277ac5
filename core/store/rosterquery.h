#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include "core/domain/grade.h"
#include "core/domain/workerrow.h"

namespace skl {

// What the roster shows: filters that combine (AND), a search text and one sort column. Turned
// into SQL with bound values here, in the store, so that the ui never sees SQL (STYLE.md).
struct RosterFilter
{
    enum class Service { All, InService, Left };

    // The beginning of a name or an employee number, or the last 4 characters of an ID number.
    QString search;
    std::optional<qint64> siteId;
    std::optional<qint64> workshopId;
    std::optional<qint64> occupationId;
    // A grade, or "no grade yet" as std::nullopt inside: set hasGradeFilter.
    bool hasGradeFilter = false;
    std::optional<Grade> grade;
    std::optional<bool> frontline;
    Service service = Service::All;
    QDate serviceDate; // in service / left as of this day (the caller's today)
    // Only the workers of these workshops: a workshop head's scope (issue 13). WorkerStore sets
    // it from the officer who reads; whatever a caller puts here is replaced.
    std::optional<QList<qint64>> workshopScope;

    friend bool operator==(const RosterFilter &, const RosterFilter &) = default;
};

class RosterQuery
{
public:
    // The sortable columns. Site, workshop and occupation are filtered, not sorted.
    enum class SortKey { EmployeeNo, Name, Grade, GradeDate, HireDate };

    RosterFilter filter;
    SortKey sortKey = SortKey::EmployeeNo;
    Qt::SortOrder order = Qt::AscendingOrder;
    // How the search reads the ID number of "worker w": a workshop head reads it masked
    // (SqlDialect::maskedIdNumber); WorkerStore sets it with the scope.
    QString idNumberSql = QStringLiteral("w.id_number");
    // The hire date as the in-service condition reads it. Most workers were hired before any
    // day asked, so an index on it finds nearly all of them and then reads each row at random:
    // WorkerStore hides the index from that condition (SqlDialect::unindexed). Counting a
    // million workers in service took 2 s that way instead of 0.13 s (issue 19).
    QString hireDateSql = QStringLiteral("w.hire_date");

    // Where the next page starts: after the row with this sort value and id.
    struct Key
    {
        QVariant value;
        qint64 id = 0;
    };
    Key keyOf(const WorkerRow &row) const;

    // SQL pieces over "worker w", with their values in binding order.
    struct Sql
    {
        QString where; // "" or "WHERE ..."
        QVariantList values;
    };
    Sql whereClause(const std::optional<Key> &after = std::nullopt) const;
    QString orderBy() const;

private:
    QString sortExpression() const;
};

} // namespace skl
