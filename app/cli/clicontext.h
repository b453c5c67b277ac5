#pragma once

#include <memory>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include "core/common/progress.h"
#include "core/store/connection.h"

namespace skl {

// What every command of skillladder-cli shares: the output streams, the database of --db, whether
// --progress was given, and how a command ends. Exit codes: 0 success, 1 invalid data or a failure
// the user can act on, 2 bad usage.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(skl::CliContext)
public:
    enum ExitCode { Success = 0, InvalidData = 1, BadUsage = 2 };

    CliContext(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    { }

    QTextStream &out() const { return m_out; }
    QTextStream &err() const { return m_err; }

    const QString &databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    bool showsProgress() const { return m_showsProgress; }
    void setShowsProgress(bool shows) { m_showsProgress = shows; }

    // The database of --db; null after printing why it cannot be opened.
    std::unique_ptr<Connection> openDatabase(Connection::Mode mode = Connection::Mode::MustExist);
    // Prints the object on stdout, indented.
    void printJson(const QJsonObject &object);
    // Prints the message and where to find the commands; returns BadUsage.
    int usageError(const QString &message);
    // Prints the message; returns InvalidData.
    int failure(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_databasePath;
    bool m_showsProgress = false;
};

// Progress on stderr when --progress is given: whole percentages every ten, or for certificates
// (where a page is the unit a user counts) the pages done every hundred.
class CliProgress final : public ProgressSink
{
public:
    enum class Style { Percent, Count };

    explicit CliProgress(const CliContext &context, Style style = Style::Percent)
        : m_err(context.err())
        , m_enabled(context.showsProgress())
        , m_style(style)
    { }
    void report(qint64 done, qint64 total) override;
    bool isCanceled() const override { return false; }

private:
    QTextStream &m_err;
    bool m_enabled;
    Style m_style;
    int m_lastPercent = -1;
};

} // namespace skl
