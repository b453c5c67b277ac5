#include "core/store/paystore.h"

#include <QSqlQuery>

#include "core/domain/allowancemonth.h"
#include "core/domain/grade.h"
#include "core/domain/cellvalues.h"
#include "core/importing/keyedrows.h"
#include "core/store/auditlog.h"
#include "core/store/certificationfacts.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // A yuan amount cell, or a problem.
    std::optional<qint64> fenCell(const KeyedRow &row, const QString &key, RowProblems &problems)
    {
        const auto fen = KeyedRows::yuanToFen(row.value(key));
        if (!fen)
            problems += RowProblem(row.line, key,
                PayStore::tr("\"%1\" is not an amount in yuan with at most two decimals.")
                    .arg(row.value(key)));
        return fen;
    }

    std::optional<QDate> dateCell(const KeyedRow &row, const QString &key, RowProblems &problems)
    {
        const auto day = CellValues::parseDate(row.value(key));
        if (!day)
            problems += RowProblem(row.line, key,
                PayStore::tr("\"%1\" is not a date; write YYYY-MM-DD.").arg(row.value(key)));
        return day;
    }

    // Each statement for each of its rows (the event id bound last), all in one transaction and
    // one audit event.
    using Writes = QList<std::pair<QString, QList<QVariantList>>>;
    Status writeAll(QSqlDatabase &db, const QString &action, const QString &summary,
        const QString &actor, const Writes &writes)
    {
        Transaction transaction(db);
        const auto event = AuditLog(db).beginEvent(action, summary, actor);
        if (!event)
            return event.error();
        QSqlQuery q(db);
        for (const auto &[sql, rows] : writes) {
            q.prepare(sql);
            for (const QVariantList &row : rows) {
                for (const QVariant &value : row)
                    q.addBindValue(value);
                q.addBindValue(*event);
                if (auto done = execOrError(q, summary); !done)
                    return done;
            }
        }
        q.finish();
        return transaction.commit(summary);
    }

} // namespace

QString PayStore::code(PayMode mode)
{
    switch (mode) {
    case PayMode::Monthly:
        return u"monthly"_s;
    case PayMode::Annual:
        return u"annual"_s;
    case PayMode::Negotiated:
        return u"negotiated"_s;
    case PayMode::SpecialPost:
        return u"special_post"_s;
    }
    return {};
}

std::optional<PayMode> PayStore::parseMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"monthly" || t == u"月薪" || t == u"月薪制")
        return PayMode::Monthly;
    if (t == u"annual" || t == u"年薪制" || t == u"年薪")
        return PayMode::Annual;
    if (t == u"negotiated" || t == u"协议工资制" || t == u"协议工资")
        return PayMode::Negotiated;
    if (t == u"special_post" || t == u"特岗特酬")
        return PayMode::SpecialPost;
    return std::nullopt;
}

std::optional<int> PayStore::parseTitle(const QString &text)
{
    static const QList<QStringList> names { { u"1"_s, u"助理级"_s, u"助理工程师"_s, u"初级"_s },
        { u"2"_s, u"中级"_s, u"工程师"_s }, { u"3"_s, u"副高级"_s, u"高级工程师"_s, u"副高"_s },
        { u"4"_s, u"正高级"_s, u"正高级工程师"_s, u"正高"_s } };
    const QString t = text.trimmed();
    for (int level = 0; level < names.size(); ++level) {
        if (names[level].contains(t))
            return level + 1;
    }
    return std::nullopt;
}

QString PayStore::titleName(int level)
{
    static const QStringList names { u"助理级"_s, u"中级"_s, u"副高级"_s, u"正高级"_s };
    return names.value(level - 1);
}

Fen PayStore::monthly(PayMode mode, Fen amount)
{
    return mode == PayMode::Annual ? amount.dividedRoundingHalfUp(12) : amount;
}

