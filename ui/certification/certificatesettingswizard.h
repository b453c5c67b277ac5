#pragma once

#include <QWizard>

#include "core/domain/certificatesettings.h"
#include "core/domain/officer.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace skl {

class Connection;

// 证书设置向导: what a certificate needs from the company before the first one is issued
// (issue 15). The numbering its province filed it with (evaluating body code, evaluation site
// serial), the evaluating body's name as filed, an optional provincial query address. A new
// company's placeholders (0000 / 000001) pass only when the officer confirms the company is
// filed with them. Finishing sets the policy from today, as the admin (Act::SetPolicy).
class CertificateSettingsWizard : public QWizard
{
    Q_OBJECT
public:
    CertificateSettingsWizard(Connection &connection, const Officer &by, QWidget *parent = nullptr);

    // Before issuing: true when the settings are ready, after the wizard if they were not and
    // the officer may set them; otherwise says who must, and returns false.
    static bool ensureReady(QWidget *parent, Connection &connection, const Officer &by);

    QLineEdit *bodyCodeEdit() const { return m_bodyCode; }
    QLineEdit *siteSerialEdit() const { return m_siteSerial; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QLineEdit *bodyNameEdit() const { return m_bodyName; }
    QLineEdit *provincialQueryEdit() const { return m_provincialQuery; }
    // The settings as entered.
    CertificateSettings entered() const;

    void accept() override;

private:
    QWizardPage *numberingPage();
    QWizardPage *templatePage();
    void updateConfirmation();

    Connection &m_connection;
    Officer m_by;
    CertificateSettings m_current;
    QLineEdit *m_bodyCode;
    QLineEdit *m_siteSerial;
    QCheckBox *m_confirm;
    QLabel *m_placeholderNote;
    QLineEdit *m_bodyName;
    QLineEdit *m_provincialQuery;
};

} // namespace skl
