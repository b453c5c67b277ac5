#include "ui/fund/wagebilldialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/help/helptopic.h"

using namespace Qt::StringLiterals;

namespace skl {

WageBillDialog::WageBillDialog(Connection &connection, const Officer &officer, int year,
    const WageBill &current, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_year(year)
    , m_amount(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_takeBack(new QPushButton(tr("Take the entered figure back"), this))
    , m_problem(new QLabel(this))
{
    HelpTopic::set(this, u"fund"_s);
    setWindowTitle(tr("Wage bill of %1").arg(year));
    m_amount->setPlaceholderText(tr("Yuan, at most two decimals, e.g. 52,800,000.00"));
    m_note->setPlaceholderText(tr("Where the figure comes from, e.g. the annual accounts"));
    if (current.source == WageBillSource::Entered && current.amount)
        m_amount->setText(current.amount->toYuan(Fen::Grouping::Thousands));
    m_takeBack->setEnabled(current.source == WageBillSource::Entered);
    m_takeBack->setToolTip(tr("The pay records count again."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a81d1d;"_s);
    m_problem->hide();

    auto *explanation = new QLabel(
        tr("An entered wage bill counts instead of the one computed from the pay records. "
           "Enter it when the pay records do not hold the year's pay."),
        this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Wage bill (yuan)"), m_amount);
    form->addRow(tr("Note"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_takeBack, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &WageBillDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_takeBack, &QPushButton::clicked, this, &WageBillDialog::takeBack);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString WageBillDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void WageBillDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void WageBillDialog::accept()
{
    const auto amount = Fen::parseYuan(m_amount->text());
    if (!amount || amount->isNegative()) {
        showProblem(
            tr("\"%1\" is not an amount of yuan with at most two decimals.").arg(m_amount->text()));
        m_amount->setFocus();
        return;
    }
    if (auto done = EducationFundStore::enterWageBill(
            m_connection.db(), m_year, *amount, m_note->text(), m_officer);
        !done) {
        showProblem(done.error().userMessage);
        return;
    }
    QDialog::accept();
}

void WageBillDialog::takeBack()
{
    if (auto done
        = EducationFundStore::clearWageBill(m_connection.db(), m_year, m_note->text(), m_officer);
        !done) {
        showProblem(done.error().userMessage);
        return;
    }
    QDialog::accept();
}

} // namespace skl
