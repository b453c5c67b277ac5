#include "ui/widgets/savefiledialog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/common/appsettings.h"

namespace skl::SaveFileDialog {

namespace {

    std::function<QString(const QString &)> &testAnswer()
    {
        static std::function<QString(const QString &)> answer;
        return answer;
    }

} // namespace

QString ask(QWidget *parent, const QString &title, const QString &suggestedName,
    const QString &filters, QString *chosenFilter, QFileDialog::Options options)
{
    QString folder = AppSettings::lastFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(suggestedName);
    const QString path = testAnswer()
        ? testAnswer()(suggested)
        : QFileDialog::getSaveFileName(parent, title, suggested, filters, chosenFilter, options);
    if (!path.isEmpty())
        AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    return path;
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
