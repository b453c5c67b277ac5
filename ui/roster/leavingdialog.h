#pragma once

#include <QDialog>

#include "core/domain/officer.h"
#include "core/domain/workerrow.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace skl {

class Connection;

// Records a leaving (离职, issue 15): the first day out of service and the reason, kept in the
// audit trail. From that day the worker is out of service, as with a leave date an import brings,
// so their allowances stop.
class LeavingDialog : public QDialog
{
    Q_OBJECT
public:
    LeavingDialog(Connection &connection, const Officer &officer, const WorkerRow &worker,
        QWidget *parent = nullptr);

    QDateEdit *leaveDateEdit() const { return m_date; }
    QComboBox *reasonBox() const { return m_reason; }
    QLineEdit *detailEdit() const { return m_detail; }
    QLabel *problemText() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }
    // The reason as recorded: the kind chosen, and the details when given.
    QString reason() const;
    // Records the leaving (the Save button); true when it was recorded.
    bool save();

Q_SIGNALS:
    void leavingRecorded(qint64 workerId);

private:
    void validate();

    Connection &m_connection;
    Officer m_officer;
    WorkerRow m_worker;
    QDateEdit *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_detail = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace skl
