#include "core/store/allowancestore.h"

#include <QSqlQuery>

#include "core/domain/cellvalues.h"
#include "core/importing/keyedrows.h"
#include "core/store/auditlog.h"
#include "core/store/certificationfacts.h"
#include "core/store/policystore.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // An inclusive period; an invalid end is open.
    struct Period
    {
        QDate from;
        QDate to;
        int line = 0; // 0: already on record
        bool overlaps(const Period &o) const
        {
            return (!to.isValid() || o.from <= to) && (!o.to.isValid() || from <= o.to);
        }
    };

    QString periodText(const Period &p)
    {
        return p.from.toString(Qt::ISODate) + u" – "_s
            + (p.to.isValid() ? p.to.toString(Qt::ISODate) : AllowanceStore::tr("ongoing"));
    }

    // Where an overlapping period is: a line of the file, or the record.
    QString whereIs(const Period &p)
    {
        return p.line == 0 ? AllowanceStore::tr("on record")
                           : AllowanceStore::tr("on line %1").arg(p.line);
    }

    std::optional<QDate> dateCell(
        const KeyedRow &row, const QString &key, bool required, RowProblems &problems, bool &bad)
    {
        const QString text = row.value(key);
        if (text.isEmpty()) {
            if (required) {
                problems += RowProblem(row.line, key, AllowanceStore::tr("The date is missing."));
                bad = true;
            }
            return std::nullopt;
        }
        const auto day = CellValues::parseDate(text);
        if (!day) {
            problems += RowProblem(row.line, key,
                AllowanceStore::tr("\"%1\" is not a date; write YYYY-MM-DD.").arg(text));
            bad = true;
        }
        return day;
    }

    Result<std::optional<CertifiedWorker>> workerCell(
        QSqlDatabase &db, const KeyedRow &row, const QString &key, RowProblems &problems)
    {
        const QString number = row.value(key);
        if (number.isEmpty()) {
            problems
                += RowProblem(row.line, key, AllowanceStore::tr("The employee number is missing."));
            return std::optional<CertifiedWorker>();
        }
        auto worker = CertificationFacts::workerByEmployeeNo(db, number);
        if (!worker) {
            problems += RowProblem(row.line, key, worker.error().userMessage);
            return std::optional<CertifiedWorker>();
        }
        return std::optional<CertifiedWorker>(*worker);
    }

    QVariant dateOrNull(QDate day)
    {
        return day.isValid() ? QVariant(day.toString(Qt::ISODate))
                             : QVariant(QMetaType::fromType<QString>());
    }

} // namespace

QString AllowanceStore::code(AllowanceKind kind)
{
    switch (kind) {
    case AllowanceKind::Skill:
        return u"skill"_s;
    case AllowanceKind::TeamLeader:
        return u"team_leader"_s;
    case AllowanceKind::Mentoring:
        return u"mentoring"_s;
    }
    return {};
}

QString AllowanceStore::display(AllowanceKind kind)
{
    switch (kind) {
    case AllowanceKind::Skill:
        return tr("Skill allowance");
    case AllowanceKind::TeamLeader:
        return tr("Team-leader allowance");
    case AllowanceKind::Mentoring:
        return tr("Mentoring allowance");
    }
    return {};
}

std::optional<AllowanceKind> AllowanceStore::parseKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"skill" || t == u"技能津贴")
        return AllowanceKind::Skill;
    if (t == u"team_leader" || t == u"班组长津贴")
        return AllowanceKind::TeamLeader;
    if (t == u"mentoring" || t == u"带徒津贴")
        return AllowanceKind::Mentoring;
    return std::nullopt;
}

