#include "core/importing/roundscoresimport.h"

#include "core/importing/keyedrows.h"

using namespace Qt::StringLiterals;

namespace skl {

QList<KeyedColumn> RoundScoresImport::columns()
{
    return { { u"employee_no"_s, { u"工号"_s } },
        { AssessmentRules::code(AssessmentPart::Theory), { u"理论知识"_s, u"理论"_s } },
        { AssessmentRules::code(AssessmentPart::Practical), { u"操作技能"_s, u"实操"_s } },
        { AssessmentRules::code(AssessmentPart::Review), { u"综合评审"_s }, false },
        { u"examiner"_s, { u"考评员工号"_s, u"考评员"_s }, false } };
}

Result<QList<ScoreEntry>> RoundScoresImport::read(
    const QString &path, RowProblems &problems, ProgressSink &progress)
{
    const auto rows = KeyedRows::read(path, columns(), problems, progress);
    if (!rows)
        return rows.error();
    QList<ScoreEntry> entries;
    for (const KeyedRow &row : *rows) {
        const QString employeeNo = row.value(u"employee_no"_s);
        if (employeeNo.isEmpty()) {
            problems
                += RowProblem(row.line, u"employee_no"_s, tr("The employee number is missing."));
            continue;
        }
        for (AssessmentPart part : kAssessmentParts) {
            const QString key = AssessmentRules::code(part);
            const auto parsed = AssessmentRules::parseScore(row.value(key));
            if (!parsed.error.isEmpty()) {
                RowProblem problem(row.line, key, parsed.error);
                problem.employeeNo = employeeNo;
                problems += problem;
                continue;
            }
            // A review column left empty for a grade without review is no entry at all.
            if (!parsed.score && part == AssessmentPart::Review)
                continue;
            ScoreEntry entry;
            entry.line = row.line;
            entry.employeeNo = employeeNo;
            entry.part = part;
            entry.score = parsed.score;
            entry.examinerNo = row.value(u"examiner"_s);
            entries += entry;
        }
    }
    return entries;
}

} // namespace skl
