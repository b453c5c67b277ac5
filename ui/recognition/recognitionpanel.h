#pragma once

#include <QList>
#include <QWidget>

#include "core/domain/officer.h"
#include "core/store/honourstore.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;
class HonourDialog;

// A worker's recognition in the profile (荣誉 tab, issue 17): their honours (hr adds and
// withdraws them, with a reason; a withdrawn one stays listed, struck through), the studios they
// lead or belong to, and the projects they lead or work in.
class RecognitionPanel : public QWidget
{
    Q_OBJECT
public:
    RecognitionPanel(Connection &connection, const Officer &officer, qint64 workerId,
        const QString &employeeNo, QWidget *parent = nullptr);

    QTableWidget *honoursTable() const { return m_honours; }
    QTableWidget *studiosTable() const { return m_studios; }
    QTableWidget *projectsTable() const { return m_projects; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    const QList<HonourRecord> &honours() const { return m_list; }
    void reload();
    // The dialog Add opens (not yet shown), for the window and for tests.
    HonourDialog *newHonourDialog();
    // Withdraws the selected honour with reason (the button asks for it).
    void withdrawSelected(const QString &reason);

private:
    void updateButtons();
    const HonourRecord *selected() const;

    Connection &m_connection;
    Officer m_officer;
    qint64 m_workerId;
    QString m_employeeNo;
    QList<HonourRecord> m_list;
    QTableWidget *m_honours;
    QTableWidget *m_studios;
    QTableWidget *m_projects;
    QPushButton *m_add;
    QPushButton *m_withdraw;
};

} // namespace skl
