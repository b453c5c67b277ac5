#pragma once

#include <optional>

#include <QString>

namespace skl {

// A password typed at the terminal without echo (issue 13). nullopt when standard input is not a
// terminal: a script must give the password in the environment instead.
std::optional<QString> promptPassword(const QString &prompt);

} // namespace skl
