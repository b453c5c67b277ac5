#include "core/importing/payfileimport.h"

#include "core/importing/tablecells.h"
#include "core/store/officerstore.h"
#include "core/store/paystore.h"

using namespace Qt::StringLiterals;

namespace skl {

Result<TableImportOutcome> PayFileImport::bands(
    QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress)
{
    // Roles first: a refused officer learns nothing of the file, not even its problems.
    if (auto allowed = OfficerStore::require(db, by, Act::ImportPayTables); !allowed)
        return allowed.error();
    TableSpec<SalaryBandRecord> spec;
    spec.columns = DataFileColumns::of(DataFile::PayBands);
    spec.parseRow = [](const KeyedRow &row,
                        RowProblems &problems) -> Result<std::optional<SalaryBandRecord>> {
        const qsizetype before = problems.size();
        SalaryBandRecord band;
        const QString track = row.value(u"track"_s).toLower();
        if (track == u"grade" || track == u"技能等级" || track == u"等级") {
            band.track = PayTrack::Grade;
            if (const auto grade = TableCells::grade(row, u"level"_s, problems))
                band.level = rankOf(*grade);
        } else if (track == u"title" || track == u"职称") {
            band.track = PayTrack::Title;
            if (const auto title = TableCells::titleLevel(row, u"level"_s, problems))
                band.level = *title;
        } else {
            problems += RowProblem(row.line, u"track"_s,
                tr("\"%1\" is not grade or title (技能等级 or 职称).").arg(row.value(u"track"_s)));
        }
        const auto min = TableCells::yuan(row, u"min"_s, problems);
        const auto mid = TableCells::yuan(row, u"mid"_s, problems);
        const auto max = TableCells::yuan(row, u"max"_s, problems);
        const auto from = TableCells::date(row, u"effective_from"_s, problems);
        if (min && mid && max && !(*min <= *mid && *mid <= *max))
            problems += RowProblem(row.line, u"mid"_s, tr("A band needs min ≤ mid ≤ max."));
        if (problems.size() != before)
            return std::optional<SalaryBandRecord>();
        band.effectiveFrom = *from;
        band.min = *min;
        band.mid = *mid;
        band.max = *max;
        return std::optional(band);
    };
    spec.write = [&db, &by](const QList<SalaryBandRecord> &bands, ProgressSink &writing) {
        return PayStore::setBands(db, bands, by, writing);
    };
    return importTable(path, spec, progress);
}

Result<TableImportOutcome> PayFileImport::pay(
    QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ImportPayTables); !allowed)
        return allowed.error();
    TableSpec<BasePayRecord> spec;
    spec.columns = DataFileColumns::of(DataFile::Pay);
    spec.parseRow = [&db](const KeyedRow &row,
                        RowProblems &problems) -> Result<std::optional<BasePayRecord>> {
        const qsizetype before = problems.size();
        const auto worker = TableCells::worker(db, row, u"employee_no"_s, problems);
        const auto from = TableCells::date(row, u"effective_from"_s, problems);
        const auto mode = PayStore::parseMode(row.value(u"mode"_s));
        if (!mode)
            problems += RowProblem(row.line, u"mode"_s,
                tr("\"%1\" is not a pay mode (月薪, 年薪制, 协议工资制, 特岗特酬).")
                    .arg(row.value(u"mode"_s)));
        const auto amount = TableCells::yuan(row, u"amount"_s, problems);
        std::optional<int> title;
        if (!row.value(u"title"_s).isEmpty())
            title = TableCells::titleLevel(row, u"title"_s, problems);
        if (problems.size() != before)
            return std::optional<BasePayRecord>();
        return std::optional(BasePayRecord { worker->id, *from, *mode, *amount, title });
    };
    spec.write = [&db, &by](const QList<BasePayRecord> &pay, ProgressSink &writing) {
        return PayStore::setPay(db, pay, by, writing);
    };
    return importTable(path, spec, progress);
}

Result<TableImportOutcome> PayFileImport::wageReference(
    QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ImportPayTables); !allowed)
        return allowed.error();
    const QStringList percentiles { u"p10"_s, u"p25"_s, u"p50"_s, u"p75"_s, u"p90"_s };
    TableSpec<WageReferenceRecord> spec;
    spec.columns = DataFileColumns::of(DataFile::WageReference);
    spec.parseRow = [&percentiles](const KeyedRow &row,
                        RowProblems &problems) -> Result<std::optional<WageReferenceRecord>> {
        const qsizetype before = problems.size();
        WageReferenceRecord reference;
        bool ok = false;
        reference.year = row.value(u"year"_s).toInt(&ok);
        if (!ok || reference.year < 2000 || reference.year > 2100)
            problems += RowProblem(
                row.line, u"year"_s, tr("\"%1\" is not a year.").arg(row.value(u"year"_s)));
        reference.occupation = row.value(u"occupation"_s);
        if (reference.occupation.isEmpty())
            problems += RowProblem(row.line, u"occupation"_s, tr("The occupation is missing."));
        if (const auto grade = TableCells::grade(row, u"grade"_s, problems))
            reference.grade = *grade;
        qsizetype read = 0;
        for (const QString &p : percentiles) {
            if (const auto value = TableCells::yuan(row, p, problems))
                reference.percentiles[size_t(read++)] = *value;
        }
        if (read == percentiles.size()
            && !std::is_sorted(reference.percentiles.begin(), reference.percentiles.end()))
            problems += RowProblem(
                row.line, u"p50"_s, tr("The percentiles must not decrease from P10 to P90."));
        if (problems.size() != before)
            return std::optional<WageReferenceRecord>();
        return std::optional(reference);
    };
    spec.write = [&db, &by](const QList<WageReferenceRecord> &reference, ProgressSink &writing) {
        return PayStore::setWageReference(db, reference, by, writing);
    };
    return importTable(path, spec, progress);
}

} // namespace skl
