#include "core/importing/honoursimport.h"

#include "core/importing/tablecells.h"
#include "core/store/honourstore.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

QList<KeyedColumn> HonoursImport::columns()
{
    return { { u"employee_no"_s, { u"工号"_s } }, { u"honour"_s, { u"荣誉"_s, u"荣誉名称"_s } },
        { u"level"_s, { u"级别"_s } }, { u"date"_s, { u"授予日期"_s, u"日期"_s } },
        { u"body"_s, { u"授予单位"_s }, false } };
}

Result<TableImportOutcome> HonoursImport::run(
    QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed.error();
    TableSpec<HonourRow> spec;
    spec.columns = columns();
    spec.parseRow = [&db, today](const KeyedRow &row,
                        RowProblems &problems) -> Result<std::optional<HonourRow>> {
        const qsizetype before = problems.size();
        const auto worker = TableCells::worker(db, row, u"employee_no"_s, problems);
        const QString name = row.value(u"honour"_s);
        if (name.isEmpty())
            problems += RowProblem(row.line, u"honour"_s, tr("The honour's name is missing."));
        const auto level = RecognitionNames::parseLevel(row.value(u"level"_s));
        if (!level)
            problems += RowProblem(row.line, u"level"_s,
                tr("\"%1\" is not a level (国家级, 省级, 市级, 行业, 企业).")
                    .arg(row.value(u"level"_s)));
        const auto date = TableCells::date(row, u"date"_s, problems);
        if (date && *date > today)
            problems += RowProblem(row.line, u"date"_s,
                tr("%1 lies in the future; an honour is entered once awarded.")
                    .arg(date->toString(Qt::ISODate)));
        if (problems.size() != before)
            return std::optional<HonourRow>();
        return std::optional(HonourRow { worker->id, name, *level, *date, row.value(u"body"_s) });
    };
    spec.write = [&db, &by](const QList<HonourRow> &rows, ProgressSink &writing) {
        return HonourStore::addAll(db, rows, by, writing);
    };
    return importTable(path, spec, progress);
}

} // namespace skl
