#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/common/result.h"

namespace skl {

// Officers' passwords (issue 13): Argon2id through libsodium with OWASP's parameters, m = 19 MiB,
// t = 2, p = 1, so that a login costs tens of milliseconds and little memory. The stored string
// carries its own parameters and salt ("$argon2id$v=19$m=19456,t=2,p=1$…").
class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(skl::PasswordHash)
public:
    static constexpr int minimumLength = 12;

    // Why password cannot be an officer's password, or success.
    static Status acceptable(const QString &password);
    static Result<QString> make(const QString &password);
    static bool matches(const QString &stored, const QString &password);
};

} // namespace skl
