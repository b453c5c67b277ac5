#include "core/store/roundfactsstore.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include "core/store/certificationfactsstore.h"
#include "core/store/policystore.h"
#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"
#include "core/store/workcalendarstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString readingRound()
    {
        return RoundFactsStore::tr("Reading the assessment round");
    }

    // The audit event's officer and time are read with a LEFT JOIN: on a server a workshop head
    // reads only their own events.
    const auto kRoundQuery
        = u"SELECT r.id, r.name, a.occupation_id, o.name, a.grade, a.start_date, a.end_date, "
          "coalesce(e.actor, ''), e.at, n.posted_on, coalesce(n.override_by, ''), "
          "coalesce(n.override_reason, ''), p.reported_on, coalesce(p.reference, ''), "
          "x.archived_on "
          "FROM assessment_round r JOIN round_assessment a ON a.round_id = r.id "
          "JOIN occupation o ON o.id = a.occupation_id "
          "LEFT JOIN audit_event e ON e.id = r.created_event_id "
          "LEFT JOIN round_notice n ON n.round_id = r.id "
          "LEFT JOIN round_report p ON p.round_id = r.id "
          "LEFT JOIN round_archive x ON x.round_id = r.id "_s;

    StoredRound readRound(const QSqlQuery &q)
    {
        StoredRound r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.occupationId = q.value(2).toLongLong();
        r.occupation = q.value(3).toString();
        r.grade = gradeFromRank(q.value(4).toInt()).value_or(Grade::Junior);
        r.start = SqlDates::parse(q.value(5));
        r.end = SqlDates::parse(q.value(6));
        r.createdBy = q.value(7).toString();
        r.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        r.noticePosted = SqlDates::parse(q.value(9));
        r.overrideBy = q.value(10).toString();
        r.overrideReason = q.value(11).toString();
        r.reportedOn = SqlDates::parse(q.value(12));
        r.reference = q.value(13).toString();
        r.archivedOn = SqlDates::parse(q.value(14));
        return r;
    }

    QString workshopFilter(const WorkshopScope &scope, QVariantList &values)
    {
        if (scope.wholeCompany)
            return {};
        QStringList marks;
        for (const qint64 workshop : scope.workshops) {
            marks += u"?"_s;
            values += workshop;
        }
        if (marks.isEmpty())
            return u" AND 1 = 0"_s;
        return u" AND w.workshop_id IN (%1)"_s.arg(marks.join(u", "));
    }

} // namespace

// The round, refused when it has no assessment (a competition's, or a plain round of
// proposals approved together).
Result<StoredRound> RoundFactsStore::loadRound(QSqlDatabase &db, qint64 roundId)
{
    QSqlQuery q(db);
    q.prepare(kRoundQuery + u"WHERE r.id = ?"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    const auto found = nextRow(q, readingRound());
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no assessment round %1, or it is a round without an "
                          "assessment (occupation, grade and dates).")
                           .arg(roundId),
            {} };
    return readRound(q);
}

Result<StoredRoundContext> RoundFactsStore::loadContext(QSqlDatabase &db, qint64 roundId)
{
    auto round = loadRound(db, roundId);
    if (!round)
        return round.error();
    auto policy = PolicyStore::assessmentOn(db, round->end);
    if (!policy)
        return policy.error();
    return StoredRoundContext { *round, *policy };
}

// The latest score of each part of each candidate of the round, by candidate.
Result<QHash<qint64, std::array<std::optional<Score>, 3>>> RoundFactsStore::latestScores(
    QSqlDatabase &db, qint64 roundId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT s.candidate_id, s.part, s.tenths FROM round_score s "
              "JOIN round_candidate c ON c.id = s.candidate_id WHERE c.round_id = ? "
              "ORDER BY s.id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    QHash<qint64, std::array<std::optional<Score>, 3>> scores;
    if (auto read = forEachRow(q, readingRound(),
            [&](const QSqlQuery &row) {
                if (const auto part = partOf(row.value(1)))
                    scores[row.value(0).toLongLong()][size_t(*part)]
                        = Score { row.value(2).toInt() };
            });
        !read)
        return read.error();
    return scores;
}

