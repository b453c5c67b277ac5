#include "app/cli/clicontext.h"

#include <QJsonDocument>

namespace skl {

std::unique_ptr<Connection> CliContext::openDatabase(Connection::Mode mode)
{
    auto connection = Connection::open(m_databasePath, mode);
    if (!connection) {
        failure(connection.error().userMessage);
        return nullptr;
    }
    return std::move(*connection);
}

void CliContext::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int CliContext::usageError(const QString &message)
{
    m_err << message << '\n' << tr("Run skillladder-cli --help for the commands.") << '\n';
    return BadUsage;
}

int CliContext::failure(const QString &message)
{
    m_err << message << '\n';
    return InvalidData;
}

void CliProgress::report(qint64 done, qint64 total)
{
    if (!m_enabled)
        return;
    if (m_style == Style::Count) {
        if (done % 100 == 0 || done == total) {
            m_err << done << '/' << total << '\n';
            m_err.flush();
        }
        return;
    }
    if (total <= 0)
        return;
    const int percent = int(done * 100 / total);
    if (percent / 10 != m_lastPercent / 10 || percent == 100) {
        m_err << percent << "%\n";
        m_err.flush();
    }
    m_lastPercent = percent;
}

} // namespace skl
