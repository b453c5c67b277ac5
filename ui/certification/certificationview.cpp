#include "ui/certification/certificationview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/certification/certificateprinting.h"
#include "ui/certification/certificatesettingswizard.h"
#include "ui/certification/certificationtablemodel.h"
#include "ui/certification/proposaldialog.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/workshopchooser.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {
    constexpr int kRoundNameRole = Qt::UserRole + 1;
    // The status filter's entry for the proposals an approver may decide (issue 15).
    constexpr int kWaitingForMe = -2;

    // A workshop head chooses among their own workshops only ("all" then means all of them).
    void keepOwnWorkshops(QComboBox *combo, const Officer &officer, Act act)
    {
        if (!officer.isConfinedToWorkshops(act))
            return;
        const QSignalBlocker blocker(combo);
        for (int i = combo->count() - 1; i > 0; --i) {
            if (!officer.workshopIds.contains(combo->itemData(i).toLongLong()))
                combo->removeItem(i);
        }
    }
} // namespace

CertificationView::CertificationView(QWidget *parent)
    : QWidget(parent)
    , m_model(new CertificationTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_status(new QComboBox(this))
    , m_round(new QComboBox(this))
    , m_workshop(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_propose(new QPushButton(tr("New certification…"), this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_reject(new QPushButton(tr("Reject…"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
    , m_approveRound(new QPushButton(tr("Approve the whole round"), this))
    , m_output(new QComboBox(this))
    , m_proof(new QPushButton(tr("Print proofs…"), this))
    , m_issue(new QPushButton(tr("Issue…"), this))
    , m_reissue(new QPushButton(tr("Reissue…"), this))
    , m_verificationPage(new QPushButton(tr("Verification page…"), this))
{
    HelpTopic::set(this, u"certification"_s);
    m_status->addItem(tr("All statuses"), -1);
    for (const auto status : { CertificationStatus::Proposed, CertificationStatus::Approved,
             CertificationStatus::Rejected, CertificationStatus::Revoked })
        m_status->addItem(CertificationNames::display(status), int(status));
    m_status->addItem(tr("Waiting for my decision"), kWaitingForMe);
    m_format->addItem(tr("A4 landscape"), int(CertificateFormat::A4Landscape));
    m_format->addItem(tr("A5 landscape"), int(CertificateFormat::A5Landscape));
    m_output->addItem(tr("Printer"), int(Output::Printer));
    m_output->addItem(tr("PDF file"), int(Output::Pdf));

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CertificationTableModel::Id, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status"), this));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Round"), this));
    filters->addWidget(m_round, 1);
    filters->addWidget(new QLabel(tr("Workshop"), this));
    filters->addWidget(m_workshop);
    filters->addStretch();
    filters->addWidget(new QLabel(tr("Paper"), this));
    filters->addWidget(m_format);
    filters->addWidget(new QLabel(tr("To"), this));
    filters->addWidget(m_output);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : { m_propose, m_approve, m_reject, m_revoke, m_approveRound })
        actions->addWidget(button);
    actions->addStretch();
    actions->addWidget(m_proof);
    actions->addWidget(m_issue);
    actions->addWidget(m_reissue);
    actions->addWidget(m_verificationPage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CertificationView::reload);
    connect(m_round, &QComboBox::currentIndexChanged, this, &CertificationView::reload);
    connect(m_workshop, &QComboBox::currentIndexChanged, this, &CertificationView::reload);
    connect(m_propose, &QPushButton::clicked, this, &CertificationView::propose);
    connect(m_approve, &QPushButton::clicked, this, &CertificationView::askApprove);
    connect(m_reject, &QPushButton::clicked, this, &CertificationView::askReject);
    connect(m_revoke, &QPushButton::clicked, this, &CertificationView::askRevoke);
    connect(m_approveRound, &QPushButton::clicked, this, &CertificationView::askApproveRound);
    connect(m_proof, &QPushButton::clicked, this, &CertificationView::printProofs);
    connect(m_issue, &QPushButton::clicked, this, &CertificationView::issue);
    connect(m_reissue, &QPushButton::clicked, this, &CertificationView::askReissue);
    connect(m_verificationPage, &QPushButton::clicked, this, &CertificationView::publishPage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &CertificationView::updateButtons);
    updateButtons();
}

void CertificationView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    m_connection = connection;
    m_model->setRecords({});
    m_stale = true;
    updateButtons();
    reloadAll();
}

CertificateFormat CertificationView::format() const
{
    return CertificateFormat(m_format->currentData().toInt());
}

void CertificationView::reloadRounds()
{
    const QSignalBlocker blocker(m_round);
    const qint64 current = m_round->currentData().toLongLong();
    m_round->clear();
    m_round->addItem(tr("All rounds"), 0);
    if (!m_connection)
        return;
    if (const auto rounds = CertificationStore::rounds(m_connection->db())) {
        for (const AssessmentRound &r : *rounds) {
            m_round->addItem(
                tr("%1 (%2 awaiting, %3 approved)").arg(r.name).arg(r.proposed).arg(r.approved),
                r.id);
            m_round->setItemData(m_round->count() - 1, r.name, kRoundNameRole);
        }
    }
    m_round->setCurrentIndex(std::max(0, m_round->findData(current)));
}

void CertificationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reloadAll();
}

void CertificationView::reloadAll()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_connection) {
        fillWorkshopChooser(m_workshop, m_connection->db(), tr("All workshops"));
        keepOwnWorkshops(m_workshop, m_officer, Act::ReadCertifications);
    } else {
        m_workshop->clear();
    }
    reloadRounds();
    reload();
}