// Parts passed in earlier rounds of the same occupation and grade that ended within the
// policy's months before this round's end (issue 16: a retake keeps a passed part), by
// worker and part: the latest score of the part in each such round, the most recent round
// first.
Result<QHash<qint64, std::array<std::optional<KeptPass>, 3>>> RoundFactsStore::keptPasses(
    QSqlDatabase &db, const StoredRound &round, const AssessmentPolicy &policy)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT c.worker_id, s.part, s.tenths, a.round_id, a.end_date "
              "FROM round_score s JOIN round_candidate c ON c.id = s.candidate_id "
              "JOIN round_assessment a ON a.round_id = c.round_id "
              "WHERE a.occupation_id = ? AND a.grade = ? AND a.round_id <> ? "
              "AND a.end_date < ? AND a.end_date >= ? AND c.withdrawn_event_id IS NULL "
              "ORDER BY s.id"_s);
    q.addBindValue(round.occupationId);
    q.addBindValue(rankOf(round.grade));
    q.addBindValue(round.id);
    q.addBindValue(SqlDates::text(round.end));
    q.addBindValue(SqlDates::text(round.end.addMonths(-policy.keepPassedMonths)));
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    // The latest score per (worker, part, round) first; then the most recent passing round.
    QHash<std::pair<qint64, int>, QMap<std::pair<QDate, qint64>, Score>> byRound;
    if (auto read = forEachRow(q, readingRound(),
            [&](const QSqlQuery &row) {
                const auto part = partOf(row.value(1));
                if (!part)
                    return;
                byRound[{ row.value(0).toLongLong(), int(*part) }].insert(
                    { SqlDates::parse(row.value(4)), row.value(3).toLongLong() },
                    Score { row.value(2).toInt() });
            });
        !read)
        return read.error();
    QHash<qint64, std::array<std::optional<KeptPass>, 3>> kept;
    for (auto it = byRound.cbegin(); it != byRound.cend(); ++it) {
        for (auto r = it.value().constEnd(); r != it.value().constBegin();) {
            --r;
            if (r.value() >= policy.passMark) {
                kept[it.key().first][size_t(it.key().second)]
                    = KeptPass { r.key().second, r.key().first, r.value() };
                break;
            }
        }
    }
    return kept;
}

// The latest certification of each worker in the round.
Result<QHash<qint64, RoundProposal>> RoundFactsStore::proposalsOf(QSqlDatabase &db, qint64 roundId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT worker_id, id, status FROM certification WHERE round_id = ? "
              "ORDER BY id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    QHash<qint64, RoundProposal> proposals;
    if (auto read = forEachRow(q, readingRound(),
            [&](const QSqlQuery &row) {
                proposals.insert(row.value(0).toLongLong(),
                    { row.value(1).toLongLong(),
                        CertificationNames::parseStatus(row.value(2).toString())
                            .value_or(CertificationStatus::Proposed) });
            });
        !read)
        return read.error();
    return proposals;
}

// Fills a candidate's result from their parts.
void RoundFactsStore::settle(RoundCandidate &c, Grade grade, const AssessmentPolicy &policy)
{
    c.outcome = AssessmentRules::outcome(grade, c.parts, policy);
    c.fullyScored = true;
    for (AssessmentPart part : AssessmentRules::requiredParts(grade, policy)) {
        if (!c.parts[size_t(part)].score)
            c.fullyScored = false;
    }
}

// The candidates of the round the scope reaches, with their scores and results.
Result<QList<RoundCandidate>> RoundFactsStore::readCandidates(
    QSqlDatabase &db, const StoredRoundContext &context, const WorkshopScope &scope)
{
    const StoredRound &round = context.round;
    QVariantList values { round.id };
    const QString filter = workshopFilter(scope, values);
    QSqlQuery q(db);
    q.prepare(u"SELECT c.id, c.worker_id, w.employee_no, w.name, coalesce(s.name, ''), "
              "coalesce(ws.name, ''), coalesce(w.workshop_id, 0), coalesce(c.admission, ''), "
              "coalesce(e.actor, ''), e.at "
              "FROM round_candidate c JOIN worker w ON w.id = c.worker_id "
              "LEFT JOIN site s ON s.id = w.site_id "
              "LEFT JOIN workshop ws ON ws.id = w.workshop_id "
              "LEFT JOIN audit_event e ON e.id = c.registered_event_id "
              "WHERE c.round_id = ? AND c.withdrawn_event_id IS NULL"_s
        + filter + u" ORDER BY w.employee_no, c.id"_s);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    QList<RoundCandidate> candidates;
    if (auto read = forEachRow(q, readingRound(),
            [&](const QSqlQuery &row) {
                RoundCandidate c;
                c.id = row.value(0).toLongLong();
                c.workerId = row.value(1).toLongLong();
                c.employeeNo = row.value(2).toString();
                c.name = row.value(3).toString();
                c.site = row.value(4).toString();
                c.workshop = row.value(5).toString();
                c.workshopId = row.value(6).toLongLong();
                c.condition = row.value(7).toString();
                c.registeredBy = row.value(8).toString();
                c.registeredAt = QDateTime::fromString(row.value(9).toString(), Qt::ISODateWithMs);
                candidates += c;
            });
        !read)
        return read.error();
    q.finish();
    if (candidates.isEmpty())
        return candidates;

    const auto scores = latestScores(db, round.id);
    if (!scores)
        return scores.error();
    const auto kept = keptPasses(db, round, context.policy);
    if (!kept)
        return kept.error();
    const auto proposals = proposalsOf(db, round.id);
    if (!proposals)
        return proposals.error();
    for (RoundCandidate &c : candidates) {
        const auto worker = CertificationFactsStore::workerById(db, c.workerId);
        if (!worker)
            return worker.error();
        const auto held
            = CertificationFactsStore::heldGrade(db, *worker, round.occupationId, round.end);
        if (!held)
            return held.error();
        if (*held) {
            c.held = (*held)->grade;
            c.heldSince = (*held)->since;
        }
        const auto own = scores->value(c.id);
        const auto passes = kept->value(c.workerId);
        for (AssessmentPart part : kAssessmentParts) {
            PartScore &p = c.parts[size_t(part)];
            if (own[size_t(part)]) {
                p.score = own[size_t(part)];
            } else if (const auto &pass = passes[size_t(part)]) {
                p.score = pass->score;
                p.carried = true;
                p.carriedFromRound = pass->roundId;
            }
        }
        settle(c, round.grade, context.policy);
        if (const auto it = proposals->constFind(c.workerId); it != proposals->constEnd()) {
            c.proposalStatus = it->status;
            if (it->status != CertificationStatus::Rejected)
                c.proposalId = it->id;
        }
    }
    return candidates;
}

