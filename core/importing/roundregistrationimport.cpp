#include "core/importing/roundregistrationimport.h"

#include "core/importing/keyedrows.h"

using namespace Qt::StringLiterals;

namespace skl {

QList<KeyedColumn> RoundRegistrationImport::columns()
{
    return { { u"employee_no"_s, { u"工号"_s, u"员工编号"_s }, true },
        { u"condition"_s, { u"报名条件"_s, u"条件"_s }, false } };
}

Result<QList<AssessmentRoundStore::Registration>> RoundRegistrationImport::read(
    const QString &path, RowProblems &problems, ProgressSink &progress)
{
    auto rows = KeyedRows::read(path, columns(), problems, progress);
    if (!rows)
        return rows.error();
    QList<AssessmentRoundStore::Registration> registrations;
    for (const KeyedRow &row : *rows) {
        const QString employeeNo = row.value(u"employee_no"_s);
        if (employeeNo.isEmpty()) {
            problems += RowProblem(row.line, u"employee_no"_s, tr("The employee number is empty."));
            continue;
        }
        registrations += { row.line, employeeNo, row.value(u"condition"_s) };
    }
    return registrations;
}

} // namespace skl
