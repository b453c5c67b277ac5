#include "core/common/passwordhash.h"

#include <sodium.h>

namespace skl {

namespace {

    constexpr unsigned long long timeCost = 2;
    constexpr size_t memoryCost = 19u * 1024u * 1024u;

    bool sodiumReady()
    {
        static const bool ready = sodium_init() >= 0;
        return ready;
    }

} // namespace

Status PasswordHash::acceptable(const QString &password)
{
    // Counted in characters a person types, so that 12 Chinese characters are 12, not 36 bytes.
    if (password.toUcs4().size() < minimumLength)
        return Error { tr("A password needs at least %1 characters.").arg(minimumLength), {} };
    if (password.trimmed() != password)
        return Error { tr("A password cannot begin or end with a space."), {} };
    return success();
}

Result<QString> PasswordHash::make(const QString &password)
{
    if (!sodiumReady())
        return Error { tr("The password could not be protected: the cryptography library did "
                          "not start."),
            QStringLiteral("sodium_init failed") };
    const QByteArray utf8 = password.toUtf8();
    char stored[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(stored, utf8.constData(), size_t(utf8.size()), timeCost, memoryCost,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error { tr("The password could not be protected: not enough memory."),
            QStringLiteral("crypto_pwhash_str_alg failed") };
    return QString::fromLatin1(stored);
}

bool PasswordHash::matches(const QString &stored, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray hash = stored.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

} // namespace skl
