#include "core/importing/tablecells.h"

#include "core/domain/cellvalues.h"
#include "core/store/paystore.h"

namespace skl {

std::optional<QDate> TableCells::date(
    const KeyedRow &row, const QString &key, RowProblems &problems)
{
    const QString text = row.value(key);
    if (text.isEmpty()) {
        problems += RowProblem(row.line, key, tr("The date is missing."));
        return std::nullopt;
    }
    const auto day = CellValues::parseDate(text);
    if (!day)
        problems
            += RowProblem(row.line, key, tr("\"%1\" is not a date; write YYYY-MM-DD.").arg(text));
    return day;
}

std::optional<QDate> TableCells::optionalDate(
    const KeyedRow &row, const QString &key, RowProblems &problems)
{
    if (row.value(key).isEmpty())
        return QDate();
    return date(row, key, problems);
}

std::optional<Fen> TableCells::yuan(const KeyedRow &row, const QString &key, RowProblems &problems)
{
    const QString text = row.value(key);
    const auto amount = Fen::parseYuan(text);
    if (!amount) {
        problems += RowProblem(row.line, key,
            tr("\"%1\" is not an amount in yuan with at most two decimals (e.g. 300.00).")
                .arg(text));
        return std::nullopt;
    }
    if (amount->isNegative()) {
        problems += RowProblem(
            row.line, key, tr("\"%1\" is negative; an amount is 0 or more.").arg(text));
        return std::nullopt;
    }
    return amount;
}

std::optional<Grade> TableCells::grade(
    const KeyedRow &row, const QString &key, RowProblems &problems)
{
    const QString text = row.value(key);
    if (text.isEmpty()) {
        problems += RowProblem(row.line, key, tr("The grade is missing."));
        return std::nullopt;
    }
    const auto grade = GradeNames::parse(text);
    if (!grade)
        problems += RowProblem(
            row.line, key, tr("\"%1\" is not a grade (学徒工 … 首席技师).").arg(text));
    return grade;
}

std::optional<int> TableCells::titleLevel(
    const KeyedRow &row, const QString &key, RowProblems &problems)
{
    const auto level = PayStore::parseTitle(row.value(key));
    if (!level)
        problems += RowProblem(row.line, key,
            tr("\"%1\" is not a title level (助理级, 中级, 副高级, 正高级).").arg(row.value(key)));
    return level;
}

std::optional<CertifiedWorker> TableCells::worker(
    QSqlDatabase &db, const KeyedRow &row, const QString &key, RowProblems &problems)
{
    const QString number = row.value(key);
    if (number.isEmpty()) {
        problems += RowProblem(row.line, key, tr("The employee number is missing."));
        return std::nullopt;
    }
    auto worker = CertificationFactsStore::workerByEmployeeNo(db, number);
    if (!worker) {
        problems += RowProblem(row.line, key, worker.error().userMessage);
        return std::nullopt;
    }
    return *worker;
}

std::optional<CertifiedOccupation> TableCells::occupation(
    QSqlDatabase &db, const KeyedRow &row, const QString &key, RowProblems &problems)
{
    auto occupation = CertificationFactsStore::occupationByName(db, row.value(key));
    if (!occupation) {
        problems += RowProblem(row.line, key, occupation.error().userMessage);
        return std::nullopt;
    }
    return *occupation;
}

} // namespace skl
