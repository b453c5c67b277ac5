#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/training.h"
#include "core/reports/duelist.h"
#include "core/store/auditchain.h"
#include "core/store/workbenchfactsstore.h"

namespace skl {

// The due list as of a day within a horizon: what the due list shows for that date.
struct DueWithin
{
    int days = 0;
    QDate asOf; // today + days
    qint64 count = 0;
    qint64 eligibleToday = 0; // of them, eligible already today
    QList<DueWorker> first; // the earliest eligible first
};

// Promotions due within 30 and within 90 days (待评价).
struct PromotionsDue
{
    DueWithin soon;
    DueWithin later;
};

// Proposals an approver may decide (待我审批).
struct ProposalsWaiting
{
    qint64 count = 0;
    QList<WaitingProposal> oldest;
    // The policy names its approvers and this officer is not among them: nothing waits for them.
    QStringList policyApprovers;
    bool namedByPolicy = true;
};

// Master-apprentice agreements (师带徒) with a planned end and no actual end yet.
struct AgreementsEnding
{
    QDate soon; // today + 30
    QDate later; // today + 90
    AgreementCounts counts;
    QList<EndingAgreement> first; // the earliest planned end first
};

// A month of allowances that still needs payroll or an approver.
struct OpenAllowanceMonth
{
    enum class State { NotComputed, NotApproved };
    QDate month; // its 1st
    State state = State::NotComputed;
    // NotApproved: the month was approved once and reopened for a correction.
    bool reopened = false;
};

struct AllowanceMonthsOpen
{
    // The months looked at: from the first month with rates, at most twelve back, to the last
    // month ended, or to the month running when a run of it waits for approval.
    QDate from;
    QDate until;
    bool hasRates = false;
    QList<OpenAllowanceMonth> months; // oldest first
};

// The last automatic backup of a database file (issue #12).
struct BackupState
{
    enum class State { Recent, TooOld, None, Off, OnServer };
    State state = State::None;
    std::optional<QDateTime> last;
    QString folder;
    qint64 ageDays = 0;
};

// An assessment round that needs hr or an approver (issue 16): its report to the provincial
// system due within Workbench::kReportSoonWorkingDays working days or overdue, or its notice
// period over with proposals still undecided.
struct RoundAttention
{
    qint64 id = 0;
    QString name;
    bool reportDue = false; // not reported, and due soon or overdue
    QDate reportDueOn;
    int workingDaysToReport = 0; // from today; negative: overdue
    bool decisionsWaiting = false; // the notice period ended with proposals undecided
    QDate noticeEnded;
    int proposalsWaiting = 0;
};

// What the home page shows an officer (工作台, issue 15): only the items their roles act on or
// read, each a count and the first rows of its list. A workshop head's due list holds their own
// workshops only (DueList). Computed on the caller's thread; the window runs it on a pool thread.
// The training certificates (特种作业操作证 …) expiring within the policy's horizon
// (training.reminder_days) or already expired, for hr and a workshop head (issue 17).
struct TrainingExpiring
{
    QDate asOf;
    int days = 0;
    qsizetype count = 0;
    qsizetype expired = 0;
    QList<ExpiringCertificate> first; // the earliest expiries, at most kShortList
};

struct WorkbenchFigures
{
    QDate today;
    std::optional<PromotionsDue> due;
    std::optional<ProposalsWaiting> proposals;
    std::optional<AgreementsEnding> agreements;
    std::optional<AllowanceMonthsOpen> allowances;
    std::optional<AuditChainCheck> audit;
    std::optional<QList<RoundAttention>> rounds; // for hr and approvers: the rounds to act on
    std::optional<TrainingExpiring> training; // for hr and workshop heads
};

class Workbench
{
    Q_DECLARE_TR_FUNCTIONS(skl::Workbench)
public:
    static constexpr int kSoonDays = 30;
    static constexpr int kLaterDays = 90;
    static constexpr int kShortList = 5;
    static constexpr int kMonthsBack = 12;
    // A daily backup older than a week means the copies stopped (a folder gone, a full disk).
    static constexpr int kBackupTooOldDays = 7;
    // A report due within this many working days is announced before it is late.
    static constexpr int kReportSoonWorkingDays = 3;

    // The items for by, as stored on today (a role taken away meanwhile no longer shows).
    static Result<WorkbenchFigures> compute(QSqlDatabase &db, const Officer &by, QDate today);

    static Result<PromotionsDue> promotionsDue(
        QSqlDatabase &db, const Officer &by, QDate today, int limit = kShortList);
    static Result<ProposalsWaiting> proposalsWaiting(
        QSqlDatabase &db, const Officer &by, QDate today, int limit = kShortList);
    // The agreements list is read by payroll and approvers (pay tables), at most limit rows.
    static Result<AgreementsEnding> agreementsEnding(
        QSqlDatabase &db, const Officer &by, QDate today, int limit = kShortList);
    static Result<AllowanceMonthsOpen> allowanceMonths(
        QSqlDatabase &db, const Officer &by, QDate today);

    // The assessment rounds whose report is due soon or overdue, or whose notice period ended
    // with proposals waiting: the most urgent first (overdue, then by report day).
    static Result<TrainingExpiring> trainingExpiring(
        QSqlDatabase &db, const Officer &by, QDate today, int limit = kShortList);
    static Result<QList<RoundAttention>> roundsNeedingAttention(
        QSqlDatabase &db, const Officer &by, QDate today);

    // The last automatic backup of a file company into folder (empty: the default folder), or
    // that a server's company is backed up by its administrator.
    static BackupState backupState(const QString &databasePath, bool onServer,
        const QString &company, bool automaticBackups, const QString &folder, const QDateTime &now);
};

} // namespace skl
