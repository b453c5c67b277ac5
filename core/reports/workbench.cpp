#include "core/reports/workbench.h"

#include <algorithm>
#include <tuple>

#include <QDir>

#include "core/store/allowancerunstore.h"
#include "core/store/allowancestore.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/autobackup.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/trainingstore.h"
#include "core/store/workcalendarstore.h"

namespace skl {

namespace {

    Result<DueWithin> dueWithin(
        QSqlDatabase &db, const Officer &by, QDate today, int days, int limit)
    {
        DueWithin within { days, today.addDays(days), 0, 0, {} };
        // The list itself goes by site and workshop; the home page names who is due first.
        auto due = DueList::summarize(db, by, within.asOf, today, limit);
        if (!due)
            return due.error();
        within.count = due->count;
        within.eligibleToday = due->eligibleBy;
        within.first = std::move(due->first);
        return within;
    }

    QDate firstOfMonth(QDate day)
    {
        return QDate(day.year(), day.month(), 1);
    }

} // namespace

Result<WorkbenchFigures> Workbench::compute(QSqlDatabase &db, const Officer &by, QDate today)
{
    // The roles as stored now decide the items, not those held when the officer logged in. The
    // figures are of today, which tests and a planned date may move; the roles are not.
    const auto stored = OfficerStore::load(db, by.login);
    if (!stored)
        return stored.error();
    if (stored->id != by.id || stored->disabled)
        return Error { tr("%1 is no longer an officer of this company.").arg(by.label()), {},
            Error::Kind::Refused };
    const Officer &officer = *stored;
    WorkbenchFigures figures;
    figures.today = today;
    if (officer.may(Act::ReadDueList)) {
        auto due = promotionsDue(db, officer, today);
        if (!due)
            return due.error();
        figures.due = std::move(*due);
    }
    if (officer.may(Act::DecideCertification)) {
        auto proposals = proposalsWaiting(db, officer, today);
        if (!proposals)
            return proposals.error();
        figures.proposals = std::move(*proposals);
    }
    // Agreements and allowance runs are pay tables: payroll and approvers read them.
    if (officer.may(Act::ReadPay)) {
        auto agreements = agreementsEnding(db, officer, today);
        if (!agreements)
            return agreements.error();
        figures.agreements = std::move(*agreements);
        auto months = allowanceMonths(db, officer, today);
        if (!months)
            return months.error();
        figures.allowances = std::move(*months);
    }
    // Rounds are run by hr and decided by approvers: both see the deadlines coming.
    if (officer.may(Act::ManageRounds) || officer.may(Act::DecideCertification)) {
        auto rounds = roundsNeedingAttention(db, officer, today);
        if (!rounds)
            return rounds.error();
        figures.rounds = std::move(*rounds);
    }
    // Licences that lapse (issue 17): hr renews them, a workshop head sends their workers.
    if (officer.may(Act::RecordTraining) || officer.roles.has(Role::WorkshopHead)) {
        auto training = trainingExpiring(db, officer, today);
        if (!training)
            return training.error();
        figures.training = std::move(*training);
    }
    if (officer.may(Act::ReadAudit)) {
        auto audit = AuditChain::lastCheck(db);
        if (!audit)
            return audit.error();
        figures.audit = std::move(*audit);
    }
    return figures;
}

Result<PromotionsDue> Workbench::promotionsDue(
    QSqlDatabase &db, const Officer &by, QDate today, int limit)
{
    auto soon = dueWithin(db, by, today, kSoonDays, limit);
    if (!soon)
        return soon.error();
    auto later = dueWithin(db, by, today, kLaterDays, limit);
    if (!later)
        return later.error();
    return PromotionsDue { std::move(*soon), std::move(*later) };
}

Result<ProposalsWaiting> Workbench::proposalsWaiting(
    QSqlDatabase &db, const Officer &by, QDate today, int limit)
{
    if (auto allowed = OfficerStore::require(db, by, Act::DecideCertification); !allowed)
        return allowed.error();
    ProposalsWaiting waiting;
    // The policy's approvers restrict the role further (CertificationStore::approve).
    const auto policy = PolicyStore::certificationOn(db, today);
    if (!policy)
        return policy.error();
    waiting.policyApprovers = policy->approvers;
    waiting.namedByPolicy = policy->mayApprove(by.login);
    if (!waiting.namedByPolicy)
        return waiting;
    const auto count = WorkbenchFactsStore::countWaitingProposals(db, by);
    if (!count)
        return count.error();
    waiting.count = *count;
    auto oldest = WorkbenchFactsStore::waitingProposals(db, by, limit);
    if (!oldest)
        return oldest.error();
    waiting.oldest = std::move(*oldest);
    return waiting;
}

Result<AgreementsEnding> Workbench::agreementsEnding(
    QSqlDatabase &db, const Officer &by, QDate today, int limit)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadPay); !allowed)
        return allowed.error();
    AgreementsEnding ending;
    ending.soon = today.addDays(kSoonDays);
    ending.later = today.addDays(kLaterDays);
    const auto counts
        = WorkbenchFactsStore::countEndingAgreements(db, today, ending.soon, ending.later);
    if (!counts)
        return counts.error();
    ending.counts = *counts;
    auto first = WorkbenchFactsStore::endingAgreements(db, ending.later, limit);
    if (!first)
        return first.error();
    ending.first = std::move(*first);
    return ending;
}

