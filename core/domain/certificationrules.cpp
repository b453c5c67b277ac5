#include "core/domain/certificationrules.h"

namespace skl {

namespace {

    QString gradeName(Grade grade)
    {
        return GradeNames::display(grade);
    }

    // Rules every way shares: a grade above the one held, and the occupation's ladder.
    std::optional<QString> commonRefusal(const ProposalFacts &f)
    {
        if (!f.inService)
            return CertificationRules::tr("The worker is not in service on %1.")
                .arg(f.date.toString(Qt::ISODate));
        if (f.current && f.grade <= *f.current)
            return CertificationRules::tr(
                "The worker already holds %1 in this occupation; a certification must be to a "
                "higher grade.")
                .arg(gradeName(*f.current));
        if (f.latest && f.grade <= *f.latest)
            return CertificationRules::tr(
                "The worker holds %1 in this occupation from %2; a certification must be to a "
                "higher grade.")
                .arg(gradeName(*f.latest), f.latestSince.toString(Qt::ISODate));
        if (f.latest && f.date < f.latestSince)
            return CertificationRules::tr(
                "The worker holds %1 in this occupation from %2; a higher grade cannot take "
                "effect before it.")
                .arg(gradeName(*f.latest), f.latestSince.toString(Qt::ISODate));
        if (f.grade >= Grade::SpecialTechnician && f.occupationHighest < Grade::SeniorTechnician)
            return CertificationRules::tr(
                "%1 exists only in occupations that have %2; this occupation ends at %3.")
                .arg(gradeName(f.grade), gradeName(Grade::SeniorTechnician),
                    gradeName(f.occupationHighest));
        if (f.grade > f.occupationHighest)
            return CertificationRules::tr("This occupation's standard ends at %1; %2 is above it.")
                .arg(gradeName(f.occupationHighest), gradeName(f.grade));
        return std::nullopt;
    }

    int rungsClimbed(const ProposalFacts &f)
    {
        return rankOf(f.grade) - (f.current ? rankOf(*f.current) : rankOf(Grade::Apprentice));
    }

    std::optional<QString> regularRefusal(const ProposalFacts &f, const CertificationPolicy &p)
    {
        if (f.admittedByCondition && f.grade <= *f.admittedByCondition)
            return std::nullopt;
        if (!f.current)
            return CertificationRules::tr(
                "A regular promotion needs a grade held in the occupation; the worker has none "
                "(use direct certification).");
        if (rungsClimbed(f) != 1)
            return CertificationRules::tr(
                "A regular promotion goes one rung up: from %1 only to %2.")
                .arg(gradeName(*f.current), gradeName(Grade(rankOf(*f.current) + 1)));
        const int years = p.minYears[size_t(rankOf(*f.current))];
        const QDate from = CertificationRules::eligibleFrom(f.currentSince, years);
        if (f.date < from)
            return CertificationRules::tr(
                "A regular promotion from %1 needs %n year(s) at that grade: held since %2, "
                "eligible from %3.",
                nullptr, years)
                .arg(gradeName(*f.current), f.currentSince.toString(Qt::ISODate),
                    from.toString(Qt::ISODate));
        return std::nullopt;
    }

    std::optional<QString> directRefusal(const ProposalFacts &f, const CertificationPolicy &p)
    {
        // For new hires and ungraded staff (学徒工 included): a grade held goes up by the
        // other ways, not around their minimum years.
        if (f.current && *f.current >= Grade::Junior)
            return CertificationRules::tr(
                "Direct certification is for workers without a grade; this worker holds %1 "
                "(use regular or exceptional promotion).")
                .arg(gradeName(*f.current));
        if (f.grade > p.directMaxGrade)
            return CertificationRules::tr(
                "A direct certification goes up to %1; %2 needs the outstanding-frontline way "
                "with a justification.")
                .arg(gradeName(p.directMaxGrade), gradeName(f.grade));
        return std::nullopt;
    }

