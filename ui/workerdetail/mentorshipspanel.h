#pragma once

#include <QList>
#include <QWidget>

#include "core/domain/officer.h"
#include "core/store/mentorshipstore.h"

class QPushButton;
class QTableWidget;

namespace skl {

class Connection;
class MentorshipDialog;

// The master-apprentice agreements (师带徒) a worker is in, as mentor or apprentice, in the
// profile (issue 15): New and Edit for hr; other roles read them, the buttons disabled with a
// tooltip naming the role they need.
class MentorshipsPanel : public QWidget
{
    Q_OBJECT
public:
    MentorshipsPanel(Connection &connection, const Officer &officer, qint64 workerId,
        const QString &employeeNo, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    const QList<MentorshipRecord> &agreements() const { return m_agreements; }
    void reload();
    // The editor the buttons open (not yet shown): a new agreement with this worker as the
    // mentor, or the selected one.
    MentorshipDialog *newAgreementDialog();
    MentorshipDialog *newEditDialog();

Q_SIGNALS:
    void agreementsChanged(qint64 workerId);

private:
    void run(MentorshipDialog *dialog);
    void updateButtons();

    Connection &m_connection;
    Officer m_officer;
    qint64 m_workerId;
    QString m_employeeNo;
    QList<MentorshipRecord> m_agreements;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace skl
