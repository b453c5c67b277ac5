#pragma once

#include <QList>
#include <QString>

namespace skl {

// What is wrong with one cell (or a whole row, field "row") of an imported file.
struct RowProblem
{
    RowProblem() = default;
    RowProblem(int atLine, QString ofField, QString why, QString where = {})
        : line(atLine)
        , field(std::move(ofField))
        , reason(std::move(why))
        , cell(std::move(where))
    { }

    int line = 0; // physical line in the file, header = 1
    QString field; // the column's English key (employee_no ...), "header" or "row"
    QString reason; // translated, complete
    QString cell; // in an Excel sheet: where, as "花名册!D17"; empty in a CSV file
    // The row's 工号 and 姓名 as read, where the import knows them: an officer finds a row in
    // the file by the worker, not by its line (issue 15).
    QString employeeNo;
    QString name;

    // "line 7: id_number: ..." (CSV) or "花名册!D17: id_number: ..." (Excel) — the form the
    // command line prints and tests read.
    QString toString() const
    {
        if (!cell.isEmpty())
            return QStringLiteral("%1: %2: %3").arg(cell, field, reason);
        return QStringLiteral("line %1: %2: %3").arg(line).arg(field, reason);
    }
};

using RowProblems = QList<RowProblem>;

} // namespace skl
