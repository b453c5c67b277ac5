#include "core/domain/iddocument.h"

#include <QRegularExpression>

#include "core/domain/residentid.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    bool hasResidentIdShape(const QString &number)
    {
        static const QRegularExpression shape(u"^\\d{17}[\\dX]$"_s);
        return shape.match(number).hasMatch()
            && ResidentId::checkCharacter(QStringView(number).left(17)) == number.back();
    }

} // namespace

QString IdDocuments::typeOf(const QString &text)
{
    const QString number = text.trimmed().toUpper();
    if (number.isEmpty())
        return {};
    if (hasResidentIdShape(number)) {
        if (number.startsWith(u"81") || number.startsWith(u"82") || number.startsWith(u"83"))
            return u"港澳台居民居住证"_s;
        if (number.startsWith(u'9'))
            return u"外国人永久居留身份证"_s;
        return u"居民身份证"_s;
    }
    static const QRegularExpression hongKongMacao(u"^[HM]\\d{8}$"_s);
    if (hongKongMacao.match(number).hasMatch())
        return u"港澳居民来往内地通行证"_s;
    static const QRegularExpression taiwan(u"^\\d{8}$"_s);
    if (taiwan.match(number).hasMatch())
        return u"台湾居民来往大陆通行证"_s;
    return u"护照"_s;
}

} // namespace skl
