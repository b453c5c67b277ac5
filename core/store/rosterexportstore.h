#pragma once

#include <array>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QUtf8StringView>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/province.h"
#include "core/domain/worker.h"

namespace skl {

// What the roster export writes: every worker with the names of its units and the grade in force
// in its occupation (the latest award there not revoked), streamed in id order. Dates are ISO
// text as stored; absent values are empty. Texts are UTF-8, valid until the next next().
//
// On SQLite the rows are read through SQLite's C API (issue 19: a million rows): the workers in id
// order, their awards in the same order beside them (the latest one in the worker's occupation is
// picked as they pass), the names of sites, workshops and occupations and today's team leaders
// read once, all within the one read transaction the workers' statement holds. On PostgreSQL one
// query joins them.
class RosterExportStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterExportStore)
public:
    class Workers
    {
    public:
        Workers(Workers &&) noexcept;
        Workers &operator=(Workers &&) noexcept;
        ~Workers();

        // False at the end and on an error: status() tells which.
        bool next();
        const Status &status() const { return m_status; }

        QUtf8StringView employeeNo() const { return m_text[EmployeeNo]; }
        QUtf8StringView name() const { return m_text[Name]; }
        std::optional<Gender> gender() const
        {
            const QUtf8StringView code = m_text[GenderCode];
            if (code.isEmpty())
                return std::nullopt;
            return code == "M" ? Gender::Male : Gender::Female;
        }
        QUtf8StringView idNumber() const { return m_text[IdNumber]; }
        QUtf8StringView birthDate() const { return m_text[BirthDate]; }
        QUtf8StringView hireDate() const { return m_text[HireDate]; }
        QUtf8StringView leaveDate() const { return m_text[LeaveDate]; }
        QUtf8StringView site() const { return m_text[Site]; }
        std::optional<Province> province() const { return Province::fromCode(m_provinceCode); }
        QUtf8StringView workshop() const { return m_text[Workshop]; }
        QUtf8StringView occupation() const { return m_text[Occupation]; }
        std::optional<Grade> grade() const
        {
            return m_gradeRank < 0 ? std::nullopt : gradeFromRank(m_gradeRank);
        }
        QUtf8StringView gradeDate() const { return m_text[GradeDate]; }
        bool frontline() const { return m_frontline; }
        bool teamLeader() const { return m_teamLeader; }

    private:
        friend class RosterExportStore;
        enum TextColumn {
            EmployeeNo,
            Name,
            GenderCode,
            IdNumber,
            BirthDate,
            HireDate,
            LeaveDate,
            Site,
            Workshop,
            Occupation,
            GradeDate,
            TextColumns
        };
        struct SqliteRows;

        explicit Workers(QSqlQuery query);
        explicit Workers(std::unique_ptr<SqliteRows> rows);
        bool nextFromQuery();
        bool nextFromSqlite();

        std::optional<QSqlQuery> m_query; // PostgreSQL
        std::array<QByteArray, TextColumns> m_buffers; // the query's texts as UTF-8
        std::unique_ptr<SqliteRows> m_sqlite;
        std::array<QUtf8StringView, TextColumns> m_text;
        int m_provinceCode = 0;
        int m_gradeRank = -1;
        bool m_frontline = false;
        bool m_teamLeader = false;
        Status m_status = success();
    };

    // All workers, or only those of these workshops (a workshop head's scope, issue 13).
    static Result<qint64> count(
        QSqlDatabase &db, const std::optional<QList<qint64>> &workshops = std::nullopt);
    static Result<Workers> workers(
        QSqlDatabase &db, const std::optional<QList<qint64>> &workshops = std::nullopt);
};

} // namespace skl
