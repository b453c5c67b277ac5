#include "core/store/serverprivileges.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include "core/domain/permissions.h"
#include "core/store/serverbulkload.h"
#include "core/store/serverofficers.h"
#include "core/store/serverschema.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/wagebillquery.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString failed()
    {
        return ServerPrivileges::tr("Setting the officers' privileges on the server");
    }

    // One privilege on a table, on some columns only when columns is not empty.
    struct Access
    {
        QString table;
        QString privilege; // SELECT, INSERT, UPDATE or DELETE
        QStringList columns;
    };

    QList<Access> select(std::initializer_list<const char16_t *> tables)
    {
        QList<Access> access;
        for (const char16_t *table : tables)
            access += Access { QString::fromUtf16(table), u"SELECT"_s, {} };
        return access;
    }

    QList<Access> write(const QString &table, std::initializer_list<const char16_t *> privileges,
        const QStringList &columns = {})
    {
        QList<Access> access;
        for (const char16_t *privilege : privileges)
            access += Access { table, QString::fromUtf16(privilege), columns };
        return access;
    }

    QList<Access> write(const char16_t *table, std::initializer_list<const char16_t *> privileges,
        const QStringList &columns = {})
    {
        return write(QString::fromUtf16(table), privileges, columns);
    }

    // What every officer reads, whatever their role: who is acting and with which roles
    // (OfficerStore::require), the company, its units and settings, and the schema version
    // that opening checks.
    QList<Access> everyOfficer()
    {
        return select(
            { u"schema_version", u"company", u"policy_value", u"work_calendar_day", u"site",
                u"workshop", u"occupation", u"officer", u"officer_role", u"officer_workshop" });
    }

    // The trail every act appends to (issue 13): its events and change rows. How far the check
    // on opening got is recorded through ServerTrail's audit_record_checked and
    // audit_record_break, which never let an officer clear a break. Seals are the owner's to
    // write: the program seals
    // its events at commit through ServerTrail's audit_seal_own_event, and the owner's trigger
    // marks what is due, so that no officer writes a seal of their own making. The guards of
    // auditchain.cpp refuse changing a sealed event; the summary and officer of an event are
    // set before its transaction seals it. Even an auditor writes here: an export is an event.
    QList<Access> theTrail()
    {
        QList<Access> access = select({ u"audit_event", u"audit_change", u"audit_seal",
            u"audit_seal_due", u"audit_chain_state" });
        access += write(u"audit_event", { u"INSERT" });
        access += write(u"audit_event", { u"UPDATE" }, { u"summary"_s, u"officer_id"_s });
        access += write(u"audit_change", { u"INSERT" });
        return access;
    }

    QList<Access> rosterWrites()
    {
        QList<Access> access;
        access += write(u"worker", { u"INSERT", u"UPDATE" });
        access += write(u"site", { u"INSERT", u"UPDATE" });
        access += write(u"workshop", { u"INSERT" });
        access += write(u"occupation", { u"INSERT" });
        access += write(u"grade_award", { u"INSERT" });
        access += write(u"grade_span", { u"INSERT", u"DELETE" });
        access += write(u"team_leader_period", { u"INSERT", u"UPDATE", u"DELETE" });
        access += write(u"worker_photo", { u"INSERT", u"UPDATE" });
        access += select({ u"worker_photo_replaced" });
        access += write(u"worker_photo_replaced", { u"INSERT" });
        return access;
    }

    // The dashboard's trend keeps its monthly changes for the next reader (schema 24): whoever
    // reads the company's targets computes and keeps them, whoever awards grades or writes the
    // roster keeps them in step. A workshop head, whose targets are their workshops', sees none
    // of them. (The roster's writers, hr, read the targets too: naming the tables for their writes
    // as well changed no role's grants, and so not the privileges version.)
    QList<Access> trendKeeping()
    {
        QList<Access> access;
        for (const char16_t *table : { u"target_trend_month", u"target_trend_state" })
            access += write(table, { u"SELECT", u"INSERT", u"UPDATE", u"DELETE" });
        return access;
    }

    // The tables each act reads and writes, beside those of every officer: with the table of
    // Permissions, the one description of what a group role may do on the server. A table no
    // act names is the owner's alone.
    QList<Access> accessOf(Act act)
    {
        switch (act) {
        case Act::ManageOfficers: {
            QList<Access> access = write(u"officer", { u"INSERT", u"UPDATE" });
            access += write(u"officer_role", { u"INSERT", u"UPDATE" });
            access += write(u"officer_workshop", { u"INSERT", u"DELETE" });
            return access;
        }
        case Act::SetPolicy: {
            QList<Access> access = write(u"policy_value", { u"INSERT", u"UPDATE" });
            access += write(u"work_calendar_day", { u"INSERT" });
            return access;
        }
        case Act::SetCompany: {
            QList<Access> access = write(u"company_image", { u"INSERT", u"UPDATE" });
            access += select({ u"company_image_replaced" });
            access += write(u"company_image_replaced", { u"INSERT" });
            return access;
        }
        case Act::Backup:
        case Act::Restore:
            // A server is backed up by its administrator (pg_dump), not by an officer.
            return {};
        case Act::ReadTargets:
            return select({ u"worker", u"grade_award", u"grade_span", u"team_leader_period",
                       u"worker_photo", u"mentorship", u"training_record",
                       u"training_record_replaced", u"honour", u"studio", u"studio_member",
                       u"studio_result", u"project", u"project_member", u"project_update",
                       u"professional_title" })
                + trendKeeping();
        case Act::ReadRoster:
        case Act::ReadDueList:
        case Act::ExportRoster:
        case Act::RevealIdNumber:
            // The training archive and the recognition of each worker (issue 17) belong to the
            // roster: whoever reads a worker reads them, and a project's members their
            // professional titles (a qualification like a grade, without pay).
            return select({ u"worker", u"grade_award", u"grade_span", u"team_leader_period",
                u"worker_photo", u"mentorship", u"training_record", u"training_record_replaced",
                u"honour", u"studio", u"studio_member", u"studio_result", u"project",
                u"project_member", u"project_update", u"professional_title" });
        case Act::ReadCertifications:
            return select({ u"certification", u"assessment_round", u"competition",
                u"competition_result", u"certificate", u"certificate_print", u"company_image",
                u"round_assessment", u"round_candidate", u"round_staff", u"round_score",
                u"round_notice", u"round_report", u"round_archive", u"round_document" });
        case Act::ReadPay:
            return select({ u"allowance_rate", u"allowance_run", u"allowance_line",
                u"allowance_reopening", u"team_leader_period", u"mentorship", u"salary_band",
                u"pay_record", u"professional_title", u"wage_reference", u"salary_band_replaced",
                u"pay_record_replaced", u"professional_title_replaced",
                u"wage_reference_replaced" });
        case Act::ReadAudit:
            // The trail itself every officer reads; "audit verify" also looks for the events
            // each table names (auditReferences()).
            return {};
        case Act::EditRoster: {
            // A worker entered by mistake is deleted with the grade the roster gave them, while
            // nothing else refers to them (WorkerEdits::remove, issue 15).
            QList<Access> access = rosterWrites();
            access += trendKeeping();
            access += write(u"worker", { u"DELETE" });
            access += write(u"grade_award", { u"DELETE" });
            // The editors of team-leader periods and agreements (issue 15), which refuse a
            // change to a locked allowance month: which months are locked, and no pay.
            access += write(u"mentorship", { u"INSERT", u"UPDATE" });
            access += write(u"allowance_run", { u"SELECT" }, { u"id"_s, u"month"_s, u"status"_s });
            access += write(u"allowance_reopening", { u"SELECT" }, { u"run_id"_s });
            return access;
        }
        case Act::ImportRoster: {
            // A grade an import brings becomes a proposed certification (schema 12).
            QList<Access> access = rosterWrites();
            access += trendKeeping();
            access += write(u"certification", { u"INSERT" });
            return access;
        }
        case Act::ProposeCertification: {
            // Candidates of assessment rounds are registered (and withdrawn) by whoever proposes
            // certifications, a workshop head for their workshops (issue 16).
            QList<Access> access = write(u"certification", { u"INSERT" });
            access += write(u"round_candidate", { u"INSERT" });
            access += write(u"round_candidate", { u"UPDATE" },
                { u"withdrawn_event_id"_s, u"withdraw_reason"_s });
            return access;
        }
        case Act::ManageRounds: {
            // A round's assessment, staff, scores, notice, report and archive (issue 16).
            QList<Access> access = write(u"assessment_round", { u"INSERT" });
            for (const char16_t *table : { u"round_assessment", u"round_staff", u"round_score",
                     u"round_notice", u"round_report", u"round_archive" })
                access += write(table, { u"INSERT" });
            access += write(u"round_staff", { u"UPDATE" }, { u"removed_event_id"_s });
            // The round's documents: filed, and withdrawn with a reason, never changed.
            access += write(u"round_document", { u"INSERT" });
            access += write(u"round_document", { u"UPDATE" },
                { u"withdrawn_reason"_s, u"withdrawn_event_id"_s });
            return access;
        }
        case Act::RecordCompetition: {
            QList<Access> access = write(u"competition", { u"INSERT" });
            access += write(u"competition_result", { u"INSERT" });
            access += write(u"assessment_round", { u"INSERT" });
            return access;
        }
        case Act::PrintCertificates:
            return write(u"certificate_print", { u"INSERT" });
        case Act::EditReferenceData: {
            // Sites, workshops and occupations (UnitStore, OccupationStore): a moved workshop's
            // workers move site with it; what is in use is never deleted (the program checks,
            // the foreign keys refuse).
            QList<Access> access;
            for (const char16_t *table : { u"site", u"workshop", u"occupation" })
                access += write(table, { u"INSERT", u"UPDATE", u"DELETE" });
            access += write(u"worker", { u"UPDATE" }, { u"site_id"_s });
            access += select({ u"worker", u"grade_award" });
            return access;
        }
        case Act::DecideCertification: {
            // The decision's columns only: an approver cannot change what was proposed.
            QList<Access> access = write(u"certification", { u"UPDATE" },
                { u"status"_s, u"decided_by"_s, u"decided_officer_id"_s, u"decision_reason"_s,
                    u"decided_event_id"_s, u"grade_award_id"_s, u"revoked_by"_s,
                    u"revoked_officer_id"_s, u"revoke_reason"_s, u"revoked_event_id"_s });
            access += write(u"grade_award", { u"INSERT" });
            access += write(
                u"grade_award", { u"UPDATE" }, { u"revoked_date"_s, u"revoked_event_id"_s });
            access += write(u"grade_span", { u"INSERT", u"DELETE" });
            access += write(
                u"worker", { u"UPDATE" }, { u"current_grade"_s, u"current_grade_since"_s });
            access += trendKeeping();
            access += write(u"certificate", { u"INSERT" });
            access += select({ u"certificate_serial" });
            access += write(u"certificate_serial", { u"INSERT", u"UPDATE" });
            // An approver lets a round's decisions go before its notice period ends (issue 16).
            access += write(u"round_notice", { u"UPDATE" },
                { u"override_by"_s, u"override_reason"_s, u"override_event_id"_s });
            return access;
        }
        case Act::ApproveAllowances:
            return write(u"allowance_run", { u"UPDATE" }, { u"status"_s, u"approved_event_id"_s });
        case Act::ReopenAllowances:
            return write(u"allowance_reopening", { u"INSERT" });
        case Act::SetAllowanceRates:
            return write(u"allowance_rate", { u"INSERT", u"UPDATE" });
        case Act::ImportPayTables: {
            QList<Access> access
                = write(u"team_leader_period", { u"INSERT", u"UPDATE", u"DELETE" });
            access += write(u"mentorship", { u"INSERT", u"UPDATE" });
            for (const char16_t *table :
                { u"salary_band", u"pay_record", u"professional_title", u"wage_reference" }) {
                access += write(table, { u"INSERT", u"UPDATE", u"DELETE" });
                access += write(QString::fromUtf16(table) + u"_replaced"_s, { u"INSERT" });
            }
            return access;
        }
        case Act::EditSalaryBands: {
            QList<Access> access = write(u"salary_band", { u"INSERT", u"UPDATE" });
            access += write(u"salary_band_replaced", { u"INSERT" });
            access += select({ u"salary_band", u"salary_band_replaced" });
            return access;
        }
        case Act::ComputeAllowances: {
            QList<Access> access = write(u"allowance_run", { u"INSERT" });
            access += write(u"allowance_line", { u"INSERT" });
            return access;
        }
        case Act::ExportPayroll:
            return {};
        case Act::RecordTraining: {
            // A correction keeps the record's former values, then updates the row (schema 21).
            QList<Access> access = write(u"training_record", { u"INSERT", u"UPDATE" });
            access += write(u"training_record_replaced", { u"INSERT" });
            return access;
        }
        case Act::RecordRecognition: {
            // Rows are added; a withdrawal or a member's leaving fills its columns once, and an
            // exceptional promotion links the honour or project it rests on (schema 22).
            QList<Access> access;
            for (const char16_t *table : { u"honour", u"studio", u"studio_member", u"studio_result",
                     u"project", u"project_member", u"project_update" })
                access += write(table, { u"INSERT" });
            access += write(
                u"honour", { u"UPDATE" }, { u"withdrawn_event_id"_s, u"withdraw_reason"_s });
            access += write(
                u"studio_result", { u"UPDATE" }, { u"withdrawn_event_id"_s, u"withdraw_reason"_s });
            access += write(u"project_member", { u"UPDATE" },
                { u"withdrawn_event_id"_s, u"withdraw_reason"_s });
            access += write(u"studio_member", { u"UPDATE" }, { u"left_on"_s, u"left_event_id"_s });
            return access;
        }
        case Act::IssueAttestation:
            // The attestation reads what ReadRoster grants and is one audit event.
            return {};
        case Act::EnterWageBill:
            return write(u"wage_bill_entry", { u"INSERT" });
        case Act::ReadFund:
            return select({ u"wage_bill_entry", u"training_record" });
        }
        return {};
    }

    const QList<Act> &everyAct()
    {
        static const QList<Act> acts { Act::ManageOfficers, Act::SetPolicy, Act::SetCompany,
            Act::Backup, Act::Restore, Act::ReadRoster, Act::ReadTargets, Act::ReadDueList,
            Act::ReadCertifications, Act::RevealIdNumber, Act::ReadPay, Act::ReadAudit,
            Act::EditRoster, Act::ImportRoster, Act::ExportRoster, Act::ProposeCertification,
            Act::ManageRounds, Act::RecordCompetition, Act::PrintCertificates,
            Act::EditReferenceData, Act::DecideCertification, Act::ApproveAllowances,
            Act::ReopenAllowances, Act::SetAllowanceRates, Act::ImportPayTables,
            Act::EditSalaryBands, Act::ComputeAllowances, Act::ExportPayroll, Act::RecordTraining,
            Act::RecordRecognition, Act::IssueAttestation, Act::EnterWageBill, Act::ReadFund };
        return acts;
    }

    // The columns a workshop head never reads: the full ID number (DOMAIN.md §7). Their roster
    // shows it masked (worker_masked_id_number), their certificates print it through
    // certificate_fields().
    const QHash<QString, QString> &withheldFromWorkshopHeads()
    {
        static const QHash<QString, QString> columns { { u"worker"_s, u"id_number"_s },
            { u"certificate"_s, u"id_number"_s } };
        return columns;
    }

    // The workshops of the officer logged in: their login role is their login_key (issue 14).
    const QString kOwnWorkshops
        = u"(SELECT ow.workshop_id FROM officer_workshop ow JOIN officer o "
          "ON o.id = ow.officer_id WHERE o.login_key = session_user AND o.disabled = 0)"_s;

    // The rows a workshop head sees, table by table: the workers of their workshops, and what
    // is keyed by those workers (each condition reads the table above it, itself confined).
    const QList<std::pair<QString, QString>> &confinedTables()
    {
        static const QList<std::pair<QString, QString>> tables {
            { u"worker"_s, u"workshop_id IN "_s + kOwnWorkshops },
            { u"grade_award"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"grade_span"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"team_leader_period"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"mentorship"_s,
                u"mentor_id IN (SELECT id FROM worker) OR apprentice_id IN (SELECT id FROM worker)"_s },
            { u"worker_photo"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"certification"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"competition_result"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"certificate"_s, u"certification_id IN (SELECT id FROM certification)"_s },
            { u"certificate_print"_s, u"certificate_id IN (SELECT id FROM certificate)"_s },
            { u"round_candidate"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"round_score"_s, u"candidate_id IN (SELECT id FROM round_candidate)"_s },
            { u"training_record"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"training_record_replaced"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"honour"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"studio_member"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            { u"project_member"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            // A project shows its members' professional titles (职称, issue 17).
            { u"professional_title"_s, u"worker_id IN (SELECT id FROM worker)"_s },
            // The trend counts the whole company (issue 19).
            { u"target_trend_month"_s, u"false"_s },
            { u"target_trend_state"_s, u"false"_s },
        };
        return tables;
    }

    // The acting officer in triggers: the officer whose login role this session is; NULL for
    // the DBA or the owner, whose rows the stored officer ids still check.
    const QString kActingOfficer = u"(SELECT id FROM officer WHERE login_key = session_user)"_s;

    // Four eyes in the database (issue 13's rules, issue 14): the proposer of a certification
    // never decides nor revokes it, and nobody proposes or decides in another officer's name.
    QString certificationFourEyes()
    {
        return uR"(CREATE OR REPLACE FUNCTION certification_four_eyes() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    actor bigint := %1;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF actor IS NOT NULL AND (NEW.status <> 'proposed'
                OR NEW.proposed_officer_id IS DISTINCT FROM actor) THEN
            RAISE EXCEPTION 'a certification is proposed by the officer who proposes it'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.proposed_officer_id IS DISTINCT FROM OLD.proposed_officer_id
            OR NEW.proposed_event_id IS DISTINCT FROM OLD.proposed_event_id THEN
        RAISE EXCEPTION 'the proposer of certification % cannot change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        IF actor IS NOT NULL AND actor = NEW.proposed_officer_id THEN
            RAISE EXCEPTION 'four eyes: the proposer of certification % cannot decide it', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status IN ('approved', 'rejected') AND (NEW.decided_officer_id = NEW.proposed_officer_id
                OR (actor IS NOT NULL AND NEW.decided_officer_id IS DISTINCT FROM actor)) THEN
            RAISE EXCEPTION 'four eyes: certification % is decided by another officer than its proposer', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status = 'revoked' AND (NEW.revoked_officer_id = NEW.proposed_officer_id
                OR (actor IS NOT NULL AND NEW.revoked_officer_id IS DISTINCT FROM actor)) THEN
            RAISE EXCEPTION 'four eyes: certification % is revoked by another officer than its proposer', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$)"_s.arg(kActingOfficer);
    }

    // The payroll rule (issue 13): the officer who computed a run never approves it, and a run
    // is stored as a draft.
    QString allowanceRunFourEyes()
    {
        return uR"(CREATE OR REPLACE FUNCTION allowance_run_four_eyes() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    actor bigint := %1;
    computer bigint;
    approver bigint;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF actor IS NOT NULL AND (NEW.status <> 'draft' OR NEW.approved_event_id IS NOT NULL) THEN
            RAISE EXCEPTION 'an allowance run is stored as a draft'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.computed_event_id IS DISTINCT FROM OLD.computed_event_id THEN
        RAISE EXCEPTION 'who computed allowance run % cannot change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.status = 'approved' AND OLD.status IS DISTINCT FROM 'approved' THEN
        SELECT officer_id INTO computer FROM audit_event WHERE id = NEW.computed_event_id;
        SELECT officer_id INTO approver FROM audit_event WHERE id = NEW.approved_event_id;
        IF computer = actor OR computer = approver
                OR (actor IS NOT NULL AND approver IS DISTINCT FROM actor) THEN
            RAISE EXCEPTION 'four eyes: allowance run % is approved by another officer than the one who computed it', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$)"_s.arg(kActingOfficer);
    }

    // May the session read this table's id_number itself? Then the functions below add
    // nothing to what it reads; otherwise (a workshop head) they answer for its own workshops.
    QString readsIdNumbers(const QString &table)
    {
        return u"has_column_privilege(session_user, '%1', 'id_number', 'SELECT')"_s.arg(table);
    }

    // The ID number as the roster shows it to a workshop head: masked as ResidentId::mask
    // does, and only for a worker the head may see.
    QString maskedIdNumberFunction()
    {
        return uR"(CREATE OR REPLACE FUNCTION worker_masked_id_number(wanted_worker bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT CASE WHEN length(w.id_number) <= 10 THEN repeat('*', length(w.id_number))
            ELSE left(w.id_number, 6) || repeat('*', length(w.id_number) - 10)
                 || right(w.id_number, 4) END
FROM worker w WHERE w.id = wanted_worker AND (%1 OR w.workshop_id IN %2)
$$)"_s.arg(readsIdNumbers(u"worker"_s), kOwnWorkshops);
    }

    // Everything one certificate prints, the full ID number included, by certification id or
    // by number: a workshop head prints their own workers' certificates without reading
    // id_number (issue 14). Columns as CertificateStore reads them.
    QString certificateFieldsFunction()
    {
        return uR"(CREATE OR REPLACE FUNCTION certificate_fields(wanted_certification bigint, wanted_number text)
RETURNS TABLE (f_certificate_id bigint, f_certification_id bigint, f_number text,
    f_issue_date text, f_body_name text, f_company text, f_worker_name text, f_gender text,
    f_id_number text, f_employee_no text, f_workshop text, f_occupation text, f_grade bigint,
    f_photo bytea, f_prints bigint, f_status text, f_reissues bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT ce.id::bigint, c.id::bigint, ce.number::text, ce.issue_date::text, ce.body_name::text,
       co.name::text, ce.worker_name::text, w.gender::text, coalesce(ce.id_number, '')::text,
       w.employee_no::text, coalesce(ws.name, '')::text, ce.occupation::text, c.grade::bigint,
       p.data,
       (SELECT count(*) FROM certificate_print x WHERE x.certificate_id = ce.id)::bigint,
       c.status::text,
       (SELECT count(*) FROM certificate_print x WHERE x.certificate_id = ce.id
        AND x.reissue_reason IS NOT NULL)::bigint
FROM certificate ce
JOIN certification c ON c.id = ce.certification_id
JOIN worker w ON w.id = c.worker_id
LEFT JOIN workshop ws ON ws.id = w.workshop_id
LEFT JOIN worker_photo p ON p.worker_id = w.id CROSS JOIN company co
WHERE (c.id = wanted_certification OR ce.number = wanted_number)
  AND (%1 OR w.workshop_id IN %2)
$$)"_s.arg(readsIdNumbers(u"certificate"_s), kOwnWorkshops);
    }

    // A year's wage bill from the pay records for the fund's readers (issue 17), who may not read
    // individual pay: the sum only, by the statement a file runs (WageBillQuery).
    QString fundWageBillFunction()
    {
        return uR"(CREATE OR REPLACE FUNCTION fund_wage_bill(wanted_year integer)
RETURNS TABLE (f_bill bigint, f_in_service bigint, f_without_pay bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
%1
$$)"_s.arg(WageBillQuery::statement(u"wanted_year"_s));
    }

    // ANALYZE of the tables a roster load fills, for the officer who loaded them
    // (SqlDialect::refreshStatistics): only a table's owner may analyze it.
    QString rosterStatisticsFunction()
    {
        return uR"(CREATE OR REPLACE FUNCTION roster_statistics_refresh() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    ANALYZE worker, grade_award, grade_span, certification;
END
$$)"_s;
    }

    // The digest of a certificate's QR code, computed from the certificate as issued, as
    // CertificateStore computes it on a file: HMAC-SHA-256 (RFC 2104, written out: the server
    // needs no extension) under the company's key over the printed fields, one per line, the
    // first 20 hex digits in capitals. No officer reads the key, which would let them forge a
    // digest; they ask this function for the digest of a certificate they may read, and only
    // one that was issued: it signs no text of theirs.
    QString certificateDigestFunction()
    {
        return uR"(CREATE OR REPLACE FUNCTION certificate_digest(wanted_number text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    k bytea;
    msg bytea;
    ipad bytea := '';
    opad bytea := '';
BEGIN
    SELECT decode(v.key_hex, 'hex') INTO k FROM verification_key v WHERE v.id = 1;
    SELECT convert_to(ce.number || E'\n' || ce.worker_name || E'\n' || coalesce(ce.id_number, '')
            || E'\n' || c.grade::text || E'\n' || ce.occupation || E'\n' || ce.issue_date
            || E'\n' || ce.body_name, 'UTF8') INTO msg
    FROM certificate ce
    JOIN certification c ON c.id = ce.certification_id
    JOIN worker w ON w.id = c.worker_id
    WHERE ce.number = wanted_number AND (%1 OR w.workshop_id IN %2);
    IF k IS NULL OR msg IS NULL OR length(k) > 64 THEN
        RETURN NULL;
    END IF;
    k := k || decode(repeat('00', 64 - length(k)), 'hex');
    FOR i IN 0..63 LOOP
        ipad := ipad || set_byte('\x00'::bytea, 0, get_byte(k, i) # 54);
        opad := opad || set_byte('\x00'::bytea, 0, get_byte(k, i) # 92);
    END LOOP;
    RETURN upper(left(encode(sha256(opad || sha256(ipad || msg)), 'hex'), 20));
END
$$)"_s.arg(readsIdNumbers(u"certificate"_s), kOwnWorkshops);
    }

    // Ed25519 (RFC 8032) in PL/pgSQL, for certificate_signature() below: PostgreSQL has no
    // Ed25519 of its own and pgcrypto none either, and the signing key must stay inside the
    // server, where no officer reads it, as the HMAC key does. Integers are numeric, points
    // extended coordinates; the message's hashes are the server's sha512(). One scalar
    // multiplication a signature once the session holds the public key, about 45 ms: a batch
    // of 1,000 certificates spends under a minute signing on a server, against well under a
    // second on a file (libsodium). The result equals libsodium's for the same seed (tests).
    QStringList ed25519Functions()
    {
        return { uR"sql(CREATE OR REPLACE FUNCTION ed25519_number(b bytea) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
DECLARE
    n numeric := 0;
BEGIN
    FOR i IN REVERSE length(b) - 1..0 LOOP
        n := n * 256 + get_byte(b, i);
    END LOOP;
    RETURN n;
END
$$)sql"_s,
            uR"sql(CREATE OR REPLACE FUNCTION ed25519_bytes(n numeric) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
DECLARE
    b bytea := decode(repeat('00', 32), 'hex');
    rest numeric := n;
BEGIN
    FOR i IN 0..31 LOOP
        b := set_byte(b, i, mod(rest, 256)::int);
        rest := div(rest, 256);
    END LOOP;
    RETURN b;
END
$$)sql"_s,
            uR"sql(CREATE OR REPLACE FUNCTION ed25519_base_times(s numeric) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
DECLARE
    p constant numeric := 57896044618658097711785492504343953926634992332820282019728792003956564819949;
    d2 constant numeric := 16295367250680780974490674513165176452449235426866156013048779062215315747161;
    bx constant numeric := 15112221349535400772501151409588531511454012693041857206046113283949847762202;
    by_ constant numeric := 46316835694926478169428394003475163141307993866256225615783033603165251855960;
    bt numeric := mod(bx * by_, p);
    bits int[] := '{}';
    rest numeric := s;
    x numeric := 0; y numeric := 1; z numeric := 1; t numeric := 0;
    x2 numeric; y2 numeric; z2 numeric; t2 numeric;
    a numeric; b numeric; c numeric; dd numeric; e numeric; f numeric; g numeric; h numeric;
    inv numeric := 1; base numeric; ex numeric;
    enc bytea;
BEGIN
    WHILE rest > 0 LOOP
        bits := bits || mod(rest, 2)::int;
        rest := div(rest, 2);
    END LOOP;
    -- From the top bit down: Q := Q + Q, then Q := Q + B where the bit is set (RFC 8032 5.1.4).
    FOR i IN REVERSE coalesce(array_length(bits, 1), 0)..1 LOOP
        FOR pass IN 1..(1 + bits[i]) LOOP
            IF pass = 1 THEN
                x2 := x; y2 := y; z2 := z; t2 := t;
            ELSE
                x2 := bx; y2 := by_; z2 := 1; t2 := bt;
            END IF;
            a := mod((y - x) * (y2 - x2), p);
            b := mod((y + x) * (y2 + x2), p);
            c := mod(mod(t * d2, p) * t2, p);
            dd := mod(2 * z * z2, p);
            e := b - a; f := dd - c; g := dd + c; h := b + a;
            x := mod(e * f, p); y := mod(g * h, p); z := mod(f * g, p); t := mod(e * h, p);
        END LOOP;
    END LOOP;
    -- 1/z = z^(p-2); mod() keeps the dividend's sign, hence the + p.
    base := mod(z + p, p);
    ex := p - 2;
    WHILE ex > 0 LOOP
        IF mod(ex, 2) = 1 THEN
            inv := mod(inv * base, p);
        END IF;
        base := mod(base * base, p);
        ex := div(ex, 2);
    END LOOP;
    x := mod(mod(x * inv, p) + p, p);
    y := mod(mod(y * inv, p) + p, p);
    enc := ed25519_bytes(y);
    IF mod(x, 2) = 1 THEN
        enc := set_byte(enc, 31, get_byte(enc, 31) | 128);
    END IF;
    RETURN enc;
END
$$)sql"_s,
            uR"sql(CREATE OR REPLACE FUNCTION ed25519_public_key(seed bytea) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
