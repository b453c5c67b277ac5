#include "core/importing/roundscoresimport.h"

#include "core/importing/keyedrows.h"

using namespace Qt::StringLiterals;

namespace skl {

QList<KeyedColumn> RoundScoresImport::columns()
{
    return { { u"employee_no"_s, { u"工号"_s, u"员工编号"_s }, true },
        { u"theory"_s, { u"理论知识"_s, u"理论"_s }, true },
        { u"practical"_s, { u"操作技能"_s, u"实操"_s }, true },
        { u"review"_s, { u"综合评审"_s }, false } };
}

Result<QList<ScoreEntry>> RoundScoresImport::read(
    const QString &path, RowProblems &problems, ProgressSink &progress)
{
    auto rows = KeyedRows::read(path, columns(), problems, progress);
    if (!rows)
        return rows.error();
    QList<ScoreEntry> entries;
    for (const KeyedRow &row : *rows) {
        const QString employeeNo = row.value(u"employee_no"_s);
        if (employeeNo.isEmpty()) {
            problems += RowProblem(row.line, u"employee_no"_s, tr("The employee number is empty."));
            continue;
        }
        for (const AssessmentPart part : kAssessmentParts) {
            const QString key = AssessmentRules::code(part);
            const auto parsed = AssessmentRules::parseScore(row.value(key));
            if (!parsed.error.isEmpty()) {
                RowProblem problem(row.line, key, parsed.error);
                problem.employeeNo = employeeNo;
                problems += problem;
            } else if (parsed.score) {
                entries += ScoreEntry { row.line, employeeNo, part, parsed.score, QString() };
            }
        }
    }
    return entries;
}

} // namespace skl