Result<AllowanceMonthsOpen> Workbench::allowanceMonths(
    QSqlDatabase &db, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadPay); !allowed)
        return allowed.error();
    AllowanceMonthsOpen open;
    const QDate running = firstOfMonth(today);
    open.until = running.addMonths(-1);
    open.from = running.addMonths(-kMonthsBack);
    const auto rates = AllowanceStore::rates(db);
    if (!rates)
        return rates.error();
    // Before the first rate there was nothing to pay: those months are not missing.
    std::optional<QDate> firstRate;
    for (const AllowanceRate &rate : *rates)
        firstRate = std::min(firstRate.value_or(rate.effectiveFrom), rate.effectiveFrom);
    open.hasRates = firstRate && *firstRate <= today;
    if (!open.hasRates)
        return open;
    open.from = std::max(open.from, firstOfMonth(*firstRate));
    for (QDate month = open.from; month <= running; month = month.addMonths(1)) {
        const auto run = AllowanceRunStore::current(db, month);
        if (!run)
            return run.error();
        const bool locked = *run && (*run)->approved && !(*run)->reopened;
        if (locked)
            continue;
        if (!*run) {
            // The month running is computed when it has ended.
            if (month < running)
                open.months += OpenAllowanceMonth { month, OpenAllowanceMonth::State::NotComputed };
            continue;
        }
        open.months += OpenAllowanceMonth { month, OpenAllowanceMonth::State::NotApproved,
            (*run)->reopened || (*run)->corrects != 0 };
        open.until = std::max(open.until, month); // the month running, when it waits
    }
    return open;
}

Result<TrainingExpiring> Workbench::trainingExpiring(
    QSqlDatabase &db, const Officer &by, QDate today, int limit)
{
    const auto values = PolicyStore::valuesOn(db, today);
    if (!values)
        return values.error();
    bool ok = false;
    int days = values->value(QString::fromUtf16(kTrainingReminderDaysKey)).toInt(&ok);
    if (!ok)
        days = 60; // the default, for a policy that lacks the key
    const auto listed = TrainingStore::expiring(db, today, days, by);
    if (!listed)
        return listed.error();
    TrainingExpiring training;
    training.asOf = today;
    training.days = days;
    training.count = listed->size();
    for (const ExpiringCertificate &c : *listed)
        training.expired += c.expired ? 1 : 0;
    training.first = listed->mid(0, limit);
    return training;
}

Result<QList<RoundAttention>> Workbench::roundsNeedingAttention(
    QSqlDatabase &db, const Officer &by, QDate today)
{
    // The officer's roles as stored now (as compute() reads them); the countdowns from today,
    // which tests and a planned date may move.
    const auto rounds = AssessmentRoundStore::list(db, by);
    if (!rounds)
        return rounds.error();
    const auto calendar = WorkCalendarStore::load(db);
    if (!calendar)
        return calendar.error();
    QList<RoundAttention> attention;
    for (const RoundRecord &round : *rounds) {
        RoundAttention a;
        a.id = round.id;
        a.name = round.name;
        a.reportDueOn = round.reportDue;
        a.workingDaysToReport
            = round.reportDue.isValid() ? calendar->workingDaysBetween(today, round.reportDue) : 0;
        a.reportDue = !round.reportedOn.isValid() && round.reportDue.isValid()
            && a.workingDaysToReport <= kReportSoonWorkingDays;
        a.noticeEnded = round.noticeEnds;
        a.proposalsWaiting = round.proposed;
        a.decisionsWaiting = round.noticePosted.isValid() && round.noticeEnds.isValid()
            && round.noticeEnds < today && round.proposed > 0;
        if (a.reportDue || a.decisionsWaiting)
            attention += a;
    }
    // The most urgent first: a report due before one due later, a round without a report
    // deadline in sight last.
    std::stable_sort(
        attention.begin(), attention.end(), [](const RoundAttention &a, const RoundAttention &b) {
            return std::tuple(!a.reportDue, a.workingDaysToReport, a.id)
                < std::tuple(!b.reportDue, b.workingDaysToReport, b.id);
        });
    return attention;
}

BackupState Workbench::backupState(const QString &databasePath, bool onServer,
    const QString &company, bool automaticBackups, const QString &folder, const QDateTime &now)
{
    BackupState state;
    if (onServer) {
        state.state = BackupState::State::OnServer;
        return state;
    }
    const AutoBackup backup(databasePath, company, folder);
    state.folder = QDir::toNativeSeparators(backup.folder());
    state.last = backup.last();
    if (state.last)
        state.ageDays = state.last->daysTo(now);
    if (!automaticBackups)
        state.state = BackupState::State::Off;
    else if (!state.last)
        state.state = BackupState::State::None;
    else if (state.ageDays > kBackupTooOldDays)
        state.state = BackupState::State::TooOld;
    else
        state.state = BackupState::State::Recent;
    return state;
}

} // namespace skl