DECLARE
    clamped bytea := substring(sha512(seed) FROM 1 FOR 32);
BEGIN
    clamped := set_byte(clamped, 0, get_byte(clamped, 0) & 248);
    clamped := set_byte(clamped, 31, (get_byte(clamped, 31) & 127) | 64);
    RETURN ed25519_base_times(ed25519_number(clamped));
END
$$)sql"_s,
            // public_key must be the seed's: signing one message under two public keys would
            // reveal the secret scalar. Only certificate_signature() calls it.
            uR"sql(CREATE OR REPLACE FUNCTION ed25519_sign(seed bytea, public_key bytea, msg bytea) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = public, pg_temp AS $$
DECLARE
    l constant numeric := 7237005577332262213973186563042994240857116359379907606001950938285454250989;
    h bytea := sha512(seed);
    clamped bytea := substring(h FROM 1 FOR 32);
    a numeric;
    r numeric;
    big_r bytea;
    k numeric;
BEGIN
    clamped := set_byte(clamped, 0, get_byte(clamped, 0) & 248);
    clamped := set_byte(clamped, 31, (get_byte(clamped, 31) & 127) | 64);
    a := ed25519_number(clamped);
    r := mod(ed25519_number(sha512(substring(h FROM 33 FOR 32) || msg)), l);
    big_r := ed25519_base_times(r);
    k := mod(ed25519_number(sha512(big_r || public_key || msg)), l);
    RETURN big_r || ed25519_bytes(mod(r + k * a, l));
