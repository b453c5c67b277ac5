#include "app/cli/cliarguments.h"

#include "app/cli/clicontext.h"
#include "core/domain/cellvalues.h"

using namespace Qt::StringLiterals;

namespace skl {

QString CliArguments::option(const QString &name)
{
    const qsizetype i = m_arguments.indexOf(name);
    if (i < 0)
        return {};
    if (i + 1 >= m_arguments.size()) {
        usageError(tr("%1 needs a value.").arg(name));
        m_arguments.removeAt(i);
        return {};
    }
    const QString value = m_arguments.at(i + 1);
    m_arguments.remove(i, 2);
    return value;
}

bool CliArguments::flag(const QString &name)
{
    return m_arguments.removeAll(name) > 0;
}

std::optional<QDate> CliArguments::date(const QString &name, DateRule rule)
{
    const QString text = option(name);
    if (text.isEmpty()) {
        if (rule == DateRule::Required) {
            usageError(tr("%1 YYYY-MM-DD is required.").arg(name));
            return std::nullopt;
        }
        return QDate::currentDate();
    }
    const auto parsed = CellValues::parseDate(text);
    if (!parsed)
        usageError(tr("%1: \"%2\" is not a date; write YYYY-MM-DD.").arg(name, text));
    return parsed;
}

bool CliArguments::parseId(const QString &text, qint64 &id)
{
    bool ok = false;
    id = text.toLongLong(&ok);
    return ok && id > 0;
}

bool CliArguments::noneLeft()
{
    if (m_arguments.isEmpty())
        return true;
    usageError(tr("Unexpected argument \"%1\".").arg(m_arguments.first()));
    return false;
}

void CliArguments::usageError(const QString &message)
{
    m_context.usageError(message);
    m_hasErrors = true;
}

} // namespace skl
