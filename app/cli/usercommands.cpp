#include "app/cli/usercommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

int UserCommands::user(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(tr("user needs add, list, disable, enable, unlock or passwd."));
    const QString verb = args.takeFirst();
    if (verb == u"add")
        return add(args);
    if (verb == u"list")
        return list(args);
    if (verb == u"passwd")
        return passwd(args);
    if (verb == u"disable" || verb == u"enable" || verb == u"unlock")
        return setState(verb, args);
    return m_cli.usageError(tr("Unknown user command \"%1\".").arg(verb));
}

int UserCommands::add(CliArguments &args)
{
    NewOfficer made;
    const QString rolesText = args.option(u"--role"_s);
    made.displayName = args.option(u"--display"_s);
    QStringList workshops;
    for (QString w = args.option(u"--workshop"_s); !w.isEmpty(); w = args.option(u"--workshop"_s))
        workshops += w;
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1 || rolesText.isEmpty())
        return m_cli.usageError(
            tr("user add needs a login name and --role R[,R…] (admin, hr, approver, payroll, "
               "workshop-head, auditor)."));
    made.login = args.takeFirst();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    // Roles first, whatever the rest says (issue 13).
    if (auto allowed = OfficerStore::require(db, m_cli.officer(), Act::ManageOfficers); !allowed)
        return m_cli.failure(allowed.error());
    if (auto ok = OfficerStore::acceptableLogin(made.login); !ok)
        return m_cli.usageError(ok.error().userMessage);
    const auto roles = Roles::parse(rolesText);
    if (!roles)
        return m_cli.usageError(tr("--role: %1").arg(roles.error().userMessage));
    made.roles = *roles;
    for (const QString &name : workshops) {
        const auto id = OfficerStore::workshopNamed(db, name);
        if (!id)
            return m_cli.usageError(tr("--workshop: %1").arg(id.error().userMessage));
        made.workshopIds += *id;
    }
    const auto password = m_cli.newPassword(made.login);
    if (!password)
        return BadUsage;
    made.password = *password;
    const auto added = OfficerStore::add(db, m_cli.officer(), made);
    if (!added)
        return m_cli.failure(added.error());
    m_cli.out() << tr("Added the officer %1: %2.").arg(added->label(), added->roles.titles())
                << '\n';
    return Success;
}

int UserCommands::list(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto officers = OfficerStore::list(connection->db(), m_cli.officer());
    if (!officers)
        return m_cli.failure(officers.error());
    if (asJson) {
        QJsonArray array;
        for (const OfficerListing &line : *officers) {
            array.append(QJsonObject {
                { u"login"_s, line.officer.login },
                { u"display"_s, line.officer.displayName },
                { u"roles"_s, QJsonArray::fromStringList(line.officer.roles.keys()) },
                { u"workshops"_s, QJsonArray::fromStringList(line.workshops) },
                { u"disabled"_s, line.officer.disabled },
                { u"locked"_s, line.lockedUntil.isValid() },
                { u"locked_until"_s,
                    line.lockedUntil.isValid() ? QJsonValue(line.lockedUntil.toString(Qt::ISODate))
                                               : QJsonValue() },
            });
        }
        m_cli.printJson(QJsonObject { { u"officers"_s, array } });
        return Success;
    }
    for (const OfficerListing &line : *officers) {
        QString state;
        if (line.officer.disabled)
            state = tr(" [disabled]");
        else if (line.lockedUntil.isValid())
            state
                = tr(" [locked until %1]").arg(line.lockedUntil.toLocalTime().toString(u"HH:mm"_s));
        m_cli.out() << line.officer.label() << u"  "_s << line.officer.roles.titles();
        if (!line.workshops.isEmpty())
            m_cli.out() << u"  ("_s << line.workshops.join(tr(", ")) << u')';
        m_cli.out() << state << '\n';
    }
    return Success;
}

int UserCommands::passwd(CliArguments &args)
{
    if (args.hasErrors())
        return BadUsage;
    if (args.size() > 1)
        return m_cli.usageError(tr("user passwd takes at most one login name."));
    const QString target = args.isEmpty() ? QString() : args.first();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const QString login = target.isEmpty() ? m_cli.officer().login : target;
    const bool own = login.compare(m_cli.officer().login, Qt::CaseInsensitive) == 0;
    if (!own) {
        if (auto allowed
            = OfficerStore::require(connection->db(), m_cli.officer(), Act::ManageOfficers);
            !allowed)
            return m_cli.failure(allowed.error());
    }
    const auto password = m_cli.newPassword(login);
    if (!password)
        return BadUsage;
    if (auto done = OfficerStore::setPassword(connection->db(), m_cli.officer(), login, *password);
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("The password of %1 is changed.").arg(login) << '\n';
    return Success;
}

int UserCommands::setState(const QString &verb, CliArguments &args)
{
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("user %1 needs one login name.").arg(verb));
    const QString login = args.first();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    const Status done = verb == u"unlock"
        ? OfficerStore::unlock(db, m_cli.officer(), login)
        : OfficerStore::setDisabled(db, m_cli.officer(), login, verb == u"disable");
    if (!done)
        return m_cli.failure(done.error());
    if (verb == u"unlock")
        m_cli.out() << tr("%1 is unlocked.").arg(login) << '\n';
    else if (verb == u"disable")
        m_cli.out() << tr("%1 is disabled.").arg(login) << '\n';
    else
        m_cli.out() << tr("%1 is enabled.").arg(login) << '\n';
    return Success;
}

} // namespace skl