END
$$)sql"_s,
            // The seed as CertificateCode::signingSeed derives it from the HMAC key:
            // HMAC-SHA-256 of the label. Executable by no officer: it returns the secret.
            uR"sql(CREATE OR REPLACE FUNCTION certificate_signing_seed() RETURNS bytea
LANGUAGE plpgsql STABLE SET search_path = public, pg_temp AS $$
DECLARE
    k bytea;
    ipad bytea := '';
    opad bytea := '';
BEGIN
    SELECT decode(v.key_hex, 'hex') INTO k FROM verification_key v WHERE v.id = 1;
    IF k IS NULL OR length(k) > 64 THEN
        RETURN NULL;
    END IF;
    k := k || decode(repeat('00', 64 - length(k)), 'hex');
    FOR i IN 0..63 LOOP
        ipad := ipad || set_byte('\x00'::bytea, 0, get_byte(k, i) # 54);
        opad := opad || set_byte('\x00'::bytea, 0, get_byte(k, i) # 92);
    END LOOP;
    RETURN sha256(opad || sha256(ipad
        || convert_to('SkillLadder certificate signing key (Ed25519)', 'UTF8')));
END
$$)sql"_s,
            uR"sql(CREATE OR REPLACE FUNCTION certificate_public_key() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT encode(ed25519_public_key(certificate_signing_seed()), 'hex')
$$)sql"_s };
    }

    // The signature of a certificate's code (CertificateCode): over "SKL2" and the printed
    // fields as issued, one per line, in hex. Like certificate_digest() it signs only an issued
    // certificate the officer may read, never a text of theirs, and no officer reads the key.
    QString certificateSignatureFunction()
    {
        return uR"sql(CREATE OR REPLACE FUNCTION certificate_signature(wanted_number text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    seed bytea := certificate_signing_seed();
    kept text := current_setting('skl.certificate_public_key', true);
    public_key bytea;
    msg bytea;
BEGIN
    SELECT convert_to('SKL2' || E'\n' || ce.number || E'\n' || ce.worker_name || E'\n'
            || coalesce(ce.id_number, '') || E'\n' || c.grade::text || E'\n' || ce.occupation
            || E'\n' || ce.issue_date || E'\n' || ce.body_name, 'UTF8') INTO msg
    FROM certificate ce
    JOIN certification c ON c.id = ce.certification_id
    JOIN worker w ON w.id = c.worker_id
    WHERE ce.number = wanted_number AND (%1 OR w.workshop_id IN %2);
    IF seed IS NULL OR msg IS NULL THEN
        RETURN NULL;
    END IF;
    -- The public key costs as much as the signature: a batch keeps it for the session, tagged
    -- with a hash under the seed, so that a session setting the variable itself cannot make
    -- this function sign under another public key (which would reveal the secret).
    IF kept ~ '^[0-9a-f]{128}$' AND substring(kept FROM 65)
            = encode(sha256(seed || decode(substring(kept FROM 1 FOR 64), 'hex')), 'hex') THEN
        public_key := decode(substring(kept FROM 1 FOR 64), 'hex');
    ELSE
        public_key := ed25519_public_key(seed);
        PERFORM set_config('skl.certificate_public_key',
            encode(public_key, 'hex') || encode(sha256(seed || public_key), 'hex'), false);
    END IF;
    RETURN encode(ed25519_sign(seed, public_key, msg), 'hex');
END
$$)sql"_s.arg(readsIdNumbers(u"certificate"_s), kOwnWorkshops);
    }

    Result<QStringList> columnsOf(QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT column_name FROM information_schema.columns WHERE table_schema = "
                  "'public' AND table_name = ? ORDER BY ordinal_position"_s);
        q.addBindValue(table);
        if (!q.exec())
            return SqlErrors::fromQuery(q, failed());
        QStringList columns;
        if (auto read = forEachRow(
                q, failed(), [&](const QSqlQuery &row) { columns += row.value(0).toString(); });
            !read)
            return read.error();
        return columns;
    }

    // The sequence behind each table's identity column. Qt's driver reads the id of a new row
    // with lastval(), which needs SELECT on the sequence: a group that inserts into a table
    // gets it (SELECT only: it cannot draw numbers itself).
    Result<QHash<QString, QString>> identitySequences(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), "
                    "column_name) FROM information_schema.columns WHERE table_schema = 'public' "
                    "AND is_identity = 'YES'"_s))
            return SqlErrors::fromQuery(q, failed());
        QHash<QString, QString> sequences;
        if (auto read = forEachRow(q, failed(),
                [&](const QSqlQuery &row) {
                    sequences.insert(row.value(0).toString(), row.value(1).toString());
                });
            !read)
            return read.error();
        return sequences;
    }

    // "audit verify" looks, in every table that names an event, for an event that is not
    // there: those columns alone, for the roles that read the trail.
    Result<QList<Access>> auditReferences(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        q.prepare(SqlDialect::of(db).foreignKeysToQuery());
        q.addBindValue(u"audit_event"_s);
        if (!q.exec())
            return SqlErrors::fromQuery(q, failed());
        QList<Access> access;
        if (auto read = forEachRow(q, failed(),
                [&](const QSqlQuery &row) {
                    access += Access { row.value(0).toString(), u"SELECT"_s,
                        { row.value(1).toString() } };
                });
            !read)
            return read.error();
        return access;
    }

    QString columnList(const QStringList &columns)
    {
        QStringList names;
        for (const QString &column : columns)
            names += SqlDialect::quotedIdentifier(column);
        return names.join(u", "_s);
    }

    // The GRANT statements of one group: whole-table privileges together, column ones apart;
    // withheld columns are left out of a whole-table SELECT.
    Result<QStringList> grantsOf(QSqlDatabase &db, const QString &group,
        const QList<Access> &access, const QHash<QString, QString> &withheld,
        const QHash<QString, QString> &sequences)
    {
        QMap<QString, QSet<QString>> wholeTable;
        QMap<std::pair<QString, QString>, QSet<QString>> someColumns;
        for (const Access &a : access) {
            if (a.columns.isEmpty())
                wholeTable[a.table].insert(a.privilege);
            else
                someColumns[{ a.table, a.privilege }].unite(
                    QSet<QString>(a.columns.begin(), a.columns.end()));
        }
        QStringList statements;
        for (auto it = wholeTable.cbegin(); it != wholeTable.cend(); ++it) {
            QSet<QString> privileges = it.value();
            if (withheld.contains(it.key()) && privileges.remove(u"SELECT"_s)) {
                const auto columns = columnsOf(db, it.key());
                if (!columns)
                    return columns.error();
                QStringList readable = *columns;
                readable.removeAll(withheld.value(it.key()));
                statements += u"GRANT SELECT (%1) ON %2 TO %3"_s.arg(columnList(readable),
                    SqlDialect::quotedIdentifier(it.key()), SqlDialect::quotedIdentifier(group));
            }
            if (privileges.contains(u"INSERT"_s) && sequences.contains(it.key()))
                statements += u"GRANT SELECT ON SEQUENCE %1 TO %2"_s.arg(
                    sequences.value(it.key()), SqlDialect::quotedIdentifier(group));
            if (privileges.isEmpty())
                continue;
            QStringList sorted(privileges.begin(), privileges.end());
            sorted.sort();
            statements += u"GRANT %1 ON %2 TO %3"_s.arg(sorted.join(u", "_s),
                SqlDialect::quotedIdentifier(it.key()), SqlDialect::quotedIdentifier(group));
        }
        for (auto it = someColumns.cbegin(); it != someColumns.cend(); ++it) {
            if (wholeTable.value(it.key().first).contains(it.key().second)
                && !(it.key().second == u"SELECT" && withheld.contains(it.key().first)))
                continue;
            QStringList sorted(it.value().begin(), it.value().end());
            sorted.sort();
            statements += u"GRANT %1 (%2) ON %3 TO %4"_s.arg(it.key().second, columnList(sorted),
                SqlDialect::quotedIdentifier(it.key().first), SqlDialect::quotedIdentifier(group));
        }
        return statements;
    }

    Status run(QSqlQuery &q, const QStringList &statements)
    {
        for (const QString &statement : statements) {
            if (!q.exec(statement))
                return SqlErrors::fromQuery(q, failed());
        }
        return success();
    }

} // namespace

