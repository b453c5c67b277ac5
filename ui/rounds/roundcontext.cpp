#include "ui/rounds/roundcontext.h"

#include "core/store/connection.h"
#include "core/store/policystore.h"

namespace skl {

Result<RoundContext> RoundContext::read(
    Connection &connection, const Officer &officer, qint64 roundId, QDate today)
{
    RoundContext context;
    context.connection = &connection;
    context.officer = officer;
    context.today = today;
    auto round = AssessmentRoundStore::get(connection.db(), roundId, officer, today);
    if (!round)
        return round.error();
    context.round = std::move(*round);
    auto candidates = AssessmentRoundStore::candidates(connection.db(), roundId, officer, today);
    if (!candidates)
        return candidates.error();
    context.candidates = std::move(*candidates);
    auto panels = AssessmentRoundStore::panels(connection.db(), roundId);
    if (!panels)
        return panels.error();
    context.panels = std::move(*panels);
    auto policy = PolicyStore::assessmentOn(connection.db(), context.round.assessmentEnd);
    if (!policy)
        return policy.error();
    context.policy = std::move(*policy);
    context.parts = AssessmentRules::requiredParts(context.round.grade, context.policy);
    return context;
}

const RoundCandidate *RoundContext::candidate(qint64 candidateId) const
{
    for (const RoundCandidate &c : candidates) {
        if (c.id == candidateId)
            return &c;
    }
    return nullptr;
}

RoundJob RoundContext::job() const
{
    return { connection->path(), round.id, officer, today };
}

QList<RoundStaffMember> RoundContext::staffOf(AssessmentPart part) const
{
    QList<RoundStaffMember> staff;
    for (const RoundStaffMember &s : panels.staff) {
        if (s.part == part)
            staff += s;
    }
    return staff;
}

} // namespace skl
