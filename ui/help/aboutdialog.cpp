#include "ui/help/aboutdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>
#include <QtGlobal>

#include "core/common/appsettings.h"
#include "core/common/productinfo.h"
#include "ui/widgets/appicon.h"

using namespace Qt::StringLiterals;

namespace skl {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setWindowTitle(tr("About SkillLadder"));
    m_text->setObjectName(u"aboutText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    // The version and the support contact are what a support request quotes.
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setText(
        tr("<h3>SkillLadder %1</h3><p>Skilled-workforce management for enterprises: the "
           "eight-grade ladder from 学徒工 to 首席技师 and the workforce targets of the 2022 "
           "opinion on high-skilled talent (中办发〔2022〕58号).</p>")
            .arg(ProductInfo::version().toHtmlEscaped())
        + u"<p>"_s
        + tr("Version %1, built with Qt %2.")
              .arg(ProductInfo::version(), QString::fromLatin1(qVersion()))
        + u"</p><p>"_s + ProductInfo::licence().toHtmlEscaped() + u"</p><p>"_s
        + tr("Support: %1").arg(supportText().toHtmlEscaped()) + u"</p>"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    auto *logo = new QLabel(this);
    logo->setObjectName(u"aboutIcon"_s);
    logo->setPixmap(AppIcon::icon().pixmap(64, 64));
    auto *heading = new QHBoxLayout;
    heading->addWidget(logo, 0, Qt::AlignTop);
    heading->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

QString AboutDialog::supportText()
{
    const QString contact = AppSettings::supportContact();
    if (!contact.isEmpty())
        return contact;
    return tr("ask your company's IT department. They can write the support contact here with "
              "the setting help/support of SkillLadder's settings file (see the README, "
              "\"Help and About\").");
}

} // namespace skl
