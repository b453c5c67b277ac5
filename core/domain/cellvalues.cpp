#include "core/domain/cellvalues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace skl::CellValues {

namespace {

    // Reads 1 to maxDigits ASCII digits at pos; advances pos.
    std::optional<int> readNumber(QStringView text, qsizetype &pos, int maxDigits)
    {
        int value = 0;
        int digits = 0;
        while (pos < text.size() && digits < maxDigits && text[pos] >= u'0' && text[pos] <= u'9') {
            value = value * 10 + (text[pos].unicode() - u'0');
            ++pos;
            ++digits;
        }
        if (digits == 0)
            return std::nullopt;
        return value;
    }

    bool isDateSeparator(QChar c)
    {
        return c == u'-' || c == u'/' || c == u'.' || c == u'年' || c == u'月';
    }

} // namespace

std::optional<QDate> parseDate(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u'日'))
        text.chop(1);
    if (text.size() == 8 && text.first(8).toInt() > 0 && !text.contains(u'-')) {
        const QDate d(text.first(4).toInt(), text.sliced(4, 2).toInt(), text.sliced(6, 2).toInt());
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    qsizetype pos = 0;
    const auto year = readNumber(text, pos, 4);
    if (!year || pos != 4 || pos >= text.size() || !isDateSeparator(text[pos]))
        return std::nullopt;
    const QChar separator = text[pos++];
    const auto month = readNumber(text, pos, 2);
    if (!month || pos >= text.size())
        return std::nullopt;
    // The same separator twice, or 年 then 月.
    const QChar second = text[pos++];
    if (separator == u'年' ? second != u'月' : second != separator)
        return std::nullopt;
    const auto day = readNumber(text, pos, 2);
    if (!day || pos != text.size())
        return std::nullopt;
    const QDate d(*year, *month, *day);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

std::optional<bool> parseYesNo(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"是" || t == u"y" || t == u"yes" || t == u"1" || t == u"true" || t == u"√")
        return true;
    if (t == u"否" || t == u"n" || t == u"no" || t == u"0" || t == u"false" || t == u"×")
        return false;
    return std::nullopt;
}

std::optional<Gender> parseGender(QStringView text)
{
    const QString t = text.trimmed().toString().toLower();
    if (t == u"男" || t == u"m" || t == u"male")
        return Gender::Male;
    if (t == u"女" || t == u"f" || t == u"female")
        return Gender::Female;
    return std::nullopt;
}

QString formatDate(QDate date)
{
    if (!date.isValid())
        return {};
    // By hand: QDate::toString() is a measurable part of a million-row import.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return date.toString(Qt::ISODate);
    QString text(10, u'-');
    QChar *c = text.data();
    c[0] = QChar(u'0' + year / 1000);
    c[1] = QChar(u'0' + year / 100 % 10);
    c[2] = QChar(u'0' + year / 10 % 10);
    c[3] = QChar(u'0' + year % 10);
    c[5] = QChar(u'0' + month / 10);
    c[6] = QChar(u'0' + month % 10);
    c[8] = QChar(u'0' + day / 10);
    c[9] = QChar(u'0' + day % 10);
    return text;
}

QString formatYesNo(bool value)
{
    return value ? u"是"_s : u"否"_s;
}

QString formatGender(std::optional<Gender> gender)
{
    if (!gender)
        return {};
    return *gender == Gender::Male ? u"男"_s : u"女"_s;
}

QString textProblem(QStringView text, int maxLength, bool tabAllowed)
{
    if (text.size() > maxLength)
        return QCoreApplication::translate(
            "skl::CellValues", "the text has %1 characters, more than the %2 this field holds.")
            .arg(text.size())
            .arg(maxLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\t' && tabAllowed)
            continue;
        // C0 and C1 controls, DEL, and the non-characters U+FFFE/U+FFFF.
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF)
            return QCoreApplication::translate("skl::CellValues",
                "the text holds a control character (U+%1) at position %2; remove it.")
                .arg(uint(c), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
}

} // namespace skl::CellValues
