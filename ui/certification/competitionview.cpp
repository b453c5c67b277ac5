#include "ui/certification/competitionview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/certificatestore.h"
#include "core/store/certificationstore.h"
#include "core/store/connection.h"
#include "core/store/workerstore.h"
#include "ui/certification/certificateprinting.h"
#include "ui/certification/certificatesettingswizard.h"
#include "ui/certification/competitiondialog.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    void setRow(QTableWidget *table, int row, const QStringList &cells)
    {
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }

    QDialogButtonBox *okCancel(QDialog *dialog)
    {
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        return buttons;
    }

} // namespace

CompetitionView::CompetitionView(QWidget *parent)
    : QWidget(parent)
    , m_competitions(newReadOnlyTable(this,
          { tr("Competition"), tr("Level"), tr("Organiser"), tr("Date"), tr("Occupation"),
              tr("Results") }))
    , m_results(newReadOnlyTable(
          this, { tr("Employee No."), tr("Name"), tr("Placing"), tr("Rank"), tr("Promotion") }))
    , m_add(new QPushButton(tr("New competition…"), this))
    , m_result(new QPushButton(tr("Record a result…"), this))
    , m_approve(new QPushButton(tr("Approve its promotions"), this))
    , m_print(new QPushButton(tr("Save its certificates as PDF…"), this))
{
    HelpTopic::set(this, u"competitions"_s);
    m_competitions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_competitions->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *bar = new QHBoxLayout;
    for (QPushButton *button : { m_add, m_result, m_approve, m_print })
        bar->addWidget(button);
    bar->addStretch();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_competitions);
    splitter->addWidget(m_results);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_add, &QPushButton::clicked, this, &CompetitionView::addCompetition);
    connect(m_result, &QPushButton::clicked, this, &CompetitionView::addResult);
    connect(m_approve, &QPushButton::clicked, this, &CompetitionView::approvePromotions);
    connect(m_print, &QPushButton::clicked, this, &CompetitionView::printCertificates);
    connect(
        m_competitions, &QTableWidget::itemSelectionChanged, this, &CompetitionView::showResults);
}

void CompetitionView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    m_connection = connection;
    // Offered by the roles' table; core refuses the rest anyway (issue 13).
    const std::pair<QPushButton *, Act> buttons[]
        = { { m_add, Act::RecordCompetition }, { m_result, Act::RecordCompetition },
              { m_approve, Act::DecideCertification }, { m_print, Act::PrintCertificates } };
    for (const auto &[button, act] : buttons) {
        button->setEnabled(m_officer.may(act));
        button->setToolTip(m_officer.may(act)
                ? QString()
                : tr("Needs the role %1.").arg(Permissions::rolesFor(act).titles()));
    }
    reload();
}

void CompetitionView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CompetitionView::reload()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    const int selected = m_competitions->currentRow();
    m_list.clear();
    if (m_connection) {
        auto list = CompetitionStore::list(m_connection->db());
        if (!list)
            ErrorPresenter::show(this, tr("Competitions"), list.error());
        else
            m_list = *list;
    }
    m_competitions->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const CompetitionRecord &c = m_list[row];
        setRow(m_competitions, row,
            { c.name, CertificationNames::display(c.level), c.organiser,
                c.heldOn.toString(Qt::ISODate), c.occupation, QString::number(c.results) });
    }
    m_competitions->resizeColumnsToContents();
    if (!m_list.isEmpty())
        m_competitions->selectRow(std::clamp(selected, 0, int(m_list.size()) - 1));
    showResults();
}

const CompetitionRecord *CompetitionView::current() const
{
    const int row = m_competitions->currentRow();
    return row >= 0 && row < m_list.size() ? &m_list[row] : nullptr;
}

void CompetitionView::showResults()
{
    const CompetitionRecord *c = current();
    // A selection enables only what the officer's roles allow (issue 13).
    m_result->setEnabled(c != nullptr && m_officer.may(Act::RecordCompetition));
    m_approve->setEnabled(c != nullptr && m_officer.may(Act::DecideCertification));
    m_print->setEnabled(c != nullptr && m_officer.may(Act::PrintCertificates));
    m_add->setEnabled(m_connection != nullptr && m_officer.may(Act::RecordCompetition));
    if (!c || !m_connection) {
        m_results->setRowCount(0);
        return;
    }
    const auto results = CompetitionStore::results(m_connection->db(), c->id);
    if (!results) {
        ErrorPresenter::show(this, tr("Competitions"), results.error());
        return;
    }
    m_results->setRowCount(int(results->size()));
    for (int row = 0; row < results->size(); ++row) {
        const CompetitionResultRecord &r = (*results)[row];
        const QString promotion = r.certificationStatus
            ? tr("No. %1, %2")
                  .arg(r.certificationId)
                  .arg(CertificationNames::display(*r.certificationStatus))
            : tr("—");
        setRow(m_results, row,
            { r.employeeNo, r.workerName, CertificationNames::display(r.placing),
                r.rank > 0 ? QString::number(r.rank) : QString(), promotion });
    }
    m_results->resizeColumnsToContents();
}

