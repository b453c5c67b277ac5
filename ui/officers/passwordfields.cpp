#include "ui/officers/passwordfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

#include "core/common/passwordhash.h"

using namespace Qt::StringLiterals;

namespace skl {

PasswordFields::PasswordFields(QWidget *dialog)
    : QObject(dialog)
    , m_password(new QLineEdit(dialog))
    , m_repeat(new QLineEdit(dialog))
    , m_verdict(new QLabel(dialog))
{
    for (QLineEdit *edit : { m_password, m_repeat }) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &PasswordFields::judge);
    }
    m_password->setPlaceholderText(tr("at least %1 characters").arg(PasswordHash::minimumLength));
    m_verdict->setWordWrap(true);
    judge();
}

void PasswordFields::addRowsTo(QFormLayout *form)
{
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat the password:"), m_repeat);
    form->addRow(QString(), m_verdict);
}

QString PasswordFields::password() const
{
    return m_password->text();
}

bool PasswordFields::isAcceptable() const
{
    return problem().isEmpty();
}

QString PasswordFields::problem() const
{
    const QString typed = m_password->text();
    const auto length = typed.toUcs4().size();
    if (length < PasswordHash::minimumLength) {
        // Counted as core counts: characters typed, not bytes.
        return tr("A password needs at least %1 characters: %n more to type.", nullptr,
            int(PasswordHash::minimumLength - length))
            .arg(PasswordHash::minimumLength);
    }
    if (const Status ok = PasswordHash::acceptable(typed); !ok)
        return ok.error().userMessage;
    if (m_repeat->text() != typed)
        return tr("The two passwords differ: type the same password twice.");
    return {};
}

void PasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

void PasswordFields::judge()
{
    const QString missing = problem();
    m_verdict->setText(missing.isEmpty() ? tr("The password is acceptable.") : missing);
    m_verdict->setStyleSheet(missing.isEmpty() ? u"color: #2e7d32"_s : u"color: #c62828"_s);
    Q_EMIT changed();
}

} // namespace skl
