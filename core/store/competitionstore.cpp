#include "core/store/competitionstore.h"

#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/certificationstore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    struct CompetitionFacts
    {
        QString name;
        CompetitionLevel level = CompetitionLevel::Enterprise;
        QDate heldOn;
        qint64 occupationId = 0;
        qint64 roundId = 0;
    };

    Result<CompetitionFacts> competition(QSqlDatabase &db, qint64 id)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT c.name, c.level, c.held_on, coalesce(c.occupation_id, 0), r.id "
                  "FROM competition c LEFT JOIN assessment_round r ON r.competition_id = c.id "
                  "WHERE c.id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return SqlErrors::fromQuery(q, CompetitionStore::tr("Reading the competition"));
        const auto found = nextRow(q, CompetitionStore::tr("Reading the competition"));
        if (!found)
            return found.error();
        if (!*found)
            return Error { CompetitionStore::tr("There is no competition %1.").arg(id), {} };
        return CompetitionFacts { q.value(0).toString(),
            CertificationNames::parseLevel(q.value(1).toString())
                .value_or(CompetitionLevel::Enterprise),
            QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toLongLong(),
            q.value(4).toLongLong() };
    }

} // namespace

Result<qint64> CompetitionStore::add(QSqlDatabase &db, const CompetitionInput &input)
{
    if (auto allowed = OfficerStore::require(db, input.by, Act::RecordCompetition); !allowed)
        return allowed.error();
    if (input.name.trimmed().isEmpty())
        return Error { tr("The competition needs a name."), {} };
    if (input.organiser.trimmed().isEmpty())
        return Error { tr("The competition needs its organiser."), {} };
    if (!input.heldOn.isValid())
        return Error { tr("The competition needs its date."), {} };
    Transaction transaction(db);
    qint64 occupationId = 0;
    if (!input.occupation.trimmed().isEmpty()) {
        const auto occupation = CertificationFactsStore::occupationByName(db, input.occupation);
        if (!occupation)
            return occupation.error();
        occupationId = occupation->id;
    }
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"competition"_s,
        tr("Recorded the competition %1 (%2, %3).")
            .arg(input.name.trimmed(), CertificationNames::display(input.level),
                input.heldOn.toString(Qt::ISODate)),
        input.by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO competition (name, level, organiser, held_on, occupation_id, "
              "created_event_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(input.name.trimmed());
    q.addBindValue(CertificationNames::code(input.level));
    q.addBindValue(input.organiser.trimmed());
    q.addBindValue(input.heldOn.toString(Qt::ISODate));
    q.addBindValue(
        occupationId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(occupationId));
    q.addBindValue(*event);
    const auto inserted = execReturningId(q, tr("Recording the competition"));
    if (!inserted)
        return inserted.error();
    const qint64 id = *inserted;
    q.prepare(u"INSERT INTO assessment_round (name, competition_id, created_event_id) "
              "VALUES (?, ?, ?)"_s);
    q.addBindValue(tr("%1 (%2)").arg(input.name.trimmed(), input.heldOn.toString(Qt::ISODate)));
    q.addBindValue(id);
    q.addBindValue(*event);
    if (!q.exec())
        return Error { tr("A competition named %1 on %2 is already on record.")
                           .arg(input.name.trimmed(), input.heldOn.toString(Qt::ISODate)),
            SqlErrors::fromQuery(q, tr("Recording the competition")).detail };
    q.finish();
    if (auto done = transaction.commit(tr("Recording the competition")); !done)
        return done.error();
    return id;
}

Result<QList<CompetitionRecord>> CompetitionStore::list(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT c.id, c.name, c.level, c.organiser, c.held_on, coalesce(o.name, ''), "
                "coalesce(r.id, 0), (SELECT count(*) FROM competition_result x "
                "WHERE x.competition_id = c.id) FROM competition c "
                "LEFT JOIN occupation o ON o.id = c.occupation_id "
                "LEFT JOIN assessment_round r ON r.competition_id = c.id "
                "ORDER BY c.held_on DESC, c.id DESC"_s))
        return SqlErrors::fromQuery(q, tr("Reading the competitions"));
    QList<CompetitionRecord> all;
    if (auto read = forEachRow(q, tr("Reading the competitions"),
            [&](const QSqlQuery &row) {
                all += { row.value(0).toLongLong(), row.value(1).toString(),
                    CertificationNames::parseLevel(row.value(2).toString())
                        .value_or(CompetitionLevel::Enterprise),
                    row.value(3).toString(),
                    QDate::fromString(row.value(4).toString(), Qt::ISODate),
                    row.value(5).toString(), row.value(6).toLongLong(), row.value(7).toInt() };
            });
        !read)
        return read.error();
    return all;
}

