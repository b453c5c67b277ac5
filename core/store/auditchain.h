#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The first event of the audit trail that no longer matches its seal (issue 13).
struct AuditBreak
{
    enum class Problem {
        Edited, // its own fields were changed
        ChangesAltered, // a change row under it was edited, or one added
        ChangesDeleted, // change rows under it were deleted
        Deleted, // the event is missing
        Unsealed, // it has no seal: it was written by another tool
        Inserted, // it stands where no event stood when the event after it was sealed
        Resealed, // its seal no longer is the one an earlier check saw: the chain was recomputed
        Unrecorded, // a record names it, but it does not record that record (an officer's role)
    };

    qint64 eventId = 0;
    Problem problem = Problem::Edited;
    // Of the event as stored (ISO date and time, UTC), or for a deleted event of the nearest
    // event that remains; empty when none does.
    QString at;
    QString actor;

    // Which event, when, by whom and what is wrong, translated.
    QString userMessage() const;
    // The key stored in audit_chain_state.broken_problem.
    QString problemKey() const;
    static std::optional<Problem> problemOfKey(const QString &key);
};

struct AuditVerification
{
    qint64 eventCount = 0; // events checked
    qint64 lastEventId = 0;
    // The newest seal: written down outside the file (a printed report, a mail), it lets a later
    // check see that the whole chain was recomputed, which the file alone cannot.
    QString lastHash;
    std::optional<AuditBreak> firstBreak;

    bool isIntact() const { return !firstBreak; }
};

// How far the chain was last checked (by a write's seal, an opening or a full verify), and the
// break a check found, which stays until a full verify finds the chain whole again.
struct AuditChainCheck
{
    qint64 checkedEventId = 0;
    QDateTime checkedAt; // UTC; invalid when never checked
    std::optional<AuditBreak> broken;
};

// The hash chain over the audit trail (issue 13, "A tamper-evident trail"). Each event's seal
// (table audit_seal, schema 11) is SHA-256 over the previous seal, the event's fields (id, at,
// actor, officer_id, action, summary) and a digest of all its change rows in id order. Triggers
// refuse to update or delete a sealed event, its change rows and its seal, so the program cannot
// change the trail; an edit made with another tool is found by verify(). The chain has no secret:
// someone who can write the file can recompute every seal after the one a check remembered, so
// the file alone proves only that nothing changed up to the last check (see lastHash); the shared
// server (issue 14) is the answer to that.
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(skl::AuditChain)
public:
    // Seals the events the current transaction wrote, in id order, after the newest seal.
    // Transaction::commit() calls it last, once every change row and summary is written: a
    // write may add both after it began its event. A file before schema 11 has nothing to seal.
    static Status sealPending(QSqlDatabase &db);
    // AuditLog notes each event it begins on a connection, and Transaction forgets them when it
    // rolls back: only those are sealed. An event that another tool inserted also waits in
    // audit_seal_due (the trigger cannot tell who inserts), but sealing it would take a forgery
    // into the chain; it stays unsealed, and verify() names it.
    static void noteBegun(const QSqlDatabase &db, qint64 eventId);
    static void forgetBegun(const QSqlDatabase &db);

    // Recomputes the whole chain and names the first broken event. Needs Act::ReadAudit. The
    // outcome is remembered for the next openings, when the file can be written.
    static Result<AuditVerification> verify(QSqlDatabase &db, const Officer &by);

    // On opening a file: checks the remembered check point and the events after it. Sealing
    // moves that point on, so only what another tool added since is walked and opening stays
    // fast at any size; it writes nothing. A break remembered before is returned until a full
    // verify finds the chain whole again.
    static Result<std::optional<AuditBreak>> checkSinceLastCheck(QSqlDatabase &db);

    // The last recorded check, as the home page shows it (issue 15); reads nothing else.
    static Result<AuditChainCheck> lastCheck(QSqlDatabase &db);

    // The warning shown on opening a file whose trail is broken: the data stays readable and
    // writable, because pay and certificates cannot wait, but the officers must know.
    static QString warningOnOpen(const AuditBreak &broken);

    // Migration 11's data step: seals the events written before it, in id order, then installs
    // the triggers that guard sealed events and require a seal before commit.
    static Status sealExistingEvents(QSqlDatabase &db);
};

} // namespace skl
