#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QString>

namespace skl {

// An error a user can act on: userMessage is translated and complete (what failed, which record,
// what to do); detail (SQL text, driver message) is for the log only, never shown alone.
struct Error
{
    // Refused: the officer may not do this (a failed login, a locked or disabled account, an act
    // outside their roles, issue 13). The command line exits 3 on it; anything else is a Failure.
    enum class Kind { Failure, Refused };

    QString userMessage;
    QString detail;
    Kind kind = Kind::Failure;

    bool isRefusal() const { return kind == Kind::Refused; }
};

// A value or an Error, returned by core functions that can fail for reasons outside the program.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but can fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done {};
}

} // namespace skl
