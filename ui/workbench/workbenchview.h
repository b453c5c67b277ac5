#pragma once

#include <functional>
#include <optional>

#include <QDateTime>
#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/reports/workbench.h"
#include "ui/widgets/latestloader.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace skl {

class Connection;
class WorkbenchCard;

// 工作台 (issue 15), the window's first page: for the officer logged in, what waits for them —
// promotions due, proposals to decide, agreements ending, allowance months open, the last backup
// and the audit chain — each item only for the roles that act on it or read it, each a count and
// the first rows, with links that open the list already filtered. The figures are computed by
// core (Workbench) off the GUI thread on a connection of their own, again whenever the window
// says the data changed and whenever the page is shown.
class WorkbenchView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkbenchView(QWidget *parent = nullptr);
    ~WorkbenchView() override;

    // The open database, the officer and the company (null when none is open).
    void setConnection(Connection *connection, const Officer &officer, const QString &company);
    // Computes again now when shown, else when next shown.
    void reload();
    // The day and time the figures are computed for (tests set their own).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    bool isBusy() const { return m_loader.isBusy(); }
    // Recomputes the whole audit chain off the GUI thread with progress (the card's "Check now").
    void checkAuditChain();

    WorkbenchCard *dueCard() const { return m_due; }
    WorkbenchCard *proposalsCard() const { return m_proposals; }
    WorkbenchCard *agreementsCard() const { return m_agreements; }
    WorkbenchCard *allowancesCard() const { return m_allowances; }
    WorkbenchCard *backupCard() const { return m_backup; }
    WorkbenchCard *auditCard() const { return m_audit; }
    WorkbenchCard *roundsCard() const { return m_rounds; }
    WorkbenchCard *trainingCard() const { return m_training; }
    // The cards shown, in their order on the page.
    QList<WorkbenchCard *> shownCards() const;
    QString statusText() const;

Q_SIGNALS:
    // The figures were computed and shown (or their error).
    void refreshed();
    // A link or row asks for a list elsewhere in the window.
    void dueListRequested(QDate asOf);
    void proposalsRequested();
    void workerRequested(qint64 workerId);
    void allowanceMonthRequested(QDate month);
    void backupSettingsRequested();
    // The audit trail, showing the events of day (none: the newest).
    void auditTrailRequested(QDate day);
    // An assessment round whose report or decisions are due (issue 16).
    void roundRequested(qint64 roundId);
    // The training certificates expiring within days of asOf (issue 17).
    void trainingExpiringRequested(QDate asOf, int days);
    void auditChecked(bool intact);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Request
    {
        QString path;
        Officer officer;
        QDateTime now;
        QString company;
        bool onServer = false;
        bool automaticBackups = true;
        QString backupFolder;
    };
    struct Loaded
    {
        Result<WorkbenchFigures> figures;
        std::optional<BackupState> backup; // for those who back up
    };

    static Loaded load(const Request &request);
    void compute();
    void present(const Request &request, Loaded loaded);
    void fillDue(const PromotionsDue &due);
    void fillProposals(const ProposalsWaiting &proposals);
    void fillAgreements(const AgreementsEnding &agreements, QDate today);
    void fillAllowances(const AllowanceMonthsOpen &months);
    void fillBackup(const BackupState &backup);
    void fillAudit(const AuditChainCheck &check);
    void fillRounds(const QList<RoundAttention> &rounds);
    void fillTraining(const TrainingExpiring &training);
    void showAllAgreements();
    // Puts the cards with figures on the grid, in their order, three to a row.
    void arrange();

    Connection *m_connection = nullptr;
    Officer m_officer;
    QString m_company;
    bool m_stale = false;
    bool m_shown = false; // figures of the open database are on screen
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTime(); };
    QDate m_today; // of the figures shown
    std::optional<AuditVerification> m_verification; // the last "Check now" of this session
    QLabel *m_greeting;
    QLabel *m_status;
    QPushButton *m_refresh;
    QGridLayout *m_grid;
    WorkbenchCard *m_due;
    WorkbenchCard *m_proposals;
    WorkbenchCard *m_agreements;
    WorkbenchCard *m_allowances;
    WorkbenchCard *m_backup;
    WorkbenchCard *m_audit;
    WorkbenchCard *m_rounds;
    WorkbenchCard *m_training;
    QList<WorkbenchCard *> m_cards; // in page order
    QList<WorkbenchCard *> m_withFigures;
    PromotionsDue m_dueShown;
    AgreementsEnding m_agreementsShown;
    AllowanceMonthsOpen m_monthsShown;
    QList<RoundAttention> m_roundsShown;
    TrainingExpiring m_trainingShown;
    LatestLoader<Request, Loaded> m_loader;
};

} // namespace skl
