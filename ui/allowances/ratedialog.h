#pragma once

#include <QDialog>

#include "core/domain/officer.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace skl {

class Connection;

// 设定标准: one allowance rate from a day. The amount is checked as it is typed, and OK stays off
// until it is an amount; a refusal of the save is shown in the dialog, which stays open with what
// was typed (it used to close and lose the input).
class RateDialog : public QDialog
{
    Q_OBJECT
public:
    RateDialog(Connection &connection, const Officer &by, QWidget *parent = nullptr);

    QLineEdit *amountEdit() const { return m_amount; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Why the amount or the save was refused; empty when nothing is wrong.
    QString problem() const;

    void accept() override;

private:
    void checkAmount();

    Connection &m_connection;
    Officer m_officer;
    QComboBox *m_kind;
    QComboBox *m_grade;
    QLineEdit *m_amount;
    QDateEdit *m_from;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace skl
