#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/common/rowproblem.h"
#include "core/domain/rostercolumns.h"
#include "core/domain/worker.h"

namespace skl {

// Turns one roster row into a WorkerRecord, checking every cell on its own and the rules between
// cells of the row (a grade needs its date, leave after hire, ID birth date = birth date).
// Rules that need the database (duplicates, units, occupations) are the writer's.
class RosterRow
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterRow)
public:
    explicit RosterRow(const RosterColumns &columns)
        : m_columns(columns)
    { }

    // Appends a problem per bad cell to problems; the record is usable when none were added.
    WorkerRecord parse(const QStringList &cells, int line, RowProblems &problems) const;
    // The same for cells in RosterField order, every column present: a form or the command
    // line checked as an import row (issue 15), line 0.
    static WorkerRecord parseFields(const QStringList &cells, RowProblems &problems);

private:
    const RosterColumns &m_columns;
};

} // namespace skl