Result<AllowanceImport> PayStore::importBands(
    QSqlDatabase &db, const QString &path, const QString &actor)
{
    AllowanceImport outcome;
    const auto rows = KeyedRows::read(path,
        { { u"track"_s, { u"序列"_s, u"类别"_s } }, { u"level"_s, { u"等级"_s, u"级别"_s } },
            { u"min"_s, { u"下限"_s, u"最低"_s } }, { u"mid"_s, { u"中位"_s, u"中点"_s } },
            { u"max"_s, { u"上限"_s, u"最高"_s } }, { u"effective_from"_s, { u"生效日期"_s } } },
        outcome.problems);
    if (!rows)
        return rows.error();
    QList<QVariantList> values;
    for (const KeyedRow &row : *rows) {
        const qsizetype before = outcome.problems.size();
        const QString track = row.value(u"track"_s).toLower();
        const bool grade = track == u"grade" || track == u"技能等级" || track == u"等级";
        const bool title = track == u"title" || track == u"职称";
        std::optional<int> level;
        if (grade) {
            if (const auto g = GradeNames::parse(row.value(u"level"_s)))
                level = rankOf(*g);
        } else if (title) {
            level = parseTitle(row.value(u"level"_s));
        } else {
            outcome.problems += RowProblem(row.line, u"track"_s,
                tr("\"%1\" is not grade or title (技能等级 or 职称).").arg(row.value(u"track"_s)));
        }
        if ((grade || title) && !level)
            outcome.problems += RowProblem(row.line, u"level"_s,
                grade ? tr("\"%1\" is not a grade.").arg(row.value(u"level"_s))
                      : tr("\"%1\" is not a title level (助理级, 中级, 副高级, 正高级).")
                            .arg(row.value(u"level"_s)));
        const auto min = fenCell(row, u"min"_s, outcome.problems);
        const auto mid = fenCell(row, u"mid"_s, outcome.problems);
        const auto max = fenCell(row, u"max"_s, outcome.problems);
        const auto from = dateCell(row, u"effective_from"_s, outcome.problems);
        if (min && mid && max && !(*min <= *mid && *mid <= *max))
            outcome.problems += RowProblem(row.line, u"mid"_s, tr("A band needs min ≤ mid ≤ max."));
        if (outcome.problems.size() == before)
            values += QVariantList { grade ? u"grade"_s : u"title"_s, *level,
                from->toString(Qt::ISODate), *min, *mid, *max };
    }
    if (!outcome.problems.isEmpty())
        return outcome;
    if (auto done = writeAll(db, u"paybands"_s,
            tr("Imported %n salary band(s).", nullptr, int(values.size())), actor,
            { { u"INSERT INTO salary_band (track, level, effective_from, min_fen, mid_fen, "
                u"max_fen, "
                "event_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (track, level, effective_from) "
                "DO UPDATE SET min_fen = excluded.min_fen, mid_fen = excluded.mid_fen, "
                "max_fen = excluded.max_fen, event_id = excluded.event_id"_s,
                values } });
        !done)
        return done.error();
    outcome.written = int(values.size());
    return outcome;
}

Result<AllowanceImport> PayStore::importPay(
    QSqlDatabase &db, const QString &path, const QString &actor)
{
    AllowanceImport outcome;
    const auto rows = KeyedRows::read(path,
        { { u"employee_no"_s, { u"工号"_s } }, { u"effective_from"_s, { u"生效日期"_s } },
            { u"mode"_s, { u"薪酬方式"_s, u"工资制度"_s } },
            { u"amount"_s, { u"金额"_s, u"基本工资"_s } },
            { u"title"_s, { u"职称"_s, u"职称级别"_s }, false } },
        outcome.problems);
    if (!rows)
        return rows.error();
    QList<QVariantList> pay;
    QList<QVariantList> titles;
    for (const KeyedRow &row : *rows) {
        const qsizetype before = outcome.problems.size();
        const auto worker = CertificationFacts::workerByEmployeeNo(db, row.value(u"employee_no"_s));
        if (!worker)
            outcome.problems += RowProblem(row.line, u"employee_no"_s, worker.error().userMessage);
        const auto from = dateCell(row, u"effective_from"_s, outcome.problems);
        const auto mode = parseMode(row.value(u"mode"_s));
        if (!mode)
            outcome.problems += RowProblem(row.line, u"mode"_s,
                tr("\"%1\" is not a pay mode (月薪, 年薪制, 协议工资制, 特岗特酬).")
                    .arg(row.value(u"mode"_s)));
        const auto amount = fenCell(row, u"amount"_s, outcome.problems);
        std::optional<int> title;
        if (!row.value(u"title"_s).isEmpty()) {
            title = parseTitle(row.value(u"title"_s));
            if (!title)
                outcome.problems += RowProblem(row.line, u"title"_s,
                    tr("\"%1\" is not a title level (助理级, 中级, 副高级, 正高级).")
                        .arg(row.value(u"title"_s)));
        }
        if (outcome.problems.size() != before)
            continue;
        const QString day = from->toString(Qt::ISODate);
        pay += QVariantList { worker->id, day, code(*mode), *amount,
            monthly(*mode, Fen::fromFen(*amount)).fen() };
        if (title)
            titles += QVariantList { worker->id, day, *title };
    }
    if (!outcome.problems.isEmpty())
        return outcome;
    if (auto done = writeAll(db, u"pay"_s,
            tr("Imported the base pay of %n worker(s).", nullptr, int(pay.size())), actor,
            { { u"INSERT INTO pay_record (worker_id, effective_from, mode, amount_fen, "
                "monthly_fen, event_id) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (worker_id, effective_from) DO UPDATE SET mode = excluded.mode, "
                "amount_fen = excluded.amount_fen, monthly_fen = excluded.monthly_fen, "
                "event_id = excluded.event_id"_s,
                  pay },
                { u"INSERT INTO professional_title (worker_id, effective_from, level, event_id) "
                  "VALUES (?, ?, ?, ?) ON CONFLICT (worker_id, effective_from) "
                  "DO UPDATE SET level = excluded.level, event_id = excluded.event_id"_s,
                    titles } });
        !done)
        return done.error();
    outcome.written = int(pay.size());
    return outcome;
}

