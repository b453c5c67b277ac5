#include "ui/widgets/savefiledialog.h"

#include <QAbstractFileIconProvider>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QStandardPaths>

#include "core/common/appsettings.h"

namespace skl::SaveFileDialog {

namespace {

    std::function<QString(const QString &)> &testAnswer()
    {
        static std::function<QString(const QString &)> answer;
        return answer;
    }

    // Icons and types from the name alone: Qt's providers ask QMimeDatabase with content
    // matching, which opens and closes files without a known extension (the database's -wal
    // and -shm among them).
    class NameOnlyIconProvider final : public QAbstractFileIconProvider
    {
    public:
        using QAbstractFileIconProvider::icon;
        QIcon icon(const QFileInfo &info) const override
        {
            return icon(info.isDir() ? Folder : File);
        }
        QString type(const QFileInfo &info) const override
        {
            if (!info.isFile())
                return QAbstractFileIconProvider::type(info); // folders and drives read nothing
            const QMimeType mime
                = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension);
            return mime.comment().isEmpty() ? mime.name() : mime.comment();
        }
    };

    QString startFolder(const QString &folder)
    {
        if (!folder.isEmpty())
            return folder;
        const QString last = AppSettings::lastFolder();
        return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : last;
    }

} // namespace

QString ask(QWidget *parent, const QString &title, const QString &suggestedName,
    const QString &filters, QString *chosenFilter, QFileDialog::Options options)
{
    QString folder = AppSettings::lastFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(suggestedName);
    QString path;
    if (testAnswer()) {
        path = testAnswer()(suggested);
    } else {
        QFileDialog dialog(parent, title, QString(), filters);
        prepare(dialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setOptions(options);
        dialog.selectFile(suggested);
        if (chosenFilter && !chosenFilter->isEmpty())
            dialog.selectNameFilter(*chosenFilter);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
            path = dialog.selectedFiles().constFirst();
            if (chosenFilter)
                *chosenFilter = dialog.selectedNameFilter();
        }
    }
    if (!path.isEmpty())
        AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    return path;
}

QString askOpen(
    QWidget *parent, const QString &title, const QString &folder, const QString &filters)
{
    QFileDialog dialog(parent, title, startFolder(folder), filters);
    prepare(dialog);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString askFolder(QWidget *parent, const QString &title)
{
    QString folder = AppSettings::lastFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosen;
    if (testAnswer()) {
        chosen = testAnswer()(folder);
    } else {
        QFileDialog dialog(parent, title, folder);
        prepare(dialog);
        dialog.setAcceptMode(QFileDialog::AcceptOpen);
        dialog.setFileMode(QFileDialog::Directory);
        dialog.setOption(QFileDialog::ShowDirsOnly);
        if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
            chosen = dialog.selectedFiles().constFirst();
    }
    if (!chosen.isEmpty())
        AppSettings::setLastFolder(chosen);
    return chosen;
}

void prepare(QFileDialog &dialog)
{
    static NameOnlyIconProvider provider; // the GUI thread's; the dialog does not own it
    dialog.setIconProvider(&provider);
}

ScopedAnswer::ScopedAnswer(std::function<QString(const QString &)> answer)
{
    Q_ASSERT(!testAnswer());
    testAnswer() = std::move(answer);
}

ScopedAnswer::~ScopedAnswer()
{
    testAnswer() = nullptr;
}

} // namespace skl::SaveFileDialog
