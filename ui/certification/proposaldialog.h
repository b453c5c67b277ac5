#pragma once

#include <QDialog>

#include "core/store/certificationstore.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace skl {

class Connection;

// 新建认定: proposes one certification. The worker's name and current grade show as the employee
// number is typed; the rules of core decide on OK, and a refusal is shown in the dialog, which
// stays open for the officer to correct it.
class ProposalDialog : public QDialog
{
    Q_OBJECT
public:
    // by: the officer who proposes (a workshop head: for their own workshops' workers).
    ProposalDialog(Connection &connection, const Officer &by, QWidget *parent = nullptr);

    void setEmployee(const QString &employeeNo);
    void setDate(QDate date);
    qint64 proposedId() const { return m_proposedId; }
    QComboBox *basisField() const { return m_basis; }

    void accept() override;

private:
    void describeWorker();
    void updateGround();
    void updateBasis();
    ProposalRequest request() const;

    Connection &m_connection;
    Officer m_officer;
    QLineEdit *m_employee;
    QLabel *m_worker;
    QComboBox *m_occupation;
    QComboBox *m_grade;
    QComboBox *m_way;
    QComboBox *m_ground;
    QComboBox *m_basis; // the honour or project an exceptional promotion rests on
    QPlainTextEdit *m_evidence;
    QDateEdit *m_date;
    QComboBox *m_round;
    QLineEdit *m_number;
    QLabel *m_problem;
    qint64 m_proposedId = 0;
};

} // namespace skl
