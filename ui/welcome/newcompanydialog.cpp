#include "ui/welcome/newcompanydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "core/common/appsettings.h"
#include "core/store/officerstore.h"
#include "ui/help/helptopic.h"
#include "ui/officers/passwordfields.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

NewCompanyDialog::NewCompanyDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_province(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new PasswordFields(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpTopic::set(this, u"welcome"_s);
    setWindowTitle(tr("New company database"));
    for (const Province &p : Province::all())
        m_province->addItem(
            p.isEastern() ? tr("%1 (eastern)").arg(p.fullName()) : p.fullName(), p.code());
    // No province is chosen for the officer: the company total's threshold follows it (35 % in
    // the east), and a preselected 山东 went unnoticed.
    m_province->setPlaceholderText(tr("Choose the province"));
    m_province->setCurrentIndex(-1);
    m_folder = defaultFolder();
    followCompanyName();
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Company name:"), m_name);
    form->addRow(tr("Registered province:"), m_province);
    form->addRow(tr("Database file:"), fileRow);
    // The first officer: whoever creates the company administers it, and adds the others.
    auto *adminTitle = new QLabel(tr("<b>First administrator</b> (holds every role and adds the "
                                     "other officers)"),
        this);
    adminTitle->setTextFormat(Qt::RichText);
    form->addRow(adminTitle);
    m_login->setText(u"admin"_s);
    form->addRow(tr("Login name:"), m_login);
    m_displayName->setPlaceholderText(tr("the name shown in the audit trail, e.g. 王科长"));
    form->addRow(tr("Display name:"), m_displayName);
    m_password->addRowsTo(form);
    m_problem->setStyleSheet(u"color: #c62828"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &NewCompanyDialog::browse);
    connect(m_name, &QLineEdit::textChanged, this, &NewCompanyDialog::followCompanyName);
    connect(m_name, &QLineEdit::textChanged, this, &NewCompanyDialog::validate);
    connect(m_province, &QComboBox::currentIndexChanged, this, &NewCompanyDialog::validate);
    // Once the officer types a file name of their own, the company's name no longer changes it.
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });
    connect(m_file, &QLineEdit::textChanged, this, &NewCompanyDialog::validate);
    connect(m_login, &QLineEdit::textChanged, this, &NewCompanyDialog::validate);
    connect(m_password, &PasswordFields::changed, this, &NewCompanyDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString NewCompanyDialog::companyName() const
{
    return m_name->text().trimmed();
}

Province NewCompanyDialog::province() const
{
    // Create stays off until a province is chosen: the fallback only keeps this total.
    return Province::fromCode(m_province->currentData().toInt()).value_or(Province::all().first());
}

QString NewCompanyDialog::defaultFolder()
{
    // The folder of the last file dialog, else Documents, else home: each only if it exists
    // (a Documents folder that was never created is common on a fresh Linux account).
    for (const QString &folder : { AppSettings::lastFolder(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) }) {
        if (!folder.isEmpty() && QDir(folder).exists())
            return folder;
    }
    return QDir::homePath();
}

QString NewCompanyDialog::fileNameFor(const QString &company)
{
    // What Windows refuses in a file name, and control characters, become nothing.
    QString name;
    for (const QChar c : company.trimmed()) {
        if (c.category() == QChar::Other_Control || u"\\/:*?\"<>|"_s.contains(c))
            continue;
        name += c;
    }
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    return (name.isEmpty() ? tr("company") : name) + u".sqlite"_s;
}

void NewCompanyDialog::followCompanyName()
{
    if (m_fileChosen)
        return;
    m_file->setText(QDir::toNativeSeparators(QDir(m_folder).filePath(fileNameFor(companyName()))));
}

QComboBox *NewCompanyDialog::provinceChooser() const
{
    return m_province;
}

QString NewCompanyDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

NewOfficer NewCompanyDialog::admin() const
{
    return NewOfficer { m_login->text().trimmed(), m_displayName->text().trimmed(),
        m_password->password(), Roles::all(), {} };
}

void NewCompanyDialog::browse()
{
    const QString path = SaveFileDialog::ask(
        this, tr("New company database"), filePath(), tr("SkillLadder databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    m_fileChosen = true;
    m_file->setText(QDir::toNativeSeparators(path));
}

void NewCompanyDialog::validate()
{
    QString problem;
    const QFileInfo file(filePath());
    if (companyName().isEmpty())
        problem = tr("Enter the company's name.");
    else if (m_province->currentIndex() < 0)
        problem = tr("Choose the province where the company is registered.");
    else if (filePath().isEmpty())
        problem = tr("Choose where the database file goes.");
    else if (file.exists())
        problem = tr("%1 already exists; choose a new file name.")
                      .arg(QDir::toNativeSeparators(file.fileName()));
    else if (!file.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.")
                      .arg(QDir::toNativeSeparators(file.absolutePath()));
    else if (const Status login = OfficerStore::acceptableLogin(m_login->text()); !login)
        problem = login.error().userMessage;
    m_problem->setText(problem);
    // The password's own line says what it lacks.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && m_password->isAcceptable());
}

} // namespace skl
