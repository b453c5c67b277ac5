#pragma once

#include <QList>
#include <QString>

#include "core/domain/permissions.h"
#include "core/domain/role.h"

namespace skl {

// The person acting (issue 13): who logged in, with the roles and workshops they held then. It
// travels as a value into every core operation that writes; core checks the roles again against
// the database at the moment of the act, so a role taken away meanwhile no longer counts.
struct Officer
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Roles roles;
    QList<qint64> workshopIds; // a workshop head's workshops
    bool disabled = false;

    bool may(Act act) const { return Permissions::allows(roles, act); }
    // True when this officer's reads of act are confined to their own workshops.
    bool isConfinedToWorkshops(Act act) const
    {
        return !Permissions::readsWholeCompany(roles, act) && roles.has(Role::WorkshopHead);
    }
    // "王科长 (wang)" for messages, or the login alone without a display name.
    QString label() const
    {
        return displayName.isEmpty() || displayName == login
            ? login
            : QStringLiteral("%1 (%2)").arg(displayName, login);
    }
};

} // namespace skl
