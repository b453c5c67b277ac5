#pragma once

#include <QDialog>

#include "core/domain/officer.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace skl {

class Connection;
class PasswordFields;

// A file written before SkillLadder had officers has none (issue 13): its first open asks for the
// first administrator, who holds every role and then adds the other officers
// (OfficerStore::createFirst; the command line's "adopt").
class AdoptDialog : public QDialog
{
    Q_OBJECT
public:
    AdoptDialog(Connection &connection, const QString &company, QWidget *parent = nullptr);

    // The administrator made, once the dialog is accepted.
    const Officer &officer() const { return m_officer; }

    // Makes the administrator from what is typed and accepts the dialog, or shows why not and
    // stays open. The Create button calls it.
    bool adopt();

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    PasswordFields *passwordFields() const { return m_password; }
    QLabel *message() const { return m_message; }

private:
    void updateButtons();

    Connection &m_connection;
    Officer m_officer;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_displayName = nullptr;
    PasswordFields *m_password = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace skl
