#pragma once

#include <QDialog>

#include "core/domain/officer.h"

class QComboBox;
class QLineEdit;

namespace skl {

class Connection;
class DateField;

// Records one honour (荣誉): the worker (fixed when opened from a profile), its name (the usual
// ones offered, any other typed), level, date and awarding body. OK saves through HonourStore;
// a refusal is shown and the dialog stays open.
class HonourDialog : public QDialog
{
    Q_OBJECT
public:
    HonourDialog(Connection &connection, const Officer &officer, const QString &employeeNo,
        QWidget *parent = nullptr);

    QLineEdit *employeeField() const { return m_employee; }
    QComboBox *nameField() const { return m_name; }
    QComboBox *levelField() const { return m_level; }
    DateField *dateField() const { return m_date; }
    QLineEdit *bodyField() const { return m_body; }
    void accept() override;

Q_SIGNALS:
    void honourAdded(qint64 id);

private:
    Connection &m_connection;
    Officer m_officer;
    QLineEdit *m_employee;
    QComboBox *m_name;
    QComboBox *m_level;
    DateField *m_date;
    QLineEdit *m_body;
};

} // namespace skl
