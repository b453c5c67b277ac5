#include "core/reports/allowancerun.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "core/exporting/csvwriter.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/store/allowancestore.h"
#include "core/store/auditlog.h"
#include "core/store/policystore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"
#include "core/store/workerrepository.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return AllowanceRun::tr("Computing the allowances");
    }

    QString iso(QDate day)
    {
        return day.toString(Qt::ISODate);
    }

    // YYYY-MM-DD as stored; a million of them per run, so without QDate::fromString's generality.
    QDate dateOf(const QVariant &value)
    {
        const QString text = value.toString();
        if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
            return QDate::fromString(text, Qt::ISODate);
        const auto digits = [&text](int from, int count) {
            int n = 0;
            for (int i = from; i < from + count; ++i)
                n = n * 10 + (text[i].unicode() - u'0');
            return n;
        };
        return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
    }

    // The rates and policy in force on each day of the month; the rates used go to inputs.
    Result<AllowanceCalendar> calendarOf(QSqlDatabase &db, QDate month, QJsonObject &inputs)
    {
        AllowanceCalendar calendar(month);
        const QDate last = calendar.first.addDays(calendar.days - 1);
        const auto rates = AllowanceStore::rates(db);
        if (!rates)
            return rates.error();
        QJsonArray used;
        // Rates are sorted by kind, grade, date: a later one overrides from its day on.
        for (const AllowanceRate &rate : *rates) {
            if (rate.effectiveFrom > last)
                continue;
            used += QJsonObject { { u"kind"_s, AllowanceStore::code(rate.kind) },
                { u"grade"_s, rate.grade ? rankOf(*rate.grade) : -1 },
                { u"effective_from"_s, iso(rate.effectiveFrom) }, { u"fen"_s, rate.fen.fen() } };
            std::vector<qint64> *days = rate.kind == AllowanceKind::Skill
                ? &calendar.skill[size_t(rate.grade ? rankOf(*rate.grade) : 0)]
                : rate.kind == AllowanceKind::TeamLeader ? &calendar.teamLeader
                                                         : &calendar.mentoring;
            for (int i = std::max(0, calendar.indexOf(rate.effectiveFrom)); i < calendar.days; ++i)
                (*days)[size_t(i)] = rate.fen.fen();
        }
        QJsonArray policy;
        QString previous;
        for (int i = 0; i < calendar.days; ++i) {
            const QDate day = calendar.first.addDays(i);
            const auto values = PolicyStore::valuesOn(db, day);
            if (!values)
                return values.error();
            const QString cap = values->value(QString::fromUtf16(PolicyKeys::kMentoringCap));
            const QString grade = values->value(QString::fromUtf16(PolicyKeys::kMentoringMinGrade));
            calendar.mentoringCap[size_t(i)] = cap.toInt();
            calendar.mentoringMinGrade[size_t(i)] = grade.toInt();
            if (cap + u'/' + grade != previous)
                policy
                    += QJsonObject { { u"from"_s, iso(day) }, { u"mentoring_cap"_s, cap.toInt() },
                           { u"mentoring_min_grade"_s, grade.toInt() } };
            previous = cap + u'/' + grade;
        }
        calendar.finish();
        inputs.insert(u"month"_s, month.toString(u"yyyy-MM"_s));
        inputs.insert(u"rates"_s, used);
        inputs.insert(u"policy"_s, policy);
        return calendar;
    }

    // Everything of the month beside the worker rows: closed grade spans of workers whose grade
    // changed in or after it, team-leader periods, agreements with their apprentices' service.
    struct MonthRecords
    {
        QHash<qint64, QList<GradeSpan>> closed;
        QHash<qint64, QList<std::pair<QDate, QDate>>> leading;
        QHash<qint64, QList<MentoringAgreement>> mentoring;
    };

    Result<MonthRecords> monthRecords(QSqlDatabase &db, QDate first, QDate last)
    {
        MonthRecords r;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT g.worker_id, g.valid_from, g.valid_until, g.grade FROM worker w "
                  "JOIN grade_span g ON g.worker_id = w.id "
                  "WHERE coalesce(w.current_grade_since, '') > ? AND g.valid_until > ? "
                  "AND g.valid_from <= ?"_s);
        q.addBindValue(iso(first));
        q.addBindValue(iso(first));
        q.addBindValue(iso(last));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        while (q.next())
            r.closed[q.value(0).toLongLong()] += GradeSpan { dateOf(q.value(1)), dateOf(q.value(2)),
                gradeFromRank(q.value(3).toInt()).value_or(Grade::Apprentice) };
        q.prepare(u"SELECT worker_id, valid_from, valid_to FROM team_leader_period "
                  "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"_s);
        q.addBindValue(iso(last));
        q.addBindValue(iso(first));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        while (q.next())
            r.leading[q.value(0).toLongLong()] += { dateOf(q.value(1)), dateOf(q.value(2)) };
        q.prepare(u"SELECT m.mentor_id, m.id, m.start_date, m.end_date, a.hire_date, a.leave_date "
                  "FROM mentorship m JOIN worker a ON a.id = m.apprentice_id "
                  "WHERE m.start_date <= ? AND (m.end_date IS NULL OR m.end_date >= ?)"_s);
        q.addBindValue(iso(last));
        q.addBindValue(iso(first));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        while (q.next())
            r.mentoring[q.value(0).toLongLong()] += MentoringAgreement { q.value(1).toLongLong(),
                dateOf(q.value(2)), dateOf(q.value(3)), dateOf(q.value(4)), dateOf(q.value(5)) };
        return r;
    }

    AllowanceRunInfo readInfo(const QSqlQuery &q)
    {
        AllowanceRunInfo info;
        info.id = q.value(0).toLongLong();
        info.month = QDate::fromString(q.value(1).toString() + u"-01"_s, Qt::ISODate);
        info.approved = q.value(2).toString() == u"approved";
        info.workers = q.value(3).toLongLong();
        info.totalFen = q.value(4).toLongLong();
        info.inputs = q.value(5).toString();
        info.computedBy = q.value(6).toString();
        info.computedAt = q.value(7).toString();
        info.approvedBy = q.value(8).toString();
        return info;
    }

    const auto kRunColumns
        = u"SELECT r.id, r.month, r.status, r.workers, r.total_fen, r.inputs, c.actor, c.at, "
          "a.actor FROM allowance_run r JOIN audit_event c ON c.id = r.computed_event_id "
          "LEFT JOIN audit_event a ON a.id = r.approved_event_id "_s;

    void sortLines(QList<AllowanceLine> &lines)
    {
        std::sort(lines.begin(), lines.end(), [](const AllowanceLine &a, const AllowanceLine &b) {
            return std::tie(a.site, a.workshop, a.employeeNo)
                < std::tie(b.site, b.workshop, b.employeeNo);
        });
    }

    struct Scan
    {
        const AllowanceCalendar &calendar;
        const MonthRecords &records;
        const QHash<qint64, QString> &sites;
        const QHash<qint64, QString> &workshops;
        QDate first;
        QDate last;
    };

    // The workers in service in the month and paid anything, appended to lines without their
    // names (AllowanceRun::lines reads those for the run's lines only). Most workers are in
    // service: one pass over the table (SqlDialect::fullScan), with as few columns as possible,
    // as Qt converts every column of every row.
    Status scanWorkers(
        QSqlDatabase &db, const Scan &scan, ProgressSink &progress, QList<AllowanceLine> &lines)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, coalesce(site_id, 0), coalesce(workshop_id, 0), hire_date, "
                  "leave_date, current_grade, current_grade_since FROM worker"_s
            + SqlDialect::of(db).fullScan()
            + u" WHERE hire_date <= ? AND (leave_date IS NULL OR leave_date > ?)"_s);
        q.addBindValue(iso(scan.last));
        q.addBindValue(iso(scan.first));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        qint64 seen = 0;
        WorkerMonth w;
        while (q.next()) {
            if (++seen % 20000 == 0) {
                progress.report(seen, seen + 20000);
                if (progress.isCanceled())
                    return Error { AllowanceRun::tr("Cancelled; nothing was saved."), {} };
            }
            const qint64 id = q.value(0).toLongLong();
            w.hired = dateOf(q.value(3));
            w.left = dateOf(q.value(4));
            w.grades = scan.records.closed.value(id);
            if (!q.value(5).isNull()) {
                const QDate since = dateOf(q.value(6));
                if (since <= scan.last)
                    w.grades += GradeSpan { since, QDate(),
                        gradeFromRank(q.value(5).toInt()).value_or(Grade::Apprentice) };
            }
            w.leading = scan.records.leading.value(id);
            w.mentoring = scan.records.mentoring.value(id);
            const AllowanceAmounts amounts = allowancesOf(w, scan.calendar);
            if (amounts.total() == 0)
                continue;
            lines += AllowanceLine { id, QString(), QString(),
                scan.sites.value(q.value(1).toLongLong()),
                scan.workshops.value(q.value(2).toLongLong()), amounts,
                gradeAtMonthEnd(w, scan.calendar) };
        }
        return success();
    }

} // namespace