Result<AllowanceImport> AllowanceStore::importRates(
    QSqlDatabase &db, const QString &path, const QString &actor)
{
    AllowanceImport outcome;
    const auto rows = KeyedRows::read(path,
        { { u"kind"_s, { u"类别"_s, u"津贴类别"_s, u"津贴"_s } },
            { u"grade"_s, { u"等级"_s, u"技能等级"_s }, false },
            { u"amount"_s, { u"金额"_s, u"月标准"_s, u"标准"_s } },
            { u"effective_from"_s, { u"生效日期"_s, u"起始日期"_s } } },
        outcome.problems);
    if (!rows)
        return rows.error();
    QList<AllowanceRate> rates;
    QHash<QString, int> seen;
    for (const KeyedRow &row : *rows) {
        bool bad = false;
        AllowanceRate rate;
        const auto kind = parseKind(row.value(u"kind"_s));
        if (!kind) {
            outcome.problems += RowProblem(row.line, u"kind"_s,
                tr("\"%1\" is not skill, team_leader or mentoring (技能津贴, 班组长津贴, "
                   "带徒津贴).")
                    .arg(row.value(u"kind"_s)));
            bad = true;
        } else {
            rate.kind = *kind;
        }
        const QString gradeText = row.value(u"grade"_s);
        if (kind == AllowanceKind::Skill) {
            const auto grade = GradeNames::parse(gradeText);
            if (!grade) {
                outcome.problems += RowProblem(row.line, u"grade"_s,
                    gradeText.isEmpty()
                        ? tr("A skill allowance needs its grade.")
                        : tr("\"%1\" is not a grade (学徒工 … 首席技师).").arg(gradeText));
                bad = true;
            } else {
                rate.grade = rankOf(*grade);
            }
        } else if (kind && !gradeText.isEmpty()) {
            outcome.problems += RowProblem(row.line, u"grade"_s,
                tr("Only the skill allowance depends on the grade; leave the grade empty."));
            bad = true;
        }
        const auto fen = KeyedRows::yuanToFen(row.value(u"amount"_s));
        if (!fen) {
            outcome.problems += RowProblem(row.line, u"amount"_s,
                tr("\"%1\" is not an amount in yuan with at most two decimals (e.g. 300.00).")
                    .arg(row.value(u"amount"_s)));
            bad = true;
        } else {
            rate.fen = *fen;
        }
        if (const auto from = dateCell(row, u"effective_from"_s, true, outcome.problems, bad))
            rate.effectiveFrom = *from;
        if (bad)
            continue;
        const QString key = code(rate.kind) + QString::number(rate.grade)
            + rate.effectiveFrom.toString(Qt::ISODate);
        if (seen.contains(key)) {
            outcome.problems += RowProblem(row.line, u"row"_s,
                tr("The same rate from the same day is on line %1 already.").arg(seen.value(key)));
            continue;
        }
        seen.insert(key, row.line);
        rates += rate;
    }
    if (!outcome.problems.isEmpty())
        return outcome;
    if (auto done = setRates(db, rates, actor); !done)
        return done.error();
    outcome.written = int(rates.size());
    return outcome;
}

Status AllowanceStore::setRates(
    QSqlDatabase &db, const QList<AllowanceRate> &rates, const QString &actor)
{
    for (const AllowanceRate &rate : rates) {
        const bool graded = rate.kind == AllowanceKind::Skill;
        if (!rate.effectiveFrom.isValid() || rate.fen < 0
            || (graded ? (rate.grade < 0 || rate.grade >= kGradeCount) : rate.grade != -1))
            return Error { tr("A rate needs its date, an amount of 0 or more and, for the skill "
                              "allowance only, a grade."),
                {} };
    }
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(
        u"rates"_s, tr("Set %n allowance rate(s).", nullptr, int(rates.size())), actor);
    if (!event)
        return event.error();
    QSqlQuery find(db);
    find.prepare(u"SELECT amount_fen FROM allowance_rate WHERE kind = ? AND grade = ? "
                 "AND effective_from = ?"_s);
    QSqlQuery write(db);
    for (const AllowanceRate &rate : rates) {
        const QString from = rate.effectiveFrom.toString(Qt::ISODate);
        find.addBindValue(code(rate.kind));
        find.addBindValue(rate.grade);
        find.addBindValue(from);
        if (!find.exec())
            return SqlErrors::fromQuery(find, tr("Setting the rates"));
        const bool replacing = find.next();
        const QString old = replacing ? find.value(0).toString() : QString();
        find.finish();
        // A rate set again for the same day replaces it; the audit keeps the old amount.
        write.prepare(replacing ? u"UPDATE allowance_rate SET amount_fen = ?, event_id = ? "
                                  "WHERE kind = ? AND grade = ? AND effective_from = ?"_s
                                : u"INSERT INTO allowance_rate (amount_fen, event_id, kind, grade, "
                                  "effective_from) VALUES (?, ?, ?, ?, ?)"_s);
        write.addBindValue(rate.fen);
        write.addBindValue(*event);
        write.addBindValue(code(rate.kind));
        write.addBindValue(rate.grade);
        write.addBindValue(from);
        if (auto done = execOrError(write, tr("Setting the rates")); !done)
            return done;
        if (auto done = audit.recordChange(*event, u"allowance_rate"_s, 0,
                code(rate.kind) + u'/' + QString::number(rate.grade) + u'@' + from, old,
                QString::number(rate.fen));
            !done)
            return done;
    }
    write.finish();
    return transaction.commit(tr("Setting the rates"));
}

