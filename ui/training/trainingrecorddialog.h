#pragma once

#include <QDialog>

#include "core/domain/officer.h"
#include "core/domain/training.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace skl {

class Connection;
class DateField;

// Adds a training record to a worker's archive, or corrects one (issue 17): every field, and for
// a correction the reason, which the archive keeps with the former values. Save is hr's
// (Act::RecordTraining); the dialog names what is wrong as the officer types.
class TrainingRecordDialog : public QDialog
{
    Q_OBJECT
public:
    // record.id 0: a new record of the worker employeeNo.
    TrainingRecordDialog(Connection &connection, const Officer &officer, const QString &employeeNo,
        const TrainingRecord &record, QWidget *parent = nullptr);

    QLineEdit *courseEdit() const { return m_course; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *hoursEdit() const { return m_hours; }
    QLineEdit *providerEdit() const { return m_provider; }
    QLineEdit *costEdit() const { return m_cost; }
    DateField *startEdit() const { return m_start; }
    DateField *endEdit() const { return m_end; }
    QLineEdit *resultEdit() const { return m_result; }
    QLineEdit *certificateEdit() const { return m_certificate; }
    DateField *expiresEdit() const { return m_expires; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *problemText() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }
    bool save();

Q_SIGNALS:
    void recordSaved();

private:
    // The record the fields hold, or why they hold none.
    std::optional<TrainingInput> input(QString &problem) const;
    void validate();

    Connection &m_connection;
    Officer m_officer;
    QString m_employeeNo;
    qint64 m_id;
    QLineEdit *m_course;
    QComboBox *m_kind;
    QLineEdit *m_hours;
    QLineEdit *m_provider;
    QLineEdit *m_cost;
    DateField *m_start;
    DateField *m_end;
    QLineEdit *m_result;
    QLineEdit *m_certificate;
    DateField *m_expires;
    QLineEdit *m_reason = nullptr;
    QLabel *m_problem;
    QPushButton *m_save;
};

} // namespace skl
