#include "ui/certification/certificatesettingswizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "core/printing/certificatepage.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "core/store/policystore.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The numbering page is complete when the codes have their digits and, while they hold the
    // placeholders, the officer confirmed them.
    class NumberingPage : public QWizardPage
    {
    public:
        std::function<bool()> complete;
        bool isComplete() const override { return complete && complete(); }
    };

    bool allDigits(const QString &text, int count)
    {
        return QRegularExpression(u"^[0-9]{%1}$"_s.arg(count)).match(text).hasMatch();
    }

} // namespace

CertificateSettingsWizard::CertificateSettingsWizard(
    Connection &connection, const Officer &by, QWidget *parent)
    : QWizard(parent)
    , m_connection(connection)
    , m_by(by)
    , m_bodyCode(new QLineEdit(this))
    , m_siteSerial(new QLineEdit(this))
    , m_confirm(new QCheckBox(tr("The company is filed with its province with exactly these "
                                 "codes"),
          this))
    , m_placeholderNote(new QLabel(this))
    , m_bodyName(new QLineEdit(this))
    , m_provincialQuery(new QLineEdit(this))
{
    HelpTopic::set(this, QStringLiteral("certificatewizard"));
    setWindowTitle(tr("Certificate settings"));
    setWizardStyle(QWizard::ClassicStyle);
    if (const auto current
        = PolicyStore::certificateSettingsOn(connection.db(), QDate::currentDate()))
        m_current = *current;
    QString company;
    if (const auto stored = CompanyStore::require(connection.db()))
        company = stored->name;
    m_bodyCode->setText(m_current.scheme.bodyCode);
    m_siteSerial->setText(m_current.scheme.siteSerial);
    m_confirm->setChecked(m_current.numbersConfirmed);
    m_bodyName->setText(m_current.bodyName.isEmpty() ? company : m_current.bodyName);
    m_provincialQuery->setText(m_current.provincialQueryAddress);
    addPage(numberingPage());
    addPage(templatePage());
    resize(640, 460);
}

QWizardPage *CertificateSettingsWizard::numberingPage()
{
    auto *page = new NumberingPage;
    page->setTitle(tr("Certificate numbers"));
    page->setSubTitle(tr("Every certificate number carries the evaluating body code and the "
                         "evaluation site serial your province's human resources department "
                         "filed the company with (备案). Copy them from the filing notice."));
    m_bodyCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,4}"_s), m_bodyCode));
    m_siteSerial->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,6}"_s), m_siteSerial));
    m_bodyCode->setPlaceholderText(tr("4 digits; 0000 when filed with a province"));
    m_siteSerial->setPlaceholderText(tr("6 digits"));
    m_placeholderNote->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Evaluating body code"), m_bodyCode);
    form->addRow(tr("Evaluation site serial"), m_siteSerial);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_placeholderNote);
    layout->addWidget(m_confirm);
    layout->addStretch();
    page->complete = [this] {
        const CertificateSettings settings = entered();
        return allDigits(settings.scheme.bodyCode, 4) && allDigits(settings.scheme.siteSerial, 6)
            && settings.readyToIssue();
    };
    const auto changed = [this, page] {
        updateConfirmation();
        Q_EMIT page->completeChanged();
    };
    connect(m_bodyCode, &QLineEdit::textChanged, page, changed);
    connect(m_siteSerial, &QLineEdit::textChanged, page, changed);
    connect(m_confirm, &QCheckBox::toggled, page, changed);
    updateConfirmation();
    return page;
}

QWizardPage *CertificateSettingsWizard::templatePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("What the certificate prints"));
    page->setSubTitle(tr("The national template (人社鉴发〔2021〕1号) prints the evaluating body's "
                         "name exactly as filed, and the national query address %1; a province "
                         "may publish its own query address as well.")
                          .arg(QString::fromUtf16(CertificatePage::kNationalQueryAddress)));
    m_bodyName->setPlaceholderText(tr("As in the filing notice"));
    m_provincialQuery->setPlaceholderText(tr("Optional, such as the province's query site"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("Evaluating body (as filed)"), m_bodyName);
    form->addRow(tr("Provincial query address"), m_provincialQuery);
    return page;
}

void CertificateSettingsWizard::updateConfirmation()
{
    CertificateSettings settings = entered();
    settings.numbersConfirmed = false;
    const bool placeholders = settings.holdsPlaceholders();
    m_confirm->setVisible(placeholders);
    m_placeholderNote->setVisible(placeholders);
    m_placeholderNote->setText(
        tr("Body code 0000 and site serial 000001 are what a new company starts with. Issue "
           "certificates with them only if your province filed the company that way; "
           "otherwise enter the codes of the filing notice."));
}

CertificateSettings CertificateSettingsWizard::entered() const
{
    CertificateSettings settings = m_current;
    settings.scheme.bodyCode = m_bodyCode->text().trimmed();
    settings.scheme.siteSerial = m_siteSerial->text().trimmed();
    settings.bodyName = m_bodyName->text().trimmed();
    settings.provincialQueryAddress = m_provincialQuery->text().trimmed();
    settings.numbersConfirmed = m_confirm->isChecked();
    return settings;
}

void CertificateSettingsWizard::accept()
{
    const CertificateSettings now = entered();
    const QDate today = QDate::currentDate();
    using namespace PolicyKeys;
    QList<PolicyEntry> changes;
    const auto change = [&](const char16_t *key, const QString &before, const QString &after) {
        if (before != after)
            changes += { QString::fromUtf16(key), after, today };
    };
    change(kCertificateBodyCode, m_current.scheme.bodyCode, now.scheme.bodyCode);
    change(kCertificateSiteSerial, m_current.scheme.siteSerial, now.scheme.siteSerial);
    change(kCertificateBodyName, m_current.bodyName, now.bodyName);
    change(
        kCertificateProvincialQuery, m_current.provincialQueryAddress, now.provincialQueryAddress);
    // The confirmation belongs to the codes confirmed: codes of a filing notice need none.
    const bool confirm = now.holdsPlaceholders() && now.numbersConfirmed;
    change(kCertificateNumbersConfirmed, m_current.numbersConfirmed ? u"1"_s : u"0"_s,
        confirm ? u"1"_s : u"0"_s);
    if (!changes.isEmpty()) {
        if (auto saved = PolicyStore::set(m_connection.db(), changes, m_by); !saved) {
            ErrorPresenter::show(this, windowTitle(), saved.error());
            return;
        }
    }
    QWizard::accept();
}

bool CertificateSettingsWizard::ensureReady(
    QWidget *parent, Connection &connection, const Officer &by)
{
    const auto settings = PolicyStore::certificateSettingsOn(connection.db(), QDate::currentDate());
    if (!settings) {
        ErrorPresenter::show(parent, tr("Certificate settings"), settings.error());
        return false;
    }
    if (settings->readyToIssue())
        return true;
    if (!by.may(Act::SetPolicy)) {
        QMessageBox::information(parent, tr("Certificate settings"),
            tr("Certificates cannot be issued yet: the certificate settings still hold the "
               "placeholder codes of a new company (body code %1, site serial %2). An "
               "administrator completes them first (证书设置); a proof (样张) can be printed "
               "meanwhile.")
                .arg(settings->scheme.bodyCode, settings->scheme.siteSerial));
        return false;
    }
    CertificateSettingsWizard wizard(connection, by, parent);
    return wizard.exec() == QDialog::Accepted;
}

} // namespace skl
