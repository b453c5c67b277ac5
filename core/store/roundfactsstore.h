#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/assessment.h"
#include "core/domain/certification.h"
#include "core/domain/grade.h"
#include "core/domain/workcalendar.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/certificationfactsstore.h"

namespace skl {

// What the stores keep of a round with an assessment; the rest is derived.
struct StoredRound
{
    qint64 id = 0;
    QString name;
    qint64 occupationId = 0;
    QString occupation;
    Grade grade = Grade::Junior;
    QDate start;
    QDate end;
    QString createdBy;
    QDateTime createdAt;
    QDate noticePosted;
    QString overrideBy;
    QString overrideReason;
    QDate reportedOn;
    QString reference;
    QDate archivedOn;
};

// A round and its policy: the one in force on its assessment date. (Not the round page's
// RoundContext of ui/rounds: two classes of one name in skl would break the one-definition rule.)
struct StoredRoundContext
{
    StoredRound round;
    AssessmentPolicy policy;
};

// A part passed in an earlier round, kept by a retake (issue 16).
struct KeptPass
{
    qint64 roundId = 0;
    QDate end;
    Score score;
};

// The latest certification a worker has in a round.
struct RoundProposal
{
    qint64 id = 0;
    CertificationStatus status = CertificationStatus::Proposed;
};

// What AssessmentRoundStore reads of an assessment round (issue 16) for its pages and for the
// checks of its writes: the round and its policy, its candidates with their latest scores,
// the passes they keep from earlier rounds and the proposals they made, the counts of its
// certifications, and the RoundRecord with its stage and deadlines. Reads only; every write
// and every check of a write stays in AssessmentRoundStore.
class RoundFactsStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundFactsStore)
public:
    // The round, refused when it has no assessment (a competition's, or a plain round of
    // proposals approved together).
    static Result<StoredRound> loadRound(QSqlDatabase &db, qint64 roundId);
    // The round with the policy in force on its assessment date.
    static Result<StoredRoundContext> loadContext(QSqlDatabase &db, qint64 roundId);
    // A part as stored (AssessmentRules::code), nullopt for an unknown code.
    static std::optional<AssessmentPart> partOf(const QVariant &code)
    {
        const QString text = code.toString();
        for (AssessmentPart part : kAssessmentParts) {
            if (AssessmentRules::code(part) == text)
                return part;
        }
        return std::nullopt;
    }

    // The latest score of each part of each candidate of the round, by candidate.
    static Result<QHash<qint64, std::array<std::optional<Score>, 3>>> latestScores(
        QSqlDatabase &db, qint64 roundId);
    // Parts passed in earlier rounds of the same occupation and grade within the policy's
    // months before the round's end, by worker and part, the most recent round first.
    static Result<QHash<qint64, std::array<std::optional<KeptPass>, 3>>> keptPasses(
        QSqlDatabase &db, const StoredRound &round, const AssessmentPolicy &policy);
    // The latest certification of each worker in the round.
    static Result<QHash<qint64, RoundProposal>> proposalsOf(QSqlDatabase &db, qint64 roundId);
    // Fills a candidate's result from their parts.
    static void settle(RoundCandidate &c, Grade grade, const AssessmentPolicy &policy);
    // The candidates of the round the scope reaches, with their scores and results.
    static Result<QList<RoundCandidate>> readCandidates(
        QSqlDatabase &db, const StoredRoundContext &context, const WorkshopScope &scope);
    // The round's certifications by status (index: CertificationStatus).
    static Result<std::array<int, 4>> certificationCounts(QSqlDatabase &db, qint64 roundId);
    // The round as its page shows it to the scope on today: counts, stage and deadlines.
    static Result<RoundRecord> makeRecord(QSqlDatabase &db, const StoredRoundContext &context,
        const WorkshopScope &scope, const WorkCalendar &calendar, QDate today);
    // The working-day calendar in force.
    static Result<WorkCalendar> calendarOf(QSqlDatabase &db);
};

} // namespace skl
