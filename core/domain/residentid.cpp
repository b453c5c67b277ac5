#include "core/domain/residentid.h"

#include <array>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr std::array<int, 17> kWeights { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    constexpr std::array<char16_t, 11> kCheckCharacters { u'1', u'0', u'X', u'9', u'8', u'7', u'6',
        u'5', u'4', u'3', u'2' };

    QString normalised(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (QChar c : text) {
            if (c.isSpace())
                continue;
            if (c >= u'０' && c <= u'９')
                c = QChar(u'0' + (c.unicode() - u'０'));
            else if (c == u'x' || c == u'ｘ' || c == u'Ｘ')
                c = u'X';
            out += c;
        }
        return out;
    }

    bool looksScientific(const QString &text)
    {
        return text.contains(u'E', Qt::CaseInsensitive) && text.contains(u'+');
    }

} // namespace

QChar ResidentId::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * kWeights[size_t(i)];
    return QChar(kCheckCharacters[size_t(sum % 11)]);
}

Result<ResidentId> ResidentId::parse(const QString &text)
{
    const QString n = normalised(text);
    // Messages show the number masked like everywhere else people read it (DOMAIN.md §7); the
    // line number leads the officer to the full value in the file.
    const QString shown = mask(n);
    if (looksScientific(n))
        return Error { tr("\"%1\" is an ID number that Excel turned into a number and its last "
                          "digits are lost; format the column as text and type the numbers again.")
                           .arg(text.trimmed()),
            {} };
    if (n.size() == 15)
        return Error {
            tr("\"%1\" is an old 15-digit ID number; enter the 18-digit number.").arg(shown), {}
        };
    if (n.size() != 18)
        return Error {
            tr("\"%1\" has %2 characters; an ID number has 18.").arg(shown).arg(n.size()), {}
        };
    for (qsizetype i = 0; i < 17; ++i) {
        if (!n[i].isDigit() || n[i].unicode() > u'9')
            return Error { tr("\"%1\" has a character that is not a digit at position %2.")
                               .arg(shown)
                               .arg(i + 1),
                {} };
    }
    if (!n[17].isDigit() && n[17] != u'X')
        return Error { tr("\"%1\" ends in a character that is neither a digit nor X.").arg(shown),
            {} };
    const QChar expected = checkCharacter(QStringView(n).first(17));
    if (n[17] != expected)
        return Error { tr("\"%1\" fails the check digit (the last character should be %2); "
                          "check the number for a typing error.")
                           .arg(shown, QString(expected)),
            {} };
    ResidentId id(n);
    if (!id.birthDate().isValid())
        return Error { tr("\"%1\" holds no valid birth date (positions 7 to 14).").arg(shown), {} };
    return id;
}

QDate ResidentId::birthDate() const
{
    return QDate(QStringView(m_number).mid(6, 4).toInt(), QStringView(m_number).mid(10, 2).toInt(),
        QStringView(m_number).mid(12, 2).toInt());
}

QString ResidentId::mask(const QString &number)
{
    if (number.size() <= 10)
        return QString(number.size(), u'*');
    return number.left(6) + QString(number.size() - 10, u'*') + number.right(4);
}

} // namespace skl