void CertificationView::reload()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    if (!m_connection) {
        m_model->setRecords({});
        return;
    }
    CertificationFilter filter;
    const int status = m_status->currentData().toInt();
    if (status >= 0)
        filter.status = CertificationStatus(status);
    if (status == kWaitingForMe)
        filter.status = CertificationStatus::Proposed;
    filter.roundId = m_round->currentData().toLongLong();
    filter.workshopId = m_workshop->currentData().toLongLong();
    const auto records = CertificationStore::list(m_connection->db(), m_officer, filter);
    if (!records) {
        ErrorPresenter::show(this, tr("Certifications"), records.error());
        return;
    }
    QList<CertificationRecord> shown = *records;
    if (status == kWaitingForMe)
        shown.removeIf([this](const CertificationRecord &r) { return isOwnProposal(r); });
    m_model->setRecords(shown);
    m_table->resizeColumnsToContents();
    updateButtons();
}

void CertificationView::showWaitingForMe()
{
    {
        const QSignalBlocker status(m_status);
        const QSignalBlocker round(m_round);
        const QSignalBlocker workshop(m_workshop);
        m_status->setCurrentIndex(m_status->findData(kWaitingForMe));
        m_round->setCurrentIndex(0);
        m_workshop->setCurrentIndex(0);
    }
    reload();
}

void CertificationView::showRound(qint64 roundId)
{
    reloadRounds(); // a round made since the page was last shown is listed too
    {
        const QSignalBlocker status(m_status);
        const QSignalBlocker round(m_round);
        const QSignalBlocker workshop(m_workshop);
        m_status->setCurrentIndex(m_status->findData(-1));
        m_round->setCurrentIndex(std::max(0, m_round->findData(roundId)));
        m_workshop->setCurrentIndex(0);
    }
    reload();
}

bool CertificationView::isOwnProposal(const CertificationRecord &r) const
{
    // As core compares (four eyes): by officer, or by name for a proposal from before officers.
    return r.proposedOfficerId != 0
        ? r.proposedOfficerId == m_officer.id
        : r.proposedBy.trimmed().compare(m_officer.login, Qt::CaseInsensitive) == 0;
}