Status ServerPrivileges::apply(QSqlDatabase &db, const QString &database)
{
    const QString officer = ServerSchema::groupRole(database, u"officer"_s);
    const QString head = ServerSchema::groupRole(database, Roles::key(Role::WorkshopHead));
    QStringList groups { officer };
    QStringList wholeCompany;
    QStringList readsWhole;
    for (const Role role : Roles::every()) {
        groups += ServerSchema::groupRole(database, Roles::key(role));
        if (role != Role::WorkshopHead) {
            wholeCompany += SqlDialect::quotedIdentifier(groups.last());
            QString name = groups.last();
            name.replace(u'\'', u"''"_s);
            readsWhole += u"pg_has_role(current_user, '%1', 'MEMBER')"_s.arg(name);
        }
    }

    // From nothing each time, so that a privilege an older version granted does not outlive it
    // (revoking a table's privileges revokes its columns' too).
    QStringList statements {
        // "does not exist, skipping" of every DROP … IF EXISTS is nothing to report.
        u"SET client_min_messages = warning"_s,
        u"REVOKE ALL ON SCHEMA public FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(SqlDialect::quotedIdentifier(officer)),
        u"REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"_s,
    };
    for (const QString &group : std::as_const(groups)) {
        statements += u"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM %1"_s.arg(
            SqlDialect::quotedIdentifier(group));
        statements += u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM %1"_s.arg(
            SqlDialect::quotedIdentifier(group));
    }
    QSqlQuery q(db);
    if (auto done = run(q, statements); !done)
        return done;

    const auto sequences = identitySequences(db);
    if (!sequences)
        return sequences.error();
    QList<Access> common = everyOfficer();
    common += theTrail();
    auto grants = grantsOf(db, officer, common, {}, *sequences);
    if (!grants)
        return grants.error();
    const auto references = auditReferences(db);
    if (!references)
        return references.error();
    for (const Role role : Roles::every()) {
        QList<Access> access;
        for (const Act act : everyAct()) {
            if (Permissions::allows(Roles { role }, act)) {
                access += accessOf(act);
                if (act == Act::ReadAudit)
                    access += *references;
            }
        }
        const auto more = grantsOf(db, ServerSchema::groupRole(database, Roles::key(role)), access,
            role == Role::WorkshopHead ? withheldFromWorkshopHeads() : QHash<QString, QString> {},
            *sequences);
        if (!more)
            return more.error();
        *grants += *more;
    }
    if (auto done = run(q, *grants); !done)
        return done;

    // Row-level security: every group but the workshop heads' sees the whole company; a
    // workshop head the rows of their workshops. Permissive policies add up, so an officer who
    // is also hr sees everything, as Permissions::readsWholeCompany says.
    statements.clear();
    for (const auto &[table, condition] : confinedTables()) {
        statements += u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(
            SqlDialect::quotedIdentifier(table));
        statements += u"DROP POLICY IF EXISTS whole_company ON %1"_s.arg(
            SqlDialect::quotedIdentifier(table));
        statements += u"DROP POLICY IF EXISTS own_workshops ON %1"_s.arg(
            SqlDialect::quotedIdentifier(table));
        statements
            += u"CREATE POLICY whole_company ON %1 TO %2 USING (true) WITH CHECK (true)"_s.arg(
                SqlDialect::quotedIdentifier(table), wholeCompany.join(u", "_s));
        statements += u"CREATE POLICY own_workshops ON %1 TO %2 USING (%3) WITH CHECK (%3)"_s.arg(
            SqlDialect::quotedIdentifier(table), SqlDialect::quotedIdentifier(head), condition);
    }

    // The trail holds every change in full, ID numbers included (the program masks them on
    // reading): a workshop head reads only the events they wrote and those events' change
    // rows, as the rows of their workshops above. Every other group reads the whole trail:
    // the auditor and the administrator verify the chain, whose seals cover the full values,
    // and the other roles read every worker's ID number in the roster already. The owner's
    // functions (ServerTrail) see the whole trail for every session.
    for (const auto &[table, condition] :
        { std::pair { u"audit_event"_s, u"officer_id = "_s + kActingOfficer },
            std::pair { u"audit_change"_s, u"event_id IN (SELECT id FROM audit_event)"_s } }) {
        statements += u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(table);
        statements += u"DROP POLICY IF EXISTS whole_trail ON %1"_s.arg(table);
        statements += u"DROP POLICY IF EXISTS own_events ON %1"_s.arg(table);
        statements += u"CREATE POLICY whole_trail ON %1 TO %2 USING (true) WITH CHECK (true)"_s.arg(
            table, wholeCompany.join(u", "_s));
        statements += u"CREATE POLICY own_events ON %1 TO %2 USING (%3) WITH CHECK (%3)"_s.arg(
            table, SqlDialect::quotedIdentifier(head), condition);
    }
    // Whether the session reads only part of the trail: it cannot check the chain then, and
    // leaves that to the sessions that read it whole (AuditChain). Policies apply by
    // membership, so this asks by membership too.
    statements += u"CREATE OR REPLACE FUNCTION audit_trail_confined() RETURNS boolean "
                  "LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$ SELECT NOT (%1) "
                  "$$"_s.arg(readsWhole.join(u" OR "_s));

    statements += certificationFourEyes();
    statements += u"DROP TRIGGER IF EXISTS certification_four_eyes ON certification"_s;
    statements += u"CREATE TRIGGER certification_four_eyes BEFORE INSERT OR UPDATE ON "
                  "certification FOR EACH ROW EXECUTE FUNCTION certification_four_eyes()"_s;
    // hr deletes a worker entered by mistake with the grade the roster gave them (issue 15,
    // WorkerEdits::remove); grade history is otherwise append-only. Checked at commit, when
    // the worker must be gone too: a grade alone, or a certified one, is never deleted.
    statements += uR"sql(CREATE OR REPLACE FUNCTION grade_award_goes_with_worker() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF OLD.way <> 'import' OR EXISTS (SELECT 1 FROM worker w WHERE w.id = OLD.worker_id) THEN
        RAISE EXCEPTION 'grade record % is history: only the grade a worker was entered with is deleted, with the worker', OLD.id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END
