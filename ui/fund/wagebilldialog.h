#pragma once

#include <QDialog>

#include "core/domain/officer.h"
#include "core/store/educationfundstore.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace skl {

class Connection;

// Payroll enters a year's wage bill as the accounts give it, for a year the pay records do not
// hold (issue 17), or takes an entered one back so that the pay records count again. Each is
// one audited entry with its note; nothing is overwritten.
class WageBillDialog : public QDialog
{
    Q_OBJECT
public:
    WageBillDialog(Connection &connection, const Officer &officer, int year,
        const WageBill &current, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *takeBackButton() const { return m_takeBack; }
    QString problem() const;

    void accept() override;

private:
    void takeBack();
    void showProblem(const QString &message);

    Connection &m_connection;
    Officer m_officer;
    int m_year;
    QLineEdit *m_amount;
    QLineEdit *m_note;
    QPushButton *m_takeBack;
    QLabel *m_problem;
};

} // namespace skl
