#pragma once

#include <QDialog>
#include <QStringList>

#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/domain/worker.h"
#include "core/store/workerstore.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QUndoStack;

namespace skl {

class Connection;
class DateField;
class MentorshipsPanel;
class RecognitionPanel;
class TeamLeaderPeriodsPanel;
class TrainingPanel;

// A worker's profile: basic data edited with validation as you type (the same rules as an
// import), dates typed or picked on a calendar, undo and redo within the dialog, Save as one
// audited transaction, Cancel asking before it discards edits; the grade history in all
// occupations; the audit trail of this worker.
class WorkerProfileDialog : public QDialog
{
    Q_OBJECT
public:
    // Edits by officer: Save and the photo need the hr role, the full ID number hr or admin
    // (each reveal audited); a workshop head opens only the workers of their workshops.
    WorkerProfileDialog(
        Connection &connection, const Officer &officer, qint64 workerId, QWidget *parent = nullptr);
    ~WorkerProfileDialog() override;

    bool isLoaded() const { return m_loaded; }
    // The problems of the form as it stands (empty: Save is enabled).
    const RowProblems &problems() const { return m_problems; }
    QUndoStack *undoStack() const { return m_undo; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idNumberEdit() const { return m_idNumber; }
    // "Show the full ID number": hr and admin only; each reveal is an audit event.
    QPushButton *revealIdButton() const { return m_revealId; }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *gradeHistoryTable() const { return m_grades; }
    QTableWidget *auditTable() const { return m_audit; }
    // What the dialog says when another window changed the worker since it was opened (hidden
    // otherwise), and its Reload button.
    QLabel *conflictText() const { return m_conflictText; }
    QPushButton *reloadButton() const { return m_reload; }
    // Saves (the Save button); true when the dialog may close.
    bool save();
    // The form differs from what was loaded (or saved), or a new photo waits for Save.
    bool hasUnsavedChanges() const;
    // Cancel, Esc or closing: with unsaved changes, asks to save, discard or go back first.
    void reject() override;
    DateField *hireDateEdit() const { return m_hireDate; }
    // The worker's team-leader periods and master-apprentice agreements (issue 15); null when
    // the worker could not be read.
    TeamLeaderPeriodsPanel *teamLeaderPeriods() const { return m_teamLeaderPeriods; }
    MentorshipsPanel *mentorships() const { return m_mentorships; }
    TrainingPanel *training() const { return m_training; }
    RecognitionPanel *recognition() const { return m_recognition; }

Q_SIGNALS:
    void workerSaved(qint64 workerId);

private:
    QWidget *buildBasicTab();
    void addAgreementTabs();
    void load();
    void showRecord(const WorkerRecord &record);
    void fillHistory();
    void revealIdNumber();
    void choosePhoto();
    void showPhoto(const QByteArray &image);

    // The form as roster cells in RosterField order, so RosterRow checks it like an import row.
    QStringList formCells() const;
    void applyCells(const QStringList &cells);
    void fieldEdited();
    void validate();
    void showProblems();
    void showConflict(const QList<AuditEntry> &changes);

    Connection &m_connection;
    Officer m_officer;
    qint64 m_workerId;
    bool m_loaded = false;
    bool m_applying = false;
    QString m_shownIdNumber; // what the read-only ID field shows: masked, or revealed
    QStringList m_lastCells;
    QStringList m_savedCells; // the form as loaded: what Cancel compares with
    WorkerStore::Snapshot m_read; // what the form was loaded from: Save writes the differences
    RowProblems m_problems;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_employeeNo = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QPushButton *m_revealId = nullptr;
    DateField *m_birthDate = nullptr;
    DateField *m_hireDate = nullptr;
    DateField *m_leaveDate = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_workshop = nullptr;
    QComboBox *m_occupation = nullptr;
    QCheckBox *m_frontline = nullptr;
    QLabel *m_photo = nullptr;
    QByteArray m_newPhoto; // chosen, stored with Save
    QCheckBox *m_teamLeader = nullptr;
    QLabel *m_problemText = nullptr;
    QWidget *m_conflict = nullptr;
    QLabel *m_conflictText = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_save = nullptr;
    QTableWidget *m_grades = nullptr;
    QTableWidget *m_audit = nullptr;
    TeamLeaderPeriodsPanel *m_teamLeaderPeriods = nullptr;
    MentorshipsPanel *m_mentorships = nullptr;
    TrainingPanel *m_training = nullptr;
    RecognitionPanel *m_recognition = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace skl