QList<qint64> CertificationView::selectedIds(CertificationStatus status) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const CertificationRecord &r = m_model->recordAt(m_proxy->mapToSource(index).row());
        if (r.status == status && !isOwnProposal(r))
            ids += r.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> CertificationView::printableIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows += m_proxy->mapToSource(index).row();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows += row;
    }
    QList<qint64> ids;
    for (const int row : std::as_const(rows)) {
        const CertificationRecord &r = m_model->recordAt(row);
        if (r.status == CertificationStatus::Approved)
            ids += r.id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void CertificationView::updateButtons()
{
    // What the selection offers to decide: proposals and approved ones, not one's own.
    bool proposed = false;
    bool approved = false;
    bool ownOnly = false;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const CertificationRecord &r = m_model->recordAt(m_proxy->mapToSource(index).row());
        const bool own = isOwnProposal(r);
        proposed |= r.status == CertificationStatus::Proposed && !own;
        approved |= r.status == CertificationStatus::Approved && !own;
        ownOnly |= own;
    }
    ownOnly = ownOnly && !proposed && !approved;
    const bool open = m_connection != nullptr;
    const bool printable = !printableIds().isEmpty();
    // The roles' table decides what is offered; core refuses the rest anyway (issue 13).
    const auto needs
        = [](Act act) { return tr("Needs the role %1.").arg(Permissions::rolesFor(act).titles()); };
    const bool proposes = m_officer.may(Act::ProposeCertification);
    const bool decides = m_officer.may(Act::DecideCertification);
    const bool prints = m_officer.may(Act::PrintCertificates);
    m_propose->setEnabled(open && proposes);
    m_propose->setToolTip(proposes ? QString() : needs(Act::ProposeCertification));
    m_approve->setEnabled(open && decides && proposed);
    m_reject->setEnabled(open && decides && proposed);
    m_revoke->setEnabled(open && decides && approved);
    const QString decideTip = !decides ? needs(Act::DecideCertification)
        : ownOnly
        ? tr("You proposed the selected certifications: another approver must decide them "
             "(four eyes).")
        : QString();
    m_approve->setToolTip(decideTip.isEmpty()
            ? tr("Approve the selected proposals (another person than the proposer)")
            : decideTip);
    m_reject->setToolTip(decideTip);
    m_revoke->setToolTip(decideTip);
    for (QPushButton *button : { m_proof, m_issue, m_reissue })
        button->setEnabled(open && prints && printable);
    const QString which = selected.isEmpty()
        ? tr("the approved certificates listed (select rows for fewer)")
        : tr("the approved certificates selected");
    m_proof->setToolTip(!prints ? needs(Act::PrintCertificates)
                                : tr("Print proofs marked 样张 of %1, to check them; nothing "
                                     "is issued or recorded")
                                      .arg(which));
    m_issue->setToolTip(!prints ? needs(Act::PrintCertificates)
                                : tr("Issue %1: the first printing issues a certificate, a "
                                     "later one prints it again (no 补发)")
                                      .arg(which));
    m_reissue->setToolTip(!prints ? needs(Act::PrintCertificates)
                                  : tr("Reissue (补发) %1, already issued and handed out, "
                                       "with the reason (lost, damaged)")
                                        .arg(which));
    // The public key is no secret: whoever sees the certificates may publish the page.
    m_verificationPage->setEnabled(open);
    m_verificationPage->setToolTip(tr("Save a web page that checks this company's certificates "
                                      "offline, for anyone who receives one"));
    m_approveRound->setEnabled(open && decides && m_round->currentData().toLongLong() != 0);
    m_approveRound->setToolTip(decides
            ? tr("Approve every proposal of the chosen round in one step (not your own)")
            : needs(Act::DecideCertification));
}

void CertificationView::propose()
{
    if (!m_connection)
        return;
    ProposalDialog dialog(*m_connection, m_officer, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadRounds();
        reload();
    }
}

void CertificationView::afterDecision(const QString &title, const QString &error)
{
    if (!error.isEmpty())
        ErrorPresenter::show(this, title, Error { error, {} });
    reloadAll();
    // Some of a batch may have gone through even when others were refused.
    Q_EMIT gradesChanged();
}

void CertificationView::approveSelected()
{
    const QList<qint64> ids = selectedIds(CertificationStatus::Proposed);
    if (ids.isEmpty() || !m_connection)
        return;
    const auto approved = CertificationStore::approveAll(m_connection->db(), ids, m_officer);
    afterDecision(tr("Approve"), approved ? QString() : approved.error().userMessage);
}

