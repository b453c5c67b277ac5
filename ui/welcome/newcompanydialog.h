#pragma once

#include <QDialog>

#include "core/domain/province.h"
#include "core/store/officerstore.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace skl {

class PasswordFields;

// Asks for what a new company database needs: the company's name, its registered province (the
// company total's high-skilled threshold follows it), where the file goes, and its first
// administrator (issue 13: login, display name, password typed twice), who holds every role.
// The file is named after the company, in a folder that exists, until the officer names it.
class NewCompanyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCompanyDialog(QWidget *parent = nullptr);

    QString companyName() const;
    // The province chosen (Create is off until one is).
    Province province() const;
    QString filePath() const;
    // The first administrator: every role, given by CompanyStore::init.
    NewOfficer admin() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    PasswordFields *passwordFields() const { return m_password; }
    QLabel *problemLabel() const { return m_problem; }
    QComboBox *provinceChooser() const;

    // Where a new file goes first: the last folder used, Documents or home, whichever exists.
    static QString defaultFolder();
    // The file name a company's name suggests: "济南重工.sqlite", without what Windows refuses.
    static QString fileNameFor(const QString &company);

private:
    void browse();
    void validate();
    void followCompanyName();

    QLineEdit *m_name = nullptr;
    QComboBox *m_province = nullptr;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_displayName = nullptr;
    PasswordFields *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_folder; // where the suggested file goes
    bool m_fileChosen = false; // the officer named the file: it no longer follows the company
};

} // namespace skl
