#include "core/domain/province.h"
#include "tests/support/catchqt.h"

using namespace skl;

TEST_CASE("Provinces are read as short name, full name, pinyin or code", "[province]")
{
    for (const char16_t *text :
        { u"山东", u"山东省", u"Shandong", u"SHANDONG", u"shandong province", u"37" })
        CHECK(Province::parse(QString::fromUtf16(text))->code() == 37);
    CHECK(Province::parse(QStringLiteral("广西壮族自治区"))->code() == 45);
    CHECK(Province::parse(QStringLiteral("内蒙古"))->code() == 15);
    CHECK(Province::parse(QStringLiteral("Inner Mongolia"))->code() == 15);
    CHECK(Province::parse(QStringLiteral("北京市"))->code() == 11);
}

TEST_CASE("陕西 Shaanxi and 山西 Shanxi are not confused", "[province]")
{
    CHECK(Province::parse(QStringLiteral("Shaanxi"))->shortName() == QStringLiteral("陕西"));
    CHECK(Province::parse(QStringLiteral("Shanxi"))->shortName() == QStringLiteral("山西"));
    CHECK(Province::parse(QStringLiteral("陕西省"))->code() == 61);
    CHECK(Province::parse(QStringLiteral("山西省"))->code() == 14);
}

TEST_CASE("Exactly the ten eastern provinces are eastern", "[province]")
{
    int eastern = 0;
    for (int code = 10; code < 90; ++code) {
        if (const auto p = Province::fromCode(code); p && p->isEastern())
            ++eastern;
    }
    CHECK(eastern == 10);
    for (const char16_t *name : { u"北京", u"天津", u"河北", u"上海", u"江苏", u"浙江", u"福建",
             u"山东", u"广东", u"海南" })
        CHECK(Province::parse(QString::fromUtf16(name))->isEastern());
    CHECK_FALSE(Province::parse(QStringLiteral("陕西"))->isEastern());
    CHECK_FALSE(Province::parse(QStringLiteral("辽宁"))->isEastern());
}

TEST_CASE("Unknown provinces are refused", "[province]")
{
    for (const char16_t *text : { u"", u"东山", u"Shan", u"99", u"California" })
        CHECK_FALSE(Province::parse(QString::fromUtf16(text)).has_value());
}
