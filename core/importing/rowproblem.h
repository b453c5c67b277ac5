#pragma once

#include <QList>
#include <QString>

namespace skl {

// What is wrong with one cell (or a whole row, field "row") of an imported file.
struct RowProblem
{
    int line = 0; // physical line in the file, header = 1
    QString field; // the column's English key (employee_no ...), "header" or "row"
    QString reason; // translated, complete

    // "line 7: id_number: ..." — the form the command line prints and tests read.
    QString toString() const
    {
        return QStringLiteral("line %1: %2: %3").arg(line).arg(field, reason);
    }
};

using RowProblems = QList<RowProblem>;

} // namespace skl
