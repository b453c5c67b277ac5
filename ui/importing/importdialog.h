#pragma once

#include <optional>

#include <QDialog>

#include "core/domain/officer.h"
#include "core/importing/rosterimport.h"
#include "core/importing/rosterpreview.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace skl {

// Importing a roster file (issue #4): choose the file, see its first rows with the detected
// encoding and how each column is understood, import with a progress bar and Cancel (cancel
// leaves the database as before), then every bad row as line / field / reason, savable as CSV.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // The import is by officer (the hr role); the preview shows ID numbers masked.
    ImportDialog(const QString &databasePath, const Officer &officer, QWidget *parent = nullptr);

    // Shows the preview of path (the file chooser's result, or a test's file); for an Excel
    // workbook with several sheets, of the first, with a chooser for the others.
    void setFile(const QString &path);
    // Starts the import of the previewed file (the Import button).
    void startImport();
    const std::optional<RosterImportReport> &report() const { return m_report; }
    QTableWidget *problemTable() const { return m_problems; }
    // After a refused import: imports the good rows of the same file and sets the bad ones aside.
    QPushButton *importGoodRowsButton() const { return m_importGood; }
    QComboBox *sheetChooser() const { return m_sheet; }
    // "下载导入模板…": saves an empty roster workbook with the columns explained.
    QPushButton *templateButton() const { return m_template; }
    // Where the template was last saved, shown under the file row; empty before.
    QString templateNote() const;
    QString summary() const;

Q_SIGNALS:
    // The database changed: screens showing it should read it again.
    void imported(const skl::RosterImportReport &report);
    // The import finished, was cancelled or failed (for tests and the status bar).
    void importEnded();

private:
    void chooseFile();
    void showPreview(const RosterPreview &preview);
    void previewSheet();
    void showReport(const RosterImportReport &report);
    void saveProblems();
    void saveRejects();
    void downloadTemplate();

    QString m_databasePath;
    Officer m_officer;
    QString m_file;
    QLineEdit *m_path = nullptr;
    QPushButton *m_template = nullptr;
    QLabel *m_templateNote = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheet = nullptr;
    QLabel *m_encoding = nullptr;
    QLabel *m_headerProblems = nullptr;
    QTableWidget *m_preview = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QPushButton *m_import = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_saveProblems = nullptr;
    QPushButton *m_saveRejects = nullptr;
    QPushButton *m_importGood = nullptr;
    std::optional<RosterImportReport> m_report;
};

} // namespace skl
