#pragma once

#include <QDialog>

class QLabel;

namespace skl {

// 帮助 ▸ 关于 (issue 15): what the program is, its version, its licence and whom to ask for
// support (AppSettings::supportContact, which the IT department sets).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text shown, as plain text (for tests and for copying into a support request).
    QString text() const;
    // The support contact as shown: the setting, or where to set it.
    static QString supportText();

private:
    QLabel *m_text;
};

} // namespace skl
