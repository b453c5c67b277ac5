#pragma once

#include <QDialog>
#include <QList>

#include "core/domain/officer.h"
#include "core/store/officerstore.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;

// System ▸ Officers and permissions (issue 13, admins only): every officer with their roles in
// Chinese, workshops and state (disabled, locked); add one, change roles and workshops, disable
// or enable, unlock, set a password. Core checks each act again and its refusals are shown.
class OfficersDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Login, Name, RolesColumn, Workshops, State, ColumnCount };

    OfficersDialog(Connection &connection, const Officer &by, QWidget *parent = nullptr);

    // Reads the officers again, keeping the selection; false, with the refusal shown, when by
    // may not (or no longer) manage officers.
    bool reload();
    QTableWidget *table() const { return m_table; }
    const QList<OfficerListing> &officers() const { return m_officers; }
    // Selects the officer with this login; false when there is none.
    bool select(const QString &login);

    // What the buttons do, on the selected officer.
    void addOfficer();
    void editRoles();
    void toggleDisabled();
    void unlock();
    void setPassword();

Q_SIGNALS:
    // An officer was added or changed: the window re-reads its own officer's roles.
    void officersChanged();

private:
    const OfficerListing *selected() const;
    void updateButtons();
    // Shows a refusal or failure; the list is read again, since the act may have half-happened
    // elsewhere (another window).
    void report(const Status &done);

    Connection &m_connection;
    Officer m_by;
    QList<OfficerListing> m_officers;
    QTableWidget *m_table = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_password = nullptr;
};

} // namespace skl
