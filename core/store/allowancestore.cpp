#include "core/store/allowancestore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kProgressEvery = 500;

    Result<QList<InclusivePeriod>> periodsOf(QSqlQuery &q, const QString &whatFailed)
    {
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        QList<InclusivePeriod> periods;
        if (auto read = forEachRow(q, whatFailed,
                [&periods](const QSqlQuery &row) {
                    periods += InclusivePeriod { QDate::fromString(
                                                     row.value(0).toString(), Qt::ISODate),
                        QDate::fromString(row.value(1).toString(), Qt::ISODate) };
                });
            !read)
            return read.error();
        return periods;
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

Status AllowanceStore::setRates(
    QSqlDatabase &db, const QList<AllowanceRate> &rates, const Officer &by)
{
    NullProgress progress;
    const auto written = setRates(db, rates, by, progress);
    if (!written)
        return written.error();
    return success();
}

Result<WriteEnd> AllowanceStore::setRates(
    QSqlDatabase &db, const QList<AllowanceRate> &rates, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::SetAllowanceRates); !allowed)
        return allowed.error();
    for (const AllowanceRate &rate : rates) {
        const bool graded = rate.kind == AllowanceKind::Skill;
        if (!rate.effectiveFrom.isValid() || rate.fen.isNegative()
            || graded != rate.grade.has_value())
            return Error { tr("A rate needs its date, an amount of 0 or more and, for the skill "
                              "allowance only, a grade."),
                {} };
    }
    Transaction transaction(db);
    if (auto begun = transaction.begun(tr("Setting the rates")); !begun)
        return begun.error();
    AuditLog audit(db);
    const auto event = audit.beginEvent(
        u"rates"_s, tr("Set %n allowance rate(s).", nullptr, int(rates.size())), by);
    if (!event)
        return event.error();
    QSqlQuery find(db);
    find.prepare(u"SELECT amount_fen FROM allowance_rate WHERE kind = ? AND grade = ? "
                 "AND effective_from = ?"_s);
    QSqlQuery write(db);
    qint64 done = 0;
    for (const AllowanceRate &rate : rates) {
        if (done++ % kProgressEvery == 0) {
            if (progress.isCanceled())
                return WriteEnd::Canceled; // the transaction rolls back
            progress.report(done - 1, rates.size());
        }
        const QString from = rate.effectiveFrom.toString(Qt::ISODate);
        find.addBindValue(code(rate.kind));
        find.addBindValue(storedRank(rate.grade));
        find.addBindValue(from);
        if (!find.exec())
            return SqlErrors::fromQuery(find, tr("Setting the rates"));
        const auto found = nextRow(find, tr("Setting the rates"));
        if (!found)
            return found.error();
        const bool replacing = *found;
        const QString old = replacing ? find.value(0).toString() : QString();
        find.finish();
        // A rate set again for the same day replaces it; the audit keeps the old amount.
        write.prepare(replacing ? u"UPDATE allowance_rate SET amount_fen = ?, event_id = ? "
                                  "WHERE kind = ? AND grade = ? AND effective_from = ?"_s
                                : u"INSERT INTO allowance_rate (amount_fen, event_id, kind, grade, "
                                  "effective_from) VALUES (?, ?, ?, ?, ?)"_s);
        write.addBindValue(rate.fen.fen());
        write.addBindValue(*event);
        write.addBindValue(code(rate.kind));
        write.addBindValue(storedRank(rate.grade));
        write.addBindValue(from);
        if (auto written = execOrError(write, tr("Setting the rates")); !written)
            return written.error();
        if (auto recorded = audit.recordChange(*event, u"allowance_rate"_s, 0,
                code(rate.kind) + u'/' + QString::number(storedRank(rate.grade)) + u'@' + from, old,
                QString::number(rate.fen.fen()));
            !recorded)
            return recorded.error();
    }
    write.finish();
    if (progress.isCanceled())
        return WriteEnd::Canceled;
    if (auto committed = transaction.commit(tr("Setting the rates")); !committed)
        return committed.error();
    progress.report(rates.size(), rates.size());
    return WriteEnd::Committed;
}

Result<QList<AllowanceRate>> AllowanceStore::rates(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT kind, grade, effective_from, amount_fen FROM allowance_rate "
                "ORDER BY kind, grade, effective_from"_s))
        return SqlErrors::fromQuery(q, tr("Reading the allowance rates"));
    QList<AllowanceRate> all;
    if (auto read = forEachRow(q, tr("Reading the allowance rates"),
            [&all](const QSqlQuery &row) {
                all += AllowanceRate {
                    parseKind(row.value(0).toString()).value_or(AllowanceKind::Skill),
                    gradeFromRank(row.value(1).toInt()),
                    QDate::fromString(row.value(2).toString(), Qt::ISODate),
                    Fen::fromFen(row.value(3).toLongLong())
                };
            });
        !read)
        return read.error();
    return all;
}

Result<QList<InclusivePeriod>> AllowanceStore::teamLeaderPeriods(QSqlDatabase &db, qint64 workerId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT valid_from, valid_to FROM team_leader_period WHERE worker_id = ?"_s);
    q.addBindValue(workerId);
    return periodsOf(q, tr("Importing the roles"));
}

Result<WriteEnd> AllowanceStore::addTeamLeaderPeriods(QSqlDatabase &db,
    const QList<TeamLeaderPeriod> &periods, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ImportPayTables); !allowed)
        return allowed.error();
    StatementRows insert { u"INSERT INTO team_leader_period (worker_id, valid_from, valid_to, "
                           "event_id) VALUES (?, ?, ?, ?)"_s,
        {} };
    for (const TeamLeaderPeriod &p : periods)
        insert.rows += QVariantList { p.workerId, p.period.from.toString(Qt::ISODate),
            SqlDates::textOrNull(p.period.to) };
    return writeInOneEvent(db, u"roles"_s,
        tr("Imported %n team-leader period(s).", nullptr, int(periods.size())), by, { insert },
        progress);
}

Result<QList<InclusivePeriod>> AllowanceStore::apprenticeships(
    QSqlDatabase &db, qint64 apprenticeId, qint64 occupationId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT start_date, end_date FROM mentorship WHERE apprentice_id = ? "
              "AND occupation_id = ?"_s);
    q.addBindValue(apprenticeId);
    q.addBindValue(occupationId);
    return periodsOf(q, tr("Importing the agreements"));
}

Result<WriteEnd> AllowanceStore::addMentorships(QSqlDatabase &db,
    const QList<Mentorship> &agreements, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ImportPayTables); !allowed)
        return allowed.error();
    StatementRows insert { u"INSERT INTO mentorship (mentor_id, apprentice_id, occupation_id, "
                           "start_date, end_date, planned_end, outcome_grade, outcome, event_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {} };
    for (const Mentorship &a : agreements)
        insert.rows += QVariantList { a.mentorId, a.apprenticeId, a.occupationId,
            a.period.from.toString(Qt::ISODate), SqlDates::textOrNull(a.period.to),
            SqlDates::textOrNull(a.plannedEnd),
            a.gradeReached ? QVariant(rankOf(*a.gradeReached))
                           : QVariant(QMetaType::fromType<int>()),
            a.outcome ? QVariant(MentorshipOutcomes::code(*a.outcome))
                      : QVariant(QMetaType::fromType<QString>()) };
    return writeInOneEvent(db, u"mentorships"_s,
        tr("Imported %n master-apprentice agreement(s).", nullptr, int(agreements.size())), by,
        { insert }, progress);
}

} // namespace skl
