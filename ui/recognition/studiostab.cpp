#include "ui/recognition/studiostab.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/recognition/recognitiontext.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QDialogButtonBox *okCancel(QDialog *dialog)
    {
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        return buttons;
    }

    void selectRows(QTableWidget *table)
    {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->horizontalHeader()->setStretchLastSection(true);
    }

    QString dateText(QDate day)
    {
        return day.isValid() ? day.toString(Qt::ISODate) : QString();
    }

} // namespace

StudiosTab::StudiosTab(QWidget *parent)
    : QWidget(parent)
    , m_studios(newReadOnlyTable(this,
          { tr("Studio"), tr("Kind"), tr("Level"), tr("Leader"), tr("Occupation"), tr("Founded"),
              tr("Members"), tr("Results"), tr("Apprentices trained") }))
    , m_summary(new QLabel(this))
    , m_members(newReadOnlyTable(
          this, { tr("Employee No."), tr("Name"), tr("Workshop"), tr("Joined"), tr("Left") }))
    , m_results(newReadOnlyTable(
          this, { tr("Kind"), tr("Result"), tr("Quantity"), tr("Date"), tr("Status") }))
    , m_add(new QPushButton(tr("New studio…"), this))
    , m_member(new QPushButton(tr("Add a member…"), this))
    , m_leave(new QPushButton(tr("Member leaves…"), this))
    , m_result(new QPushButton(tr("Record a result…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw the result…"), this))
{
    for (QTableWidget *table : { m_studios, m_members, m_results })
        selectRows(table);
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    for (QPushButton *button : writeButtons())
        bar->addWidget(button);
    bar->addStretch(1);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(new QLabel(tr("Members"), detail));
    detailLayout->addWidget(m_members, 1);
    detailLayout->addWidget(new QLabel(tr("Results"), detail));
    detailLayout->addWidget(m_results, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_studios);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_studios, &QTableWidget::itemSelectionChanged, this, &StudiosTab::showDetail);
    connect(m_members, &QTableWidget::itemSelectionChanged, this, &StudiosTab::updateButtons);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &StudiosTab::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &StudiosTab::askStudio);
    connect(m_member, &QPushButton::clicked, this, &StudiosTab::askMember);
    connect(m_leave, &QPushButton::clicked, this, &StudiosTab::askLeave);
    connect(m_result, &QPushButton::clicked, this, &StudiosTab::askResult);
    connect(m_withdraw, &QPushButton::clicked, this, &StudiosTab::askWithdraw);
}

QList<QPushButton *> StudiosTab::writeButtons() const
{
    return { m_add, m_member, m_leave, m_result, m_withdraw };
}

void StudiosTab::setConnection(Connection *connection, const Officer &officer)
{
    m_connection = connection;
    m_officer = officer;
    const QString why = officer.may(Act::RecordRecognition)
        ? QString()
        : tr("Needs the role %1.").arg(Permissions::rolesFor(Act::RecordRecognition).titles());
    for (QPushButton *button : writeButtons())
        button->setToolTip(why);
    reload();
}

void StudiosTab::reload()
{
    const qint64 chosen = currentId();
    m_list.clear();
    if (m_connection) {
        const auto list = StudioStore::list(m_connection->db(), m_officer);
        if (!list)
            ErrorPresenter::show(this, tr("Studios"), list.error());
        else
            m_list = *list;
    }
    {
        const QSignalBlocker blocker(m_studios);
        m_studios->setRowCount(int(m_list.size()));
        for (int row = 0; row < m_list.size(); ++row) {
            const StudioRecord &s = m_list[row];
            RecognitionText::fillRow(m_studios, row,
                { s.name, RecognitionNames::display(s.kind), RecognitionNames::display(s.level),
                    RecognitionText::worker(s.leader), s.occupation, dateText(s.foundedOn),
                    QString::number(s.members), QString::number(s.results),
                    QString::number(s.apprentices) });
        }
        m_studios->resizeColumnsToContents();
    }
    select(chosen != 0 ? chosen : (m_list.isEmpty() ? 0 : m_list.first().id));
}

void StudiosTab::select(qint64 studioId)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list[row].id == studioId) {
            m_studios->selectRow(row);
            showDetail();
            return;
        }
    }
    showDetail();
}