void CertificationView::askApprove()
{
    QStringList workers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const CertificationRecord &r = m_model->recordAt(m_proxy->mapToSource(index).row());
        if (r.status == CertificationStatus::Proposed && !isOwnProposal(r))
            workers
                += tr("%1 %2: %3 in %4")
                       .arg(r.employeeNo, r.workerName, GradeNames::display(r.grade), r.occupation);
    }
    if (workers.isEmpty())
        return;
    // An approval writes the grade in force and issues a certificate number: only a revocation,
    // with its reason on record, takes it back. So the approver sees whom it concerns first.
    constexpr int kNamed = 10;
    QString list = workers.mid(0, kNamed).join(u'\n');
    if (workers.size() > kNamed)
        list += u'\n' + tr("… and %n more.", nullptr, int(workers.size() - kNamed));
    QMessageBox ask(QMessageBox::Question, tr("Approve"),
        tr("Approve %n certification(s)?", nullptr, int(workers.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setInformativeText(tr("The grades take effect and certificate numbers are issued; only "
                              "a revocation with its reason undoes an approval.")
        + u"\n\n"_s + list);
    ask.button(QMessageBox::Yes)->setText(tr("Approve"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() == QMessageBox::Yes)
        approveSelected();
}

void CertificationView::askApproveRound()
{
    if (m_round->currentData().toLongLong() == 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Approve the whole round"),
        tr("Approve every proposal of the round %1 that you did not propose yourself? The grades "
           "take effect and certificate numbers are issued; only a revocation with its reason "
           "undoes an approval.")
            .arg(m_round->currentData(kRoundNameRole).toString()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        approveRound();
}

void CertificationView::rejectSelected(const QString &reason)
{
    QStringList problems;
    for (const qint64 id : selectedIds(CertificationStatus::Proposed)) {
        if (auto done = CertificationStore::reject(m_connection->db(), id, m_officer, reason);
            !done)
            problems += done.error().userMessage;
    }
    afterDecision(tr("Reject"), problems.join(u'\n'));
}

void CertificationView::revokeSelected(const QString &reason)
{
    QStringList problems;
    for (const qint64 id : selectedIds(CertificationStatus::Approved)) {
        if (auto done = CertificationStore::revoke(m_connection->db(), id, m_officer, reason);
            !done)
            problems += done.error().userMessage;
    }
    afterDecision(tr("Revoke"), problems.join(u'\n'));
}

void CertificationView::askReject()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Reject"), tr("Why is the proposal rejected?"), QLineEdit::Normal, {}, &ok);
    if (ok)
        rejectSelected(reason);
}

void CertificationView::askRevoke()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Revoke"),
        tr("Revoking takes the grade back as if never awarded and invalidates the certificate. "
           "Reason (required):"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Revoke"), tr("A revocation needs its reason."));
        return;
    }
    revokeSelected(reason);
}

void CertificationView::approveRound()
{
    const qint64 round = m_round->currentData().toLongLong();
    if (round == 0 || !m_connection)
        return;
    const auto approved = CertificationStore::approveRound(m_connection->db(), round, m_officer);
    if (approved)
        QMessageBox::information(this, tr("Approve the whole round"),
            tr("%n certification(s) approved.", nullptr, *approved));
    afterDecision(
        tr("Approve the whole round"), approved ? QString() : approved.error().userMessage);
}

void CertificationView::printProofs()
{
    CertificatePdf::Options options;
    options.purpose = CertificatePdf::Purpose::Proof;
    print(options);
}

void CertificationView::issue()
{
    // The numbering and the template's fields are set before the first certificate is issued.
    if (!m_connection || printableIds().isEmpty()
        || !CertificateSettingsWizard::ensureReady(this, *m_connection, m_officer))
        return;
    CertificatePdf::Options options;
    options.purpose = CertificatePdf::Purpose::Issue;
    print(options);
}

void CertificationView::askReissue()
{
    const QList<qint64> ids = printableIds();
    if (!m_connection || ids.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reissue certificates (补发)"),
        tr("A 补发 replaces %n certificate(s) already issued and handed out; every later printing "
           "shows 补发 too. Why are they reissued?",
            nullptr, int(ids.size())),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Reissue certificates (补发)"),
            tr("A reissue needs its reason, such as the certificate was lost or damaged; nothing "
               "was printed."));
        return;
    }
    if (!CertificateSettingsWizard::ensureReady(this, *m_connection, m_officer))
        return;
    CertificatePdf::Options options;
    options.purpose = CertificatePdf::Purpose::Reissue;
    options.reissueReason = reason.trimmed();
    print(options);
}

void CertificationView::print(const CertificatePdf::Options &chosen)
{
    const QList<qint64> ids = printableIds();
    if (ids.isEmpty() || !m_connection)
        return;
    CertificatePdf::Options options = chosen;
    options.format = format();
    options.by = m_officer;
    if (Output(m_output->currentData().toInt()) == Output::Printer) {
        CertificatePrinting::preview(this, *m_connection, ids, options);
        return;
    }
    // The file is named after what is printed: a workshop, a round, or the certificates.
    QString name = tr("Certificates");
    if (m_workshop->currentIndex() > 0)
        name = m_workshop->currentText().replace(u'/', u'-');
    else if (m_round->currentIndex() > 0)
        name = m_round->currentData(kRoundNameRole).toString();
    CertificatePrinting::exportPdf(this, m_connection->path(), ids, options, name);
}

void CertificationView::publishPage()
{
    if (m_connection)
        CertificatePrinting::publishVerificationPage(this, *m_connection);
}

} // namespace skl
