#include "ui/officers/passworddialog.h"

#include <QDialogButtonBox>
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

PasswordDialog::PasswordDialog(
    Connection &connection, const Officer &by, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_by(by)
    , m_login(login)
    , m_own(login.compare(by.login, Qt::CaseInsensitive) == 0)
    , m_password(new PasswordFields(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_own ? tr("Change my password") : tr("New password for %1").arg(login));
    auto *form = new QFormLayout;
    if (m_own) {
        // Whoever sits at an unlocked window must not take the account over.
        m_current = new QLineEdit(this);
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Current password:"), m_current);
        connect(m_current, &QLineEdit::textChanged, this, &PasswordDialog::updateButtons);
    }
    m_password->addRowsTo(form);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828"_s);
    m_message->hide();
    auto *layout = new QVBoxLayout(this);
    if (!m_own) {
        auto *intro = new QLabel(tr("The new password replaces %1's and lifts a lock after "
                                    "wrong passwords. Tell it to them in person.")
                                     .arg(login),
            this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    connect(m_password, &PasswordFields::changed, this, &PasswordDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

bool PasswordDialog::save()
{
    if (m_own) {
        // The same check as a login, so that five wrong tries lock the account here too.
        const auto checked = OfficerStore::logIn(m_connection.db(), m_by.login, m_current->text());
        if (!checked) {
            showProblem(checked.error());
            m_current->clear();
            return false;
        }
    }
    const Status saved
        = OfficerStore::setPassword(m_connection.db(), m_by, m_login, m_password->password());
    if (!saved) {
        showProblem(saved.error());
        return false;
    }
    accept();
    return true;
}

void PasswordDialog::showProblem(const Error &error)
{
    m_message->setText(error.userMessage);
    m_message->show();
}

void PasswordDialog::updateButtons()
{
    const bool current = !m_own || !m_current->text().isEmpty();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(current && m_password->isAcceptable());
}

} // namespace skl
