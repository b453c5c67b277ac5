#include "ui/recognition/recognitionpanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "core/store/projectstore.h"
#include "core/store/studiostore.h"
#include "ui/help/helptopic.h"
#include "ui/recognition/honourdialog.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    void fillRow(QTableWidget *table, int row, const QStringList &cells, bool struck = false)
    {
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (struck) {
                QFont font = item->font();
                font.setStrikeOut(true);
                item->setFont(font);
            }
            table->setItem(row, column, item);
        }
    }

    QLabel *heading(const QString &text, QWidget *parent)
    {
        auto *label = new QLabel(text, parent);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    }

} // namespace

RecognitionPanel::RecognitionPanel(Connection &connection, const Officer &officer, qint64 workerId,
    const QString &employeeNo, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_workerId(workerId)
    , m_employeeNo(employeeNo)
    , m_honours(newReadOnlyTable(
          this, { tr("Honour"), tr("Level"), tr("Awarded on"), tr("Awarding body"), tr("Status") }))
    , m_studios(newReadOnlyTable(this, { tr("Studio"), tr("Kind"), tr("Level"), tr("Role") }))
    , m_projects(newReadOnlyTable(
          this, { tr("Project"), tr("Kind"), tr("Start"), tr("Status"), tr("Role") }))
    , m_add(new QPushButton(tr("Record an honour…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw…"), this))
{
    HelpTopic::set(this, u"recognition"_s);
    m_honours->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_honours->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QTableWidget *table : { m_honours, m_studios, m_projects })
        table->horizontalHeader()->setStretchLastSection(true);
    m_withdraw->setToolTip(tr("Withdraw the selected honour, with the reason; its record is "
                              "kept."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Honours"), this));
    layout->addWidget(m_honours, 2);
    layout->addLayout(buttons);
    layout->addWidget(heading(tr("Skill-master and innovation studios"), this));
    layout->addWidget(m_studios, 1);
    layout->addWidget(heading(tr("Projects"), this));
    layout->addWidget(m_projects, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        HonourDialog *dialog = newHonourDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        const HonourRecord *honour = selected();
        if (!honour)
            return;
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Withdraw an honour"),
            tr("Why is %1 withdrawn? The record stays, marked withdrawn.").arg(honour->name),
            QLineEdit::Normal, {}, &ok);
        if (ok)
            withdrawSelected(reason);
    });
    connect(m_honours, &QTableWidget::itemSelectionChanged, this, &RecognitionPanel::updateButtons);
    reload();
}

HonourDialog *RecognitionPanel::newHonourDialog()
{
    auto *dialog = new HonourDialog(m_connection, m_officer, m_employeeNo, this);
    connect(dialog, &HonourDialog::honourAdded, this, &RecognitionPanel::reload);
    return dialog;
}

void RecognitionPanel::withdrawSelected(const QString &reason)
{
    const HonourRecord *honour = selected();
    if (!honour)
        return;
    if (auto done = HonourStore::withdraw(m_connection.db(), honour->id, reason, m_officer);
        !done) {
        ErrorPresenter::show(this, tr("Withdraw an honour"), done.error());
        return;
    }
    reload();
}

void RecognitionPanel::reload()
{
    QSqlDatabase &db = m_connection.db();
    const auto honours = HonourStore::ofWorker(db, m_officer, m_workerId);
    if (!honours) {
        ErrorPresenter::show(this, tr("Honours"), honours.error());
        return;
    }
    m_list = *honours;
    m_honours->setRowCount(int(m_list.size()));
    for (int row = 0; row < m_list.size(); ++row) {
        const HonourRecord &h = m_list[row];
        fillRow(m_honours, row,
            { h.name, RecognitionNames::display(h.level), h.awardedOn.toString(Qt::ISODate), h.body,
                h.withdrawn ? tr("Withdrawn: %1").arg(h.withdrawReason) : tr("In force") },
            h.withdrawn);
    }
    m_honours->resizeColumnsToContents();

    const auto studios = StudioStore::ofWorker(db, m_officer, m_workerId);
    if (studios) {
        m_studios->setRowCount(int(studios->size()));
        for (int row = 0; row < studios->size(); ++row) {
            const StudioRecord &s = studios->at(row);
            fillRow(m_studios, row,
                { s.name, RecognitionNames::display(s.kind), RecognitionNames::display(s.level),
                    s.leader.id == m_workerId ? tr("Leader") : tr("Member") });
        }
        m_studios->resizeColumnsToContents();
    }
    const auto projects = ProjectStore::ofWorker(db, m_officer, m_workerId);
    if (projects) {
        m_projects->setRowCount(int(projects->size()));
        for (int row = 0; row < projects->size(); ++row) {
            const ProjectRecord &p = projects->at(row);
            fillRow(m_projects, row,
                { p.title, RecognitionNames::display(p.kind), p.startedOn.toString(Qt::ISODate),
                    RecognitionNames::display(p.status),
                    p.lead.id == m_workerId ? tr("Lead") : tr("Member") });
        }
        m_projects->resizeColumnsToContents();
    }
    updateButtons();
}

const HonourRecord *RecognitionPanel::selected() const
{
    const int row = m_honours->currentRow();
    if (row < 0 || row >= m_list.size() || m_honours->selectedItems().isEmpty())
        return nullptr;
    return &m_list[row];
}

void RecognitionPanel::updateButtons()
{
    const bool records = m_officer.may(Act::RecordRecognition);
    const HonourRecord *honour = selected();
    m_add->setEnabled(records);
    m_withdraw->setEnabled(records && honour && !honour->withdrawn);
    if (!records) {
        const QString why = tr("Recording honours needs the role %1.")
                                .arg(Permissions::rolesFor(Act::RecordRecognition).titles());
        m_add->setToolTip(why);
        m_withdraw->setToolTip(why);
    }
}

} // namespace skl