Result<QList<AllowanceLine>> AllowanceRun::compute(
    QSqlDatabase &db, QDate month, ProgressSink &progress, QString *inputs)
{
    QJsonObject used;
    const auto calendar = calendarOf(db, month, used);
    if (!calendar)
        return calendar.error();
    if (inputs)
        *inputs = QString::fromUtf8(QJsonDocument(used).toJson(QJsonDocument::Compact));
    const QDate first = calendar->first;
    const QDate last = first.addDays(calendar->days - 1);
    const auto records = monthRecords(db, first, last);
    if (!records)
        return records.error();
    const auto sites = WorkerRepository::namesById(db, WorkerRepository::UnitTable::Site);
    const auto workshops = WorkerRepository::namesById(db, WorkerRepository::UnitTable::Workshop);
    if (!sites || !workshops)
        return !sites ? sites.error() : workshops.error();

    const Scan scan { *calendar, *records, *sites, *workshops, first, last };
    QList<AllowanceLine> lines;
    if (auto done = scanWorkers(db, scan, progress, lines); !done)
        return done.error();
    progress.report(1, 1);
    return lines;
}

Result<qint64> AllowanceRun::run(
    QSqlDatabase &db, QDate month, const QString &actor, ProgressSink &progress)
{
    const QString monthText = month.toString(u"yyyy-MM"_s);
    if (const auto current = AllowanceRun::current(db, month); !current)
        return current.error();
    else if (*current && (*current)->approved)
        return Error { tr("The allowances of %1 are approved (run %2) and locked; they are no "
                          "longer computed.")
                           .arg(monthText)
                           .arg((*current)->id),
            {} };
    QString inputs;
    const auto lines = compute(db, month, progress, &inputs);
    if (!lines)
        return lines.error();
    qint64 total = 0;
    for (const AllowanceLine &line : *lines)
        total += line.amounts.total();

    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Saving the allowance run")); !begun)
        return begun.error();
    const auto event = AuditLog(db).beginEvent(u"allowance-run"_s,
        tr("Computed the allowances of %1: %n worker(s), %2 yuan.", nullptr, int(lines->size()))
            .arg(monthText, yuan(total)),
        actor);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO allowance_run (month, status, inputs, workers, total_fen, "
              "computed_event_id) VALUES (?, 'draft', ?, ?, ?, ?)"_s);
    q.addBindValue(monthText);
    q.addBindValue(inputs);
    q.addBindValue(qint64(lines->size()));
    q.addBindValue(total);
    q.addBindValue(*event);
    if (auto done = execOrError(q, tr("Saving the allowance run")); !done)
        return done.error();
    const qint64 runId = q.lastInsertId().toLongLong();
    // Bulk statements: binding a million values one by one costs more than SQLite's work.
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < lines->size(); start += kBatch) {
        QString sql = u"INSERT INTO allowance_line (run_id, worker_id, grade, skill_fen, "
                      "team_leader_fen, mentoring_fen, total_fen) VALUES "_s;
        for (qsizetype i = start; i < std::min(lines->size(), start + kBatch); ++i) {
            const AllowanceLine &line = (*lines)[i];
            sql += i == start ? u"("_s : u", ("_s;
            const qint64 values[] = { runId, line.workerId, line.grade, line.amounts.skill,
                line.amounts.teamLeader, line.amounts.mentoring, line.amounts.total() };
            for (size_t v = 0; v < std::size(values); ++v) {
                if (v > 0)
                    sql += u", ";
                if (v == 2 && line.grade < 0)
                    sql += u"NULL";
                else
                    SqlDialect::appendLiteral(sql, values[v]);
            }
            sql += u')';
        }
        if (!q.exec(sql))
            return SqlErrors::fromQuery(q, tr("Saving the allowance run"));
    }
    q.finish();
    if (auto done = transaction.commit(tr("Saving the allowance run")); !done)
        return done.error();
    return runId;
}

