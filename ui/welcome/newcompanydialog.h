#pragma once

#include <QDialog>

#include "core/domain/province.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace skl {

// Asks for what a new company database needs: the company's name, its registered province (the
// company total's high-skilled threshold follows it) and where the file goes.
class NewCompanyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCompanyDialog(QWidget *parent = nullptr);

    QString companyName() const;
    Province province() const;
    QString filePath() const;

private:
    void browse();
    void validate();

    QLineEdit *m_name = nullptr;
    QComboBox *m_province = nullptr;
    QLineEdit *m_file = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace skl
