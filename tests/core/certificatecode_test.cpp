#include <QByteArray>
#include <QRegularExpression>

#include "core/domain/certificatecode.h"
#include "core/printing/qrcode.h"
#include "tests/support/catchqt.h"

using namespace skl;

namespace {

CertificateFields sample()
{
    return { QStringLiteral("Y000037000001253000001"), QStringLiteral("张伟"),
        QStringLiteral("370102198001011234"), Grade::Senior, QStringLiteral("车工"),
        QDate(2025, 3, 1), QStringLiteral("齐鲁机床有限公司职业技能等级认定中心") };
}

} // namespace

TEST_CASE("Certificate signatures are RFC 8032's Ed25519", "[certificate][signing]")
{
    // RFC 8032 section 7.1, tests 1 and 2.
    struct Vector
    {
        const char *seed, *publicKey, *message, *signature;
    };
    const Vector vectors[] = {
        { "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e"
            "39701cf9b46bd25bf5f0595bbe24655141438e7a100b" },
        { "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f"
            "3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00" },
    };
    for (const Vector &v : vectors) {
        const QByteArray seed = QByteArray::fromHex(v.seed);
        CHECK(CertificateCode::publicKeyOf(seed).toHex() == QByteArray(v.publicKey));
        CHECK(CertificateCode::sign(seed, QByteArray::fromHex(v.message)).toHex()
            == QByteArray(v.signature));
    }
}

TEST_CASE("A certificate code carries its fields and signature, and reads back only whole",
    "[certificate][signing]")
{
    const QByteArray seed(32, '\x2a');
    const QByteArray publicKey = CertificateCode::publicKeyOf(seed);
    const auto message = CertificateCode::signedMessage(sample());
    REQUIRE(message.ok());
    CHECK(message->startsWith("SKL2\nY000037000001253000001\n"));
    const QString code = CertificateCode::encode(sample(), CertificateCode::sign(seed, *message));
    CHECK(code.startsWith(QStringLiteral("SKL2.")));
    // Base64url: nothing a URL, a terminal or a chat program would change.
    CHECK(QRegularExpression(QStringLiteral("^SKL2\\.[A-Za-z0-9_-]+$")).match(code).hasMatch());
    CHECK(code.size() < 300);
    // A QR code of version 12 at most (65 modules): on the certificate's 37 mm square, with the
    // quiet zone, half a millimetre a module, read by a phone and at 150 dpi by the tests.
    INFO(code.size());
    CHECK(QrCode(code).size() <= 65);

    const auto parsed = CertificateCode::parse(QStringLiteral("  ") + code + QStringLiteral("\n"));
    REQUIRE(parsed.ok());
    CHECK(parsed->fields == sample());
    CHECK(CertificateCode::verify(*parsed, publicKey));
    CHECK_FALSE(CertificateCode::verify(*parsed, CertificateCode::publicKeyOf(QByteArray(32, 1))));
    CHECK_FALSE(CertificateCode::verify(*parsed, QByteArray(5, 0)));

    // Cut short, a character changed anywhere, something added, no tag: never genuine.
    const auto genuine = [&](const QString &text) {
        const auto read = CertificateCode::parse(text);
        return read.ok() && CertificateCode::verify(*read, publicKey);
    };
    CHECK(genuine(code));
    CHECK_FALSE(genuine(code.left(code.size() - 1)));
    CHECK_FALSE(genuine(code.left(40)));
    CHECK_FALSE(genuine(code + QStringLiteral("!")));
    CHECK_FALSE(genuine(code + QStringLiteral("A")));
    CHECK_FALSE(genuine(code.mid(5)));
    for (qsizetype i = 5; i < code.size(); ++i) {
        QString changed = code;
        changed[i] = changed[i] == u'A' ? u'B' : u'A';
        INFO(i);
        CHECK_FALSE(genuine(changed));
    }
    CHECK_FALSE(CertificateCode::isSigned(QStringLiteral("SKL1-Y000037000001253000001-0A")));
    CHECK(CertificateCode::parse(QStringLiteral("hello"))
              .error()
              .userMessage.contains(QStringLiteral("not a SkillLadder certificate code")));

    // A line break in a field cannot be carried, so it is never signed.
    CertificateFields broken = sample();
    broken.workerName = QStringLiteral("张\n伟");
    CHECK_FALSE(CertificateCode::signedMessage(broken).ok());
}

TEST_CASE("The public key file reads back, and a damaged one is named", "[certificate][signing]")
{
    const CertificatePublicKey key { QStringLiteral("齐鲁机床有限公司"),
        CertificateCode::publicKeyOf(QByteArray(32, '\x2a')) };
    const QString text = key.toText();
    CHECK(text.startsWith(QStringLiteral("SkillLadder certificate public key, version 1\n")));
    CHECK(text.contains(QStringLiteral("company: 齐鲁机床有限公司\n")));
    const auto read = CertificatePublicKey::fromText(text);
    REQUIRE(read.ok());
    CHECK(read->companyName == key.companyName);
    CHECK(read->key == key.key);
    // Windows line ends, as an editor may save it.
    CHECK(CertificatePublicKey::fromText(
              QString(text).replace(QStringLiteral("\n"), QStringLiteral("\r\n")))
              ->key
        == key.key);

    CHECK(CertificatePublicKey::fromText(QChar(0xFEFF) + text)->key == key.key);
    CHECK_FALSE(CertificatePublicKey::fromText(QStringLiteral("hello")).ok());
    QString cut = text;
    cut.chop(10);
    CHECK(CertificatePublicKey::fromText(cut).error().userMessage.contains(
        QStringLiteral("damaged")));
}
