#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/store/workerstore.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace skl {

class Connection;

// Adds one worker, a new hire (issue 15): every roster field of an in-service worker, checked as
// the officer types by the import's own row rules (RosterRow: ID number, dates, grade and its
// date) and against the database (an employee number or ID number already on record); Save adds
// the worker in one audited transaction through the import's writer.
class NewWorkerDialog : public QDialog
{
    Q_OBJECT
public:
    NewWorkerDialog(Connection &connection, const Officer &officer, QWidget *parent = nullptr);

    // The problems of the form as it stands (empty: Save is enabled).
    const RowProblems &problems() const { return m_problems; }
    QLineEdit *employeeNoEdit() const { return m_employeeNo; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    QLineEdit *birthDateEdit() const { return m_birthDate; }
    QDateEdit *hireDateEdit() const { return m_hireDate; }
    QComboBox *siteBox() const { return m_site; }
    QComboBox *provinceBox() const { return m_province; }
    QComboBox *workshopBox() const { return m_workshop; }
    QComboBox *occupationBox() const { return m_occupation; }
    QComboBox *gradeBox() const { return m_grade; }
    QDateEdit *gradeDateEdit() const { return m_gradeDate; }
    QCheckBox *teamLeaderBox() const { return m_teamLeader; }
    QLabel *problemText() const { return m_problemText; }
    QPushButton *saveButton() const { return m_save; }
    // The worker added by save(); 0 before.
    qint64 addedWorkerId() const { return m_addedId; }
    // Saves (the Save button); true when the worker was added and the dialog may close.
    bool save();

Q_SIGNALS:
    void workerAdded(qint64 workerId);

private:
    QStringList formCells() const;
    void fillWorkshops();
    void validate();

    Connection &m_connection;
    Officer m_officer;
    QList<NamedUnit> m_sites;
    QList<NamedUnit> m_workshops;
    RowProblems m_problems;
    qint64 m_addedId = 0;

    QLineEdit *m_employeeNo = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QDateEdit *m_hireDate = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_workshop = nullptr;
    QComboBox *m_occupation = nullptr;
    QComboBox *m_grade = nullptr;
    QDateEdit *m_gradeDate = nullptr;
    QCheckBox *m_frontline = nullptr;
    QCheckBox *m_teamLeader = nullptr;
    QLabel *m_problemText = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace skl
