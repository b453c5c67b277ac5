#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/domain/officer.h"
#include "core/importing/tableimport.h"

namespace skl {

// The allowance run's inputs from the files HR keeps (issue #6): every row checked and every
// bad row named; nothing is written unless the whole file is good; one audit event each, by the
// officer, whose roles are checked before the file is read (issue 13).
class AllowanceFileImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceFileImport)
public:
    // kind,grade,amount,effective_from (amount in yuan): a rate set again for the same day
    // replaces it (the audit keeps the old one).
    static Result<TableImportOutcome> rates(
        QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress);
    // employee_no,role,from,to (role team_leader or 班组长; to empty: still in the role), by the
    // editor's rules (TeamLeaderStore).
    static Result<TableImportOutcome> roles(
        QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress);
    // mentor_no,apprentice_no,occupation,start,end (end: the actual end, empty while ongoing),
    // and optionally planned_end and outcome: the grade the apprentice reached (出师 once the
    // agreement has ended), 未出师 or 中止. The editor's rules (MentorshipStore) apply.
    static Result<TableImportOutcome> mentorships(
        QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress);
};

} // namespace skl
