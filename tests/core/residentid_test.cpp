#include "core/domain/residentid.h"
#include "tests/support/catchqt.h"

using namespace skl;

TEST_CASE("A resident ID number with a valid check character is accepted", "[residentid]")
{
    const auto id = ResidentId::parse(QStringLiteral("11010519491231002X"));
    REQUIRE(id.ok());
    CHECK(id->number() == QStringLiteral("11010519491231002X"));
    CHECK(id->birthDate() == QDate(1949, 12, 31));
}

TEST_CASE("Lower-case x, full-width digits and spaces are normalised first", "[residentid]")
{
    CHECK(ResidentId::parse(QStringLiteral("11010519491231002x"))->number()
        == QStringLiteral("11010519491231002X"));
    CHECK(ResidentId::parse(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"))->number()
        == QStringLiteral("11010519491231002X"));
    CHECK(ResidentId::parse(QStringLiteral(" 110105 19491231 002X "))->number()
        == QStringLiteral("11010519491231002X"));
}

TEST_CASE("A wrong check character is refused with the expected one named", "[residentid]")
{
    const auto id = ResidentId::parse(QStringLiteral("110105194912310021"));
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().userMessage.contains(QStringLiteral("check digit")));
    CHECK(id.error().userMessage.contains(QStringLiteral("should be X")));
}

TEST_CASE("Check characters follow ISO 7064 MOD 11-2, X included", "[residentid]")
{
    CHECK(ResidentId::checkCharacter(u"11010519491231002") == u'X');
    CHECK(ResidentId::checkCharacter(u"37010219800101001") == u'5');
    const QString first17 = QStringLiteral("44030419900615123");
    const QString valid = first17 + ResidentId::checkCharacter(first17);
    CHECK(ResidentId::parse(valid).ok());
}

TEST_CASE(
    "Excel's scientific form is refused with advice to format the column as text", "[residentid]")
{
    const auto id = ResidentId::parse(QStringLiteral("1.10105E+17"));
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().userMessage.contains(QStringLiteral("format the column as text")));
}

TEST_CASE("Wrong lengths, letters and impossible birth dates are refused", "[residentid]")
{
    CHECK_FALSE(ResidentId::parse(QStringLiteral("110105491231002")).ok()); // 15 digits
    CHECK_FALSE(ResidentId::parse(QStringLiteral("1101051949123100")).ok());
    CHECK_FALSE(ResidentId::parse(QStringLiteral("1101051949123A002X")).ok());
    const QString first17 = QStringLiteral("11010519490231002"); // 31 February
    CHECK_FALSE(ResidentId::parse(first17 + ResidentId::checkCharacter(first17)).ok());
}

TEST_CASE("ID numbers are masked to the first 6 and last 4 characters", "[residentid]")
{
    CHECK(ResidentId::mask(QStringLiteral("11010519491231002X"))
        == QStringLiteral("110105********002X"));
}

TEST_CASE("An ID number in an error message is masked like everywhere people read it", "[id]")
{
    const auto id = ResidentId::parse(QStringLiteral("110105194912310021"));
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().userMessage.contains(QStringLiteral("110105********0021")));
    CHECK_FALSE(id.error().userMessage.contains(QStringLiteral("19491231")));
}