Status AllowanceRun::approve(QSqlDatabase &db, qint64 runId, const QString &actor)
{
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Approving the allowance run")); !begun)
        return begun;
    QSqlQuery q(db);
    q.prepare(u"SELECT month, status, (SELECT max(id) FROM allowance_run x "
              "WHERE x.month = r.month) FROM allowance_run r WHERE id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Approving the allowance run"));
    if (!q.next())
        return Error { tr("There is no allowance run %1.").arg(runId), {} };
    const QString month = q.value(0).toString();
    if (q.value(1).toString() == u"approved")
        return Error { tr("Run %1 of %2 is approved already.").arg(runId).arg(month), {} };
    if (q.value(2).toLongLong() != runId)
        return Error { tr("Run %1 is not the newest of %2 (run %3 is); approve that one.")
                           .arg(runId)
                           .arg(month)
                           .arg(q.value(2).toLongLong()),
            {} };
    q.finish();
    const auto event = AuditLog(db).beginEvent(u"allowance-approve"_s,
        tr("Approved the allowances of %1 (run %2); the month is locked.").arg(month).arg(runId),
        actor);
    if (!event)
        return event.error();
    q.prepare(
        u"UPDATE allowance_run SET status = 'approved', approved_event_id = ? WHERE id = ?"_s);
    q.addBindValue(*event);
    q.addBindValue(runId);
    if (auto done = execOrError(q, tr("Approving the allowance run")); !done)
        return done;
    return transaction.commit(tr("Approving the allowance run"));
}

