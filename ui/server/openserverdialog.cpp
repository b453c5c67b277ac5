#include "ui/server/openserverdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "core/common/logging.h"
#include "core/store/serveraddress.h"
#include "ui/help/helptopic.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // PostgreSQL's own port: what a server listens on unless its administrator chose another.
    constexpr int kDefaultPort = 5432;

} // namespace

OpenServerDialog::OpenServerDialog(Opener opener, QWidget *parent)
    : QDialog(parent)
    , m_opener(std::move(opener))
    , m_note(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_address(new QLabel(this))
    , m_message(new QLabel(this))
    , m_failure(new QLabel(this))
{
    HelpTopic::set(this, u"server"_s);
    setWindowTitle(tr("Open a company on a server"));
    auto *intro = new QLabel(tr("A company on a shared PostgreSQL server, as its IT department "
                                "set it up. Your login and password are your own on the "
                                "server; the password is never saved."),
        this);
    intro->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->hide();

    m_host->setPlaceholderText(tr("for example db.example.com or 10.0.0.5"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    // A port is a number, never written with a group separator (5,432).
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(tr("the company's database, for example skillladder"));
    // libpq's own default: TLS when the server offers it, a plain connection otherwise. The
    // modes keep their libpq names, which the IT department's instructions use.
    m_sslMode->addItem(tr("Default (prefer: encrypted when the server offers it)"), QString());
    m_sslMode->addItem(tr("disable: never encrypted"), u"disable"_s);
    m_sslMode->addItem(tr("allow: encrypted only when the server requires it"), u"allow"_s);
    m_sslMode->addItem(tr("prefer: encrypted when the server offers it"), u"prefer"_s);
    m_sslMode->addItem(tr("require: always encrypted, certificate not checked"), u"require"_s);
    m_sslMode->addItem(
        tr("verify-ca: encrypted, the server's certificate checked"), u"verify-ca"_s);
    m_sslMode->addItem(tr("verify-full: encrypted, the certificate and the server's name "
                          "checked"),
        u"verify-full"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->hide();
    m_failure->setWordWrap(true);
    m_failure->setStyleSheet(u"color: #c62828"_s);
    m_failure->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("Encryption (sslmode):"), m_sslMode);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_address);
    layout->addWidget(m_message);
    layout->addWidget(m_failure);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    for (QLineEdit *edit : { m_host, m_database, m_login, m_password })
        connect(edit, &QLineEdit::textChanged, this, &OpenServerDialog::check);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenServerDialog::check);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &OpenServerDialog::check);
    // Why the last try failed stays until the officer changes where or as whom to log in; a
    // password typed again keeps it in view.
    for (QLineEdit *edit : { m_host, m_database, m_login })
        connect(edit, &QLineEdit::textEdited, this, &OpenServerDialog::forgetFailure);
    connect(m_port, &QSpinBox::valueChanged, this, &OpenServerDialog::forgetFailure);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &OpenServerDialog::forgetFailure);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenServerDialog::openServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

void OpenServerDialog::setServer(const QString &location, const QString &login)
{
    if (const auto address = ServerAddress::parse(location)) {
        m_host->setText(address->host);
        m_port->setValue(address->port);
        m_database->setText(address->database);
        m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(address->sslMode)));
    }
    m_login->setText(login);
    // The officer types only what is missing, the password at least.
    for (QLineEdit *edit : { m_host, m_database, m_login, m_password }) {
        if (edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
    check();
}

void OpenServerDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString OpenServerDialog::sslMode() const
{
    return m_sslMode->currentData().toString();
}

QString OpenServerDialog::location() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (host.isEmpty() || database.isEmpty())
        return {};
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host, QUrl::StrictMode);
    url.setPort(m_port->value());
    url.setPath(u"/"_s + database);
    if (!sslMode().isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"sslmode"_s, sslMode());
        url.setQuery(query);
    }
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString text = url.toString(QUrl::FullyEncoded);
    // What the window opens is parsed again by core: the address must say what was typed.
    const auto parsed = ServerAddress::parse(text);
    if (!parsed || parsed->database != database || parsed->port != m_port->value()
        || parsed->sslMode != sslMode())
        return {};
    return text;
}

QString OpenServerDialog::login() const
{
    return m_login->text().trimmed();
}

OpenServerDialog::Typed OpenServerDialog::checkTyped() const
{
    const QString host = m_host->text().trimmed();
    const QString database = m_database->text().trimmed();
    if (host.isEmpty())
        return { tr("Type the name or the address of the server."), false };
    // One colon is a port typed after the name; IPv6 addresses have several.
    if (host.count(u':') == 1)
        return { tr("Write the port in its own field, not after the server's name."), true };
    QUrl probe;
    probe.setHost(host, QUrl::StrictMode);
    if (probe.host().isEmpty())
        return { tr("\"%1\" is not a server name or address: write a name such as "
                    "db.example.com or an IP address.")
                     .arg(host),
            true };
    if (database.isEmpty())
        return { tr("Type the name of the company's database on the server."), false };
    if (location().isEmpty())
        return { tr("\"%1\" cannot be a database name in a server address: ask the server's "
                    "administrator for the database's name.")
                     .arg(database),
            true };
    if (login().isEmpty())
        return { tr("Type your login on the server."), false };
    if (m_password->text().isEmpty())
        return { tr("Type your password."), false };
    return {};
}

QString OpenServerDialog::problem() const
{
    return checkTyped().problem;
}

void OpenServerDialog::check()
{
    const QString where = location();
    m_address->setText(where.isEmpty() ? QString() : tr("Address: %1").arg(where));
    m_address->setVisible(!where.isEmpty());
    const Typed typed = checkTyped();
    m_message->setText(typed.problem);
    m_message->setStyleSheet(typed.mistake ? u"color: #c62828"_s : QString());
    m_message->setVisible(!typed.problem.isEmpty());
    m_open->setEnabled(typed.problem.isEmpty());
}

void OpenServerDialog::forgetFailure()
{
    m_failure->clear();
    m_failure->hide();
}

bool OpenServerDialog::openServer()
{
    if (!problem().isEmpty() || !m_opener)
        return false;
    forgetFailure();
    const Status opened = m_opener(location(), login(), m_password->text());
    if (!opened) {
        if (!opened.error().detail.isEmpty())
            qCWarning(lcStore).noquote()
                << opened.error().userMessage << '|' << opened.error().detail;
        // Said as core says it (a wrong password, an unknown database, a server out of reach),
        // and the officer tries again: after a refused login, with the password typed afresh.
        m_failure->setText(opened.error().userMessage);
        m_failure->show();
        if (opened.error().isRefusal()) {
            m_password->clear();
            m_password->setFocus();
        }
        return false;
    }
    m_password->clear();
    accept();
    return true;
}

} // namespace skl
