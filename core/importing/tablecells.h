#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include "core/common/rowproblem.h"
#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/importing/keyedrows.h"
#include "core/store/certificationfactsstore.h"

namespace skl {

// The cells the table imports share, each read the one way whatever the file: a value, or
// nullopt once the cell's problem (line, column, reason) is added.
class TableCells
{
    Q_DECLARE_TR_FUNCTIONS(skl::TableCells)
public:
    // A date the row must have, in any spelling of CellValues::parseDate (YYYY-MM-DD …).
    static std::optional<QDate> date(
        const KeyedRow &row, const QString &key, RowProblems &problems);
    // A date the row may leave empty: an invalid QDate when it does.
    static std::optional<QDate> optionalDate(
        const KeyedRow &row, const QString &key, RowProblems &problems);
    // Yuan with at most two decimals (Fen::parseYuan), 0 or more.
    static std::optional<Fen> yuan(const KeyedRow &row, const QString &key, RowProblems &problems);
    // A grade in any spelling of GradeNames::parse (学徒工 … 首席技师, 五级 …).
    static std::optional<Grade> grade(
        const KeyedRow &row, const QString &key, RowProblems &problems);
    // A professional title level, 1 助理级 … 4 正高级 (PayStore::parseTitle).
    static std::optional<int> titleLevel(
        const KeyedRow &row, const QString &key, RowProblems &problems);
    // The worker with the employee number in the cell.
    static std::optional<CertifiedWorker> worker(
        QSqlDatabase &db, const KeyedRow &row, const QString &key, RowProblems &problems);
    // The occupation named in the cell, as the roster import recorded it.
    static std::optional<CertifiedOccupation> occupation(
        QSqlDatabase &db, const KeyedRow &row, const QString &key, RowProblems &problems);
};

} // namespace skl
