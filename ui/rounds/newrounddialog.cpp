#include "ui/rounds/newrounddialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include "core/store/connection.h"
#include "core/store/workerstore.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QDateEdit *newDateEdit(QWidget *parent)
    {
        auto *edit = new QDateEdit(QDate::currentDate(), parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        return edit;
    }

} // namespace

NewRoundDialog::NewRoundDialog(Connection &connection, const Officer &officer, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_name(new QLineEdit(this))
    , m_occupation(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_start(newDateEdit(this))
    , m_end(newDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpTopic::set(this, u"rounds"_s);
    setWindowTitle(tr("New assessment round"));
    m_name->setPlaceholderText(tr("e.g. 2026 second lathe 高级工 assessment"));
    if (const auto known = WorkerStore(m_connection.db()).occupations())
        for (const NamedUnit &o : *known)
            m_occupation->addItem(o.name);
    m_occupation->setPlaceholderText(tr("Choose the occupation"));
    m_occupation->setCurrentIndex(-1);
    // Apprentices are not assessed: a round certifies 初级工 and up.
    for (const Grade g : kGrades) {
        if (g != Grade::Apprentice)
            m_grade->addItem(GradeNames::display(g), int(g));
    }
    m_grade->setPlaceholderText(tr("Choose the grade assessed"));
    m_grade->setCurrentIndex(-1);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Round name"), m_name);
    form->addRow(tr("Occupation"), m_occupation);
    form->addRow(tr("Grade assessed"), m_grade);
    form->addRow(tr("Assessment starts"), m_start);
    form->addRow(tr("Assessment ends"), m_end);
    form->addRow(m_buttons);
    resize(480, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRoundDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewRoundDialog::updateOk);
    connect(m_occupation, &QComboBox::currentIndexChanged, this, &NewRoundDialog::updateOk);
    connect(m_grade, &QComboBox::currentIndexChanged, this, &NewRoundDialog::updateOk);
    connect(m_start, &QDateEdit::dateChanged, this, &NewRoundDialog::updateOk);
    connect(m_end, &QDateEdit::dateChanged, this, &NewRoundDialog::updateOk);
    updateOk();
}

void NewRoundDialog::updateOk()
{
    const bool named = !m_name->text().trimmed().isEmpty();
    const bool occupation = m_occupation->currentIndex() >= 0;
    const bool grade = m_grade->currentIndex() >= 0;
    const bool ordered = m_start->date() <= m_end->date();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(named && occupation && grade && ordered);
    ok->setToolTip(!named ? tr("Enter the round's name.")
            : !occupation ? tr("Choose the occupation assessed.")
            : !grade      ? tr("Choose the grade assessed.")
            : !ordered    ? tr("The assessment ends before it starts.")
                          : QString());
}

RoundInput NewRoundDialog::input() const
{
    RoundInput input;
    input.name = m_name->text().trimmed();
    input.occupation = m_occupation->currentText();
    input.grade = Grade(m_grade->currentData().toInt());
    input.assessmentStart = m_start->date();
    input.assessmentEnd = m_end->date();
    return input;
}

void NewRoundDialog::accept()
{
    const auto created = AssessmentRoundStore::create(m_connection.db(), input(), m_officer);
    if (!created) {
        ErrorPresenter::show(this, tr("New assessment round"), created.error());
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace skl
