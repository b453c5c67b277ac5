#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/assessment.h"
#include "core/domain/certification.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"

namespace skl {

// What opens an assessment round (考核批次, issue 16).
struct RoundInput
{
    QString name;
    QString occupation; // by name
    Grade grade = Grade::Junior; // the grade assessed
    QDate assessmentStart; // invalid: the same as the end
    QDate assessmentEnd; // the assessment date: eligibility is judged on it
};

// An assessment round as its page shows it; dates a computation gives are filled from the
// policy and the working-day calendar in force.
struct RoundRecord
{
    qint64 id = 0;
    QString name;
    qint64 occupationId = 0;
    QString occupation;
    Grade grade = Grade::Junior;
    QDate assessmentStart;
    QDate assessmentEnd;
    RoundStage stage = RoundStage::Registration;
    QString createdBy; // the officer's label
    QDateTime createdAt;

    int candidates = 0; // registered, not withdrawn
    int scored = 0; // with every required part scored (or kept)
    int passed = 0;
    int failed = 0; // fully scored and not passed
    int proposed = 0; // proposals awaiting a decision
    int approved = 0;
    int rejected = 0;

    QDate noticePosted; // invalid: not posted
    QDate noticeEnds; // the last working day of the notice period
    QString noticeOverrideBy; // an approver who let decisions go before the period ended
    QString noticeOverrideReason;

    QDate reportDue; // the n-th working day after the assessment ends
    int workingDaysToReport = 0; // from today; negative: overdue
    QDate reportedOn; // invalid: not reported
    QString reportReference;
    QDate archivedOn; // the first dossier made after the report
    QDate paperRetainUntil; // archivedOn + the policy's years (invalid until archived)
    QDate electronicRetainUntil;
};

// A registered candidate with their scores and result.
struct RoundCandidate
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString employeeNo;
    QString name;
    QString site;
    QString workshop;
    qint64 workshopId = 0;
    std::optional<Grade> held; // in the round's occupation on the assessment date
    QDate heldSince;
    QString condition; // an alternative condition of registration, empty: the years
    QString registeredBy;
    QDateTime registeredAt;
    PartScores parts; // the latest score of each part, or a pass kept from an earlier round
    CandidateOutcome outcome;
    bool fullyScored = false; // every required part has a score (or a kept pass)
    qint64 proposalId = 0; // the proposal the pass made, 0 for none (or rejected)
    std::optional<CertificationStatus> proposalStatus;
};

// An examiner (考评员) of the practical or review panel, or an invigilator (监考人员) of the
// theory exam (part Theory).
struct RoundStaffMember
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString employeeNo;
    QString name;
    QString workshop;
    AssessmentPart part = AssessmentPart::Theory;
    QString certificateNo; // the examiner's certificate, may be empty for an invigilator
    std::optional<Grade> grade; // held in the round's occupation on the assessment date
};

// The panels of a round and what keeps each from assessing, part by part (index: the part).
struct RoundPanels
{
    QList<RoundStaffMember> staff;
    std::array<std::optional<QString>, 3> problems; // nullopt: the panel may assess
};

// One score as entered: in the grid (line 0) or a file's line. An empty score clears nothing:
// it means "not scored" and is not written.
struct ScoreEntry
{
    int line = 0;
    QString employeeNo;
    AssessmentPart part = AssessmentPart::Theory;
    std::optional<Score> score;
    QString examinerNo; // the examiner (or invigilator) who gave it; empty: the panel
};

// One score as recorded, for the dossier and the audit: who entered it and who gave it.
struct ScoreRecord
{
    qint64 candidateId = 0;
    QString employeeNo;
    QString name;
    AssessmentPart part = AssessmentPart::Theory;
    Score score;
    QString examinerNo;
    QString examinerName;
    QString enteredBy;
    QDateTime enteredAt;
};

struct ScoresApplied
{
    int written = 0; // scores recorded
    QList<qint64> proposals; // proposals made because a candidate passed every part
};

