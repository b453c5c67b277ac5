#pragma once

#include <optional>

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace skl {

// The automatic backup settings (issue #12): on or off, the folder, how many to keep, and when
// the open database was last backed up. Saved to AppSettings on OK.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // defaultFolder is shown when the settings name none; last is the open database's newest
    // automatic backup, if any.
    BackupSettingsDialog(
        const QString &defaultFolder, std::optional<QDateTime> last, QWidget *parent = nullptr);

    QCheckBox *enabledBox() const { return m_enabled; }
    QLineEdit *folderEdit() const { return m_folder; }
    QSpinBox *keepBox() const { return m_keep; }

    void accept() override;

private:
    void chooseFolder();

    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keep = nullptr;
};

} // namespace skl
