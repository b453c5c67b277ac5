#include "core/importing/trainingimport.h"

#include <QFileInfo>

#include "core/domain/training.h"
#include "core/importing/tablecells.h"
#include "core/store/officerstore.h"
#include "core/store/trainingstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The checks of the cells against each other, once each cell reads.
    void checkTogether(const KeyedRow &row, const TrainingInput &input, RowProblems &problems)
    {
        if (input.end < input.start)
            problems += RowProblem(row.line, u"end"_s,
                TrainingImport::tr("The training ends (%1) before it starts (%2).")
                    .arg(input.end.toString(Qt::ISODate), input.start.toString(Qt::ISODate)));
        if (input.expires.isValid() && input.certificateNo.isEmpty())
            problems += RowProblem(row.line, u"expires"_s,
                TrainingImport::tr("An expiry date needs the certificate number it belongs to."));
        if (input.expires.isValid() && input.expires < input.start)
            problems += RowProblem(row.line, u"expires"_s,
                TrainingImport::tr("The certificate expires (%1) before the training starts (%2).")
                    .arg(input.expires.toString(Qt::ISODate), input.start.toString(Qt::ISODate)));
    }

} // namespace

Result<TableImportOutcome> TrainingImport::records(
    QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress)
{
    // Roles first: a refused officer learns nothing of the file, not even its problems.
    if (auto allowed = OfficerStore::require(db, by, Act::RecordTraining); !allowed)
        return allowed.error();
    TableSpec<TrainingInput> spec;
    spec.columns = DataFileColumns::of(DataFile::Training);
    spec.parseRow = [&db](const KeyedRow &row,
                        RowProblems &problems) -> Result<std::optional<TrainingInput>> {
        const qsizetype before = problems.size();
        TrainingInput input;
        const auto worker = TableCells::worker(db, row, u"employee_no"_s, problems);
        input.course = row.value(u"course"_s);
        if (input.course.isEmpty())
            problems += RowProblem(row.line, u"course"_s, tr("The course is missing."));
        const auto kind = TrainingNames::parseKind(row.value(u"kind"_s));
        if (!kind)
            problems += RowProblem(row.line, u"kind"_s,
                tr("\"%1\" is not a kind of training (岗位培训, 技能研修, 继续教育, 学徒培训, "
                   "安全培训, 特种作业, 其他).")
                    .arg(row.value(u"kind"_s)));
        const auto hours = TrainingNames::parseHours(row.value(u"hours"_s));
        if (!hours)
            problems += RowProblem(
                row.line, u"hours"_s, TrainingNames::whyNotHours(row.value(u"hours"_s)));
        const auto cost = TableCells::yuan(row, u"cost"_s, problems);
        const auto start = TableCells::date(row, u"start"_s, problems);
        const auto end = TableCells::date(row, u"end"_s, problems);
        input.result = row.value(u"result"_s);
        if (input.result.isEmpty())
            problems += RowProblem(
                row.line, u"result"_s, tr("The result is missing (合格, 不合格, 结业 …)."));
        input.certificateNo = row.value(u"certificate_no"_s);
        const auto expires = TableCells::optionalDate(row, u"expires"_s, problems);
        if (problems.size() != before)
            return std::optional<TrainingInput>();
        input.employeeNo = worker->employeeNo;
        input.workerId = worker->id;
        input.kind = *kind;
        input.hoursTenths = *hours;
        input.provider = row.value(u"provider"_s);
        input.cost = *cost;
        input.start = *start;
        input.end = *end;
        input.expires = *expires;
        checkTogether(row, input, problems);
        if (problems.size() != before)
            return std::optional<TrainingInput>();
        return std::optional(input);
    };
    const QString fileName = QFileInfo(path).fileName();
    spec.write = [&db, &by, fileName](const QList<TrainingInput> &rows, ProgressSink &writing) {
        return TrainingStore::importRecords(db, rows, fileName, by, writing);
    };
    return importTable(path, spec, progress);
}

} // namespace skl
