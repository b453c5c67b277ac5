#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/common/result.h"
#include "core/domain/certificationpolicy.h"
#include "core/domain/grade.h"
#include "core/store/streamedrows.h"

namespace skl {

// What the due list names its rows by, read once from the small tables.
struct DueListFacts
{
    QHash<qint64, QString> sites; // id → name
    QHash<qint64, QString> workshops;
    QHash<qint64, QString> occupations;
    QHash<qint64, Grade> highest; // occupation id → the top of its ladder
    QSet<qint64> pending; // workers with a certification awaiting a decision
};

// What the list of workers due for assessment (待评价名单) reads: the workers in service on a
// date who have held their grade for the policy's minimum years, found by the database.
class DueListStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::DueListStore)
public:
    // Workers in service with an occupation, holding a grade below 首席技师 since a day that makes
    // them eligible; the caller leaves out those at their occupation's top and those pending.
    class Candidates
    {
    public:
        // False at the end and on an error: status() tells which.
        bool next();
        const Status &status() const { return m_status; }

        qint64 workerId() const { return m_rows.number(0); }
        QString employeeNo() const { return m_rows.text(1); }
        QString name() const { return m_rows.text(2); }
        qint64 siteId() const { return m_rows.number(3); } // 0: none
        qint64 workshopId() const { return m_rows.number(4); } // 0: none
        qint64 occupationId() const { return m_rows.number(5); }
        // In force on the date; the query keeps only ranks that have a next one.
        Grade grade() const { return static_cast<Grade>(m_rows.number(6)); }
        QDate since() const { return m_rows.date(7); }

    private:
        friend class DueListStore;
        explicit Candidates(StreamedRows rows)
            : m_rows(std::move(rows))
        { }

        StreamedRows m_rows;
        Status m_status = success();
    };

    static Result<DueListFacts> facts(QSqlDatabase &db);
    // workshopId 0: every workshop.
    static Result<Candidates> candidates(
        QSqlDatabase &db, QDate asOf, const CertificationPolicy &policy, qint64 workshopId);
};

} // namespace skl