qint64 StudiosTab::currentId() const
{
    const int row = m_studios->currentRow();
    if (row < 0 || row >= m_list.size() || m_studios->selectedItems().isEmpty())
        return 0;
    return m_list[row].id;
}

void StudiosTab::showDetail()
{
    m_detail.reset();
    const qint64 id = currentId();
    if (m_connection && id != 0) {
        const auto detail = StudioStore::detail(m_connection->db(), id, m_officer);
        if (!detail)
            ErrorPresenter::show(this, tr("Studios"), detail.error());
        else
            m_detail = *detail;
    }
    const QList<StudioMemberRecord> members
        = m_detail ? m_detail->members : QList<StudioMemberRecord>();
    const QList<StudioResultRecord> results
        = m_detail ? m_detail->results : QList<StudioResultRecord>();
    m_summary->setText(m_detail
            ? tr("%1 — %2, %3, led by %4, founded %5.")
                  .arg(m_detail->studio.name, RecognitionNames::display(m_detail->studio.kind),
                      RecognitionNames::display(m_detail->studio.level),
                      RecognitionText::worker(m_detail->studio.leader),
                      dateText(m_detail->studio.foundedOn))
            : tr("Choose a studio to see its members and results."));
    m_members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const StudioMemberRecord &m = members[row];
        RecognitionText::fillRow(m_members, row,
            { m.worker.employeeNo, m.worker.name, m.worker.workshop, dateText(m.joinedOn),
                dateText(m.leftOn) },
            m.leftOn.isValid());
    }
    m_members->resizeColumnsToContents();
    m_results->setRowCount(int(results.size()));
    for (int row = 0; row < results.size(); ++row) {
        const StudioResultRecord &r = results[row];
        RecognitionText::fillRow(m_results, row,
            { RecognitionNames::display(r.kind), r.title, QString::number(r.quantity),
                dateText(r.achievedOn),
                r.withdrawn ? tr("Withdrawn: %1").arg(r.withdrawReason) : tr("In force") },
            r.withdrawn);
    }
    m_results->resizeColumnsToContents();
    updateButtons();
}

void StudiosTab::updateButtons()
{
    const bool records = m_connection && m_officer.may(Act::RecordRecognition);
    const bool chosen = m_detail.has_value();
    const int member = m_members->currentRow();
    const int result = m_results->currentRow();
    m_add->setEnabled(records);
    m_member->setEnabled(records && chosen);
    m_result->setEnabled(records && chosen);
    m_leave->setEnabled(records && chosen && member >= 0 && member < m_detail->members.size()
        && !m_members->selectedItems().isEmpty() && !m_detail->members[member].leftOn.isValid());
    m_withdraw->setEnabled(records && chosen && result >= 0 && result < m_detail->results.size()
        && !m_results->selectedItems().isEmpty() && !m_detail->results[result].withdrawn);
}

bool StudiosTab::addStudio(StudioInput input)
{
    if (!m_connection)
        return false;
    input.by = m_officer;
    const auto id = StudioStore::add(m_connection->db(), input);
    if (!id) {
        ErrorPresenter::show(this, tr("New studio"), id.error());
        return false;
    }
    reload();
    select(*id);
    return true;
}

bool StudiosTab::addMember(const QString &employeeNo, QDate joinedOn)
{
    if (!m_connection || !m_detail)
        return false;
    const qint64 studio = m_detail->studio.id;
    const auto id
        = StudioStore::addMember(m_connection->db(), studio, employeeNo, joinedOn, m_officer);
    if (!id) {
        ErrorPresenter::show(this, tr("Add a member"), id.error());
        return false;
    }
    reload();
    return true;
}

bool StudiosTab::leave(qint64 memberId, QDate leftOn)
{
    if (!m_connection)
        return false;
    if (auto done = StudioStore::leave(m_connection->db(), memberId, leftOn, m_officer); !done) {
        ErrorPresenter::show(this, tr("Member leaves"), done.error());
        return false;
    }
    reload();
    return true;
}

bool StudiosTab::addResult(const StudioResultInput &input)
{
    if (!m_connection || !m_detail)
        return false;
    const auto id
        = StudioStore::addResult(m_connection->db(), m_detail->studio.id, input, m_officer);
    if (!id) {
        ErrorPresenter::show(this, tr("Record a result"), id.error());
        return false;
    }
    reload();
    return true;
}

