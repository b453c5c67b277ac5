#pragma once

#include <functional>

#include <QStringList>
#include <QWidget>

#include "core/store/rounddocumentstore.h"
#include "ui/rounds/roundcontext.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace skl {

// 归档: the round's dossier in its five volumes (a PDF and a CSV each) written into a chosen
// folder off the GUI thread with progress and Cancel, the files listed with 打开文件夹, and the
// dates until which the paper and electronic records are kept. Above them, the documents filed
// with the round (scanned papers, sign-in sheets, the filing letter): filed (hr), saved as a copy,
// withdrawn with a reason (hr); the dossier copies them beside their volume.
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
    QTableWidget *documents() const { return m_documents; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *saveCopyButton() const { return m_saveCopy; }
    QPushButton *withdrawButton() const { return m_withdraw; }

    // Files the document at path off the GUI thread; finished(true) once filed.
    void attach(const QString &path, const RoundDocumentInput &input,
        std::function<void(bool)> finished = {});

    // Writes the dossier into folder (RoundDossier records the archive when the round has been
    // reported); finished(true) once written.
    void generate(const QString &folder, std::function<void(bool)> finished = {});

Q_SIGNALS:
    void written();

private:
    void chooseFolder();
    void showFiles(const QStringList &files);
    void reloadDocuments();
    void askAttach();
    void saveCopy();
    void withdraw();
    const RoundDocument *selectedDocument() const;
    void updateDocumentButtons();

    std::optional<RoundContext> m_context;
    QString m_folder;
    QLabel *m_retention;
    QListWidget *m_files;
    QPushButton *m_generate;
    QPushButton *m_openFolder;
    QList<RoundDocument> m_filed;
    QTableWidget *m_documents;
    QPushButton *m_attach;
    QPushButton *m_saveCopy;
    QPushButton *m_withdraw;
};

} // namespace skl
