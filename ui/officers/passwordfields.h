#pragma once

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace skl {

// A new password typed twice, with the rule (at least 12 characters, issue 13) checked as the
// officer types, so that the dialog says what is missing before core refuses it. Core checks the
// password again when it is saved. The fields belong to the dialog that lays them out.
class PasswordFields : public QObject
{
    Q_OBJECT
public:
    explicit PasswordFields(QWidget *dialog);

    // Adds "Password:", "Repeat:" and the line that judges them to form.
    void addRowsTo(QFormLayout *form);
    QString password() const;
    // The password meets the rule and both fields agree.
    bool isAcceptable() const;
    // What is missing, or empty when acceptable.
    QString problem() const;
    void clear();

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *verdict() const { return m_verdict; }

Q_SIGNALS:
    void changed();

private:
    void judge();

    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_verdict = nullptr;
};

} // namespace skl