Result<std::array<int, 4>> RoundFactsStore::certificationCounts(QSqlDatabase &db, qint64 roundId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT status, count(*) FROM certification WHERE round_id = ? "
              "GROUP BY status"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    std::array<int, 4> counts {}; // by CertificationStatus
    if (auto read = forEachRow(q, readingRound(),
            [&](const QSqlQuery &row) {
                if (const auto status = CertificationNames::parseStatus(row.value(0).toString()))
                    counts[size_t(*status)] = row.value(1).toInt();
            });
        !read)
        return read.error();
    return counts;
}

Result<RoundRecord> RoundFactsStore::makeRecord(QSqlDatabase &db, const StoredRoundContext &context,
    const WorkshopScope &scope, const WorkCalendar &calendar, QDate today)
{
    const StoredRound &s = context.round;
    const AssessmentPolicy &policy = context.policy;
    RoundRecord r;
    r.id = s.id;
    r.name = s.name;
    r.occupationId = s.occupationId;
    r.occupation = s.occupation;
    r.grade = s.grade;
    r.assessmentStart = s.start;
    r.assessmentEnd = s.end;
    r.createdBy = s.createdBy;
    r.createdAt = s.createdAt;
    r.noticePosted = s.noticePosted;
    if (s.noticePosted.isValid())
        r.noticeEnds = calendar.workingDaysFrom(s.noticePosted, policy.noticeWorkingDays);
    r.noticeOverrideBy = s.overrideBy;
    r.noticeOverrideReason = s.overrideReason;
    r.reportDue = calendar.workingDaysAfter(s.end, policy.reportWorkingDays);
    r.workingDaysToReport = calendar.workingDaysBetween(today, r.reportDue);
    r.reportedOn = s.reportedOn;
    r.reportReference = s.reference;
    r.archivedOn = s.archivedOn;
    if (s.archivedOn.isValid()) {
        r.paperRetainUntil = s.archivedOn.addYears(policy.paperRetentionYears);
        r.electronicRetainUntil = s.archivedOn.addYears(policy.electronicRetentionYears);
    }

    const auto candidates = readCandidates(db, context, scope);
    if (!candidates)
        return candidates.error();
    bool anyScore = false;
    for (const RoundCandidate &c : *candidates) {
        ++r.candidates;
        if (c.fullyScored)
            ++r.scored;
        if (c.outcome.passed)
            ++r.passed;
        else if (c.fullyScored)
            ++r.failed;
        for (const PartScore &p : c.parts)
            anyScore = anyScore || (p.score && !p.carried);
    }
    const auto counts = certificationCounts(db, s.id);
    if (!counts)
        return counts.error();
    r.proposed = (*counts)[size_t(CertificationStatus::Proposed)];
    r.approved = (*counts)[size_t(CertificationStatus::Approved)];
    r.rejected = (*counts)[size_t(CertificationStatus::Rejected)];

    // 报名 → 审核 → 考核 → 公示 → 认定 → 上报 → 归档, from what has happened so far.
    const bool noticeRunning
        = r.noticePosted.isValid() && today <= r.noticeEnds && r.noticeOverrideBy.isEmpty();
    if (r.reportedOn.isValid())
        r.stage = RoundStage::Archive;
    else if (r.candidates == 0)
        r.stage = RoundStage::Registration;
    else if (!anyScore && r.scored == 0)
        r.stage = RoundStage::Review;
    else if (r.scored < r.candidates || !r.noticePosted.isValid())
        r.stage = RoundStage::Assessment;
    else if (noticeRunning)
        r.stage = RoundStage::Notice;
    else if (r.proposed > 0)
        r.stage = RoundStage::Decision;
    else
        r.stage = RoundStage::Report;
    return r;
}

Result<WorkCalendar> RoundFactsStore::calendarOf(QSqlDatabase &db)
{
    return WorkCalendarStore::load(db);
}

} // namespace skl
