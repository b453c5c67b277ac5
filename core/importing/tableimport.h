#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/importing/keyedrows.h"
#include "core/store/tablewrite.h"

namespace skl {

// What importing one of the small tables HR keeps (rates, roles, agreements, bands, pay, wages)
// came to. Nothing was written when there are problems or the import was cancelled.
struct TableImportOutcome
{
    int written = 0;
    RowProblems problems;
    bool canceled = false;
    int replaced = 0; // of the rows written, those that replaced a stored value

    static TableImportOutcome canceledImport() { return { 0, {}, true }; }
};

// How one table file is imported: its columns, a row parser (a row's checked value, or nullopt
// once its problems are added; an Error stops the import) and the store call that writes every
// checked row in one transaction with one audit event.
template <typename Row> struct TableSpec
{
    QList<KeyedColumn> columns;
    std::function<Result<std::optional<Row>>(const KeyedRow &, RowProblems &)> parseRow;
    std::function<Result<WriteEnd>(const QList<Row> &, ProgressSink &)> write;
};

// One phase of a longer job (reading, checking, writing) as its share of one progress bar.
class ProgressPhase final : public ProgressSink
{
public:
    ProgressPhase(ProgressSink &whole, int index, int count);
    void report(qint64 done, qint64 total) override;
    bool isCanceled() const override { return m_whole.isCanceled(); }

private:
    ProgressSink &m_whole;
    int m_index;
    int m_count;
};

// The pipeline of the table imports: read the rows, check each, and write all of them only
// when every row is good. Progress covers reading, checking and writing; a Cancel at any point
// writes nothing.
template <typename Row>
Result<TableImportOutcome> importTable(
    const QString &path, const TableSpec<Row> &spec, ProgressSink &progress)
{
    constexpr int kProgressEvery = 500;
    TableImportOutcome outcome;
    ProgressPhase reading(progress, 0, 3);
    const auto rows = KeyedRows::read(path, spec.columns, outcome.problems, reading);
    if (!rows)
        return rows.error();
    ProgressPhase checking(progress, 1, 3);
    QList<Row> checked;
    checked.reserve(rows->size());
    for (qsizetype i = 0; i < rows->size(); ++i) {
        if (i % kProgressEvery == 0) {
            if (checking.isCanceled())
                return TableImportOutcome::canceledImport();
            checking.report(i, rows->size());
        }
        auto row = spec.parseRow(rows->at(i), outcome.problems);
        if (!row)
            return row.error();
        if (*row)
            checked += std::move(**row);
    }
    if (checking.isCanceled())
        return TableImportOutcome::canceledImport();
    if (!outcome.problems.isEmpty())
        return outcome;
    ProgressPhase writing(progress, 2, 3);
    const auto written = spec.write(checked, writing);
    if (!written)
        return written.error();
    if (*written == WriteEnd::Canceled)
        return TableImportOutcome::canceledImport();
    outcome.written = int(checked.size());
    outcome.replaced = written->replaced;
    return outcome;
}

} // namespace skl
