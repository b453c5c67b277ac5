#pragma once

#include <QWidget>

#include "core/domain/officer.h"
#include "core/store/trainingstore.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;
class TrainingRecordDialog;

// 培训档案, the worker profile's tab of the lifelong training archive (issue 17): the records,
// New and Correct (hr's; other roles read), the corrections of the selected record with their
// reasons, and the whole archive saved as a PDF or a workbook.
class TrainingPanel : public QWidget
{
    Q_OBJECT
public:
    TrainingPanel(Connection &connection, const Officer &officer, const QString &employeeNo,
        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QTableWidget *historyTable() const { return m_history; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *correctButton() const { return m_correct; }
    QPushButton *archiveButton() const { return m_archive; }
    const WorkerTraining &archive() const { return m_archiveData; }
    void reload();
    // The editors the buttons open (not yet shown).
    TrainingRecordDialog *newRecordDialog();
    TrainingRecordDialog *newCorrectionDialog();
    // Writes the worker's whole archive to path (.pdf or .xlsx) and records the export.
    Status writeArchive(const QString &path);

Q_SIGNALS:
    void recordsChanged();

private:
    void run(TrainingRecordDialog *dialog);
    void showHistory();
    void updateButtons();
    void saveArchive();

    Connection &m_connection;
    Officer m_officer;
    QString m_employeeNo;
    WorkerTraining m_archiveData;
    QTableWidget *m_table;
    QLabel *m_totals;
    QTableWidget *m_history;
    QPushButton *m_new;
    QPushButton *m_correct;
    QPushButton *m_archive;
};

} // namespace skl
