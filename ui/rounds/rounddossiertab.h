#pragma once

#include <functional>

#include <QStringList>
#include <QWidget>

#include "ui/rounds/roundcontext.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace skl {

// 归档: the round's dossier in its five volumes (a PDF and a CSV each) written into a chosen
// folder off the GUI thread with progress and Cancel, the files listed with 打开文件夹, and the
// dates until which the paper and electronic records are kept.
class RoundDossierTab : public QWidget
{
    Q_OBJECT
public:
    explicit RoundDossierTab(QWidget *parent = nullptr);

    void show(const RoundContext &context);
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *openFolderButton() const { return m_openFolder; }
    QListWidget *files() const { return m_files; }
    QLabel *retentionLabel() const { return m_retention; }

    // Writes the dossier into folder (RoundDossier records the archive when the round has been
    // reported); finished(true) once written.
    void generate(const QString &folder, std::function<void(bool)> finished = {});

Q_SIGNALS:
    void written();

private:
    void chooseFolder();
    void showFiles(const QStringList &files);

    std::optional<RoundContext> m_context;
    QString m_folder;
    QLabel *m_retention;
    QListWidget *m_files;
    QPushButton *m_generate;
    QPushButton *m_openFolder;
};

} // namespace skl
