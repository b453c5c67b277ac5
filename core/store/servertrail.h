#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

namespace skl {

// The audit trail as the server writes it (issue 14, "The trail"). On a local file only the
// program writes the trail; on the server an officer may change data with psql and their own
// password, so the server records what the program does not:
// - Every audited table (every table of the company but the trail's own and schema_version) has
//   statement-level triggers with transition tables. A statement outside an event the program
//   began in this transaction becomes its own event (action "direct", the statement and row
//   count as summary, under the officer whose login is session_user, or the role's name), with
//   a change row per changed column holding old and new values, sealed into the chain by the
//   database exactly as AuditChain seals in C++. Set-based, so that a bulk statement costs a few
//   statements, not one per row.
// - A statement inside the program's event is left to the program, which records it with its
//   own names (DOMAIN.md §7), so that no change is recorded twice. The program names its event
//   in a transaction-local setting (AuditLog); the triggers believe it only for an event of this
//   transaction that is not sealed yet, and an officer's session may begin events only in that
//   officer's name: whoever imitates the program still writes an event under their own name.
// - Amounts (*_fen) never reach the trail: a row whose amount changes or that is deleted is kept
//   in its <table>_replaced history, which the change row names (DOMAIN.md §7); images are named
//   by size and hash; password hashes and login bookkeeping are not recorded.
// - Officers cannot UPDATE, DELETE or TRUNCATE audit_event, audit_change or audit_seal: only the
//   schema owner can. The program changes the summary and officer of its own unsealed events
//   through SECURITY DEFINER functions (audit_set_summary, audit_set_officer).
// - Officers cannot write audit_seal or audit_seal_due at all: the program seals its events
//   through the owner's audit_seal_own_event, which seals only an unsealed event of the
//   caller's own transaction, in the caller's name, computing the seal as above.
class ServerTrail
{
    Q_DECLARE_TR_FUNCTIONS(skl::ServerTrail)
public:
    // Installs (again) the functions, the triggers on every audited table and the trail's
    // privileges. Runs as the company's owner, after ServerPrivileges::apply, whenever the schema
    // is brought up to date, so that a table a migration adds is audited too.
    static Status install(QSqlDatabase &db, const QString &database);

    // Takes the lock that orders the chain, to the end of the transaction: an event's id is
    // taken under it, so that a transaction that began an event earlier cannot find a later one
    // sealed before its own. Valid before install() too (a schema upgrade writes an event).
    static QString lockChainStatement();
};

} // namespace skl
