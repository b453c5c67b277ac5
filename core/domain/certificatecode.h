#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include "core/common/result.h"
#include "core/domain/grade.h"

namespace skl {

// The fields of a certificate that its code signs: what a reader compares with the paper.
struct CertificateFields
{
    QString number;
    QString workerName;
    QString idNumber;
    Grade grade = Grade::Junior;
    QString occupation;
    QDate issueDate;
    QString bodyName;

    bool operator==(const CertificateFields &) const = default;
};

// The signed code in a certificate's QR (issue 15): "SKL2." and, in base64url without padding,
// the fields in UTF-8, one per line in the order above (the grade as its rank, the date ISO),
// followed by the 64-byte Ed25519 signature of "SKL2\n" and those lines. Anyone holding the
// company's public key checks it, with no database; the version tag is signed too, so a code
// cannot be read as another version's. A demo certificate's code is about 260 characters: a QR
// code of version 12 at level M, 65 modules, about half a millimetre each on the certificate.
class CertificateCode
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificateCode)
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    struct Parsed
    {
        CertificateFields fields;
        QByteArray signature;
    };

    // The bytes the signature covers; an Error when a field holds a line break, which the code
    // could not carry.
    static Result<QByteArray> signedMessage(const CertificateFields &fields);
    static QString encode(const CertificateFields &fields, const QByteArray &signature);
    // Is text a code of this kind (not an older HMAC code, "SKL1-…")?
    static bool isSigned(const QString &text);
    // An Error saying what is wrong with a text that is no readable code.
    static Result<Parsed> parse(const QString &text);
    static bool verify(const Parsed &code, const QByteArray &publicKey);

    // The company's signing key is derived from the database's verification key (the key of the
    // older HMAC codes, made once by schema 4): HMAC-SHA-256 of a fixed label. So it is kept
    // exactly as that key is, needs no new table, and every copy of the company has it.
    // ServerPrivileges derives it the same way on a server.
    static QByteArray signingSeed(const QByteArray &verificationKey);
    static QByteArray publicKeyOf(const QByteArray &seed);
    static QByteArray sign(const QByteArray &seed, const QByteArray &message);

    // "Certificate N: name, ID number, occupation grade, issued on D by B", translated.
    static QString describe(const CertificateFields &fields);
};

// The company's public key as a small text file that anyone may have (certificates
// publish-key): a first line naming what it is, the company's name, the key in base64url.
class CertificatePublicKey
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificatePublicKey)
public:
    QString companyName;
    QByteArray key;

    QString toText() const;
    // An Error naming what is wrong with the file's text.
    static Result<CertificatePublicKey> fromText(const QString &text);
};

} // namespace skl
