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

#include "core/store/officerstore.h"
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
    setWindowTitle(tr("New company database"));
    for (const Province &p : Province::all())
        m_province->addItem(
            p.isEastern() ? tr("%1 (eastern)").arg(p.fullName()) : p.fullName(), p.code());
    m_province->setCurrentIndex(m_province->findData(37));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_file->setText(QDir::toNativeSeparators(QDir(documents).filePath(tr("company.sqlite"))));
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
    connect(m_name, &QLineEdit::textChanged, this, &NewCompanyDialog::validate);
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
    return *Province::fromCode(m_province->currentData().toInt());
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
    if (!path.isEmpty())
        m_file->setText(QDir::toNativeSeparators(path));
}

void NewCompanyDialog::validate()
{
    QString problem;
    const QFileInfo file(filePath());
    if (companyName().isEmpty())
        problem = tr("Enter the company's name.");
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