// Assessment rounds (issue 16, DOMAIN.md §3): registration checked against the eligibility
// rules on the assessment date, examiners and invigilators under the 回避 and panel rules,
// scores audited with the examiner who gave them, results and proposals that follow from them,
// the public notice, the report to the province and the dossier. Rounds of competitions have no
// assessment and are not listed here. Every write checks the officer first: hr runs rounds
// (Act::ManageRounds), hr and a workshop head (their own workshops) register candidates
// (Act::ProposeCertification), an approver overrides a notice (Act::DecideCertification). Each
// write is one transaction and one audit event; nothing is deleted (a withdrawal, a removal or
// a corrected score is a new row).
class AssessmentRoundStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::AssessmentRoundStore)
public:
    static Result<qint64> create(QSqlDatabase &db, const RoundInput &input, const Officer &by,
        QDate today = QDate::currentDate());
    // The assessment rounds, newest first.
    static Result<QList<RoundRecord>> list(
        QSqlDatabase &db, const Officer &by, QDate today = QDate::currentDate());
    static Result<RoundRecord> get(
        QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today = QDate::currentDate());

    // Registers a candidate, or refuses naming the condition that fails and the date from which
    // the worker would be eligible, a worker outside the officer's workshops, one not in service
    // on the assessment date, one registered already, or an examiner of the round who mentors
    // them (naming both).
    static Result<qint64> registerCandidate(QSqlDatabase &db, qint64 roundId,
        const QString &employeeNo, const QString &condition, const Officer &by,
        QDate today = QDate::currentDate());
    struct Registration
    {
        int line = 0;
        QString employeeNo;
        QString condition;
    };
    // All or none: every refused line is a problem naming its line and employee number.
    static Result<QList<qint64>> registerAll(QSqlDatabase &db, qint64 roundId,
        const QList<Registration> &registrations, const Officer &by, RowProblems &problems,
        QDate today = QDate::currentDate());
    // Withdraws a candidate with no score and no proposal (the reason is kept).
    static Status withdraw(QSqlDatabase &db, qint64 candidateId, const QString &reason,
        const Officer &by, QDate today = QDate::currentDate());
    // The candidates, with scores and results; a workshop head sees their workshops' only.
    static Result<QList<RoundCandidate>> candidates(
        QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today = QDate::currentDate());

    // Registers an examiner or invigilator (hr), or refuses: below the grade assessed (examiners
    // of practical and review), a candidate of the round, or the mentor of one (both named).
    static Result<qint64> addStaff(QSqlDatabase &db, qint64 roundId, const QString &employeeNo,
        AssessmentPart part, const QString &certificateNo, const Officer &by,
        QDate today = QDate::currentDate());
    static Status removeStaff(
        QSqlDatabase &db, qint64 staffId, const Officer &by, QDate today = QDate::currentDate());
    static Result<RoundPanels> panels(QSqlDatabase &db, qint64 roundId);

    // Records scores (hr), all or none: problems already in the list (a file's bad cells) stop
    // the write too, after every line was checked. A score outside 0–100 or with two decimals never
    // gets here (AssessmentRules::parseScore); refused are an unknown or unregistered worker, a
    // review score below the grade that needs one, an examiner not on the part's panel, a panel
    // that may not assess (RoundPanels::problems), and a change that would fail a candidate whose
    // proposal awaits a decision or was approved. Every candidate who now passes every required
    // part gets a proposal of way regular in the round, dated the assessment end, with the
    // scores as its evidence.
    static Result<ScoresApplied> enterScores(QSqlDatabase &db, qint64 roundId,
        const QList<ScoreEntry> &entries, const Officer &by, RowProblems &problems,
        QDate today = QDate::currentDate());
    // Every score recorded, oldest first.
    static Result<QList<ScoreRecord>> scoreHistory(QSqlDatabase &db, qint64 roundId);

    // Posts the public notice (hr) on day, once every candidate is fully scored; a second call
    // changes nothing and returns the round. Approvals of the round's proposals wait until the
    // notice period ends (CertificationStore::approve refuses before), unless an approver
    // overrides with a reason.
    static Result<RoundRecord> postNotice(QSqlDatabase &db, qint64 roundId, QDate day,
        const Officer &by, QDate today = QDate::currentDate());
    static Status overrideNotice(QSqlDatabase &db, qint64 roundId, const QString &reason,
        const Officer &by, QDate today = QDate::currentDate());
    // Why a proposal of the round may not be approved on day yet, or nullopt (for
    // CertificationStore::approve, inside its transaction).
    static Result<std::optional<QString>> approvalWait(QSqlDatabase &db, qint64 roundId, QDate day);
    // The grade the worker's alternative condition of registration in the round admits without
    // the grade and years below it (ProposalFacts::admittedByCondition), under the policy on
    // day; nullopt when registered by the years, or not registered.
    static Result<std::optional<Grade>> admittedByCondition(
        QSqlDatabase &db, qint64 roundId, qint64 workerId, QDate day);

    // Records the report to the provincial system (hr), once every proposal is decided.
    static Status recordReport(QSqlDatabase &db, qint64 roundId, QDate on, const QString &reference,
        const Officer &by, QDate today = QDate::currentDate());
    // Records the archive (the dossier made) on day, the first time after the report.
    static Status recordArchive(QSqlDatabase &db, qint64 roundId, QDate day, const Officer &by,
        QDate today = QDate::currentDate());
};

} // namespace skl
