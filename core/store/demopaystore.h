#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/store/bulkinsert.h"
#include "core/store/payfactsstore.h"

namespace skl {

// Writes the demo company's pay (DemoPay decides it) in the caller's transaction, under one
// audit event, in bulk statements: a million workers get a base pay.
class DemoPayStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoPayStore)
public:
    struct Worker
    {
        qint64 id = 0;
        std::optional<Grade> grade; // none: ungraded professional staff
        QString hired; // ISO date
    };

    DemoPayStore(QSqlDatabase &db, qint64 eventId);

    // The workers in service today.
    Result<QList<Worker>> workersInService();
    // Every occupation's name, sorted.
    Result<QStringList> occupations();

    // track "grade" or "title"; dates ISO.
    Status addBand(const QString &track, int level, const QString &from, const SalaryBand &band);
    // mode: monthly, annual or negotiated (PayStore::code).
    Status addPay(
        qint64 workerId, const QString &from, const QString &mode, Fen amount, Fen monthly);
    Status addTitle(qint64 workerId, const QString &from, int level);
    // P10, P25, P50, P75, P90 a month.
    Status addReference(
        int year, const QString &occupation, Grade grade, const std::array<Fen, 5> &percentiles);
    // Writes what is pending of every kind; call before reading and after the last add.
    Status flush();

private:
    QSqlQuery m_query;
    qint64 m_event = 0;
    BulkInsert m_bands;
    BulkInsert m_pay;
    BulkInsert m_titles;
    BulkInsert m_reference;
};

} // namespace skl