Result<std::optional<AllowanceRunInfo>> AllowanceRun::current(QSqlDatabase &db, QDate month)
{
    QSqlQuery q(db);
    q.prepare(kRunColumns
        + u"WHERE r.month = ? ORDER BY r.status = 'approved' DESC, r.id DESC LIMIT 1"_s);
    q.addBindValue(month.toString(u"yyyy-MM"_s));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the allowance runs"));
    if (!q.next())
        return std::optional<AllowanceRunInfo>();
    return std::optional<AllowanceRunInfo>(readInfo(q));
}

Result<QList<AllowanceRunInfo>> AllowanceRun::runs(QSqlDatabase &db, QDate month)
{
    QSqlQuery q(db);
    q.prepare(kRunColumns + u"WHERE r.month = ? ORDER BY r.id DESC"_s);
    q.addBindValue(month.toString(u"yyyy-MM"_s));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the allowance runs"));
    QList<AllowanceRunInfo> all;
    while (q.next())
        all += readInfo(q);
    return all;
}

Result<QList<AllowanceLine>> AllowanceRun::lines(QSqlDatabase &db, qint64 runId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT l.worker_id, w.employee_no, w.name, coalesce(s.name, ''), "
              "coalesce(ws.name, ''), l.skill_fen, l.team_leader_fen, l.mentoring_fen, "
              "coalesce(l.grade, -1) "
              "FROM allowance_line l JOIN worker w ON w.id = l.worker_id "
              "LEFT JOIN site s ON s.id = w.site_id LEFT JOIN workshop ws ON ws.id = w.workshop_id "
              "WHERE l.run_id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the allowance run"));
    QList<AllowanceLine> all;
    while (q.next())
        all += AllowanceLine { q.value(0).toLongLong(), q.value(1).toString(),
            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
            AllowanceAmounts {
                q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong() },
            q.value(8).toInt() };
    sortLines(all);
    return all;
}

Status AllowanceRun::forEachLine(QSqlDatabase &db, qint64 runId,
    const std::function<void(const QString &, const AllowanceAmounts &)> &visit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT w.employee_no, l.skill_fen, l.team_leader_fen, l.mentoring_fen "
              "FROM allowance_line l JOIN worker w ON w.id = l.worker_id WHERE l.run_id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the allowance run"));
    while (q.next())
        visit(q.value(0).toString(),
            AllowanceAmounts {
                q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong() });
    return success();
}

