#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/province.h"
#include "core/domain/worker.h"

namespace skl {

// What the roster export writes: every worker with the names of its units and the grade in force
// in its occupation (the latest award there not revoked), streamed in id order. Dates are ISO
// text as stored; absent values are empty.
class RosterExportStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterExportStore)
public:
    class Workers
    {
    public:
        // False at the end and on an error: status() tells which.
        bool next();
        const Status &status() const { return m_status; }

        QString employeeNo() const { return m_query.value(0).toString(); }
        QString name() const { return m_query.value(1).toString(); }
        std::optional<Gender> gender() const
        {
            const QString code = m_query.value(2).toString();
            if (code.isEmpty())
                return std::nullopt;
            return code == u"M" ? Gender::Male : Gender::Female;
        }
        QString idNumber() const { return m_query.value(3).toString(); }
        QString birthDate() const { return m_query.value(4).toString(); }
        QString hireDate() const { return m_query.value(5).toString(); }
        QString leaveDate() const { return m_query.value(6).toString(); }
        QString site() const { return m_query.value(7).toString(); }
        std::optional<Province> province() const
        {
            return Province::fromCode(m_query.value(8).toInt());
        }
        QString workshop() const { return m_query.value(9).toString(); }
        QString occupation() const { return m_query.value(10).toString(); }
        std::optional<Grade> grade() const
        {
            const QVariant rank = m_query.value(11);
            return rank.isNull() ? std::nullopt : gradeFromRank(rank.toInt());
        }
        QString gradeDate() const { return m_query.value(12).toString(); }
        bool frontline() const { return m_query.value(13).toBool(); }
        bool teamLeader() const { return m_query.value(14).toBool(); }

    private:
        friend class RosterExportStore;
        explicit Workers(QSqlQuery query)
            : m_query(std::move(query))
        { }

        QSqlQuery m_query;
        Status m_status = success();
    };

    // All workers, or only those of these workshops (a workshop head's scope, issue 13).
    static Result<qint64> count(
        QSqlDatabase &db, const std::optional<QList<qint64>> &workshops = std::nullopt);
    static Result<Workers> workers(
        QSqlDatabase &db, const std::optional<QList<qint64>> &workshops = std::nullopt);
};

} // namespace skl
