#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/common/result.h"
#include "core/domain/grade.h"

namespace skl {

// A site as the target report lists it; no province code when none is recorded.
struct TargetSite
{
    qint64 id = 0;
    QString name;
    std::optional<int> provinceCode;
};

struct TargetWorkshop
{
    qint64 id = 0;
    QString name;
    qint64 siteId = 0; // 0 when it has none
};

// What the workforce targets count (section 二): the units on record and the workers in service
// on a date with the grade in force, counted per unit by the database in one pass.
class WorkforceTargetStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::WorkforceTargetStore)
public:
    // Totals: employees, skilled and high-skilled. ByGrade: also the counts per grade, at about a
    // third more time.
    enum class Detail { Totals, ByGrade };

    // The workers a partial count covers: those of these sites, and those of no site when
    // withoutSite.
    struct Part
    {
        QList<qint64> siteIds;
        bool withoutSite = false;
    };

    // One row per site and workshop that has workers in service on the date.
    class UnitCounts
    {
    public:
        // False at the end and on an error: status() tells which.
        bool next();
        const Status &status() const { return m_status; }

        qint64 siteId() const { return m_query.value(0).toLongLong(); } // 0: none
        qint64 workshopId() const { return m_query.value(1).toLongLong(); } // 0: none
        qint64 employees() const { return m_query.value(2).toLongLong(); }
        // With Detail::Totals.
        qint64 skilled() const;
        qint64 highSkilled() const;
        // With Detail::ByGrade.
        GradeCounts byGrade() const;

    private:
        friend class WorkforceTargetStore;
        UnitCounts(QSqlQuery query, bool tallied)
            : m_query(std::move(query))
            , m_tallied(tallied)
        { }

        QSqlQuery m_query;
        bool m_tallied = false; // the counts per grade in one blob (gradetally.h)
        Status m_status = success();
    };

    static Result<QList<TargetSite>> sites(QSqlDatabase &db); // by name
    static Result<QList<TargetWorkshop>> workshops(QSqlDatabase &db); // by site name, then name
    static Result<QList<qint64>> siteIds(QSqlDatabase &db); // ascending
    // Whether any worker, in service or not, has no site.
    static Result<bool> anyWithoutSite(QSqlDatabase &db);
    // In service on asOf (hire ≤ asOf < leave), with the grade in force on asOf; only the
    // workers of these workshops when given (a workshop head's scope, issue 13).
    static Result<UnitCounts> countsByUnit(QSqlDatabase &db, QDate asOf, Detail detail,
        const std::optional<Part> &part,
        const std::optional<QList<qint64>> &workshops = std::nullopt);
};

} // namespace skl
