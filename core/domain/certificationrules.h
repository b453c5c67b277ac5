#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>

#include "core/domain/certification.h"
#include "core/domain/certificationpolicy.h"
#include "core/domain/grade.h"

namespace skl {

// What the rules of DOMAIN.md §3 look at for one proposed certification, gathered by the store.
struct ProposalFacts
{
    CertificationWay way = CertificationWay::Regular;
    std::optional<ExceptionalGround> ground;
    QString evidence;
    Grade grade = Grade::Junior; // proposed
    QDate date; // effective date of the proposed grade
    // The grade the worker holds in the occupation on date, and since when.
    std::optional<Grade> current;
    QDate currentSince;
    // The worker's latest grade in the occupation on record, whatever its date (a grade
    // awarded after the proposed date counts too: a backdated proposal must not repeat it).
    std::optional<Grade> latest;
    QDate latestSince;
    Grade occupationHighest = Grade::ChiefTechnician;
    bool frontline = false;
    bool inService = true;
    // For the competition way: the rungs the named result earns under the policy (0 = none), or
    // nullopt when no result is named.
    std::optional<int> competitionRungs;
    // For a regular promotion earned in an assessment round by an alternative condition of
    // registration (a technical school's graduate, issue 16): the highest grade the condition
    // admits without the grade and years below it.
    std::optional<Grade> admittedByCondition;
};

class CertificationRules
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificationRules)
public:
    // Why the proposal is refused (a complete sentence in the UI language), or nullopt when the
    // policy allows it.
    static std::optional<QString> refusal(
        const ProposalFacts &facts, const CertificationPolicy &policy);

    // A certification takes effect on its date and its certificate is issued that day, so it is
    // approved on that day or later, never before (DOMAIN.md §3). Only a proposal in an
    // assessment round may be entered ahead of its date: the round's planned assessment day.
    static std::optional<QString> proposalDateRefusal(QDate date, QDate today, bool inRound);
    static std::optional<QString> approvalDateRefusal(QDate date, QDate today);

    // The first day a regular promotion is allowed: the anniversary of since after years
    // (29 February falls on 28 February in other years).
    static QDate eligibleFrom(QDate since, int years);
    // The latest "since" from which day is eligible after years: since ≤ this ⇔
    // eligibleFrom(since, years) ≤ day. Lets the database compare dates instead.
    static QDate latestEligibleSince(QDate day, int years);
};

} // namespace skl
