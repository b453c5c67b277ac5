#include "core/domain/certificatecode.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QStringList>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr auto kTag = u"SKL2";
    constexpr int kFieldCount = 7;
    // The label of the signing key's derivation; ServerPrivileges uses the same bytes.
    constexpr char kSeedLabel[] = "SkillLadder certificate signing key (Ed25519)";
    constexpr auto kKeyFileHeading = u"SkillLadder certificate public key, version 1";
    constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

    bool sodiumReady()
    {
        static const bool ready = sodium_init() >= 0;
        return ready;
    }

} // namespace

Result<QByteArray> CertificateCode::signedMessage(const CertificateFields &f)
{
    const QStringList lines { f.number, f.workerName, f.idNumber, QString::number(rankOf(f.grade)),
        f.occupation, f.issueDate.toString(Qt::ISODate), f.bodyName };
    for (const QString &line : lines) {
        if (line.contains(u'\n') || line.contains(u'\r'))
            return Error { tr("Certificate %1 cannot be signed: the field \"%2\" holds a line "
                              "break.")
                               .arg(f.number, line.simplified()),
                {} };
    }
    return (QString::fromUtf16(kTag) + u'\n' + lines.join(u'\n')).toUtf8();
}

QString CertificateCode::encode(const CertificateFields &f, const QByteArray &signature)
{
    // signedMessage() refused line breaks before anything was signed.
    const auto signedBytes = signedMessage(f);
    const QByteArray message = signedBytes ? *signedBytes : QByteArray();
    const QByteArray payload = message.mid(message.indexOf('\n') + 1) + signature;
    return QString::fromUtf16(kTag) + u'.' + QString::fromLatin1(payload.toBase64(kBase64Url));
}

bool CertificateCode::isSigned(const QString &text)
{
    return text.trimmed().startsWith(QString::fromUtf16(kTag) + u'.');
}

Result<CertificateCode::Parsed> CertificateCode::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const Error notACode { tr("This is not a SkillLadder certificate code."), {} };
    if (!isSigned(trimmed))
        return notACode;
    const auto decoded = QByteArray::fromBase64Encoding(
        trimmed.mid(5).toLatin1(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    // A code is read in one spelling only: base64url leaves spare bits in its last character,
    // and a changed character must never read as the same code.
    if (!decoded || decoded.decoded.size() <= kSignatureBytes
        || decoded.decoded.toBase64(kBase64Url) != trimmed.mid(5).toLatin1())
        return Error { tr("The certificate code is damaged or incomplete: it was copied or "
                          "scanned wrongly."),
            {} };
    const QByteArray fieldBytes = decoded.decoded.left(decoded.decoded.size() - kSignatureBytes);
    const QStringList lines = QString::fromUtf8(fieldBytes).split(u'\n');
    std::optional<Grade> grade;
    bool rankRead = false;
    if (lines.size() == kFieldCount)
        grade = gradeFromRank(lines[3].toInt(&rankRead));
    const QDate date
        = lines.size() == kFieldCount ? QDate::fromString(lines[5], Qt::ISODate) : QDate();
    if (lines.size() != kFieldCount || !rankRead || !grade || !date.isValid())
        return Error { tr("The certificate code is damaged or incomplete: it was copied or "
                          "scanned wrongly."),
            {} };
    Parsed parsed;
    parsed.fields = { lines[0], lines[1], lines[2], *grade, lines[4], date, lines[6] };
    parsed.signature = decoded.decoded.right(kSignatureBytes);
    return parsed;
}

bool CertificateCode::verify(const Parsed &code, const QByteArray &publicKey)
{
    if (!sodiumReady() || publicKey.size() != kPublicKeyBytes
        || code.signature.size() != kSignatureBytes)
        return false;
    const auto message = signedMessage(code.fields);
    if (!message)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(code.signature.constData()),
               reinterpret_cast<const unsigned char *>(message->constData()),
               static_cast<unsigned long long>(message->size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

QByteArray CertificateCode::signingSeed(const QByteArray &verificationKey)
{
    return QMessageAuthenticationCode::hash(
        QByteArray(kSeedLabel), verificationKey, QCryptographicHash::Sha256);
}

QByteArray CertificateCode::publicKeyOf(const QByteArray &seed)
{
    if (!sodiumReady() || seed.size() != crypto_sign_SEEDBYTES)
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<unsigned char *>(secretKey.data()),
        reinterpret_cast<const unsigned char *>(seed.constData()));
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    return publicKey;
}

QByteArray CertificateCode::sign(const QByteArray &seed, const QByteArray &message)
{
    if (!sodiumReady() || seed.size() != crypto_sign_SEEDBYTES)
        return {};
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<unsigned char *>(secretKey.data()),
        reinterpret_cast<const unsigned char *>(seed.constData()));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
        reinterpret_cast<const unsigned char *>(message.constData()),
        static_cast<unsigned long long>(message.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    sodium_memzero(secretKey.data(), size_t(secretKey.size()));
    return signature;
}

QString CertificateCode::describe(const CertificateFields &f)
{
    return tr("certificate %1: %2, ID number %3, %4 %5, issued on %6 by %7")
        .arg(f.number, f.workerName, f.idNumber, f.occupation,
            GradeNames::chineseWithLevel(f.grade), f.issueDate.toString(Qt::ISODate), f.bodyName);
}

QString CertificatePublicKey::toText() const
{
    return QString::fromUtf16(kKeyFileHeading) + u"\ncompany: "_s + companyName + u"\ned25519: "_s
        + QString::fromLatin1(key.toBase64(kBase64Url)) + u'\n';
}

Result<CertificatePublicKey> CertificatePublicKey::fromText(const QString &text)
{
    // Notepad saves UTF-8 with a byte order mark.
    const QStringList lines = (text.startsWith(QChar(0xFEFF)) ? text.mid(1) : text).split(u'\n');
    if (lines.isEmpty() || lines.first().trimmed() != QString::fromUtf16(kKeyFileHeading))
        return Error { tr("This is not a SkillLadder public key file: its first line should be "
                          "\"%1\".")
                           .arg(QString::fromUtf16(kKeyFileHeading)),
            {} };
    CertificatePublicKey read;
    QString keyText;
    for (const QString &line : lines.mid(1)) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"company:"))
            read.companyName = trimmed.mid(8).trimmed();
        else if (trimmed.startsWith(u"ed25519:"))
            keyText = trimmed.mid(8).trimmed();
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        keyText.toLatin1(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (keyText.isEmpty() || !decoded || decoded.decoded.size() != CertificateCode::kPublicKeyBytes)
        return Error { tr("The public key file has no readable \"ed25519:\" line of a 32-byte "
                          "key: it is damaged or incomplete."),
            {} };
    read.key = decoded.decoded;
    return read;
}

} // namespace skl
