#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include "core/importing/datafiles.h"
#include "core/store/connection.h"

namespace skl {

// The skillladder-cli commands (issue #3's contract). Exit codes: 0 success, 1 invalid data or a
// failure the user can act on, 2 bad usage.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::CliCommands)
public:
    enum ExitCode { Success = 0, InvalidData = 1, BadUsage = 2 };

    CliCommands(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    { }

    // arguments without the program name.
    int run(QStringList arguments);
    // Does the command draw pages (and so need a QGuiApplication)?
    static bool needsGui(const QStringList &arguments);
    QString usage() const;

private:
    int init(QStringList &args);
    int importWorkers(QStringList &args);
    int exportWorkers(QStringList &args);
    int targets(QStringList &args);
    int demo(QStringList &args);
    int backup(QStringList &args);
    // Issue #5, in certifycommands.cpp.
    int certify(QStringList &args);
    int certifyPropose(QStringList &args);
    int certifyDecide(const QString &verb, QStringList &args);
    int certifyList(QStringList &args);
    int round(QStringList &args);
    int competition(QStringList &args);
    int due(QStringList &args);
    int plan(QStringList &args);
    int certificates(QStringList &args);
    int verify(QStringList &args);
    int policy(QStringList &args);
    int photo(QStringList &args);
    // Issue #6, in allowancecommands.cpp.
    int dataImport(DataFile kind, const QString &what, QStringList &args);
    int allowances(QStringList &args);
    int parity(QStringList &args);

    // --as-of D (today when absent); nullopt after a usage error.
    std::optional<QDate> takeDate(QStringList &args, const QString &name, bool required);
    // --by USER, or the signed-in user.
    QString takeActor(QStringList &args);

    // The database of --db; null after printing why it cannot be opened.
    std::unique_ptr<Connection> openDatabase(Connection::Mode mode = Connection::Mode::MustExist);
    int usageError(const QString &message);
    int failure(const QString &message);
    // Takes "--name VALUE" out of args; empty if absent. Sets m_badUsage when VALUE is missing.
    QString takeOption(QStringList &args, const QString &name);
    bool takeFlag(QStringList &args, const QString &name);
    bool noneLeft(const QStringList &args);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_db;
    bool m_progress = false;
    bool m_badUsage = false;
};

} // namespace skl