Result<AllowanceImport> AllowanceStore::importRoles(
    QSqlDatabase &db, const QString &path, const QString &actor)
{
    AllowanceImport outcome;
    const auto rows = KeyedRows::read(path,
        { { u"employee_no"_s, { u"工号"_s } }, { u"role"_s, { u"角色"_s, u"职务"_s } },
            { u"from"_s, { u"开始日期"_s, u"起始日期"_s } },
            { u"to"_s, { u"结束日期"_s, u"截止日期"_s }, false } },
        outcome.problems);
    if (!rows)
        return rows.error();
    QHash<qint64, QList<Period>> periods; // by worker: on record, then the file's
    QList<std::pair<qint64, Period>> added;
    QSqlQuery q(db);
    q.prepare(u"SELECT valid_from, valid_to FROM team_leader_period WHERE worker_id = ?"_s);
    for (const KeyedRow &row : *rows) {
        bool bad = false;
        const auto worker = workerCell(db, row, u"employee_no"_s, outcome.problems);
        if (!worker)
            return worker.error();
        const QString role = row.value(u"role"_s).toLower();
        if (role != u"team_leader" && role != u"班组长") {
            outcome.problems += RowProblem(row.line, u"role"_s,
                tr("\"%1\" is not a role with an allowance; write team_leader or 班组长.")
                    .arg(row.value(u"role"_s)));
            bad = true;
        }
        Period period;
        period.line = row.line;
        if (const auto from = dateCell(row, u"from"_s, true, outcome.problems, bad))
            period.from = *from;
        if (const auto to = dateCell(row, u"to"_s, false, outcome.problems, bad))
            period.to = *to;
        if (!bad && period.to.isValid() && period.to < period.from) {
            outcome.problems += RowProblem(row.line, u"to"_s,
                tr("The period ends (%1) before it starts (%2).")
                    .arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate)));
            bad = true;
        }
        if (bad || !*worker)
            continue;
        const qint64 id = (*worker)->id;
        if (!periods.contains(id)) {
            q.addBindValue(id);
            if (!q.exec())
                return SqlErrors::fromQuery(q, tr("Importing the roles"));
            QList<Period> known;
            while (q.next())
                known += Period { QDate::fromString(q.value(0).toString(), Qt::ISODate),
                    QDate::fromString(q.value(1).toString(), Qt::ISODate), 0 };
            periods.insert(id, known);
        }
        bool overlapping = false;
        for (const Period &other : std::as_const(periods[id])) {
            if (period.overlaps(other)) {
                outcome.problems += RowProblem(row.line, u"from"_s,
                    tr("%1 (%2) already leads a team %3 (%4).")
                        .arg((*worker)->name, (*worker)->employeeNo, periodText(other),
                            whereIs(other)));
                overlapping = true;
                break;
            }
        }
        if (overlapping)
            continue;
        periods[id] += period;
        added += { id, period };
    }
    q.finish();
    if (!outcome.problems.isEmpty())
        return outcome;

    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(
        u"roles"_s, tr("Imported %n team-leader period(s).", nullptr, int(added.size())), actor);
    if (!event)
        return event.error();
    q.prepare(u"INSERT INTO team_leader_period (worker_id, valid_from, valid_to, event_id) "
              "VALUES (?, ?, ?, ?)"_s);
    for (const auto &[worker, period] : std::as_const(added)) {
        q.addBindValue(worker);
        q.addBindValue(period.from.toString(Qt::ISODate));
        q.addBindValue(dateOrNull(period.to));
        q.addBindValue(*event);
        if (auto done = execOrError(q, tr("Importing the roles")); !done)
            return done.error();
        ++outcome.written;
    }
    q.finish();
    if (auto done = transaction.commit(tr("Importing the roles")); !done)
        return done.error();
    return outcome;
}

