#pragma once

#include <functional>

#include <QDialog>

#include "core/common/result.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace skl {

// Opens a company on a PostgreSQL server (issue 14), beside the file choices: the server, its
// port, the company's database, the TLS mode (libpq's default unless one is chosen), and the
// officer's login and password, which are the officer's login on the server. What is typed is
// checked as it is typed. Open hands the address and the login to the opener (the window); a
// refusal is shown here and the dialog stays open for another try. The password is kept by
// nothing but its field, and only while the dialog lives.
class OpenServerDialog : public QDialog
{
    Q_OBJECT
public:
    using Opener = std::function<Status(
        const QString &location, const QString &login, const QString &password)>;

    explicit OpenServerDialog(Opener opener, QWidget *parent = nullptr);

    // Fills the fields from a server address (postgresql://…) and the login used there: a
    // recent server, or the address given on the command line.
    void setServer(const QString &location, const QString &login = {});
    // A sentence above the fields, such as who logged out.
    void setNote(const QString &note);

    // The address typed, postgresql://HOST:PORT/DATABASE[?sslmode=…]; empty while incomplete.
    QString location() const;
    QString login() const;
    // Why what is typed cannot be opened yet; empty when it can.
    QString problem() const;

    // Opens what is typed: accepts the dialog when the opener succeeds, otherwise shows why and
    // stays open. The Open button calls it.
    bool openServer();

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    // The hint or mistake in what is typed, and why the last try to open failed.
    QLabel *message() const { return m_message; }
    QLabel *failure() const { return m_failure; }
    QLabel *addressLabel() const { return m_address; }
    QPushButton *openButton() const { return m_open; }

private:
    struct Typed
    {
        QString problem;
        bool mistake = false; // wrong, not merely missing
    };
    Typed checkTyped() const;
    void check();
    void forgetFailure();
    QString sslMode() const;

    Opener m_opener;
    QLabel *m_note = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_failure = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace skl
