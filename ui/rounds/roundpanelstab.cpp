#include "ui/rounds/roundpanelstab.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString titleOf(AssessmentPart part)
    {
        switch (part) {
        case AssessmentPart::Theory:
            return RoundPanelsTab::tr("Theory (理论知识): invigilators");
        case AssessmentPart::Practical:
            return RoundPanelsTab::tr("Practical (操作技能): examiners");
        case AssessmentPart::Review:
            return RoundPanelsTab::tr("Comprehensive review (综合评审): examiners");
        }
        return {};
    }

} // namespace

RoundPanelsTab::RoundPanelsTab(QWidget *parent)
    : QWidget(parent)
{
    HelpTopic::set(this, u"rounds"_s);
    auto *layout = new QHBoxLayout(this);
    for (const AssessmentPart part : kAssessmentParts) {
        Group &g = m_groups[int(part)];
        g.box = new QGroupBox(titleOf(part), this);
        g.table = newReadOnlyTable(
            g.box, { tr("Employee No."), tr("Name"), tr("Grade"), tr("Examiner certificate No.") });
        g.table->setSelectionBehavior(QAbstractItemView::SelectRows);
        g.table->setSelectionMode(QAbstractItemView::SingleSelection);
        g.check = new QLabel(g.box);
        g.check->setWordWrap(true);
        g.add = new QPushButton(tr("Add…"), g.box);
        g.remove = new QPushButton(tr("Remove"), g.box);
        auto *bar = new QHBoxLayout;
        bar->addWidget(g.add);
        bar->addWidget(g.remove);
        bar->addStretch();
        auto *groupLayout = new QVBoxLayout(g.box);
        groupLayout->addLayout(bar);
        groupLayout->addWidget(g.table, 1);
        groupLayout->addWidget(g.check);
        layout->addWidget(g.box, 1);
        connect(g.add, &QPushButton::clicked, this, [this, part] { askToAdd(part); });
        connect(g.remove, &QPushButton::clicked, this, [this, part] { removeSelected(part); });
        connect(g.table, &QTableWidget::itemSelectionChanged, this, [this, part] {
            Group &group = m_groups[int(part)];
            guardByAct(group.remove, m_context ? m_context->officer : Officer {}, Act::ManageRounds,
                group.table->currentRow() >= 0);
        });
    }
}

bool RoundPanelsTab::isShown(AssessmentPart part) const
{
    return !m_groups[int(part)].box->isHidden();
}

void RoundPanelsTab::show(const RoundContext &context)
{
    m_context = context;
    for (const AssessmentPart part : kAssessmentParts) {
        Group &g = m_groups[int(part)];
        // 综合评审 only for the grades that need one (技师 and above by default).
        g.box->setVisible(context.parts.contains(part));
        g.staff = context.staffOf(part);
        g.table->setRowCount(int(g.staff.size()));
        for (int row = 0; row < g.staff.size(); ++row) {
            const RoundStaffMember &s = g.staff[row];
            const QStringList cells { s.employeeNo, s.name,
                s.grade ? GradeNames::display(*s.grade) : tr("no grade"), s.certificateNo };
            for (int column = 0; column < cells.size(); ++column)
                g.table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        g.table->resizeColumnsToContents();
        const std::optional<QString> &problem = context.panels.problems[int(part)];
        g.check->setText(problem ? *problem : tr("Ready to assess (可以开考)."));
        g.check->setStyleSheet(problem ? u"color: #a81d1d;"_s : u"color: #1e7b34;"_s);
        guardByAct(g.add, context.officer, Act::ManageRounds);
        guardByAct(g.remove, context.officer, Act::ManageRounds, g.table->currentRow() >= 0);
    }
}

bool RoundPanelsTab::addStaff(
    AssessmentPart part, const QString &employeeNo, const QString &certificateNo)
{
    if (!m_context)
        return false;
    const auto id = AssessmentRoundStore::addStaff(m_context->connection->db(), m_context->round.id,
        employeeNo.trimmed(), part, certificateNo.trimmed(), m_context->officer, m_context->today);
    if (!id) {
        ErrorPresenter::show(this, titleOf(part), id.error());
        return false;
    }
    Q_EMIT written();
    return true;
}

void RoundPanelsTab::askToAdd(AssessmentPart part)
{
    if (!m_context)
        return;
    QDialog dialog(this);
    HelpTopic::set(&dialog, u"rounds"_s);
    dialog.setWindowTitle(titleOf(part));
    auto *employee = new QLineEdit(&dialog);
    auto *certificate = new QLineEdit(&dialog);
    certificate->setPlaceholderText(
        part == AssessmentPart::Theory ? tr("may stay empty for an invigilator") : QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Employee No."), employee);
    form->addRow(tr("Examiner certificate No."), certificate);
    form->addRow(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    while (dialog.exec() == QDialog::Accepted) {
        if (addStaff(part, employee->text(), certificate->text()))
            return;
    }
}

void RoundPanelsTab::removeSelected(AssessmentPart part)
{
    Group &g = m_groups[int(part)];
    const int row = g.table->currentRow();
    if (!m_context || row < 0 || row >= g.staff.size())
        return;
    const RoundStaffMember member = g.staff[row];
    if (QMessageBox::question(this, titleOf(part),
            tr("Remove %1 %2 from the panel? The removal is kept in the round's history.")
                .arg(member.employeeNo, member.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const Status done = AssessmentRoundStore::removeStaff(
        m_context->connection->db(), member.id, m_context->officer, m_context->today);
    if (!done) {
        ErrorPresenter::show(this, titleOf(part), done.error());
        return;
    }
    Q_EMIT written();
}

} // namespace skl
