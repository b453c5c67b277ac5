#include "core/importing/keyedrows.h"

#include "core/domain/cellvalues.h"
#include "core/importing/recordsource.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kProgressEvery = 1000;
    constexpr int kMaxTableCellLength = 500;

    QString normalised(QString header)
    {
        header.remove(u' ');
        header.remove(QChar(0xFEFF));
        return header.toLower();
    }

} // namespace

Result<QList<KeyedRow>> KeyedRows::read(const QString &path, const QList<KeyedColumn> &columns,
    RowProblems &problems, ProgressSink &progress)
{
    auto source = RecordSource::open(path, {});
    if (!source)
        return source.error();
    CsvRecord record;
    if (!(*source)->next(record)) {
        if (!(*source)->error().isEmpty())
            return Error { (*source)->error(), {} };
        problems += RowProblem(1, u"header"_s, tr("The file is empty."));
        return QList<KeyedRow>();
    }
    QHash<QString, int> columnOf;
    for (int i = 0; i < record.cells.size(); ++i) {
        const QString header = normalised(record.cells[i]);
        for (const KeyedColumn &c : columns) {
            if (header == normalised(c.key)
                || std::any_of(c.aliases.begin(), c.aliases.end(),
                    [&](const QString &a) { return header == normalised(a); }))
                columnOf.insert(c.key, i);
        }
    }
    for (const KeyedColumn &c : columns) {
        if (c.required && !columnOf.contains(c.key))
            problems += RowProblem(record.line, u"header"_s,
                tr("The column %1 is missing (header %2).")
                    .arg(c.key, c.aliases.isEmpty() ? c.key : c.aliases.first()));
    }
    QList<KeyedRow> rows;
    while ((*source)->next(record)) {
        if (rows.size() % kProgressEvery == 0) {
            if (progress.isCanceled())
                return rows;
            progress.report((*source)->progressDone(), (*source)->progressTotal());
        }
        if (!(*source)->error().isEmpty())
            problems += RowProblem(record.line, u"row"_s, (*source)->error());
        KeyedRow row;
        row.line = record.line;
        for (auto it = columnOf.constBegin(); it != columnOf.constEnd(); ++it) {
            const QString cell = record.cells.value(it.value()).trimmed();
            // No cell reaches a table with a NUL or other control character, or longer than
            // any of their columns needs (codes, dates, amounts, at most a reason of 500
            // characters; issue 12); the column's own rules then check the rest.
            if (const QString why = CellValues::textProblem(cell, kMaxTableCellLength, true);
                !why.isEmpty()) {
                problems += RowProblem(record.line, it.key(), why);
                row.cells.insert(it.key(), QString());
                continue;
            }
            row.cells.insert(it.key(), cell);
        }
        rows += row;
    }
    // A file that cannot be read to its end is refused whole (issue 12).
    if (!(*source)->error().isEmpty())
        return Error { (*source)->error(), {} };
    progress.report((*source)->progressTotal(), (*source)->progressTotal());
    return rows;
}

} // namespace skl
