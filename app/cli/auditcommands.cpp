#include "app/cli/auditcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/store/auditchain.h"
#include "core/store/audittrailstore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    QJsonValue nullable(const QString &value)
    {
        return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    }

    QJsonObject jsonOf(const AuditEventRow &event)
    {
        QJsonArray changes;
        for (const AuditChangeRow &change : event.changes)
            changes.append(QJsonObject {
                { u"entity"_s, change.entity },
                { u"entity_id"_s, change.entityId },
                { u"field"_s, change.field },
                { u"old"_s, nullable(change.oldValue) },
                { u"new"_s, nullable(change.newValue) },
            });
        return QJsonObject {
            { u"id"_s, event.id },
            { u"at"_s, event.at.toUTC().toString(Qt::ISODateWithMs) },
            { u"actor"_s, event.actor },
            { u"action"_s, event.action },
            { u"summary"_s, event.summary },
            { u"changes"_s, changes },
        };
    }

} // namespace

int AuditCommands::audit(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(tr("audit needs list or verify."));
    const QString verb = args.takeFirst();
    if (verb == u"list")
        return list(args);
    if (verb == u"verify")
        return verify(args);
    return m_cli.usageError(tr("Unknown audit command \"%1\".").arg(verb));
}

int AuditCommands::list(CliArguments &args)
{
    AuditTrailFilter filter;
    filter.actor = args.option(u"--actor"_s);
    filter.employeeNumber = args.option(u"--employee"_s);
    filter.action = args.option(u"--action"_s);
    const bool asJson = args.flag(u"--json"_s);
    bool datesValid = true;
    for (const auto &[name, date] :
        { std::pair { u"--since"_s, &filter.since }, std::pair { u"--until"_s, &filter.until } }) {
        const QString text = args.option(name);
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, Qt::ISODate);
        if (!date->isValid()) {
            m_cli.usageError(tr("%1: \"%2\" is not a date YYYY-MM-DD.").arg(name, text));
            datesValid = false;
        }
    }
    if (!args.finish() || !datesValid)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();

    // A page at a time, printed as it comes: a trail of years holds millions of events.
    auto page = AuditTrailStore::page(db, m_cli.officer(), filter);
    if (!page)
        return m_cli.failure(page.error());
    if (asJson)
        m_cli.out() << "{\n    \"events\": [";
    bool first = true;
    for (;;) {
        for (const AuditEventRow &event : std::as_const(*page)) {
            if (asJson) {
                m_cli.out() << (first ? "\n        " : ",\n        ")
                            << QString::fromUtf8(
                                   QJsonDocument(jsonOf(event)).toJson(QJsonDocument::Compact));
            } else {
                m_cli.out() << tr("#%1  %2  %3  %4  %5")
                                   .arg(event.id)
                                   .arg(event.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                       event.actor, event.action, event.summary)
                            << '\n';
                for (const AuditChangeRow &change : event.changes)
                    m_cli.out() << tr("      %1 %2, %3: %4 → %5")
                                       .arg(change.entity)
                                       .arg(change.entityId)
                                       .arg(change.field,
                                           change.oldValue.isNull() ? tr("(none)")
                                                                    : change.oldValue,
                                           change.newValue.isNull() ? tr("(none)")
                                                                    : change.newValue)
                                << '\n';
            }
            first = false;
        }
        if (page->size() < AuditTrailStore::kPageSize)
            break;
        page = AuditTrailStore::page(db, m_cli.officer(), filter, page->last().id);
        if (!page) {
            if (asJson)
                m_cli.out() << "\n    ]\n}\n";
            return m_cli.failure(page.error());
        }
    }
    if (asJson)
        m_cli.out() << (first ? "]\n}\n" : "\n    ]\n}\n");
    else if (first)
        m_cli.out() << tr("No audit event matches.") << '\n';
    return Success;
}

int AuditCommands::verify(CliArguments &args)
{
    if (!args.finish())
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto outcome = AuditChain::verify(connection->db(), m_cli.officer());
    if (!outcome)
        return m_cli.failure(outcome.error());
    if (outcome->firstBreak)
        return m_cli.failure(tr("The audit trail is broken. %1 Keep this file as evidence and "
                                "compare it with a backup made before the change.")
                                 .arg(outcome->firstBreak->userMessage()));
    m_cli.out() << tr(
        "The audit trail is whole: %n event(s) checked.", nullptr, int(outcome->eventCount))
                << '\n';
    if (!outcome->lastHash.isEmpty())
        // The file alone cannot show that someone recomputed every seal: a seal written down
        // elsewhere can.
        m_cli.out() << tr("Newest seal (event %1): %2. Note it down outside this file to check "
                          "later that the trail up to here was not rewritten.")
                           .arg(outcome->lastEventId)
                           .arg(outcome->lastHash)
                    << '\n';
    return Success;
}

} // namespace skl
