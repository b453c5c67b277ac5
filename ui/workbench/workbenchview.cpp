#include "ui/workbench/workbenchview.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/common/appsettings.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/workbench/agreementsendingdialog.h"
#include "ui/workbench/workbenchcard.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kColumns = 3;

    QString day(QDate date)
    {
        return date.toString(Qt::ISODate);
    }

    QString monthName(QDate month)
    {
        return month.toString(u"yyyy-MM"_s);
    }

    QString number(qint64 count)
    {
        return QLocale().toString(count);
    }

} // namespace

WorkbenchView::WorkbenchView(QWidget *parent)
    : QWidget(parent)
    , m_greeting(new QLabel(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_grid(new QGridLayout)
    , m_due(new WorkbenchCard(tr("Promotions due"), this))
    , m_proposals(new WorkbenchCard(tr("Proposals waiting for me"), this))
    , m_agreements(new WorkbenchCard(tr("Master-apprentice agreements ending"), this))
    , m_allowances(new WorkbenchCard(tr("Allowance months"), this))
    , m_backup(new WorkbenchCard(tr("Last backup"), this))
    , m_audit(new WorkbenchCard(tr("Audit trail"), this))
    , m_rounds(new WorkbenchCard(tr("Assessment rounds"), this))
    , m_training(new WorkbenchCard(tr("Training certificates expiring"), this))
    , m_cards { m_rounds, m_due, m_proposals, m_agreements, m_allowances, m_training, m_backup,
        m_audit }
    , m_loader(&WorkbenchView::load,
          [this](const Request &request, Loaded loaded) { present(request, std::move(loaded)); })
{
    HelpTopic::set(this, QStringLiteral("home"));
    m_due->setObjectName(u"dueCard"_s);
    m_proposals->setObjectName(u"proposalsCard"_s);
    m_agreements->setObjectName(u"agreementsCard"_s);
    m_allowances->setObjectName(u"allowancesCard"_s);
    m_backup->setObjectName(u"backupCard"_s);
    m_audit->setObjectName(u"auditCard"_s);
    m_rounds->setObjectName(u"roundsCard"_s);
    m_training->setObjectName(u"trainingCard"_s);
    QFont larger = m_greeting->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    larger.setBold(true);
    m_greeting->setFont(larger);
    m_status->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_greeting);
    header->addStretch();
    header->addWidget(m_status);
    header->addWidget(m_refresh);
    auto *cards = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(cards);
    cardsLayout->addLayout(m_grid);
    cardsLayout->addStretch();
    for (int column = 0; column < kColumns; ++column)
        m_grid->setColumnStretch(column, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(cards);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    for (WorkbenchCard *card : std::as_const(m_cards))
        card->hide();

    connect(m_refresh, &QPushButton::clicked, this, &WorkbenchView::compute);
    connect(m_due, &WorkbenchCard::rowActivated, this, [this](int row) {
        if (row < m_dueShown.soon.first.size())
            Q_EMIT workerRequested(m_dueShown.soon.first[row].workerId);
    });
    connect(
        m_proposals, &WorkbenchCard::rowActivated, this, [this] { Q_EMIT proposalsRequested(); });
    connect(m_agreements, &WorkbenchCard::rowActivated, this, [this](int row) {
        if (row < m_agreementsShown.first.size())
            Q_EMIT workerRequested(m_agreementsShown.first[row].apprenticeId);
    });
    connect(m_rounds, &WorkbenchCard::rowActivated, this, [this](int row) {
        if (row < m_roundsShown.size())
            Q_EMIT roundRequested(m_roundsShown[row].id);
    });
    connect(m_training, &WorkbenchCard::rowActivated, this,
        [this] { Q_EMIT trainingExpiringRequested(m_trainingShown.asOf, m_trainingShown.days); });
    connect(m_allowances, &WorkbenchCard::rowActivated, this, [this](int row) {
        if (row < m_monthsShown.months.size())
            Q_EMIT allowanceMonthRequested(m_monthsShown.months[row].month);
    });
}

WorkbenchView::~WorkbenchView() = default;

void WorkbenchView::setConnection(
    Connection *connection, const Officer &officer, const QString &company)
{
    m_loader.discard();
    m_connection = connection;
    m_officer = officer;
    m_company = company;
    m_shown = false;
    m_verification.reset();
    m_withFigures.clear();
    arrange();
    m_greeting->setText(connection
            ? tr("%1, welcome")
                  .arg(officer.displayName.isEmpty() ? officer.login : officer.displayName)
            : QString());
    m_status->clear();
    if (m_connection)
        reload();
}

void WorkbenchView::reload()
{
    m_stale = true;
    if (isVisible())
        compute();
}

void WorkbenchView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The window's own writes (an approval, a computed month) change the figures without a
    // notice from elsewhere: coming back to the page reads them again.
    compute();
}

void WorkbenchView::compute()
{
    if (!m_connection)
        return;
    m_stale = false;
    m_refresh->setEnabled(false);
    if (!m_shown)
        m_status->setText(tr("Reading what waits for you…"));
    m_loader.load({ m_connection->path(), m_officer, m_clock(), m_company, m_connection->isServer(),
        AppSettings::autoBackupEnabled(), AppSettings::autoBackupFolder() });
}

WorkbenchView::Loaded WorkbenchView::load(const Request &request)
{
    Loaded loaded { withConnection(request.path, Connection::Mode::MustExist,
                        [&request](QSqlDatabase &db) {
                            return Workbench::compute(db, request.officer, request.now.date());
                        }),
        std::nullopt };
    // Backups are the administrator's: the folder is read here, off the GUI thread.
    if (request.officer.may(Act::Backup))
        loaded.backup = Workbench::backupState(request.path, request.onServer, request.company,
            request.automaticBackups, request.backupFolder, request.now);
    return loaded;
}

void WorkbenchView::present(const Request &request, Loaded loaded)
{
    m_refresh->setEnabled(true);
    if (!loaded.figures) {
        m_status->setText(loaded.figures.error().userMessage);
        m_status->setStyleSheet(u"color: #b00020;"_s);
        Q_EMIT refreshed();
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("As of %1").arg(QLocale().toString(request.now, QLocale::ShortFormat)));
    const WorkbenchFigures &figures = *loaded.figures;
    m_today = figures.today;
    m_withFigures.clear();
    if (figures.rounds)
        fillRounds(*figures.rounds);
    if (figures.due)
        fillDue(*figures.due);
    if (figures.proposals)
        fillProposals(*figures.proposals);
    if (figures.agreements)
        fillAgreements(*figures.agreements, figures.today);
    if (figures.allowances)
        fillAllowances(*figures.allowances);
    if (figures.training)
        fillTraining(*figures.training);
    if (loaded.backup)
        fillBackup(*loaded.backup);
    if (figures.audit)
        fillAudit(*figures.audit);
    m_shown = true;
    arrange();
    Q_EMIT refreshed();
}

void WorkbenchView::fillRounds(const QList<RoundAttention> &rounds)
{
    // A warning only: a company with no round to act on sees no card for them.
    m_roundsShown = rounds;
    if (rounds.isEmpty())
        return;
    qsizetype overdue = 0;
    QStringList rows;
    for (const RoundAttention &r : rounds) {
        QStringList why;
        if (r.reportDue && r.workingDaysToReport < 0) {
            ++overdue;
            why += tr("report to the province overdue since %1 (%n working day(s) late)", nullptr,
                -r.workingDaysToReport)
                       .arg(day(r.reportDueOn));
        } else if (r.reportDue) {
            why += tr("report to the province due %1 (in %n working day(s))", nullptr,
                r.workingDaysToReport)
                       .arg(day(r.reportDueOn));
        }
        if (r.decisionsWaiting)
            why += tr(
                "notice period ended %1, %n proposal(s) undecided", nullptr, r.proposalsWaiting)
                       .arg(day(r.noticeEnded));
        rows += tr("%1: %2").arg(r.name, why.join(u"; "_s));
    }
    m_rounds->setFigure(number(rounds.size()), tr("assessment rounds to act on"),
        overdue > 0 ? WorkbenchCard::Tone::Alarm : WorkbenchCard::Tone::Warning);
    m_rounds->setNote(overdue > 0
            ? tr("%1 of them late with the report to the provincial system.").arg(number(overdue))
            : tr("Reports are due %n working day(s) ahead or sooner; decisions wait once the "
                 "notice period is over.",
                nullptr, Workbench::kReportSoonWorkingDays),
        overdue > 0 ? WorkbenchCard::Tone::Alarm : WorkbenchCard::Tone::Warning);
    m_rounds->setRows(rows, {});
    const QList<QPushButton *> links = m_rounds->setLinks({ tr("Open the first round…") });
    connect(links[0], &QPushButton::clicked, this,
        [this, id = rounds.constFirst().id] { Q_EMIT roundRequested(id); });
    m_withFigures += m_rounds;
}

void WorkbenchView::fillTraining(const TrainingExpiring &training)
{
    // A reminder only: nothing expiring, no card.
    m_trainingShown = training;
    if (training.count == 0)
        return;
    const WorkbenchCard::Tone tone
        = training.expired > 0 ? WorkbenchCard::Tone::Alarm : WorkbenchCard::Tone::Warning;
    m_training->setFigure(number(training.count),
        tr("training certificates expiring within %1 days or expired").arg(training.days), tone);
    m_training->setNote(training.expired > 0
            ? tr("%1 of them already expired: the holders may not do the work until renewed.")
                  .arg(number(training.expired))
            : tr("Renew them before they expire (特种作业操作证 must be renewed)."),
        tone);
    QStringList rows;
    for (const ExpiringCertificate &c : training.first)
        rows += tr("%1 %2: %3, expires %4").arg(c.employeeNo, c.name, c.course, day(c.expires));
    m_training->setRows(rows, {});
    const QList<QPushButton *> links = m_training->setLinks({ tr("Open the list…") });
    connect(links[0], &QPushButton::clicked, this,
        [this] { Q_EMIT trainingExpiringRequested(m_trainingShown.asOf, m_trainingShown.days); });
    m_withFigures += m_training;
}

void WorkbenchView::fillDue(const PromotionsDue &due)
{
    m_dueShown = due;
    const DueWithin &soon = due.soon;
    const bool own = m_officer.isConfinedToWorkshops(Act::ReadDueList);
    m_due->setFigure(number(soon.count),
        own ? tr("workers of your workshops due for promotion within %1 days (by %2)")
                  .arg(soon.days)
                  .arg(day(soon.asOf))
            : tr("workers due for promotion within %1 days (by %2)")
                  .arg(soon.days)
                  .arg(day(soon.asOf)),
        soon.count > 0 ? WorkbenchCard::Tone::Warning : WorkbenchCard::Tone::Plain);
    m_due->setNote(tr("%1 of them eligible already today; %2 due within %3 days.")
                       .arg(number(soon.eligibleToday), number(due.later.count))
                       .arg(due.later.days));
    QStringList rows;
    for (const DueWorker &w : soon.first)
        rows += tr("%1  %2 (%3), %4: %5 → %6")
                    .arg(day(w.eligibleFrom), w.name, w.employeeNo, w.workshop,
                        GradeNames::display(w.grade), GradeNames::display(w.next));
    m_due->setRows(rows, tr("No promotions due within %1 days.").arg(soon.days));
    const QList<QPushButton *> links = m_due->setLinks({ tr("Due within %1 days…").arg(soon.days),
        tr("Due within %1 days…").arg(due.later.days) });
    connect(links[0], &QPushButton::clicked, this,
        [this, asOf = soon.asOf] { Q_EMIT dueListRequested(asOf); });
    connect(links[1], &QPushButton::clicked, this,
        [this, asOf = due.later.asOf] { Q_EMIT dueListRequested(asOf); });
    m_withFigures += m_due;
}

void WorkbenchView::fillProposals(const ProposalsWaiting &proposals)
{
    if (!proposals.namedByPolicy) {
        m_proposals->setFigure(number(0), tr("proposals waiting for your decision"));
        m_proposals->setNote(tr("The certification policy names the approvers %1; you are not "
                                "among them, so no proposal waits for you.")
                                 .arg(proposals.policyApprovers.join(u"、"_s)));
        m_proposals->setRows({}, {});
        m_proposals->setLinks({});
        m_withFigures += m_proposals;
        return;
    }
    m_proposals->setFigure(number(proposals.count), tr("proposals waiting for your decision"),
        proposals.count > 0 ? WorkbenchCard::Tone::Warning : WorkbenchCard::Tone::Plain);
    m_proposals->setNote(proposals.count > 0
            ? tr("The oldest first. Your own proposals are decided by another approver.")
            : QString());
    QStringList rows;
    for (const WaitingProposal &p : proposals.oldest)
        rows += tr("%1  %2 (%3): %4 %5, proposed by %6")
                    .arg(day(p.date), p.workerName, p.employeeNo, p.occupation,
                        GradeNames::display(p.grade), p.proposedBy);
    m_proposals->setRows(rows, tr("No proposals wait for your decision."));
    const QList<QPushButton *> links = m_proposals->setLinks({ tr("Open the proposals…") });
    connect(links[0], &QPushButton::clicked, this, [this] { Q_EMIT proposalsRequested(); });
    m_withFigures += m_proposals;
}

void WorkbenchView::fillAgreements(const AgreementsEnding &agreements, QDate today)
{
    m_agreementsShown = agreements;
    const AgreementCounts &counts = agreements.counts;
    const qint64 now = counts.overdue + counts.soon;
    m_agreements->setFigure(number(now),
        tr("agreements past their planned end or ending within %1 days").arg(Workbench::kSoonDays),
        counts.overdue > 0 ? WorkbenchCard::Tone::Alarm
            : now > 0      ? WorkbenchCard::Tone::Warning
                           : WorkbenchCard::Tone::Plain);
    m_agreements->setNote(tr("%1 overdue (planned end passed, no actual end recorded), %2 within "
                             "%3 days, %4 more within %5 days.")
                              .arg(number(counts.overdue), number(counts.soon))
                              .arg(Workbench::kSoonDays)
                              .arg(number(counts.later))
                              .arg(Workbench::kLaterDays),
        counts.overdue > 0 ? WorkbenchCard::Tone::Alarm : WorkbenchCard::Tone::Plain);
    QStringList rows;
    for (const EndingAgreement &a : agreements.first)
        rows += (a.plannedEnd < today ? tr("%1 (overdue)  %2 (%3), mentor %4, %5")
                                      : tr("%1  %2 (%3), mentor %4, %5"))
                    .arg(day(a.plannedEnd), a.apprenticeName, a.apprenticeNo, a.mentorName,
                        a.occupation);
    m_agreements->setRows(
        rows, tr("No master-apprentice agreement ends within %1 days.").arg(Workbench::kLaterDays));
    const QList<QPushButton *> links = m_agreements->setLinks(
        rows.isEmpty() ? QStringList() : QStringList { tr("All agreements ending…") });
    if (!links.isEmpty())
        connect(links[0], &QPushButton::clicked, this, &WorkbenchView::showAllAgreements);
    m_withFigures += m_agreements;
}

void WorkbenchView::fillAllowances(const AllowanceMonthsOpen &open)
{
    m_monthsShown = open;
    const QDate running(m_today.year(), m_today.month(), 1);
    QList<QPushButton *> links;
    if (!open.hasRates) {
        m_allowances->setFigure({}, {});
        m_allowances->setNote({});
        m_allowances->setRows({},
            tr("No allowance rates are set yet, so there is no month to compute. Payroll sets "
               "the rates on the Allowances page."));
        links = m_allowances->setLinks({ tr("Open the allowances…") });
        connect(links[0], &QPushButton::clicked, this,
            [this, running] { Q_EMIT allowanceMonthRequested(running); });
        m_withFigures += m_allowances;
        return;
    }
    qsizetype notComputed = 0;
    QStringList rows;
    for (const OpenAllowanceMonth &m : open.months) {
        if (m.state == OpenAllowanceMonth::State::NotComputed) {
            ++notComputed;
            rows += tr("%1  not computed").arg(monthName(m.month));
        } else {
            rows += (m.reopened ? tr("%1  reopened, correction awaiting approval")
                                : tr("%1  computed, awaiting approval"))
                        .arg(monthName(m.month));
        }
    }
    const qsizetype waiting = open.months.size() - notComputed;
    m_allowances->setFigure(number(open.months.size()),
        tr("months not computed or not approved (%1 to %2)")
            .arg(monthName(open.from), monthName(open.until)),
        open.months.isEmpty() ? WorkbenchCard::Tone::Plain : WorkbenchCard::Tone::Warning);
    m_allowances->setNote(open.months.isEmpty() ? QString()
                                                : tr("%1 not computed, %2 awaiting approval.")
                                                      .arg(number(notComputed), number(waiting)));
    // The oldest first: a month is paid in order. The card shows a few; each opens its month.
    m_allowances->setRows(rows.mid(0, Workbench::kShortList),
        tr("Every month from %1 to %2 is computed and approved.")
            .arg(monthName(open.from), monthName(open.until)));
    const QDate first = open.months.isEmpty() ? open.until : open.months.first().month;
    links = m_allowances->setLinks({ tr("Open %1…").arg(monthName(first)) });
    connect(links[0], &QPushButton::clicked, this,
        [this, first] { Q_EMIT allowanceMonthRequested(first); });
    m_withFigures += m_allowances;
}

void WorkbenchView::fillBackup(const BackupState &backup)
{
    using State = BackupState::State;
    m_backup->setRows({}, {});
    if (backup.state == State::OnServer) {
        m_backup->setFigure({}, {});
        m_backup->setNote(tr("This company is on a server: it is backed up by the server's "
                             "administrators (pg_dump), not from this window."));
        m_backup->setLinks({});
        m_withFigures += m_backup;
        return;
    }
    const QString when
        = backup.last ? QLocale().toString(*backup.last, QLocale::ShortFormat) : QString();
    if (backup.last)
        m_backup->setFigure(number(backup.ageDays), tr("day(s) since the last automatic backup"),
            backup.state == State::Recent ? WorkbenchCard::Tone::Good
                                          : WorkbenchCard::Tone::Warning);
    else
        m_backup->setFigure({}, {});
    switch (backup.state) {
    case State::Recent:
        m_backup->setNote(tr("Last automatic backup %1, in %2.").arg(when, backup.folder),
            WorkbenchCard::Tone::Plain);
        break;
    case State::TooOld:
        m_backup->setNote(tr("The last automatic backup, %1 in %2, is more than %3 days old: "
                             "check that the folder can still be written.")
                              .arg(when, backup.folder)
                              .arg(Workbench::kBackupTooOldDays),
            WorkbenchCard::Tone::Warning);
        break;
    case State::None:
        m_backup->setNote(tr("This database has no automatic backup yet in %1. The first is "
                             "written a minute after opening; File ▸ Back up database writes "
                             "one now.")
                              .arg(backup.folder),
            WorkbenchCard::Tone::Alarm);
        break;
    case State::Off:
        m_backup->setNote(backup.last
                ? tr("Automatic backups are off. The last one was written %1 in %2.")
                      .arg(when, backup.folder)
                : tr("Automatic backups are off, and this database has none."),
            WorkbenchCard::Tone::Warning);
        break;
    case State::OnServer:
        break;
    }
    const QList<QPushButton *> links = m_backup->setLinks({ tr("Backup settings…") });
    connect(links[0], &QPushButton::clicked, this, [this] { Q_EMIT backupSettingsRequested(); });
    m_withFigures += m_backup;
}

void WorkbenchView::fillAudit(const AuditChainCheck &check)
{
    m_audit->setFigure({}, {});
    m_audit->setRows({}, {});
    QStringList links { tr("Check now…") };
    if (check.broken) {
        // As the audit view says it.
        m_audit->setNote(tr("The audit trail is broken. %1").arg(check.broken->userMessage()),
            WorkbenchCard::Tone::Alarm);
        links += tr("Show the events of that day…");
    } else if (m_verification && m_verification->isIntact()) {
        m_audit->setNote(tr("The audit trail is whole: %n event(s) checked just now.", nullptr,
                             int(m_verification->eventCount)),
            WorkbenchCard::Tone::Good);
        links += tr("Open the audit trail…");
    } else if (check.checkedAt.isValid()) {
        m_audit->setNote(
            tr("Intact as last checked: up to event %1, %2.")
                .arg(check.checkedEventId)
                .arg(QLocale().toString(check.checkedAt.toLocalTime(), QLocale::ShortFormat)),
            WorkbenchCard::Tone::Good);
        links += tr("Open the audit trail…");
    } else {
        m_audit->setNote(tr("The audit trail has not been checked yet."));
        links += tr("Open the audit trail…");
    }
    const QList<QPushButton *> buttons = m_audit->setLinks(links);
    buttons[0]->setObjectName(u"checkAuditChain"_s);
    connect(buttons[0], &QPushButton::clicked, this, &WorkbenchView::checkAuditChain);
    const QDate breakDay = check.broken
        ? QDateTime::fromString(check.broken->at, Qt::ISODate).toLocalTime().date()
        : QDate();
    connect(buttons[1], &QPushButton::clicked, this,
        [this, breakDay] { Q_EMIT auditTrailRequested(breakDay); });
    m_withFigures += m_audit;
}

void WorkbenchView::checkAuditChain()
{
    if (!m_connection)
        return;
    // verify reads every event and change row: seconds on a large trail.
    runWithProgress<Result<AuditVerification>>(
        this, tr("Checking every event of the audit trail…"),
        [path = m_connection->path(), officer = m_officer](ProgressSink &) {
            return withConnection(path, Connection::Mode::MustExist,
                [&officer](QSqlDatabase &db) { return AuditChain::verify(db, officer); });
        },
        [this](const std::optional<Result<AuditVerification>> &outcome) {
            if (!outcome)
                return;
            if (!*outcome) {
                m_status->setText(outcome->error().userMessage);
                m_status->setStyleSheet(u"color: #b00020;"_s);
                return;
            }
            m_verification = **outcome;
            compute();
            Q_EMIT auditChecked((*outcome)->isIntact());
        });
}

void WorkbenchView::showAllAgreements()
{
    if (!m_connection)
        return;
    auto *dialog = new AgreementsEndingDialog(m_connection->path(), m_officer, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &AgreementsEndingDialog::workerRequested, this, &WorkbenchView::workerRequested);
    dialog->show();
}

void WorkbenchView::arrange()
{
    for (WorkbenchCard *card : std::as_const(m_cards)) {
        m_grid->removeWidget(card);
        card->hide();
    }
    int index = 0;
    for (WorkbenchCard *card : std::as_const(m_cards)) {
        if (!m_withFigures.contains(card))
            continue;
        m_grid->addWidget(card, index / kColumns, index % kColumns);
        card->show();
        ++index;
    }
}

QList<WorkbenchCard *> WorkbenchView::shownCards() const
{
    QList<WorkbenchCard *> shown;
    for (WorkbenchCard *card : m_cards) {
        if (m_withFigures.contains(card))
            shown += card;
    }
    return shown;
}

QString WorkbenchView::statusText() const
{
    return m_status->text();
}

} // namespace skl
