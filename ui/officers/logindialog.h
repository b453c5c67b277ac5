#pragma once

#include <QDialog>

#include "core/domain/officer.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace skl {

class Connection;

// Asks who opens a company database (issue 13): login name and password, checked by
// OfficerStore::logIn on the file's own connection. A refusal (wrong password, locked, disabled)
// is shown as core words it and the dialog stays open for another try. The demo company's
// dialog says how to log in as each sample officer.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Connection &connection, const QString &company, QWidget *parent = nullptr);

    void setLogin(const QString &login);
    // A sentence above the fields, such as why the officer logs in again.
    void setNote(const QString &note);
    // The officer who logged in, once the dialog is accepted.
    const Officer &officer() const { return m_officer; }

    // Checks what is typed: accepts the dialog when it logs in, otherwise shows why and stays
    // open. The Log in button calls it.
    bool logIn();

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *message() const { return m_message; }
    QLabel *demoHelp() const { return m_demoHelp; }

    // How to log in to the demo company, for the login screen and the welcome page.
    static QString demoHelpText();

private:
    void updateButtons();

    Connection &m_connection;
    Officer m_officer;
    QLabel *m_note = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_demoHelp = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace skl
