#pragma once

#include <QList>

#include "core/common/result.h"
#include "core/domain/assessment.h"
#include "core/domain/officer.h"
#include "core/store/assessmentroundstore.h"

namespace skl {

class Connection;

// What work on a pool thread needs of the round: Qt 6.4 cannot move a connection between
// threads, so the job opens its own on the database's path (withConnection).
struct RoundJob
{
    QString database;
    qint64 roundId = 0;
    Officer by;
    QDate today;
};

// One round as its page shows it, read at once so that the tabs never disagree: the round, its
// candidates (a workshop head's own only), its panels and the assessment policy of its date.
struct RoundContext
{
    Connection *connection = nullptr;
    Officer officer;
    RoundRecord round;
    QList<RoundCandidate> candidates;
    RoundPanels panels;
    AssessmentPolicy policy;
    QList<AssessmentPart> parts; // the parts the round's grade needs, theory first
    QDate today; // the day countdowns and decisions are counted on

    // Reads the round on the window's connection: a round holds tens of candidates, not a
    // roster, so its page reads on the GUI thread.
    static Result<RoundContext> read(
        Connection &connection, const Officer &officer, qint64 roundId, QDate today);
    const RoundCandidate *candidate(qint64 candidateId) const;
    RoundJob job() const;
    // The staff of one part's panel.
    QList<RoundStaffMember> staffOf(AssessmentPart part) const;
};

} // namespace skl
