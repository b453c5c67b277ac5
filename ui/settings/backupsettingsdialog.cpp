#include "ui/settings/backupsettingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/common/appsettings.h"
#include "ui/help/helptopic.h"

namespace skl {

BackupSettingsDialog::BackupSettingsDialog(
    const QString &defaultFolder, std::optional<QDateTime> last, QWidget *parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("Back up the database automatically when it is closed, and once "
                                 "a day when it is opened"),
          this))
    , m_folder(new QLineEdit(this))
    , m_keep(new QSpinBox(this))
{
    HelpTopic::set(this, QStringLiteral("backup"));
    setWindowTitle(tr("Automatic backups"));
    m_enabled->setChecked(AppSettings::autoBackupEnabled());
    m_folder->setText(QDir::toNativeSeparators(AppSettings::autoBackupFolder()));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(defaultFolder));
    m_keep->setRange(1, 999);
    m_keep->setValue(AppSettings::autoBackupKeep());
    m_keep->setSuffix(tr(" backups"));

    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, &BackupSettingsDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Keep the last:"), m_keep);
    const QString lastText = last ? QLocale().toString(*last, QLocale::ShortFormat)
                                  : tr("no automatic backup of this database yet");
    form->addRow(tr("Last backup:"), new QLabel(lastText, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void BackupSettingsDialog::chooseFolder()
{
    const QString start
        = m_folder->text().isEmpty() ? m_folder->placeholderText() : m_folder->text();
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Folder for automatic backups"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void BackupSettingsDialog::accept()
{
    AppSettings::setAutoBackupEnabled(m_enabled->isChecked());
    AppSettings::setAutoBackupFolder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    AppSettings::setAutoBackupKeep(m_keep->value());
    QDialog::accept();
}

} // namespace skl
