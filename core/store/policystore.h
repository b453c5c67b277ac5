#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/assessment.h"
#include "core/domain/certificatenumber.h"
#include "core/domain/certificatesettings.h"
#include "core/domain/certificationpolicy.h"
#include "core/domain/officer.h"

namespace skl {

// The enterprise's policy (DOMAIN.md: every number the policy leaves to the enterprise): values
// by key, effective-dated, audited. Each key is declared once here with its default and the
// shape of its value; a value of the wrong shape is refused when set, never found when read.
namespace PolicyKeys {
    inline constexpr auto kSkilledShare = u"targets.skilled_share";
    inline constexpr auto kHighSkilledShare = u"targets.high_skilled_share";
    inline constexpr auto kHighSkilledShareEastern = u"targets.high_skilled_share_eastern";
    inline constexpr auto kMinYearsPrefix = u"certify.min_years."; // + rank 0…6
    inline constexpr auto kApprovers = u"certify.approvers";
    inline constexpr auto kDirectMaxGrade = u"certify.direct.max_grade";
    inline constexpr auto kExceptionalMaxRungs = u"certify.exceptional.max_rungs";
    inline constexpr auto kCompetitionPrefix = u"certify.competition."; // + level.placing
    inline constexpr auto kCertificateCategory = u"certificate.category";
    inline constexpr auto kCertificateBodyCode = u"certificate.body_code";
    inline constexpr auto kCertificateSiteSerial = u"certificate.site_serial";
    inline constexpr auto kCertificateVariantCategory = u"certificate.variant_category";
    inline constexpr auto kCertificateSpecialCode = u"certificate.code.special";
    inline constexpr auto kCertificateChiefCode = u"certificate.code.chief";
    inline constexpr auto kCertificateBodyName = u"certificate.body_name";
    // A provincial query address printed beside the national jndj.osta.org.cn; empty: none.
    inline constexpr auto kCertificateProvincialQuery = u"certificate.provincial_query";
    // 1 once an officer confirmed the company is filed with its body code and site serial as
    // set, even the defaults 0000 / 000001 (CertificateSettings).
    inline constexpr auto kCertificateNumbersConfirmed = u"certificate.numbers_confirmed";
    inline constexpr auto kMentoringCap = u"mentoring.cap"; // apprentices paid per mentor
    inline constexpr auto kMentoringMinGrade = u"mentoring.min_grade";
    inline constexpr auto kParityTitlePrefix = u"parity.title."; // + grade rank 3…7: title level
    // Assessment rounds (issue 16, DOMAIN.md §3).
    inline constexpr auto kAssessPassMark = u"assess.pass_mark"; // a score, "60" or "60.0"
    inline constexpr auto kAssessReviewFrom = u"assess.review_from"; // grade rank of 综合评审
    inline constexpr auto kAssessKeepPassedMonths = u"assess.keep_passed_months";
    inline constexpr auto kAssessNoticeDays = u"assess.notice_days"; // working days of 公示
    inline constexpr auto kAssessReportDays = u"assess.report_days"; // working days to report
    inline constexpr auto kAssessPerInvigilator = u"assess.candidates_per_invigilator";
    inline constexpr auto kAssessPerExaminer = u"assess.candidates_per_examiner";
    inline constexpr auto kAssessMinPanel = u"assess.min_panel";
    inline constexpr auto kArchivePaperYears = u"archive.paper_years";
    inline constexpr auto kArchiveElectronicYears = u"archive.electronic_years";
    // + a code of letters, digits and "-": the highest grade rank the alternative condition of
    // registration admits (a technical school's graduates); 0 or empty: the condition is off.
    inline constexpr auto kAssessConditionPrefix = u"assess.condition.";
} // namespace PolicyKeys

struct PolicyEntry
{
    QString key;
    QString value;
    QDate effectiveFrom;
};

class PolicyStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::PolicyStore)
public:
    // Every key with a default, in the order a settings page lists them.
    static QList<PolicyEntry> defaults();
    // The value in canonical form ("高级工" becomes "3"), or why key or value is not acceptable.
    static Result<QString> normalise(const QString &key, const QString &value);

    // Each key's value in force on day.
    static Result<QHash<QString, QString>> valuesOn(QSqlDatabase &db, QDate day);
    // Every value ever set, by key and date: the policy's history.
    static Result<QList<PolicyEntry>> history(QSqlDatabase &db);

    // Sets values from a day on, in one transaction and one audit event; a value set again for
    // the same day replaces it (the audit keeps the old one). Only an admin sets the policy, and
    // a value takes effect no earlier than today unless a written reason, kept in the audit
    // event, says why it must hold from an earlier day (issue 13): a backdated approver list or
    // minimum would otherwise rewrite decisions already taken.
    static Status set(QSqlDatabase &db, const QList<PolicyEntry> &entries, const Officer &by,
        const QString &reason = {}, QDate today = QDate::currentDate());
    // Records the defaults of keys that have no value yet (a new company, an upgraded database).
    static Status insertMissingDefaults(QSqlDatabase &db, qint64 eventId);

    static Result<CertificationPolicy> certificationOn(QSqlDatabase &db, QDate day);
    // The rules of assessment rounds in force on day (issue 16).
    static Result<AssessmentPolicy> assessmentOn(QSqlDatabase &db, QDate day);
    static Result<CertificateNumberScheme> certificateSchemeOn(QSqlDatabase &db, QDate day);
    // The evaluating body printed on certificates: the setting, or the company's name.
    static Result<QString> evaluatingBodyOn(QSqlDatabase &db, QDate day);
    // Everything the certificate settings wizard sets, in force on day; the scheme as
    // certificateSchemeOn checks it.
    static Result<CertificateSettings> certificateSettingsOn(QSqlDatabase &db, QDate day);
};

} // namespace skl
