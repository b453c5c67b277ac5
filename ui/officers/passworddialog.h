#pragma once

#include <QDialog>

#include "core/domain/officer.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace skl {

class Connection;
class PasswordFields;

// A new password for an officer (issue 13): "Change my password" for anyone, who types the
// current one first, or an administrator setting another officer's (which also lifts a lock).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // by changes the password of login; their own when login is by's.
    PasswordDialog(
        Connection &connection, const Officer &by, const QString &login, QWidget *parent = nullptr);

    // Saves the new password and accepts the dialog, or shows why not and stays open. The Save
    // button calls it.
    bool save();

    QLineEdit *currentEdit() const { return m_current; }
    PasswordFields *passwordFields() const { return m_password; }
    QLabel *message() const { return m_message; }

private:
    void updateButtons();
    void showProblem(const Error &error);

    Connection &m_connection;
    Officer m_by;
    QString m_login;
    bool m_own = false;
    QLineEdit *m_current = nullptr; // only for one's own password
    PasswordFields *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace skl
