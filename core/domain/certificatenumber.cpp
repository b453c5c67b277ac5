#include "core/domain/certificatenumber.h"

#include "core/domain/province.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    bool isVariant(Grade grade)
    {
        return grade >= Grade::SpecialTechnician;
    }

    bool allDigits(QStringView text)
    {
        for (QChar c : text) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    }

    bool allLetters(QStringView text)
    {
        for (QChar c : text) {
            if (c < u'A' || c > u'Z')
                return false;
        }
        return true;
    }

    QString twoDigits(int value)
    {
        return u"%1"_s.arg(value, 2, 10, QLatin1Char('0'));
    }

} // namespace

std::optional<QString> CertificateNumberScheme::prefix(
    int provinceCode, int year, Grade grade) const
{
    QString code;
    switch (grade) {
    case Grade::Apprentice:
        return std::nullopt;
    case Grade::SpecialTechnician:
        code = specialCode;
        break;
    case Grade::ChiefTechnician:
        code = chiefCode;
        break;
    default:
        code = QString::number(GradeNames::nationalLevel(grade));
    }
    return (isVariant(grade) ? variantCategory : category) + bodyCode + twoDigits(provinceCode)
        + siteSerial + twoDigits(year % 100) + code;
}

int CertificateNumberScheme::serialDigits(Grade grade)
{
    return isVariant(grade) ? 5 : 6;
}

int CertificateNumberScheme::maxSerial(Grade grade)
{
    return isVariant(grade) ? 99999 : 999999;
}

QString CertificateNumberScheme::number(const QString &prefix, Grade grade, int serial)
{
    return prefix + u"%1"_s.arg(serial, serialDigits(grade), 10, QLatin1Char('0'));
}

std::optional<QString> CertificateNumbers::layoutProblem(const QString &text)
{
    if (text.size() != kLength)
        return tr("A certificate number has %1 characters; \"%2\" has %3.")
            .arg(kLength)
            .arg(text)
            .arg(text.size());
    const int letters = allLetters(QStringView(text).left(2)) ? 2 : 1;
    if (!allLetters(QStringView(text).left(1)) || !allDigits(QStringView(text).mid(letters)))
        return tr("A certificate number is one or two capital letters followed by digits; \"%1\" "
                  "is not.")
            .arg(text);
    const int province = text.mid(letters + 4, 2).toInt();
    if (!Province::fromCode(province))
        return tr("Characters %1-%2 of \"%3\" should be a province code (37 for 山东); %4 is none.")
            .arg(letters + 5)
            .arg(letters + 6)
            .arg(text)
            .arg(province);
    return std::nullopt;
}

std::optional<QString> CertificateNumbers::schemeProblem(const CertificateNumberScheme &s)
{
    if (s.category.size() != 1 || !allLetters(s.category))
        return tr("The certificate category must be one capital letter (Y or S), not \"%1\".")
            .arg(s.category);
    if (s.bodyCode.size() != 4 || !allDigits(s.bodyCode))
        return tr("The evaluating body code must be 4 digits, not \"%1\".").arg(s.bodyCode);
    if (s.siteSerial.size() != 6 || !allDigits(s.siteSerial))
        return tr("The evaluation site serial must be 6 digits, not \"%1\".").arg(s.siteSerial);
    if (s.variantCategory.size() != 2 || !allLetters(s.variantCategory))
        return tr("The category of 特级技师 and 首席技师 certificates must be two capital "
                  "letters, not \"%1\".")
            .arg(s.variantCategory);
    for (const QString &code : { s.specialCode, s.chiefCode }) {
        if (code.size() != 1 || !allDigits(code))
            return tr("The grade digit of 特级技师 and 首席技师 certificates must be one digit, "
                      "not \"%1\".")
                .arg(code);
    }
    return std::nullopt;
}

} // namespace skl
