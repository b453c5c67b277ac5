#include "core/domain/occupationcode.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace skl {

std::optional<QString> OccupationCode::normalised(const QString &text)
{
    QString code;
    for (const QChar c : text.trimmed()) {
        if (c >= QChar(0xFF10) && c <= QChar(0xFF19)) // ０ … ９
            code += QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0D) || c == QChar(0x2014) || c == QChar(0x2013)
            || c == QChar(0x2212)) // －, —, – and − as typed for a dash
            code += u'-';
        else
            code += c;
    }
    static const QRegularExpression form(u"^[1-8]-\\d{2}-\\d{2}-\\d{2}$"_s);
    if (code.isEmpty() || form.match(code).hasMatch())
        return code;
    return std::nullopt;
}

QString OccupationCode::problem(const QString &text)
{
    if (normalised(text))
        return {};
    return tr("\"%1\" is not a national occupation code: write it as in the classification, "
              "a major group 1 to 8 and three groups of two digits, e.g. 6-18-01-01.")
        .arg(text.trimmed());
}

} // namespace skl
