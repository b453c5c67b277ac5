#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/common/result.h"
#include "core/domain/allowancemonth.h"

namespace skl {

// What the monthly allowances are computed from, as on record now (issue #6): the rates and
// policy in force on each day of the month, and the workers in service in it with their grade
// spans, team-leader periods and agreements as mentor.
class AllowanceFactsStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceFactsStore)
public:
    // The month's calendar, finished (AllowanceCalendar::finish); the rates and policy it was
    // filled from go to inputs as JSON, kept with a saved run.
    static Result<AllowanceCalendar> calendar(QSqlDatabase &db, QDate month, QString *inputs);

    // The workers in service on any day of the month, one at a time with their month. Most
    // workers are in service: one pass over the worker table (SqlDialect::fullScan) with as few
    // columns as possible, as Qt converts every column of every row; the month's grade changes,
    // team-leader periods and agreements are read into memory first (a few per cent of workers).
    class Workers
    {
    public:
        Workers(QSqlDatabase &db, const AllowanceCalendar &calendar);
        Status open();
        // False at the end and on an error: status() tells which.
        bool next();
        Status status() const { return m_status; }

        qint64 id() const { return m_id; }
        // Read only for the workers paid anything, as Qt converts a value when asked.
        qint64 siteId() const { return m_query.value(1).toLongLong(); }
        qint64 workshopId() const { return m_query.value(2).toLongLong(); }
        const WorkerMonth &month() const { return m_month; }

    private:
        Status readRecords();

        QSqlDatabase &m_db;
        QDate m_first;
        QDate m_last;
        QSqlQuery m_query;
        Status m_status = success();
        // Closed grade spans of workers whose grade changed in or after the month.
        QHash<qint64, QList<GradeSpan>> m_closed;
        QHash<qint64, QList<std::pair<QDate, QDate>>> m_leading;
        QHash<qint64, QList<MentoringAgreement>> m_mentoring;
        qint64 m_id = 0;
        WorkerMonth m_month;
    };
};

} // namespace skl
