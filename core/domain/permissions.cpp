#include "core/domain/permissions.h"

namespace skl {

namespace {

    using R = Role;

    // The table of issue 13: for every act, the roles that may do it.
    Roles table(Act act)
    {
        switch (act) {
        case Act::ManageOfficers:
        case Act::SetPolicy:
        case Act::SetCompany:
        case Act::Backup:
        case Act::Restore:
            return { R::Admin };
        case Act::ReadRoster:
        case Act::ReadTargets:
        case Act::ReadDueList:
        case Act::ReadCertifications:
            return { R::Admin, R::Hr, R::Approver, R::Payroll, R::WorkshopHead, R::Auditor };
        case Act::RevealIdNumber:
            return { R::Admin, R::Hr };
        case Act::ReadPay:
            return { R::Payroll, R::Approver };
        case Act::ReadAudit:
            return { R::Admin, R::Auditor };
        case Act::EditRoster:
        case Act::ImportRoster:
        case Act::EditReferenceData:
        case Act::ManageRounds:
        case Act::RecordCompetition:
        case Act::RecordTraining:
        case Act::RecordRecognition:
        case Act::IssueAttestation:
            return { R::Hr };
        case Act::ExportRoster:
            return { R::Admin, R::Hr, R::Approver, R::Payroll, R::WorkshopHead, R::Auditor };
        case Act::ProposeCertification:
        case Act::PrintCertificates:
            return { R::Hr, R::WorkshopHead };
        case Act::DecideCertification:
        case Act::ApproveAllowances:
        case Act::ReopenAllowances:
            return { R::Approver };
        case Act::SetAllowanceRates:
        case Act::ImportPayTables:
        case Act::EditSalaryBands:
        case Act::ComputeAllowances:
        case Act::ExportPayroll:
        case Act::EnterWageBill:
            return { R::Payroll };
        case Act::ReadFund:
            return { R::Admin, R::Hr, R::Approver, R::Payroll, R::Auditor };
        }
        return {};
    }

} // namespace

bool Permissions::allows(const Roles &roles, Act act)
{
    const Roles allowed = table(act);
    for (Role role : roles.list()) {
        if (allowed.has(role))
            return true;
    }
    return false;
}

Roles Permissions::rolesFor(Act act)
{
    return table(act);
}

bool Permissions::readsWholeCompany(const Roles &roles, Act act)
{
    const Roles allowed = table(act);
    for (Role role : roles.list()) {
        if (role != Role::WorkshopHead && allowed.has(role))
            return true;
    }
    return false;
}

QString Permissions::describe(Act act)
{
    switch (act) {
    case Act::ManageOfficers:
        return tr("manage officers");
    case Act::SetPolicy:
        return tr("change the policy settings");
    case Act::SetCompany:
        return tr("change the company settings");
    case Act::Backup:
        return tr("back up the database");
    case Act::Restore:
        return tr("restore a backup");
    case Act::ReadRoster:
        return tr("read the roster");
    case Act::ReadTargets:
        return tr("read the workforce targets");
    case Act::ReadDueList:
        return tr("read the due list");
    case Act::ReadCertifications:
        return tr("read certifications");
    case Act::RevealIdNumber:
        return tr("see full ID numbers");
    case Act::ReadPay:
        return tr("read pay and allowance runs");
    case Act::ReadAudit:
        return tr("read the audit trail");
    case Act::EditRoster:
        return tr("edit the roster");
    case Act::ImportRoster:
        return tr("import the roster");
    case Act::ExportRoster:
        return tr("export the roster");
    case Act::ProposeCertification:
        return tr("propose certifications");
    case Act::ManageRounds:
        return tr("open assessment rounds");
    case Act::RecordCompetition:
        return tr("record competitions");
    case Act::PrintCertificates:
        return tr("print certificates");
    case Act::EditReferenceData:
        return tr("edit sites, workshops and occupations");
    case Act::DecideCertification:
        return tr("approve, reject or revoke certifications");
    case Act::ApproveAllowances:
        return tr("approve allowance months");
    case Act::ReopenAllowances:
        return tr("reopen allowance months");
    case Act::SetAllowanceRates:
        return tr("set allowance rates");
    case Act::ImportPayTables:
        return tr("import pay, salary bands, team-leader periods and mentorships");
    case Act::EditSalaryBands:
        return tr("edit salary bands");
    case Act::ComputeAllowances:
        return tr("compute allowance months");
    case Act::ExportPayroll:
        return tr("export payroll files");
    case Act::RecordTraining:
        return tr("record training");
    case Act::RecordRecognition:
        return tr("record honours, studios and projects");
    case Act::IssueAttestation:
        return tr("issue the high-skilled staffing attestation");
    case Act::EnterWageBill:
        return tr("enter the wage bill");
    case Act::ReadFund:
        return tr("read the education fund");
    }
    return {};
}

} // namespace skl
