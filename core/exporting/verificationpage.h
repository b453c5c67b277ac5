#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/common/result.h"
#include "core/domain/certificatecode.h"

namespace skl {

// The self-contained verification page a company publishes (certificates publish-page, issue
// 15): one HTML file with the company's public key inside, which checks a pasted code, or one
// given after "#" in its address, with no server and no network, and shows the fields in
// Chinese with 有效 or 无效. Its Ed25519 and SHA-512 are written out in the page's script
// (verificationpage.html): WebCrypto's Ed25519 reached Chromium only in 2025 and is missing in
// the older browsers offices keep, and one way everywhere gives every reader the same answer.
// The page speaks Chinese whatever the program's language, as the printed certificate does.
class VerificationPage
{
    Q_DECLARE_TR_FUNCTIONS(skl::VerificationPage)
public:
    static QString html(const CertificatePublicKey &key);
    // Written whole or not at all.
    static Status write(const QString &path, const CertificatePublicKey &key);
};

} // namespace skl
