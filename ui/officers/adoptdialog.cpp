#include "ui/officers/adoptdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "ui/officers/passwordfields.h"

using namespace Qt::StringLiterals;

namespace skl {

AdoptDialog::AdoptDialog(Connection &connection, const QString &company, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new PasswordFields(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("First administrator of %1").arg(company));
    auto *intro = new QLabel(
        tr("<p><b>%1</b> (%2) was written before SkillLadder had officers: anyone could act as "
           "anyone. Name its first administrator now.</p><p>The administrator holds every role, "
           "so that a one-person company can work, and adds the other officers under System ▸ "
           "Officers and permissions. Approving a certification still needs a second "
           "person.</p>")
            .arg(company.toHtmlEscaped(),
                QDir::toNativeSeparators(connection.path()).toHtmlEscaped()),
        this);
    intro->setTextFormat(Qt::RichText);
    intro->setWordWrap(true);
    m_login->setPlaceholderText(tr("letters, digits, \".\", \"_\" and \"-\""));
    m_displayName->setPlaceholderText(tr("the name shown in the audit trail, e.g. 王科长"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828"_s);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the administrator"));

    auto *form = new QFormLayout;
    form->addRow(tr("Login name:"), m_login);
    form->addRow(tr("Display name:"), m_displayName);
    m_password->addRowsTo(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_login, &QLineEdit::textChanged, this, &AdoptDialog::updateButtons);
    connect(m_password, &PasswordFields::changed, this, &AdoptDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdoptDialog::adopt);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

bool AdoptDialog::adopt()
{
    const NewOfficer first { m_login->text().trimmed(), m_displayName->text().trimmed(),
        m_password->password(), Roles::all(), {} };
    // The rule shown as one types is core's rule too; core checks again and words its refusal.
    const auto made = OfficerStore::createFirst(m_connection.db(), first);
    if (!made) {
        m_message->setText(made.error().userMessage);
        m_message->show();
        return false;
    }
    m_officer = *made;
    accept();
    return true;
}

void AdoptDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_login->text().trimmed().isEmpty() && m_password->isAcceptable());
}

} // namespace skl
