#pragma once

#include <QDialog>
#include <QMap>

#include "core/domain/officer.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace skl {

class Connection;
class PasswordFields;
struct OfficerListing;

// Adds an officer, or changes an officer's roles and workshops (issue 13): the roles as check
// boxes with their Chinese titles, the workshops chosen from the company's when 车间主任 is
// checked, and for a new officer a password typed twice. Core checks everything again and its
// refusal is shown in the dialog, which stays open.
class OfficerEditDialog : public QDialog
{
    Q_OBJECT
public:
    // A new officer, added by by.
    OfficerEditDialog(Connection &connection, const Officer &by, QWidget *parent = nullptr);
    // The roles and workshops of an existing officer, changed by by.
    OfficerEditDialog(Connection &connection, const Officer &by, const OfficerListing &existing,
        QWidget *parent = nullptr);

    bool isNew() const { return m_existing.isEmpty(); }
    // Adds the officer or saves the roles and accepts the dialog, or shows why not and stays
    // open. The OK button calls it.
    bool save();

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QCheckBox *roleBox(Role role) const { return m_roles.value(role); }
    QListWidget *workshopList() const { return m_workshops; }
    // Checks or unchecks the workshop with this id in the list.
    void setWorkshopChecked(qint64 workshopId, bool checked);
    PasswordFields *passwordFields() const { return m_password; }
    QLabel *message() const { return m_message; }

private:
    void build(const Officer *existing);
    void fillWorkshops(const QList<qint64> &checked);
    Roles chosenRoles() const;
    QList<qint64> chosenWorkshops() const;
    void updateButtons();
    void showProblem(const QString &problem);

    Connection &m_connection;
    Officer m_by;
    QString m_existing; // the login edited; empty for a new officer
    QLineEdit *m_login = nullptr;
    QLineEdit *m_displayName = nullptr;
    QMap<Role, QCheckBox *> m_roles;
    QListWidget *m_workshops = nullptr;
    PasswordFields *m_password = nullptr; // a new officer's only
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace skl
