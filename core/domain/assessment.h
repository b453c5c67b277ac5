#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/domain/grade.h"

namespace skl {

// The parts of an assessment (DOMAIN.md §3): 理论知识, 操作技能, and for 技师 and above 综合评审.
enum class AssessmentPart { Theory, Practical, Review };

inline constexpr std::array<AssessmentPart, 3> kAssessmentParts { AssessmentPart::Theory,
    AssessmentPart::Practical, AssessmentPart::Review };

// A score out of 100 with at most one decimal, held in tenths (60.0 is 600): exact, compared as
// integers, never a float.
struct Score
{
    int tenths = 0;
    bool operator==(const Score &) const = default;
    auto operator<=>(const Score &) const = default;
    QString text() const; // "60.0", "59.9", "100.0"
};

// The stages of a round, in order (报名 → 审核 → 考核 → 公示 → 认定 → 上报 → 归档).
enum class RoundStage { Registration, Review, Assessment, Notice, Decision, Report, Archive };

// The five volumes in which evaluation bodies keep a round's dossier (DOMAIN.md §3), numbered as
// filed.
enum class DossierVolume {
    Registration = 1, // 报名与资格审核
    Filing = 2, // 备案
    Process = 3, // 过程管理
    Papers = 4, // 试卷及成绩
    Certificates = 5, // 证书管理
};

inline constexpr std::array<DossierVolume, 5> kDossierVolumes { DossierVolume::Registration,
    DossierVolume::Filing, DossierVolume::Process, DossierVolume::Papers,
    DossierVolume::Certificates };

// What the enterprise's policy says about assessments on one day (effective-dated policy values,
// keys in core/store/policystore.h; defaults the usual national-standard practice).
struct AssessmentPolicy
{
    Score passMark { 600 };
    Grade reviewFrom = Grade::Technician; // 综合评审 from this grade up
    int keepPassedMonths = 12; // a passed part counts in a retake this long
    int noticeWorkingDays = 5;
    int reportWorkingDays = 10;
    int candidatesPerInvigilator = 15; // theory room
    int candidatesPerExaminer = 5; // practical group
    int minPanel = 3; // odd, at least this many examiners per practical or review panel
    int paperRetentionYears = 3;
    int electronicRetentionYears = 5;
    // Alternative conditions of registration (a technical school's graduates, …) by code: the
    // highest grade each lets a worker register for without the grade and years below it.
    QHash<QString, Grade> conditions;
};

// One candidate's part as the results see it: the latest score of this round, or a pass kept from
// an earlier round of the same occupation and grade.
struct PartScore
{
    std::optional<Score> score; // nullopt: not scored
    bool carried = false; // a pass kept from carriedFromRound
    qint64 carriedFromRound = 0;
};

// A candidate's parts, by AssessmentPart's value.
using PartScores = std::array<PartScore, 3>;

struct CandidateOutcome
{
    bool passed = false;
    QList<AssessmentPart> failedParts; // required parts not passed, theory first
};

// The rules of an assessment round that need no database (DOMAIN.md §3).
class AssessmentRules
{
    Q_DECLARE_TR_FUNCTIONS(skl::AssessmentRules)
public:
    static QString code(AssessmentPart part); // "theory", "practical", "review"
    static QString display(AssessmentPart part); // 理论知识, 操作技能, 综合评审
    static std::optional<AssessmentPart> parsePart(const QString &text);
    static QString display(DossierVolume volume); // 报名与资格审核, …
    // 1–5, or the volume's name in Chinese or English.
    static std::optional<DossierVolume> parseVolume(const QString &text);
    static QString code(RoundStage stage);
    static QString display(RoundStage stage); // 报名, 审核, …

    // A cell of a scores file or grid: 0–100 with at most one decimal ("60", "60.0", "59.9");
    // empty is nullopt (not scored). The error names what is wrong, not where.
    struct ParsedScore
    {
        std::optional<Score> score;
        QString error;
    };
    static ParsedScore parseScore(const QString &text);

    // The parts a grade needs under the policy.
    static QList<AssessmentPart> requiredParts(Grade grade, const AssessmentPolicy &policy);
    static bool passes(const PartScore &part, const AssessmentPolicy &policy);
    static CandidateOutcome outcome(
        Grade grade, const PartScores &parts, const AssessmentPolicy &policy);

    // Whether a worker may register for grade in a round assessed on assessmentDate (the grade
    // held in the round's occupation that day and since when; minYears from the certification
    // policy then): one rung up after the years, the anniversary itself qualifying. A condition
    // (AssessmentPolicy::conditions) admits up to its grade with no grade or years required.
    struct Eligibility
    {
        std::optional<QString> refusal; // the failing condition, as a sentence
        QDate eligibleFrom; // when the worker becomes eligible, if ever by time alone
    };
    static Eligibility eligibility(Grade grade, std::optional<Grade> held, QDate heldSince,
        QDate assessmentDate, int minYears, const QString &condition,
        const AssessmentPolicy &policy);

    // Why a panel of examiners (or the theory room's invigilators) cannot assess candidates, or
    // nullopt when it can: practical and review need an odd number of at least minPanel, and
    // enough for the candidates by the staffing ratio; theory needs enough invigilators.
    static std::optional<QString> panelProblem(
        AssessmentPart part, int staff, int candidates, const AssessmentPolicy &policy);
};

} // namespace skl
