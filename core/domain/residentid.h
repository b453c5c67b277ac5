#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "core/common/result.h"

namespace skl {

// A Chinese resident identity number (公民身份号码, GB 11643): 17 digits and an ISO 7064
// MOD 11-2 check character (DOMAIN.md §7). Sensitive: shown masked wherever people read it.
class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(skl::ResidentId)
public:
    // Normalises full-width digits, lower-case x and spaces first; refuses Excel's scientific
    // form (1.10105E+17) with advice to format the column as text.
    static Result<ResidentId> parse(const QString &text);
    // The check character for the first 17 digits.
    static QChar checkCharacter(QStringView first17);

    const QString &number() const { return m_number; }
    QDate birthDate() const;
    // First 6 and last 4 characters: 110105********002X.
    QString masked() const { return mask(m_number); }
    static QString mask(const QString &number);

private:
    explicit ResidentId(QString number)
        : m_number(std::move(number))
    { }
    QString m_number;
};

} // namespace skl
