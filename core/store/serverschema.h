#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

class QSqlError;

namespace skl {

struct ServerAddress;

// What only a company on a PostgreSQL server has (issue 14): the roles the server enforces and
// the schema's owner. PostgreSQL roles are cluster-wide, so a company's roles are named after its
// database: <db>_owner owns every table and function and logs in never; one group role per
// SkillLadder role (<db>_admin, <db>_hr, …) holds the privileges; <db>_officer is every
// officer's. Officers are login roles in those groups.
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(skl::ServerSchema)
public:
    // The group role of a SkillLadder role key ("workshop-head" → <db>_workshop_head), or of
    // "owner" and "officer".
    static QString groupRole(const QString &database, const QString &roleKey);

    // Why the server did not let the login in: a refusal (exit 3) for a wrong login or password,
    // or a failure naming the server or the database that could not be reached.
    static Error connectionRefused(
        const QSqlError &error, const ServerAddress &address, const QString &login);

    // The version of what the server enforces beside the tables: the grants, policies,
    // triggers and functions of ServerPrivileges, ServerTrail and ServerOfficers. Bump it with
    // every change to any of them, so that a database of an earlier release gets them at its
    // next opening by a login that may act as its owner (bringUpToDate).
    // 5: hr deletes a worker entered by mistake; 6: reference data and salary bands edited at the
    // desk; 7: hr edits team-leader periods and agreements; 8: certificate_fields tells 补发
    // from a reprint; 9: the working-day calendar (issue 16); 10: assessment rounds'
    // candidates, staff, scores, notice, report, archive and documents (issue 16); 12: the
    // education fund's wage bill for its readers, fund_wage_bill (issue 17). The roster's writers
    // keeping the trend's months (issue 19) changed no role's grants: hr reads the targets, whose
    // grants hold them already.
    static constexpr int kPrivilegesVersion = 12;

    // Brings the company's schema and privileges to this program's versions. A database at the
    // latest of both is left alone; an older or empty one is upgraded by a login that may act
    // as its owner (the DBA who creates the company), under that owner: the schema migrated,
    // then the privileges applied again in one transaction. A database whose privileges are of
    // a newer program is refused: this one would weaken them.
    static Status bringUpToDate(QSqlDatabase &db, int fromVersion);

    // The privileges version stored in the database; 0 for a database that never had one (new,
    // or of a release before kPrivilegesVersion).
    static Result<int> privilegesVersion(QSqlDatabase &db);
};

} // namespace skl
