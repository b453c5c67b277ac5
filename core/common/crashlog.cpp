#include "core/common/crashlog.h"

#include <array>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <string>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

#include "core/common/productinfo.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr auto kToldKey = u"crash/lastTold";

    // The last warnings, redacted, kept for the log: a crash cannot ask Qt for them any more.
    constexpr size_t kKept = 40;
    std::array<std::string, kKept> g_recent;
    std::atomic<size_t> g_next { 0 };
    std::mutex g_recentMutex;

    // Prepared when installed, so that a crash writes without Qt: the file and its heading.
    std::string g_crashPath;
    std::string g_heading;
    QString g_folder;
    QtMessageHandler g_previousHandler = nullptr;
    std::atomic_bool g_writing { false };

    void remember(const QString &line)
    {
        const std::lock_guard lock(g_recentMutex);
        g_recent[g_next.fetch_add(1) % kKept] = line.toStdString();
    }

    // Only C library calls from here: a crashed program's Qt may no longer work.
    void writeRaw(const char *path, const char *reason)
    {
        if (g_writing.exchange(true))
            return; // a crash while writing the log: give up rather than loop
        std::FILE *file = std::fopen(path, "w");
        if (!file)
            return;
        std::fputs(g_heading.c_str(), file);
        std::fputs("Reason: ", file);
        std::fputs(reason, file);
        std::fputs("\n\nLast messages:\n", file);
        const size_t next = g_next.load();
        for (size_t i = next > kKept ? next - kKept : 0; i < next; ++i) {
            std::fputs(g_recent[i % kKept].c_str(), file);
            std::fputs("\n", file);
        }
        std::fclose(file);
        std::fputs("SkillLadder stopped unexpectedly; a report was written to ", stderr);
        std::fputs(path, stderr);
        std::fputs("\n", stderr);
        g_writing = false;
    }

    const char *signalName(int signal)
    {
        switch (signal) {
        case SIGSEGV:
            return "a memory access fault (SIGSEGV)";
        case SIGABRT:
            return "an abort (SIGABRT)";
        case SIGFPE:
            return "an arithmetic fault (SIGFPE)";
        case SIGILL:
            return "an illegal instruction (SIGILL)";
        default:
            return "a fatal signal";
        }
    }

    void onSignal(int signal)
    {
        writeRaw(g_crashPath.c_str(), signalName(signal));
        std::signal(signal, SIG_DFL);
        std::raise(signal);
    }

    void onTerminate()
    {
        std::string reason = "an unhandled error";
        if (const std::exception_ptr current = std::current_exception()) {
            try {
                std::rethrow_exception(current);
            } catch (const std::exception &e) {
                reason += ": " + CrashLog::redact(QString::fromLocal8Bit(e.what())).toStdString();
            } catch (...) { }
        }
        writeRaw(g_crashPath.c_str(), reason.c_str());
        std::signal(SIGABRT, SIG_DFL);
        std::abort();
    }

    void onMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        const QString redacted = CrashLog::redact(message);
        if (type != QtDebugMsg && type != QtInfoMsg)
            remember(QDateTime::currentDateTime().toString(Qt::ISODate) + u' ' + redacted);
        if (type == QtFatalMsg)
            writeRaw(g_crashPath.c_str(), redacted.toLocal8Bit().constData());
        if (g_previousHandler)
            g_previousHandler(type, context, redacted);
    }

    QString defaultFolder()
    {
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"logs"_s);
    }

    // Where this run's crash would be written, named by the program and the start.
    void prepare()
    {
        const QDateTime started = QDateTime::currentDateTime();
        QDir().mkpath(CrashLog::folder());
        const QString path
            = QDir(CrashLog::folder())
                  .filePath(u"%1-crash-%2.log"_s.arg(QCoreApplication::applicationName().toLower(),
                      started.toString(u"yyyyMMdd-HHmmss"_s)));
        g_crashPath = QDir::toNativeSeparators(path).toLocal8Bit().toStdString();
        g_heading = u"%1 %2 (Qt %3), started %4\n"_s
                        .arg(QCoreApplication::applicationName(), ProductInfo::version(),
                            QString::fromLatin1(qVersion()), started.toString(Qt::ISODate))
                        .toStdString();
    }

} // namespace

QString CrashLog::folder()
{
    return g_folder.isEmpty() ? defaultFolder() : g_folder;
}

void CrashLog::setFolder(const QString &folder)
{
    g_folder = folder;
    prepare();
}

void CrashLog::install()
{
    prepare();
    g_previousHandler = qInstallMessageHandler(onMessage);
    for (int signal : { SIGSEGV, SIGABRT, SIGFPE, SIGILL })
        std::signal(signal, onSignal);
    std::set_terminate(onTerminate);
    if (qEnvironmentVariableIsSet("SKL_CRASH_SELF_TEST"))
        std::raise(SIGSEGV);
}

QString CrashLog::write(const QString &reason)
{
    prepare();
    writeRaw(g_crashPath.c_str(), redact(reason).toLocal8Bit().constData());
    const QString path = QString::fromLocal8Bit(g_crashPath.c_str());
    return QFileInfo::exists(path) ? path : QString();
}

QString CrashLog::untold()
{
    const QDateTime told = QSettings().value(kToldKey).toDateTime();
    const QFileInfoList logs = QDir(folder()).entryInfoList(
        { u"*-crash-*.log"_s }, QDir::Files, QDir::Time); // newest first
    if (logs.isEmpty() || (told.isValid() && logs.constFirst().lastModified() <= told))
        return {};
    return logs.constFirst().absoluteFilePath();
}

void CrashLog::markTold()
{
    QSettings().setValue(kToldKey, QDateTime::currentDateTime());
}

QString CrashLog::redact(const QString &text)
{
    // An ID: 17 digits and a check character, or the old 15 digits, not inside a longer number.
    static const QRegularExpression id(
        uR"((?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9]))"_s);
    static const QRegularExpression oldId(uR"((?<![0-9])([0-9]{6})[0-9]{5}([0-9]{4})(?![0-9]))"_s);
    static const QRegularExpression longNumber(uR"((?<![0-9])[0-9]{9,}([0-9]{4})(?![0-9]))"_s);
    QString result = text;
    result.replace(id, u"\\1********\\2"_s);
    result.replace(oldId, u"\\1*****\\2"_s);
    result.replace(longNumber, u"****\\1"_s);
    return result;
}

} // namespace skl