Result<QList<CompetitionResultRecord>> CompetitionStore::results(
    QSqlDatabase &db, qint64 competitionId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT r.id, r.worker_id, w.employee_no, w.name, r.placing, coalesce(r.rank, 0), "
              "coalesce(c.id, 0), c.status FROM competition_result r "
              "JOIN worker w ON w.id = r.worker_id "
              "LEFT JOIN certification c ON c.competition_result_id = r.id "
              "AND c.status <> 'rejected' "
              "WHERE r.competition_id = ? ORDER BY r.placing = 'rank', r.rank, r.id"_s);
    q.addBindValue(competitionId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the competition results"));
    QList<CompetitionResultRecord> all;
    if (auto read = forEachRow(q, tr("Reading the competition results"),
            [&](const QSqlQuery &row) {
                CompetitionResultRecord r;
                r.id = row.value(0).toLongLong();
                r.workerId = row.value(1).toLongLong();
                r.employeeNo = row.value(2).toString();
                r.workerName = row.value(3).toString();
                r.placing = CertificationNames::parsePlacing(row.value(4).toString())
                                .value_or(Placing::Rank);
                r.rank = row.value(5).toInt();
                r.certificationId = row.value(6).toLongLong();
                if (!row.value(7).isNull())
                    r.certificationStatus
                        = CertificationNames::parseStatus(row.value(7).toString());
                all += r;
            });
        !read)
        return read.error();
    return all;
}

Result<std::optional<PromotionOffer>> CompetitionStore::offer(
    QSqlDatabase &db, qint64 competitionId, const QString &employeeNo, Placing placing)
{
    const auto facts = competition(db, competitionId);
    if (!facts)
        return facts.error();
    const auto worker = CertificationFactsStore::workerByEmployeeNo(db, employeeNo);
    if (!worker)
        return worker.error();
    const qint64 occupationId
        = facts->occupationId != 0 ? facts->occupationId : worker->occupationId;
    if (occupationId == 0)
        return std::optional<PromotionOffer>();
    const auto occupation = CertificationFactsStore::occupationById(db, occupationId);
    if (!occupation)
        return occupation.error();
    const auto policy = PolicyStore::certificationOn(db, facts->heldOn);
    if (!policy)
        return policy.error();
    const int rungs = policy->rungsFor(facts->level, placing);
    if (rungs <= 0)
        return std::optional<PromotionOffer>();
    const auto held = CertificationFactsStore::heldGrade(db, *worker, occupationId, facts->heldOn);
    if (!held)
        return held.error();
    const int from = *held ? rankOf((*held)->grade) : rankOf(Grade::Apprentice);
    const int to = std::min(from + rungs, rankOf(occupation->highest));
    if (to <= from || to < rankOf(Grade::Junior))
        return std::optional<PromotionOffer>();
    PromotionOffer offer;
    offer.occupation = occupation->name;
    if (*held)
        offer.from = (*held)->grade;
    offer.to = Grade(to);
    offer.rungs = to - from;
    return std::optional<PromotionOffer>(offer);
}

Result<CompetitionStore::Recorded> CompetitionStore::addResult(QSqlDatabase &db,
    qint64 competitionId, const QString &employeeNo, Placing placing, int rank, bool propose,
    const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordCompetition); !allowed)
        return allowed.error();
    if (placing == Placing::Rank && rank <= 0)
        return Error { tr("A ranked result needs its rank (1, 2, 3 …)."), {} };
    const auto facts = competition(db, competitionId);
    if (!facts)
        return facts.error();
    const auto worker = CertificationFactsStore::workerByEmployeeNo(db, employeeNo);
    if (!worker)
        return worker.error();
    const auto offered = propose ? offer(db, competitionId, employeeNo, placing)
                                 : Result<std::optional<PromotionOffer>>(std::nullopt);
    if (!offered)
        return offered.error();

    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"competition-result"_s,
        tr("Recorded %1 (%2): %3 at %4.")
            .arg(worker->name, worker->employeeNo, CertificationNames::display(placing),
                facts->name),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO competition_result (competition_id, worker_id, \"placing\", rank, "
              "created_event_id) VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(competitionId);
    q.addBindValue(worker->id);
    q.addBindValue(CertificationNames::code(placing));
    q.addBindValue(rank > 0 ? QVariant(rank) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(*event);
    const auto inserted = execReturningId(q, tr("Recording the result"));
    if (!inserted)
        return Error { tr("%1 (%2) already has a result in %3.")
                           .arg(worker->name, worker->employeeNo, facts->name),
            inserted.error().detail };
    Recorded recorded { *inserted, 0 };
    if (auto done = transaction.commit(tr("Recording the result")); !done)
        return done.error();
    if (!*offered)
        return recorded;

    // The proposal is its own step (and transaction): a result stays recorded even when the
    // proposal is refused, and the refusal says why.
    ProposalRequest request;
    request.employeeNo = worker->employeeNo;
    request.occupation = (*offered)->occupation;
    request.grade = (*offered)->to;
    request.way = CertificationWay::Competition;
    request.evidence = tr("%1, %2").arg(facts->name, CertificationNames::display(placing));
    request.date = facts->heldOn;
    request.roundId = facts->roundId;
    request.competitionResultId = recorded.resultId;
    request.by = by;
    const auto proposed = CertificationStore::propose(db, request);
    if (!proposed)
        return Error { tr("The result is recorded, but the promotion could not be proposed: %1")
                           .arg(proposed.error().userMessage),
            proposed.error().detail, proposed.error().kind };
    recorded.certificationId = *proposed;
    return recorded;
}

} // namespace skl