Result<QList<AllowanceDifference>> AllowanceRun::diff(QSqlDatabase &db, qint64 first, qint64 second)
{
    const auto before = lines(db, first);
    const auto after = lines(db, second);
    if (!before || !after)
        return !before ? before.error() : after.error();
    QHash<qint64, const AllowanceLine *> earlier;
    for (const AllowanceLine &line : *before)
        earlier.insert(line.workerId, &line);
    QList<AllowanceDifference> differences;
    for (const AllowanceLine &line : *after) {
        const AllowanceLine *old = earlier.take(line.workerId);
        const AllowanceAmounts was = old ? old->amounts : AllowanceAmounts {};
        if (was != line.amounts)
            differences += AllowanceDifference { line.employeeNo, line.name, was, line.amounts };
    }
    for (const AllowanceLine *old : std::as_const(earlier))
        differences += AllowanceDifference { old->employeeNo, old->name, old->amounts, {} };
    std::sort(differences.begin(), differences.end(),
        [](const auto &a, const auto &b) { return a.employeeNo < b.employeeNo; });
    return differences;
}

QString AllowanceRun::yuan(qint64 fen)
{
    return u"%1.%2"_s.arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

QStringList AllowanceRun::header()
{
    // The payroll system's columns are Chinese whatever the UI language.
    return { u"工号"_s, u"姓名"_s, u"单位"_s, u"车间"_s, u"技能津贴"_s, u"班组长津贴"_s,
        u"带徒津贴"_s, u"合计"_s };
}

namespace {

    QStringList cellsOf(const AllowanceLine &line)
    {
        return { line.employeeNo, line.name, line.site, line.workshop,
            AllowanceRun::yuan(line.amounts.skill), AllowanceRun::yuan(line.amounts.teamLeader),
            AllowanceRun::yuan(line.amounts.mentoring), AllowanceRun::yuan(line.amounts.total()) };
    }

    QStringList totalsOf(const QList<AllowanceLine> &lines)
    {
        AllowanceAmounts sum;
        for (const AllowanceLine &line : lines) {
            sum.skill += line.amounts.skill;
            sum.teamLeader += line.amounts.teamLeader;
            sum.mentoring += line.amounts.mentoring;
        }
        return { u"合计"_s, AllowanceRun::tr("%n worker(s)", nullptr, int(lines.size())), QString(),
            QString(), AllowanceRun::yuan(sum.skill), AllowanceRun::yuan(sum.teamLeader),
            AllowanceRun::yuan(sum.mentoring), AllowanceRun::yuan(sum.total()) };
    }

} // namespace

Status AllowanceRun::toCsv(const QList<AllowanceLine> &lines, const QString &path)
{
    CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
    if (auto done = writer.open(); !done)
        return done;
    if (auto done = writer.writeRow(header()); !done)
        return done;
    for (const AllowanceLine &line : lines) {
        if (auto done = writer.writeRow(cellsOf(line), line.employeeNo); !done)
            return done;
    }
    if (auto done = writer.writeRow(totalsOf(lines)); !done)
        return done;
    return writer.commit();
}

Status AllowanceRun::toXlsx(const QList<AllowanceLine> &lines, QDate month, const QString &path)
{
    using Kind = XlsxSheetWriter::Kind;
    QList<XlsxSheetWriter::Column> columns;
    const QStringList titles = header();
    for (int i = 0; i < titles.size(); ++i)
        columns += { titles[i], i < 4 ? Kind::Text : Kind::Money,
            i < 2       ? 12.0
                : i < 4 ? 16.0
                        : 12.0 };
    XlsxSheetWriter writer(path, month.toString(u"yyyy年M月津贴"_s), columns);
    if (auto done = writer.open(); !done)
        return done;
    for (const AllowanceLine &line : lines) {
        if (auto done = writer.writeRow(cellsOf(line)); !done)
            return done;
    }
    if (auto done = writer.writeRow(totalsOf(lines)); !done)
        return done;
    return writer.commit();
}

} // namespace skl
