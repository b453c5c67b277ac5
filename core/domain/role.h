#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/common/result.h"

namespace skl {

// What an officer is there to do (issue 13). The keys are the command line's and the database's
// words; the titles are what the window shows.
enum class Role { Admin, Hr, Approver, Payroll, WorkshopHead, Auditor };

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(skl::Roles)
public:
    Roles() = default;
    Roles(std::initializer_list<Role> roles);
    static Roles all();

    bool has(Role role) const { return (m_bits & bit(role)) != 0; }
    void add(Role role) { m_bits |= bit(role); }
    bool isEmpty() const { return m_bits == 0; }
    QList<Role> list() const;
    bool operator==(const Roles &other) const = default;

    // "admin,hr" (the command line's form); refuses an unknown word and names it.
    static Result<Roles> parse(const QString &keys);
    QStringList keys() const;
    // "系统管理员、人事专员" in Chinese.
    QString titles() const;

    static QString key(Role role);
    static std::optional<Role> fromKey(const QString &key);
    static QString title(Role role);
    static const QList<Role> &every();

private:
    static unsigned bit(Role role) { return 1u << unsigned(role); }
    unsigned m_bits = 0;
};

} // namespace skl
