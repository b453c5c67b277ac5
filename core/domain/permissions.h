#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/domain/role.h"

namespace skl {

// Every act SkillLadder checks, and the one table of which roles may do it (issue 13). Core
// refuses an act outside the table before it looks at anything else; the window only hides what
// core would refuse anyway. The shared server grants the same table to its group roles.
enum class Act {
    // admin
    ManageOfficers,
    SetPolicy,
    SetCompany, // company settings, the seal
    Backup,
    Restore,
    // reading
    ReadRoster,
    ReadTargets,
    ReadDueList,
    ReadCertifications,
    RevealIdNumber, // the full ID number on screen or in an export
    ReadPay, // allowance runs and pay of individuals
    ReadAudit,
    // hr
    EditRoster, // workers, photos
    ImportRoster,
    ExportRoster,
    ProposeCertification,
    ManageRounds,
    RecordCompetition,
    RecordTraining, // the training e-archive: records, imports, corrections (issue 17)
    RecordRecognition, // honours, studios, projects (issue 17)
    IssueAttestation, // the signed-off 高技能人才配置状况 (issue 17)
    PrintCertificates,
    EditReferenceData, // sites and their provinces, workshops, occupations (基础数据)
    // approver
    DecideCertification, // approve, reject, revoke
    ApproveAllowances,
    ReopenAllowances,
    // payroll
    SetAllowanceRates,
    ImportPayTables, // team-leader periods, mentorships, pay, bands, wage reference
    EditSalaryBands, // the bands' editor: whoever imports them
    ComputeAllowances,
    ExportPayroll,
    EnterWageBill, // the education fund's wage bill of a year, where pay records lack it
    // reading (issue 17)
    ReadFund, // the education fund's figures: company money, not a workshop's
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(skl::Permissions)
public:
    static bool allows(const Roles &roles, Act act);
    // The roles that may do act, for a refusal to name.
    static Roles rolesFor(Act act);
    // "approve allowance months", for "王科长 may not approve allowance months".
    static QString describe(Act act);
    // A workshop head's reads cover their own workshops only, unless another role they hold
    // reads the whole company.
    static bool readsWholeCompany(const Roles &roles, Act act);
};

} // namespace skl