bool StudiosTab::withdrawResult(qint64 resultId, const QString &reason)
{
    if (!m_connection)
        return false;
    if (auto done = StudioStore::withdrawResult(m_connection->db(), resultId, reason, m_officer);
        !done) {
        ErrorPresenter::show(this, tr("Withdraw the result"), done.error());
        return false;
    }
    reload();
    return true;
}

void StudiosTab::askStudio()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New studio"));
    auto *name = new QLineEdit(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (StudioKind k : { StudioKind::Master, StudioKind::Innovation })
        kind->addItem(RecognitionNames::display(k), int(k));
    auto *level = new QComboBox(&dialog);
    for (HonourLevel l : { HonourLevel::National, HonourLevel::Provincial, HonourLevel::Municipal,
             HonourLevel::Industry, HonourLevel::Enterprise })
        level->addItem(RecognitionNames::display(l), int(l));
    auto *leader = new QLineEdit(&dialog);
    leader->setPlaceholderText(tr("Employee No."));
    auto *occupation = new QLineEdit(&dialog);
    auto *founded = new DateField(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Name"), name);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Level"), level);
    form->addRow(tr("Leader"), leader);
    form->addRow(tr("Occupation"), occupation);
    form->addRow(tr("Founded"), founded);
    form->addRow(okCancel(&dialog));
    while (dialog.exec() == QDialog::Accepted) {
        if (addStudio({ name->text(), StudioKind(kind->currentData().toInt()),
                HonourLevel(level->currentData().toInt()), leader->text().trimmed(),
                occupation->text().trimmed(), founded->date(), m_officer }))
            return;
    }
}

void StudiosTab::askMember()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a member"));
    auto *employee = new QLineEdit(&dialog);
    auto *joined = new DateField(&dialog);
    joined->setText(QDate::currentDate().toString(Qt::ISODate));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Employee No."), employee);
    form->addRow(tr("Joined"), joined);
    form->addRow(okCancel(&dialog));
    while (dialog.exec() == QDialog::Accepted) {
        if (addMember(employee->text().trimmed(), joined->date()))
            return;
    }
}

void StudiosTab::askLeave()
{
    const int row = m_members->currentRow();
    if (!m_detail || row < 0 || row >= m_detail->members.size())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Member leaves"));
    auto *left = new DateField(&dialog);
    left->setText(QDate::currentDate().toString(Qt::ISODate));
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(RecognitionText::worker(m_detail->members[row].worker), &dialog));
    form->addRow(tr("Left on"), left);
    form->addRow(okCancel(&dialog));
    const qint64 member = m_detail->members[row].id;
    while (dialog.exec() == QDialog::Accepted) {
        if (leave(member, left->date()))
            return;
    }
}

void StudiosTab::askResult()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record a result"));
    auto *kind = new QComboBox(&dialog);
    for (StudioResultKind k : { StudioResultKind::Patent, StudioResultKind::Process,
             StudioResultKind::Apprentices, StudioResultKind::Other })
        kind->addItem(RecognitionNames::display(k), int(k));
    auto *title = new QLineEdit(&dialog);
    auto *quantity = new QSpinBox(&dialog);
    quantity->setRange(1, 9999);
    quantity->setToolTip(tr("For apprentices trained: how many; any other result counts once."));
    auto *on = new DateField(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Result"), title);
    form->addRow(tr("Quantity"), quantity);
    form->addRow(tr("Date"), on);
    form->addRow(okCancel(&dialog));
    connect(kind, &QComboBox::currentIndexChanged, quantity, [kind, quantity] {
        const bool counted = kind->currentData().toInt() == int(StudioResultKind::Apprentices);
        quantity->setEnabled(counted);
        if (!counted)
            quantity->setValue(1);
    });
    quantity->setEnabled(false);
    while (dialog.exec() == QDialog::Accepted) {
        if (addResult({ StudioResultKind(kind->currentData().toInt()), title->text(),
                quantity->value(), on->date() }))
            return;
    }
}

void StudiosTab::askWithdraw()
{
    const int row = m_results->currentRow();
    if (!m_detail || row < 0 || row >= m_detail->results.size())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Withdraw the result"),
        tr("Why is %1 withdrawn? The record stays, marked withdrawn.")
            .arg(m_detail->results[row].title),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        withdrawResult(m_detail->results[row].id, reason);
}

} // namespace skl