Result<AllowanceImport> PayStore::importWageReference(
    QSqlDatabase &db, const QString &path, const QString &actor)
{
    AllowanceImport outcome;
    const QStringList percentiles { u"p10"_s, u"p25"_s, u"p50"_s, u"p75"_s, u"p90"_s };
    QList<KeyedColumn> columns { { u"year"_s, { u"年份"_s } },
        { u"occupation"_s, { u"职业(工种)"_s, u"工种"_s, u"职业"_s } },
        { u"grade"_s, { u"等级"_s, u"技能等级"_s } } };
    for (const QString &p : percentiles)
        columns += KeyedColumn { p, { p.toUpper() } };
    const auto rows = KeyedRows::read(path, columns, outcome.problems);
    if (!rows)
        return rows.error();
    QList<QVariantList> values;
    for (const KeyedRow &row : *rows) {
        const qsizetype before = outcome.problems.size();
        bool ok = false;
        const int year = row.value(u"year"_s).toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            outcome.problems += RowProblem(
                row.line, u"year"_s, tr("\"%1\" is not a year.").arg(row.value(u"year"_s)));
        if (row.value(u"occupation"_s).isEmpty())
            outcome.problems
                += RowProblem(row.line, u"occupation"_s, tr("The occupation is missing."));
        const auto grade = GradeNames::parse(row.value(u"grade"_s));
        if (!grade)
            outcome.problems += RowProblem(
                row.line, u"grade"_s, tr("\"%1\" is not a grade.").arg(row.value(u"grade"_s)));
        QList<qint64> fen;
        for (const QString &p : percentiles) {
            if (const auto value = fenCell(row, p, outcome.problems))
                fen += *value;
        }
        if (fen.size() == percentiles.size() && !std::is_sorted(fen.begin(), fen.end()))
            outcome.problems += RowProblem(
                row.line, u"p50"_s, tr("The percentiles must not decrease from P10 to P90."));
        if (outcome.problems.size() != before)
            continue;
        values += QVariantList { year, row.value(u"occupation"_s), rankOf(*grade), fen[0], fen[1],
            fen[2], fen[3], fen[4] };
    }
    if (!outcome.problems.isEmpty())
        return outcome;
    if (auto done = writeAll(db, u"wage-reference"_s,
            tr("Imported %n wage-price reference row(s).", nullptr, int(values.size())), actor,
            { { u"INSERT INTO wage_reference (year, occupation, grade, p10_fen, p25_fen, p50_fen, "
                "p75_fen, p90_fen, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (year, occupation, grade) DO UPDATE SET p10_fen = excluded.p10_fen, "
                "p25_fen = excluded.p25_fen, p50_fen = excluded.p50_fen, p75_fen = "
                "excluded.p75_fen, "
                "p90_fen = excluded.p90_fen, event_id = excluded.event_id"_s,
                values } });
        !done)
        return done.error();
    outcome.written = int(values.size());
    return outcome;
}

} // namespace skl
