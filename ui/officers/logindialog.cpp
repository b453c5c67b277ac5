#include "ui/officers/logindialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/demo/democompany.h"
#include "core/demo/demoofficers.h"
#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "ui/help/helptopic.h"

using namespace Qt::StringLiterals;

namespace skl {

LoginDialog::LoginDialog(Connection &connection, const QString &company, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_note(new QLabel(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_demoHelp(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpTopic::set(this, u"welcome"_s);
    setWindowTitle(tr("Log in to %1").arg(company));
    auto *heading = new QLabel(tr("<b>%1</b><br>%2")
                                   .arg(company.toHtmlEscaped(),
                                       QDir::toNativeSeparators(connection.path()).toHtmlEscaped()),
        this);
    heading->setTextFormat(Qt::RichText);
    m_note->setWordWrap(true);
    m_note->hide();
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828"_s);
    m_message->hide();
    // The demo holds made-up people only: its officers' password is published, here.
    const bool demo = company == DemoCompany::companyName();
    m_demoHelp->setTextFormat(Qt::RichText);
    m_demoHelp->setWordWrap(true);
    m_demoHelp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demoHelp->setText(demo ? demoHelpText() : QString());
    m_demoHelp->setVisible(demo);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));

    auto *form = new QFormLayout;
    form->addRow(tr("Login name:"), m_login);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_demoHelp);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_login, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateButtons);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::logIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (demo)
        setLogin(u"admin"_s);
    updateButtons();
}

QString LoginDialog::demoHelpText()
{
    QString rows;
    for (const DemoOfficers::Sample &sample : DemoOfficers::samples()) {
        rows += u"<tr><td><tt>%1</tt></td><td>%2</td><td>%3</td></tr>"_s.arg(
            sample.login.toHtmlEscaped(), sample.displayName.toHtmlEscaped(),
            Roles::title(sample.role).toHtmlEscaped());
    }
    return tr("<p>This is the demo company: its people are made up. Log in as <tt>admin</tt> "
              "to hold every role (password <tt>%1</tt> when SkillLadder made the demo), or as "
              "a sample officer to try one role. Every sample officer's password is "
              "<tt>%1</tt>.</p>")
               .arg(DemoOfficers::password().toHtmlEscaped())
        + u"<table cellspacing=\"0\" cellpadding=\"2\">"_s + rows + u"</table>"_s;
}

void LoginDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

void LoginDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

bool LoginDialog::logIn()
{
    const auto officer
        = OfficerStore::logIn(m_connection.db(), m_login->text(), m_password->text());
    if (!officer) {
        // Wrong password, locked or disabled: said as core says it, and the officer tries again.
        m_message->setText(officer.error().userMessage);
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_officer = *officer;
    accept();
    return true;
}

void LoginDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

} // namespace skl
