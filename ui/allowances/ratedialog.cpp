#include "ui/allowances/ratedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/allowancestore.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"

using namespace Qt::StringLiterals;

namespace skl {

RateDialog::RateDialog(Connection &connection, const Officer &by, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(by)
    , m_kind(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_from(
          new QDateEdit(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpTopic::set(this, u"allowances"_s);
    setWindowTitle(tr("Set a rate"));
    for (const auto k :
        { AllowanceKind::Skill, AllowanceKind::TeamLeader, AllowanceKind::Mentoring })
        m_kind->addItem(AllowanceStore::display(k), int(k));
    for (int rank = 0; rank < kGradeCount; ++rank)
        m_grade->addItem(GradeNames::display(Grade(rank)), rank);
    m_grade->setCurrentIndex(rankOf(Grade::Senior));
    // Yuan as typed, turned into fen exactly (never through a floating-point value).
    m_amount->setPlaceholderText(tr("yuan a month, e.g. 300.00"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a81d1d;"_s);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Allowance"), m_kind);
    form->addRow(tr("Grade"), m_grade);
    form->addRow(tr("Amount"), m_amount);
    form->addRow(tr("From"), m_from);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_grade->setEnabled(m_kind->currentIndex() == 0); });
    connect(m_amount, &QLineEdit::textChanged, this, &RateDialog::checkAmount);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RateDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    checkAmount();
}

void RateDialog::checkAmount()
{
    const QString text = m_amount->text().trimmed();
    const auto fen = Fen::parseYuan(text);
    const bool valid = fen && !fen->isNegative();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    // An empty field is not yet wrong: OK is simply off until an amount is typed.
    if (valid || text.isEmpty()) {
        m_problem->clear();
        m_problem->hide();
    } else {
        m_problem->setText(
            tr("\"%1\" is not an amount in yuan with at most two decimals.").arg(text));
        m_problem->show();
    }
}

QString RateDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void RateDialog::accept()
{
    const auto fen = Fen::parseYuan(m_amount->text().trimmed());
    if (!fen || fen->isNegative())
        return checkAmount();
    AllowanceRate rate;
    rate.kind = AllowanceKind(m_kind->currentData().toInt());
    if (rate.kind == AllowanceKind::Skill)
        rate.grade = gradeFromRank(m_grade->currentData().toInt());
    rate.fen = *fen;
    rate.effectiveFrom = m_from->date();
    if (auto done = AllowanceStore::setRates(m_connection.db(), { rate }, m_officer); !done) {
        m_problem->setText(done.error().userMessage);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace skl