    std::optional<QString> directHighRefusal(const ProposalFacts &f)
    {
        if (f.grade < Grade::Senior)
            return CertificationRules::tr(
                "The outstanding-frontline way certifies %1 or above; use direct certification "
                "for %2.")
                .arg(gradeName(Grade::Senior), gradeName(f.grade));
        if (!f.frontline)
            return CertificationRules::tr(
                "The outstanding-frontline way is for frontline workers; this worker is not "
                "marked as frontline.");
        if (f.evidence.trimmed().isEmpty())
            return CertificationRules::tr(
                "The outstanding-frontline way needs a written justification (evidence).");
        return std::nullopt;
    }

    std::optional<QString> exceptionalRefusal(const ProposalFacts &f, const CertificationPolicy &p)
    {
        if (!f.current)
            return CertificationRules::tr(
                "An exceptional promotion needs a grade held in the occupation; the worker has "
                "none.");
        if (!f.ground)
            return CertificationRules::tr(
                "An exceptional promotion must name its ground: technical-problem, award or "
                "mentoring.");
        if (f.evidence.trimmed().isEmpty())
            return CertificationRules::tr(
                "An exceptional promotion needs an evidence reference (the document that proves "
                "its ground).");
        if (rungsClimbed(f) > p.exceptionalMaxRungs)
            return CertificationRules::tr(
                "An exceptional promotion may climb at most %n rung(s) under the policy; %1 to %2 "
                "is more.",
                nullptr, p.exceptionalMaxRungs)
                .arg(gradeName(*f.current), gradeName(f.grade));
        return std::nullopt;
    }

    std::optional<QString> competitionRefusal(const ProposalFacts &f)
    {
        if (!f.competitionRungs)
            return CertificationRules::tr(
                "A competition promotion must name the competition result it rests on.");
        if (*f.competitionRungs <= 0)
            return CertificationRules::tr(
                "The competition policy gives no promotion for this result.");
        if (rungsClimbed(f) > *f.competitionRungs)
            return CertificationRules::tr(
                "This competition result gives at most %n rung(s) under the policy.", nullptr,
                *f.competitionRungs);
        return std::nullopt;
    }

} // namespace

std::optional<QString> CertificationRules::refusal(
    const ProposalFacts &facts, const CertificationPolicy &policy)
{
    if (auto common = commonRefusal(facts))
        return common;
    switch (facts.way) {
    case CertificationWay::Regular:
        return regularRefusal(facts, policy);
    case CertificationWay::Direct:
        return directRefusal(facts, policy);
    case CertificationWay::DirectHigh:
        return directHighRefusal(facts);
    case CertificationWay::Exceptional:
        return exceptionalRefusal(facts, policy);
    case CertificationWay::Competition:
        return competitionRefusal(facts);
    case CertificationWay::Import:
        // Certified by another body, on its own rules: no minimum years here. The common rules
        // still hold (a higher grade, the occupation's ladder), and an approver decides.
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> CertificationRules::proposalDateRefusal(
    QDate date, QDate today, bool inRound)
{
    if (date <= today || inRound)
        return std::nullopt;
    return tr("The certification is dated %1, after today (%2). Only a proposal in an assessment "
              "round may be dated ahead, for the round's planned day; otherwise propose it on or "
              "after %1.")
        .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate));
}

std::optional<QString> CertificationRules::approvalDateRefusal(QDate date, QDate today)
{
    if (date <= today)
        return std::nullopt;
    return tr("It is dated %1, after today (%2): a certification cannot be approved before its "
              "date. Approve it on or after %1.")
        .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate));
}

QDate CertificationRules::eligibleFrom(QDate since, int years)
{
    return since.addYears(years);
}

QDate CertificationRules::latestEligibleSince(QDate day, int years)
{
    // addYears is monotonic but not invertible at 29 February: step from the naive inverse.
    QDate since = day.addYears(-years);
    while (eligibleFrom(since.addDays(1), years) <= day)
        since = since.addDays(1);
    while (eligibleFrom(since, years) > day)
        since = since.addDays(-1);
    return since;
}

} // namespace skl
