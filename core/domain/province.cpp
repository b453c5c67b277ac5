#include "core/domain/province.h"

#include <array>
#include <cstring>

#include <QHash>

namespace skl {

namespace {

    struct ProvinceEntry
    {
        int code;
        const char16_t *shortName;
        const char16_t *fullName;
        const char *pinyin;
        const char *englishAlias; // another name English documents use, or ""
        bool eastern;
    };

    // GB/T 2260; eastern = 北京 天津 河北 上海 江苏 浙江 福建 山东 广东 海南 (DOMAIN.md §2).
    constexpr std::array<ProvinceEntry, 34> kProvinces { {
        { 11, u"北京", u"北京市", "Beijing", "", true },
        { 12, u"天津", u"天津市", "Tianjin", "", true },
        { 13, u"河北", u"河北省", "Hebei", "", true },
        { 14, u"山西", u"山西省", "Shanxi", "", false },
        { 15, u"内蒙古", u"内蒙古自治区", "Nei Mongol", "Inner Mongolia", false },
        { 21, u"辽宁", u"辽宁省", "Liaoning", "", false },
        { 22, u"吉林", u"吉林省", "Jilin", "", false },
        { 23, u"黑龙江", u"黑龙江省", "Heilongjiang", "", false },
        { 31, u"上海", u"上海市", "Shanghai", "", true },
        { 32, u"江苏", u"江苏省", "Jiangsu", "", true },
        { 33, u"浙江", u"浙江省", "Zhejiang", "", true },
        { 34, u"安徽", u"安徽省", "Anhui", "", false },
        { 35, u"福建", u"福建省", "Fujian", "", true },
        { 36, u"江西", u"江西省", "Jiangxi", "", false },
        { 37, u"山东", u"山东省", "Shandong", "", true },
        { 41, u"河南", u"河南省", "Henan", "", false },
        { 42, u"湖北", u"湖北省", "Hubei", "", false },
        { 43, u"湖南", u"湖南省", "Hunan", "", false },
        { 44, u"广东", u"广东省", "Guangdong", "", true },
        { 45, u"广西", u"广西壮族自治区", "Guangxi", "", false },
        { 46, u"海南", u"海南省", "Hainan", "", true },
        { 50, u"重庆", u"重庆市", "Chongqing", "", false },
        { 51, u"四川", u"四川省", "Sichuan", "", false },
        { 52, u"贵州", u"贵州省", "Guizhou", "", false },
        { 53, u"云南", u"云南省", "Yunnan", "", false },
        { 54, u"西藏", u"西藏自治区", "Xizang", "Tibet", false },
        { 61, u"陕西", u"陕西省", "Shaanxi", "", false },
        { 62, u"甘肃", u"甘肃省", "Gansu", "", false },
        { 63, u"青海", u"青海省", "Qinghai", "", false },
        { 64, u"宁夏", u"宁夏回族自治区", "Ningxia", "", false },
        { 65, u"新疆", u"新疆维吾尔自治区", "Xinjiang", "", false },
        { 71, u"台湾", u"台湾省", "Taiwan", "", false },
        { 81, u"香港", u"香港特别行政区", "Hong Kong", "Xianggang", false },
        { 82, u"澳门", u"澳门特别行政区", "Macao", "Macau", false },
    } };

    const ProvinceEntry *entryFor(int code)
    {
        for (const ProvinceEntry &e : kProvinces) {
            if (e.code == code)
                return &e;
        }
        return nullptr;
    }

    // Latin names compare without case, spaces or hyphens ("Inner-Mongolia", "HONG KONG").
    QString latinKey(const QString &text)
    {
        QString out;
        for (QChar c : text) {
            if (c.unicode() < 128 && c.isLetter())
                out += c.toLower();
        }
        return out;
    }

} // namespace

QList<Province> Province::all()
{
    QList<Province> provinces;
    for (const ProvinceEntry &entry : kProvinces)
        provinces += Province(entry.code);
    return provinces;
}

std::optional<Province> Province::fromCode(int code)
{
    if (entryFor(code))
        return Province(code);
    return std::nullopt;
}

namespace {

    // Short and full Chinese names, looked up first: a roster names a province on every row.
    const QHash<QString, int> &chineseNames()
    {
        static const QHash<QString, int> names = [] {
            QHash<QString, int> map;
            for (const ProvinceEntry &e : kProvinces) {
                map.insert(QString::fromUtf16(e.shortName), e.code);
                map.insert(QString::fromUtf16(e.fullName), e.code);
            }
            return map;
        }();
        return names;
    }

} // namespace

std::optional<Province> Province::parse(const QString &text)
{
    if (const int code = chineseNames().value(text, 0); code != 0)
        return Province(code);
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const int code = t.toInt(&isNumber);
    if (isNumber)
        return fromCode(code);
    const QString latin
        = latinKey(t) == t.toLower().remove(u' ').remove(u'-') ? latinKey(t) : QString();
    for (const ProvinceEntry &e : kProvinces) {
        if (t == QString::fromUtf16(e.shortName) || t == QString::fromUtf16(e.fullName))
            return Province(e.code);
        // 省 / 市 / 自治区 written without the ethnic part: 广西自治区, 新疆自治区.
        if (t.startsWith(QString::fromUtf16(e.shortName))
            && (t.endsWith(u"自治区") || t.endsWith(u"特别行政区"))
            && t.size() <= QString::fromUtf16(e.fullName).size())
            return Province(e.code);
        if (!latin.isEmpty()
            && (latin == latinKey(QString::fromLatin1(e.pinyin))
                || latin == latinKey(QString::fromLatin1(e.englishAlias))))
            return Province(e.code);
    }
    // "Shandong Province", "Shaanxi Sheng"
    for (const char *suffix : { "province", "sheng", "shi", "city" }) {
        if (latin.endsWith(QLatin1StringView(suffix)) && latin.size() > qsizetype(strlen(suffix)))
            return parse(latin.chopped(qsizetype(strlen(suffix))));
    }
    return std::nullopt;
}

QString Province::shortName() const
{
    return QString::fromUtf16(entryFor(m_code)->shortName);
}

QString Province::fullName() const
{
    return QString::fromUtf16(entryFor(m_code)->fullName);
}

QString Province::pinyin() const
{
    return QString::fromLatin1(entryFor(m_code)->pinyin);
}

bool Province::isEastern() const
{
    return entryFor(m_code)->eastern;
}

} // namespace skl
