#pragma once

#include <QDialog>

#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/store/mentorshipstore.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace skl {

class Connection;
class DateField;

// Records or corrects one master-apprentice agreement (师带徒, issue 15): mentor and apprentice
// by employee number, occupation, start, planned end, actual end, and how it ended (出师 with
// the grade reached, 未出师, 中止). Checked as the officer types by the rules of the agreements
// import (MentorshipStore); Save is hr's.
class MentorshipDialog : public QDialog
{
    Q_OBJECT
public:
    // record.id 0: a new agreement, its fields as given (the mentor, say).
    MentorshipDialog(Connection &connection, const Officer &officer, const MentorshipRecord &record,
        QWidget *parent = nullptr);

    QLineEdit *mentorEdit() const { return m_mentor; }
    QLineEdit *apprenticeEdit() const { return m_apprentice; }
    QComboBox *occupationBox() const { return m_occupation; }
    DateField *startEdit() const { return m_start; }
    DateField *plannedEndEdit() const { return m_plannedEnd; }
    DateField *endEdit() const { return m_end; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QComboBox *gradeBox() const { return m_grade; }
    QLabel *problemText() const { return m_problemText; }
    QPushButton *saveButton() const { return m_save; }
    const RowProblems &problems() const { return m_problems; }
    bool save();

Q_SIGNALS:
    void agreementSaved(qint64 id);

private:
    void validate();
    // The worker of the employee number typed, 0 when none; their name beside the field.
    qint64 workerOf(QLineEdit *edit, QLabel *name, const QString &field);
    void readDate(DateField *field, const QString &key, QDate &into);
    Mentorship agreement() const;

    Connection &m_connection;
    Officer m_officer;
    qint64 m_id;
    qint64 m_mentorId = 0;
    qint64 m_apprenticeId = 0;
    QDate m_startDay;
    QDate m_plannedDay;
    QDate m_endDay;
    RowProblems m_problems;
    QLineEdit *m_mentor = nullptr;
    QLabel *m_mentorName = nullptr;
    QLineEdit *m_apprentice = nullptr;
    QLabel *m_apprenticeName = nullptr;
    QComboBox *m_occupation = nullptr;
    DateField *m_start = nullptr;
    DateField *m_plannedEnd = nullptr;
    DateField *m_end = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_grade = nullptr;
    QLabel *m_problemText = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace skl