void CompetitionView::addCompetition()
{
    if (!m_connection)
        return;
    QStringList occupations;
    if (const auto known = WorkerStore(m_connection->db()).occupations())
        for (const NamedUnit &o : *known)
            occupations += o.name;
    CompetitionDialog dialog(occupations, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CompetitionInput input = dialog.input();
    input.by = m_officer;
    if (const auto id = CompetitionStore::add(m_connection->db(), input); !id)
        ErrorPresenter::show(this, tr("New competition"), id.error());
    reload();
}

void CompetitionView::addResult()
{
    const CompetitionRecord *c = current();
    if (!c || !m_connection)
        return;
    const qint64 competitionId = c->id;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record a result: %1").arg(c->name));
    auto *employee = new QLineEdit(&dialog);
    auto *placing = new QComboBox(&dialog);
    for (const auto p :
        { Placing::Gold, Placing::Silver, Placing::Bronze, Placing::Excellence, Placing::Rank })
        placing->addItem(CertificationNames::display(p), int(p));
    auto *rank = new QSpinBox(&dialog);
    rank->setRange(0, 9999);
    rank->setSpecialValueText(tr("—"));
    auto *propose
        = new QCheckBox(tr("Propose the promotion the competition policy offers"), &dialog);
    propose->setChecked(true);
    auto *offer = new QLabel(&dialog);
    offer->setWordWrap(true);
    const auto describeOffer = [&] {
        const auto offered = CompetitionStore::offer(m_connection->db(), competitionId,
            employee->text().trimmed(), Placing(placing->currentData().toInt()));
        if (employee->text().trimmed().isEmpty())
            offer->clear();
        else if (!offered)
            offer->setText(offered.error().userMessage);
        else if (!*offered)
            offer->setText(tr("The policy offers no promotion for this result."));
        else
            offer->setText(
                tr("The policy offers %1 → %2 in %3.")
                    .arg((*offered)->from ? GradeNames::display(*(*offered)->from) : tr("no grade"),
                        GradeNames::display((*offered)->to), (*offered)->occupation));
    };
    connect(employee, &QLineEdit::editingFinished, &dialog, describeOffer);
    connect(placing, &QComboBox::currentIndexChanged, &dialog, describeOffer);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Employee No."), employee);
    form->addRow(tr("Placing"), placing);
    form->addRow(tr("Rank"), rank);
    form->addRow(propose);
    form->addRow(offer);
    form->addRow(okCancel(&dialog));
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto recorded = CompetitionStore::addResult(m_connection->db(), competitionId,
        employee->text(), Placing(placing->currentData().toInt()), rank->value(),
        propose->isChecked(), m_officer);
    if (!recorded)
        ErrorPresenter::show(this, tr("Record a result"), recorded.error());
    else if (recorded->certificationId != 0)
        Q_EMIT proposalsMade();
    reload();
}

void CompetitionView::approvePromotions()
{
    const CompetitionRecord *c = current();
    if (!c || !m_connection)
        return;
    // Approving writes grades and issues certificate numbers: asked first (issue 15).
    if (QMessageBox::question(this, tr("Approve its promotions"),
            tr("Approve the promotions proposed for the results of %1? The grades take effect "
               "and certificate numbers are issued; only a revocation with its reason undoes an "
               "approval.")
                .arg(c->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const auto approved
        = CertificationStore::approveRound(m_connection->db(), c->roundId, m_officer);
    if (!approved) {
        ErrorPresenter::show(this, tr("Approve its promotions"), approved.error());
        return;
    }
    QMessageBox::information(this, tr("Approve its promotions"),
        tr("%n certification(s) approved.", nullptr, *approved));
    reload();
    Q_EMIT gradesChanged();
}

void CompetitionView::printCertificates()
{
    const CompetitionRecord *c = current();
    if (!c || !m_connection)
        return;
    const auto ids = CertificateStore::ofRound(m_connection->db(), m_officer, c->roundId);
    if (!ids) {
        ErrorPresenter::show(this, tr("Save its certificates as PDF"), ids.error());
        return;
    }
    if (ids->isEmpty()) {
        QMessageBox::information(this, tr("Save its certificates as PDF"),
            tr("No promotion of this competition is approved yet."));
        return;
    }
    // Issuing them: the certificate settings come first (issue 15).
    if (!CertificateSettingsWizard::ensureReady(this, *m_connection, m_officer))
        return;
    CertificatePdf::Options options;
    options.by = m_officer;
    options.purpose = CertificatePdf::Purpose::Issue;
    CertificatePrinting::exportPdf(this, m_connection->path(), *ids, options, c->name);
}

} // namespace skl
