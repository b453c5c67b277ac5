#pragma once

#include <QCoreApplication>
#include <QString>

namespace skl {

// What SkillLadder leaves behind when it stops unexpectedly (issue 18): a crash (a fatal signal),
// an unhandled C++ exception or a fatal Qt message writes a log into the user's data folder
// (QStandardPaths::AppDataLocation/logs), and the next start of the window tells the officer
// where it is, to send to support. The log holds the program, its version, the time, the reason
// and the last warnings the program printed, each passed through redact(): full ID numbers and
// pay never go into a log (DOMAIN.md §7).
class CrashLog
{
    Q_DECLARE_TR_FUNCTIONS(skl::CrashLog)
public:
    // Installs the handlers, once, after the application object exists. Support's self-test:
    // with SKL_CRASH_SELF_TEST set the program crashes right after, which must leave a log.
    static void install();
    // The logs' folder; the tests point it elsewhere.
    static QString folder();
    static void setFolder(const QString &folder);

    // Writes a log now, with reason (a caught fatal condition); returns its path, or empty when
    // it could not be written.
    static QString write(const QString &reason);

    // The newest log written since the officer was last told, or empty; markTold() records that
    // they were.
    static QString untold();
    static void markTold();

    // Masks what must never be logged: anything shaped as a resident ID (18 characters, or the
    // old 15 digits) shows its first 6 and last 4 (110105********002X), and any longer run of
    // digits (a bank account, a card) is cut to its last 4.
    static QString redact(const QString &text);
};

} // namespace skl
