#pragma once

#include <QDialog>

#include "core/domain/officer.h"
#include "core/store/assessmentroundstore.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace skl {

class Connection;

// 新建考核批次: a round's name, occupation, grade assessed and assessment dates. OK creates it by
// the officer; a refusal is shown and the dialog stays open with what was typed.
class NewRoundDialog : public QDialog
{
    Q_OBJECT
public:
    NewRoundDialog(Connection &connection, const Officer &officer, QWidget *parent = nullptr);

    RoundInput input() const;
    qint64 createdId() const { return m_created; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *occupationChooser() const { return m_occupation; }
    QComboBox *gradeChooser() const { return m_grade; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    void updateOk();

    Connection &m_connection;
    Officer m_officer;
    qint64 m_created = 0;
    QLineEdit *m_name;
    QComboBox *m_occupation;
    QComboBox *m_grade;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QDialogButtonBox *m_buttons;
};

} // namespace skl
