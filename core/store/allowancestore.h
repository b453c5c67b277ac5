#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/domain/mentorshipoutcome.h"
#include "core/domain/officer.h"
#include "core/store/tablewrite.h"

namespace skl {

enum class AllowanceKind { Skill, TeamLeader, Mentoring };

struct AllowanceRate
{
    AllowanceKind kind = AllowanceKind::Skill;
    std::optional<Grade> grade; // the skill allowance's; none for the others
    QDate effectiveFrom;
    Fen fen; // per month (per apprentice for mentoring)
};

// Days from and to, both included; an invalid to is open (still in the role, ongoing).
struct InclusivePeriod
{
    QDate from;
    QDate to;
};

// 班组长: a worker leading a team over a period.
struct TeamLeaderPeriod
{
    qint64 workerId = 0;
    InclusivePeriod period;
};

// 师带徒: a master-apprentice agreement in an occupation.
struct Mentorship
{
    qint64 mentorId = 0;
    qint64 apprenticeId = 0;
    qint64 occupationId = 0;
    InclusivePeriod period;
    QDate plannedEnd; // invalid: none planned
    std::optional<Grade> gradeReached; // the grade the apprentice reached (出师), none yet
    std::optional<MentorshipOutcome> outcome; // how it ended; none while ongoing
};

// The inputs of the monthly allowance run (issue #6): effective-dated rates, team-leader periods
// and master-apprentice agreements. Each write is one transaction and one audit event by the
// officer, who must hold payroll (issue 13: checked before anything else); the files HR keeps
// are read and checked in core/importing.
class AllowanceStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceStore)
public:
    static QString code(AllowanceKind kind); // skill, team_leader, mentoring
    static QString display(AllowanceKind kind); // 技能津贴 … in the UI language
    // skill / team_leader / mentoring, or 技能津贴 / 班组长津贴 / 带徒津贴.
    static std::optional<AllowanceKind> parseKind(const QString &text);

    // Sets rates from their days on, in one transaction and audit event (the window's editor):
    // a rate set again for the same day replaces it (the audit keeps the old one).
    static Status setRates(QSqlDatabase &db, const QList<AllowanceRate> &rates, const Officer &by);
    // The same for an imported file, with progress; a Cancel rolls back.
    static Result<WriteEnd> setRates(QSqlDatabase &db, const QList<AllowanceRate> &rates,
        const Officer &by, ProgressSink &progress);
    static Result<QList<AllowanceRate>> rates(QSqlDatabase &db);

    // The team-leader periods on record for a worker.
    static Result<QList<InclusivePeriod>> teamLeaderPeriods(QSqlDatabase &db, qint64 workerId);
    static Result<WriteEnd> addTeamLeaderPeriods(QSqlDatabase &db,
        const QList<TeamLeaderPeriod> &periods, const Officer &by, ProgressSink &progress);

    // The periods of the agreements on record for an apprentice in an occupation.
    static Result<QList<InclusivePeriod>> apprenticeships(
        QSqlDatabase &db, qint64 apprenticeId, qint64 occupationId);
    static Result<WriteEnd> addMentorships(QSqlDatabase &db, const QList<Mentorship> &agreements,
        const Officer &by, ProgressSink &progress);
};

} // namespace skl