$$)sql"_s;
    statements += u"DROP TRIGGER IF EXISTS grade_award_goes_with_worker ON grade_award"_s;
    statements += u"CREATE CONSTRAINT TRIGGER grade_award_goes_with_worker AFTER DELETE ON "
                  "grade_award DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "
                  "grade_award_goes_with_worker()"_s;
    statements += allowanceRunFourEyes();
    statements += u"DROP TRIGGER IF EXISTS allowance_run_four_eyes ON allowance_run"_s;
    statements += u"CREATE TRIGGER allowance_run_four_eyes BEFORE INSERT OR UPDATE ON "
                  "allowance_run FOR EACH ROW EXECUTE FUNCTION allowance_run_four_eyes()"_s;

    // Functions are executable by everyone unless revoked: these two by officers only.
    statements += maskedIdNumberFunction();
    // Its columns grew with schema 17 (the 补发 on record): a function's result type changes
    // only by dropping it.
    statements += u"DROP FUNCTION IF EXISTS certificate_fields(bigint, text)"_s;
    statements += certificateFieldsFunction();
    statements += certificateDigestFunction();
    statements += ed25519Functions();
    statements += certificateSignatureFunction();
    for (const QString &function :
        { u"worker_masked_id_number(bigint)"_s, u"certificate_fields(bigint, text)"_s,
            u"audit_trail_confined()"_s, u"certificate_digest(text)"_s,
            u"certificate_signature(text)"_s, u"certificate_public_key()"_s }) {
        statements += u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(function);
        statements += u"GRANT EXECUTE ON FUNCTION %1 TO %2"_s.arg(
            function, SqlDialect::quotedIdentifier(officer));
    }
    statements += fundWageBillFunction();
    statements += u"REVOKE ALL ON FUNCTION fund_wage_bill(integer) FROM PUBLIC"_s;
    for (const Role role : Roles::every()) {
        if (Permissions::allows(Roles { role }, Act::ReadFund))
            statements += u"GRANT EXECUTE ON FUNCTION fund_wage_bill(integer) TO %1"_s.arg(
                SqlDialect::quotedIdentifier(ServerSchema::groupRole(database, Roles::key(role))));
    }
    statements += rosterStatisticsFunction();
    statements += u"REVOKE ALL ON FUNCTION roster_statistics_refresh() FROM PUBLIC"_s;
    for (const Role role : Roles::every()) {
        if (Permissions::allows(Roles { role }, Act::ImportRoster))
            statements += u"GRANT EXECUTE ON FUNCTION roster_statistics_refresh() TO %1"_s.arg(
                SqlDialect::quotedIdentifier(ServerSchema::groupRole(database, Roles::key(role))));
    }
    // The signing key's derivation and the arithmetic run inside the two functions above only:
    // an officer who could call certificate_signing_seed() would hold the key.
    for (const QString &function : { u"certificate_signing_seed()"_s, u"ed25519_number(bytea)"_s,
             u"ed25519_bytes(numeric)"_s, u"ed25519_base_times(numeric)"_s,
             u"ed25519_public_key(bytea)"_s, u"ed25519_sign(bytea, bytea, bytea)"_s })
        statements += u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(function);
    // Not RESET afterwards: that would bring back the server's default, NOTICE, which every
    // connection of the program turns off when it opens (Connection).
    if (auto done = run(q, statements); !done)
        return done;
    if (auto bulk = ServerBulkLoad::install(db, database); !bulk)
        return bulk;
    return ServerOfficers::install(db, database);
}

Status ServerPrivileges::pinSearchPaths(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(uR"sql(DO $skl$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
             WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'f'
               AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = public, pg_temp', f);
    END LOOP;
END
$skl$)sql"_s))
        return SqlErrors::fromQuery(q, failed());
    return success();
}

} // namespace skl