Result<AllowanceImport> AllowanceStore::importMentorships(
    QSqlDatabase &db, const QString &path, const QString &actor)
{
    AllowanceImport outcome;
    const auto rows = KeyedRows::read(path,
        { { u"mentor_no"_s, { u"师傅工号"_s } }, { u"apprentice_no"_s, { u"徒弟工号"_s } },
            { u"occupation"_s, { u"职业(工种)"_s, u"工种"_s, u"职业"_s } },
            { u"start"_s, { u"开始日期"_s } }, { u"end"_s, { u"结束日期"_s }, false },
            { u"planned_end"_s, { u"计划结束日期"_s }, false },
            { u"outcome"_s, { u"出师等级"_s, u"结果"_s }, false } },
        outcome.problems);
    if (!rows)
        return rows.error();
    struct Added
    {
        qint64 mentor;
        qint64 apprentice;
        qint64 occupation;
        Period period;
        QDate plannedEnd;
        int outcome = -1; // the grade the apprentice reached, -1: not yet
    };
    QList<Added> added;
    QHash<std::pair<qint64, qint64>, QList<Period>> byApprentice; // (apprentice, occupation)
    QSqlQuery q(db);
    q.prepare(u"SELECT start_date, end_date FROM mentorship WHERE apprentice_id = ? "
              "AND occupation_id = ?"_s);
    for (const KeyedRow &row : *rows) {
        bool bad = false;
        const auto mentor = workerCell(db, row, u"mentor_no"_s, outcome.problems);
        if (!mentor)
            return mentor.error();
        const auto apprentice = workerCell(db, row, u"apprentice_no"_s, outcome.problems);
        if (!apprentice)
            return apprentice.error();
        auto occupation = CertificationFacts::occupationByName(db, row.value(u"occupation"_s));
        if (!occupation) {
            outcome.problems
                += RowProblem(row.line, u"occupation"_s, occupation.error().userMessage);
            bad = true;
        }
        Period period;
        period.line = row.line;
        if (const auto start = dateCell(row, u"start"_s, true, outcome.problems, bad))
            period.from = *start;
        if (const auto end = dateCell(row, u"end"_s, false, outcome.problems, bad))
            period.to = *end;
        QDate plannedEnd;
        if (const auto planned = dateCell(row, u"planned_end"_s, false, outcome.problems, bad))
            plannedEnd = *planned;
        int reached = -1;
        if (!row.value(u"outcome"_s).isEmpty()) {
            if (const auto grade = GradeNames::parse(row.value(u"outcome"_s))) {
                reached = rankOf(*grade);
            } else {
                outcome.problems += RowProblem(row.line, u"outcome"_s,
                    tr("\"%1\" is not a grade (the grade the apprentice reached).")
                        .arg(row.value(u"outcome"_s)));
                bad = true;
            }
        }
        if (!bad && plannedEnd.isValid() && plannedEnd < period.from) {
            outcome.problems += RowProblem(row.line, u"planned_end"_s,
                tr("The agreement is planned to end (%1) before it starts (%2).")
                    .arg(plannedEnd.toString(Qt::ISODate), period.from.toString(Qt::ISODate)));
            bad = true;
        }
        if (!bad && period.to.isValid() && period.to < period.from) {
            outcome.problems += RowProblem(row.line, u"end"_s,
                tr("The agreement ends (%1) before it starts (%2).")
                    .arg(period.to.toString(Qt::ISODate), period.from.toString(Qt::ISODate)));
            bad = true;
        }
        if (bad || !*mentor || !*apprentice)
            continue;
        if ((*mentor)->id == (*apprentice)->id) {
            outcome.problems += RowProblem(
                row.line, u"apprentice_no"_s, tr("A worker cannot be their own apprentice."));
            continue;
        }
        // The mentor's grade in the occupation on the first day, against the policy then.
        const auto policy = PolicyStore::valuesOn(db, period.from);
        if (!policy)
            return policy.error();
        const int minimum
            = policy->value(QString::fromUtf16(PolicyKeys::kMentoringMinGrade)).toInt();
        const auto held = CertificationFacts::heldGrade(db, **mentor, occupation->id, period.from);
        if (!held)
            return held.error();
        if (!*held || rankOf((*held)->grade) < minimum) {
            outcome.problems += RowProblem(row.line, u"mentor_no"_s,
                tr("%1 (%2) holds %3 in %4 on %5; a mentor needs at least %6.")
                    .arg((*mentor)->name, (*mentor)->employeeNo,
                        *held ? GradeNames::display((*held)->grade) : tr("no grade"),
                        occupation->name, period.from.toString(Qt::ISODate),
                        GradeNames::display(Grade(minimum))));
            continue;
        }
        const std::pair key((*apprentice)->id, occupation->id);
        if (!byApprentice.contains(key)) {
            q.addBindValue(key.first);
            q.addBindValue(key.second);
            if (!q.exec())
                return SqlErrors::fromQuery(q, tr("Importing the agreements"));
            QList<Period> known;
            while (q.next())
                known += Period { QDate::fromString(q.value(0).toString(), Qt::ISODate),
                    QDate::fromString(q.value(1).toString(), Qt::ISODate), 0 };
            byApprentice.insert(key, known);
        }
        bool overlapping = false;
        for (const Period &other : std::as_const(byApprentice[key])) {
            if (period.overlaps(other)) {
                outcome.problems += RowProblem(row.line, u"apprentice_no"_s,
                    tr("%1 (%2) already has a mentor in %3 for %4 (%5): one mentor per "
                       "occupation at a time.")
                        .arg((*apprentice)->name, (*apprentice)->employeeNo, occupation->name,
                            periodText(other), whereIs(other)));
                overlapping = true;
                break;
            }
        }
        if (overlapping)
            continue;
        byApprentice[key] += period;
        added += Added { (*mentor)->id, (*apprentice)->id, occupation->id, period, plannedEnd,
            reached };
    }
    q.finish();
    if (!outcome.problems.isEmpty())
        return outcome;

    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(u"mentorships"_s,
        tr("Imported %n master-apprentice agreement(s).", nullptr, int(added.size())), actor);
    if (!event)
        return event.error();
    q.prepare(u"INSERT INTO mentorship (mentor_id, apprentice_id, occupation_id, start_date, "
              "end_date, planned_end, outcome_grade, event_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Added &a : std::as_const(added)) {
        q.addBindValue(a.mentor);
        q.addBindValue(a.apprentice);
        q.addBindValue(a.occupation);
        q.addBindValue(a.period.from.toString(Qt::ISODate));
        q.addBindValue(dateOrNull(a.period.to));
        q.addBindValue(dateOrNull(a.plannedEnd));
        q.addBindValue(a.outcome >= 0 ? QVariant(a.outcome) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(*event);
        if (auto done = execOrError(q, tr("Importing the agreements")); !done)
            return done.error();
        ++outcome.written;
    }
    q.finish();
    if (auto done = transaction.commit(tr("Importing the agreements")); !done)
        return done.error();
    return outcome;
}

Result<QList<AllowanceRate>> AllowanceStore::rates(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT kind, grade, effective_from, amount_fen FROM allowance_rate "
                "ORDER BY kind, grade, effective_from"_s))
        return SqlErrors::fromQuery(q, tr("Reading the allowance rates"));
    QList<AllowanceRate> all;
    while (q.next())
        all += AllowanceRate { parseKind(q.value(0).toString()).value_or(AllowanceKind::Skill),
            q.value(1).toInt(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toLongLong() };
    return all;
}

} // namespace skl
