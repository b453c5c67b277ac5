#pragma once

#include <QDialog>

#include "core/store/rounddocumentstore.h"
#include "ui/rounds/roundcontext.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace skl {

// 添加归档文件: a document to file with the round (a scanned paper, a sign-in sheet, the filing
// letter): the file, the volume of the dossier it belongs in, a title, and optionally the
// candidate and the part it concerns. The dialog only asks; the round's 归档 tab files it.
class RoundDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RoundDocumentDialog(const RoundContext &context, QWidget *parent = nullptr);

    // The file chosen, and what to file it as (without its bytes).
    QString path() const;
    RoundDocumentInput input() const;

    QLineEdit *fileEdit() const { return m_file; }
    QComboBox *volumeChooser() const { return m_volume; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *candidateChooser() const { return m_candidate; }
    QComboBox *partChooser() const { return m_part; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void browse();
    void updateOk();

    QLineEdit *m_file;
    QComboBox *m_volume;
    QLineEdit *m_title;
    QComboBox *m_candidate;
    QComboBox *m_part;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace skl
