#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/common/rowproblem.h"

namespace skl {

enum class AllowanceKind { Skill, TeamLeader, Mentoring };

struct AllowanceRate
{
    AllowanceKind kind = AllowanceKind::Skill;
    int grade = -1; // rank for skill; -1 for the others
    QDate effectiveFrom;
    qint64 fen = 0; // per month (per apprentice for mentoring)
};

struct AllowanceImport
{
    int written = 0;
    RowProblems problems; // when not empty, nothing was written
};

// The inputs of the monthly allowance run (issue #6): effective-dated rates, team-leader periods
// and master-apprentice agreements, imported from the files HR keeps. Every row is checked and
// every bad row named; nothing is written unless the whole file is good; one audit event each.
class AllowanceStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceStore)
public:
    static QString code(AllowanceKind kind); // skill, team_leader, mentoring
    static QString display(AllowanceKind kind); // 技能津贴 … in the UI language
    // skill / team_leader / mentoring, or 技能津贴 / 班组长津贴 / 带徒津贴.
    static std::optional<AllowanceKind> parseKind(const QString &text);

    // kind,grade,amount,effective_from (amount in yuan): a rate set again for the same day
    // replaces it (the audit keeps the old one).
    static Result<AllowanceImport> importRates(
        QSqlDatabase &db, const QString &path, const QString &actor);
    // employee_no,role,from,to (role team_leader or 班组长; to empty: still in the role).
    static Result<AllowanceImport> importRoles(
        QSqlDatabase &db, const QString &path, const QString &actor);
    // mentor_no,apprentice_no,occupation,start,end (end empty: ongoing), and optionally
    // planned_end and outcome (the grade the apprentice reached).
    static Result<AllowanceImport> importMentorships(
        QSqlDatabase &db, const QString &path, const QString &actor);

    // Sets rates from their days on, in one transaction and audit event (the window's editor).
    static Status setRates(
        QSqlDatabase &db, const QList<AllowanceRate> &rates, const QString &actor);
    static Result<QList<AllowanceRate>> rates(QSqlDatabase &db);
};

} // namespace skl
