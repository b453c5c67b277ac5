#include "core/domain/role.h"

using namespace Qt::StringLiterals;

namespace skl {

Roles::Roles(std::initializer_list<Role> roles)
{
    for (Role role : roles)
        add(role);
}

Roles Roles::all()
{
    Roles roles;
    for (Role role : every())
        roles.add(role);
    return roles;
}

const QList<Role> &Roles::every()
{
    static const QList<Role> roles { Role::Admin, Role::Hr, Role::Approver, Role::Payroll,
        Role::WorkshopHead, Role::Auditor };
    return roles;
}

QList<Role> Roles::list() const
{
    QList<Role> held;
    for (Role role : every()) {
        if (has(role))
            held += role;
    }
    return held;
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Admin:
        return u"admin"_s;
    case Role::Hr:
        return u"hr"_s;
    case Role::Approver:
        return u"approver"_s;
    case Role::Payroll:
        return u"payroll"_s;
    case Role::WorkshopHead:
        return u"workshop-head"_s;
    case Role::Auditor:
        return u"auditor"_s;
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (Role role : every()) {
        if (Roles::key(role) == wanted)
            return role;
    }
    return std::nullopt;
}

QString Roles::title(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Hr:
        return tr("HR officer");
    case Role::Approver:
        return tr("Approver");
    case Role::Payroll:
        return tr("Payroll officer");
    case Role::WorkshopHead:
        return tr("Workshop head");
    case Role::Auditor:
        return tr("Auditor");
    }
    return {};
}

Result<Roles> Roles::parse(const QString &keys)
{
    Roles roles;
    for (const QString &word : keys.split(u',', Qt::SkipEmptyParts)) {
        const auto role = fromKey(word);
        if (!role) {
            QStringList known;
            for (Role r : every())
                known += key(r);
            return Error { tr("\"%1\" is not a role. The roles are: %2.")
                               .arg(word.trimmed(), known.join(u", "_s)),
                {} };
        }
        roles.add(*role);
    }
    if (roles.isEmpty())
        return Error { tr("Name at least one role."), {} };
    return roles;
}

QStringList Roles::keys() const
{
    QStringList words;
    for (Role role : list())
        words += key(role);
    return words;
}

QString Roles::titles() const
{
    QStringList words;
    for (Role role : list())
        words += title(role);
    return words.join(tr(", ", "between role titles"));
}

} // namespace skl
