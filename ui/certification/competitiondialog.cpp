#include "ui/certification/competitiondialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include "core/domain/certification.h"
#include "ui/help/helptopic.h"

using namespace Qt::StringLiterals;

namespace skl {

CompetitionDialog::CompetitionDialog(const QStringList &occupations, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_level(new QComboBox(this))
    , m_organiser(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_occupation(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpTopic::set(this, u"competitions"_s);
    setWindowTitle(tr("New competition"));
    m_name->setPlaceholderText(tr("e.g. 2026 plant lathe skills contest"));
    for (const auto l :
        { CompetitionLevel::World, CompetitionLevel::National, CompetitionLevel::Provincial,
            CompetitionLevel::Municipal, CompetitionLevel::Industry, CompetitionLevel::Enterprise })
        m_level->addItem(CertificationNames::display(l), int(l));
    m_level->setPlaceholderText(tr("Choose the level"));
    m_level->setCurrentIndex(-1);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_occupation->addItem(tr("(each worker's own)"));
    m_occupation->addItems(occupations);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Competition name"), m_name);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Organiser"), m_organiser);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Occupation"), m_occupation);
    form->addRow(m_buttons);
    resize(480, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CompetitionDialog::updateOk);
    connect(m_level, &QComboBox::currentIndexChanged, this, &CompetitionDialog::updateOk);
    updateOk();
}

void CompetitionDialog::updateOk()
{
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool named = !m_name->text().trimmed().isEmpty();
    const bool levelled = m_level->currentIndex() >= 0;
    ok->setEnabled(named && levelled);
    ok->setToolTip(!named ? tr("Enter the competition's name.")
            : !levelled   ? tr("Choose the competition's level.")
                          : QString());
}

CompetitionInput CompetitionDialog::input() const
{
    CompetitionInput input;
    input.name = m_name->text().trimmed();
    input.level = CompetitionLevel(m_level->currentData().toInt());
    input.organiser = m_organiser->text().trimmed();
    input.heldOn = m_date->date();
    input.occupation = m_occupation->currentIndex() == 0 ? QString() : m_occupation->currentText();
    return input;
}

} // namespace skl
