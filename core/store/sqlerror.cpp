#include "core/store/sqlerror.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include "core/common/logging.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // What went wrong, as far as the officer can act on it.
    enum class Cause { Damaged, DiskFull, ReadOnly, Busy, InputOutput, Other };

    struct Classified
    {
        Cause cause = Cause::Other;
        QString code; // the engine's name for it, for the officer who reports it
    };

    // SQLite's result codes (https://sqlite.org/rescode.html); extended codes keep the primary
    // one in their low byte. PostgreSQL reports a five-character SQLSTATE instead, which no
    // SQLite code is as long as.
    Classified classify(const QSqlError &error)
    {
        const QString native = error.nativeErrorCode();
        if (native.size() == 5) {
            if (native == u"XX001" || native == u"XX002")
                return { Cause::Damaged, u"SQLSTATE "_s + native };
            if (native == u"53100")
                return { Cause::DiskFull, u"SQLSTATE "_s + native };
            if (native == u"25006")
                return { Cause::ReadOnly, u"SQLSTATE "_s + native };
            if (native == u"55P03" || native == u"40P01" || native == u"40001")
                return { Cause::Busy, u"SQLSTATE "_s + native };
            if (native == u"58030")
                return { Cause::InputOutput, u"SQLSTATE "_s + native };
            return { Cause::Other, u"SQLSTATE "_s + native };
        }
        bool isNumber = false;
        const int code = native.toInt(&isNumber);
        switch (isNumber ? code & 0xff : -1) {
        case 5:
            return { Cause::Busy, u"SQLITE_BUSY"_s };
        case 6:
            return { Cause::Busy, u"SQLITE_LOCKED"_s };
        case 8:
            return { Cause::ReadOnly, u"SQLITE_READONLY"_s };
        case 10:
            return { Cause::InputOutput, u"SQLITE_IOERR"_s };
        case 11:
            return { Cause::Damaged, u"SQLITE_CORRUPT"_s };
        case 13:
            return { Cause::DiskFull, u"SQLITE_FULL"_s };
        case 26:
            return { Cause::Damaged, u"SQLITE_NOTADB"_s };
        default:
            break;
        }
        // Some paths (a failed transaction command) carry no code, only the engine's text.
        const QString text = error.databaseText();
        if (text.contains(u"database disk image is malformed"))
            return { Cause::Damaged, u"SQLITE_CORRUPT"_s };
        if (text.contains(u"file is not a database"))
            return { Cause::Damaged, u"SQLITE_NOTADB"_s };
        if (text.contains(u"database is locked") || text.contains(u"database is busy"))
            return { Cause::Busy, u"SQLITE_BUSY"_s };
        if (text.contains(u"disk is full"))
            return { Cause::DiskFull, u"SQLITE_FULL"_s };
        if (text.contains(u"readonly database"))
            return { Cause::ReadOnly, u"SQLITE_READONLY"_s };
        if (text.contains(u"disk I/O error"))
            return { Cause::InputOutput, u"SQLITE_IOERR"_s };
        return { Cause::Other, isNumber ? native : QString() };
    }

} // namespace

Error SqlErrors::damaged(const QString &whatFailed, const QString &code, const QString &detail)
{
    return Error { tr("%1: the database file is damaged (%2). Restore the latest backup; until "
                      "then no figure read from this file can be trusted.")
                       .arg(whatFailed, code),
        detail };
}

Error SqlErrors::fromError(const QSqlError &error, const QString &whatFailed)
{
    const QString detail = error.text();
    const Classified found = classify(error);
    qCWarning(lcStore).noquote() << whatFailed << found.code << detail;
    switch (found.cause) {
    case Cause::Damaged:
        return damaged(whatFailed, found.code, detail);
    case Cause::DiskFull:
        return Error { tr("%1: the disk is full. Free some space and try again; nothing was "
                          "changed.")
                           .arg(whatFailed),
            detail };
    case Cause::ReadOnly:
        // Opened read-only (another window has it, or the officer chose so), or a file or
        // folder that cannot be written.
        return Error { tr("%1: the database is read-only, so nothing was changed. It was opened "
                          "read-only, or its file or folder cannot be written: close the other "
                          "SkillLadder window that has it open, ask for write access, or work on "
                          "a copy.")
                           .arg(whatFailed),
            detail };
    case Cause::Busy:
        return Error { tr("%1: another program is writing to the database. Try again in a "
                          "moment.")
                           .arg(whatFailed),
            detail };
    case Cause::InputOutput:
        return Error { tr("%1: the database file could not be read or written (disk error). "
                          "Check the disk or network drive and try again; if it happens again, "
                          "restore the latest backup.")
                           .arg(whatFailed),
            detail };
    case Cause::Other:
        break;
    }
    // The engine's own text is English and meant for developers: it goes to the log.
    if (found.code.isEmpty())
        return Error { tr("%1: the database reported an error. Try again; if it happens again, "
                          "give the log to your administrator.")
                           .arg(whatFailed),
            detail };
    return Error { tr("%1: the database reported error %2. Try again; if it happens again, give "
                      "the log to your administrator.")
                       .arg(whatFailed, found.code),
        detail };
}

Error SqlErrors::fromQuery(const QSqlQuery &query, const QString &whatFailed)
{
    Error e = fromError(query.lastError(), whatFailed);
    e.detail += QLatin1StringView(" [") + query.lastQuery() + QLatin1StringView("]");
    return e;
}

Status execOrError(QSqlQuery &query, const QString &whatFailed)
{
    if (query.exec())
        return success();
    return SqlErrors::fromQuery(query, whatFailed);
}

Status rowsEnded(const QSqlQuery &query, const QString &whatFailed)
{
    if (query.lastError().isValid())
        return SqlErrors::fromQuery(query, whatFailed);
    return success();
}

Result<bool> nextRow(QSqlQuery &query, const QString &whatFailed)
{
    if (query.next())
        return true;
    if (auto ended = rowsEnded(query, whatFailed); !ended)
        return ended.error();
    return false;
}

Status execOneRow(QSqlQuery &query, const QString &whatFailed, const QString &sql)
{
    if (!(sql.isEmpty() ? query.exec() : query.exec(sql)))
        return SqlErrors::fromQuery(query, whatFailed);
    const auto found = nextRow(query, whatFailed);
    if (!found)
        return found.error();
    if (!*found)
        return Error { SqlErrors::tr("%1: the database returned no row where one is always "
                                     "expected. Restore the latest backup if this happens "
                                     "again.")
                           .arg(whatFailed),
            query.lastQuery() };
    return success();
}

Result<qint64> execReturningId(QSqlQuery &query, const QString &whatFailed)
{
    if (auto inserted = execOneRow(query, whatFailed); !inserted)
        return inserted.error();
    const qint64 id = query.value(0).toLongLong();
    // SQLite ends the statement, and outside a transaction commits it, at the step after the
    // row: that is where a deferred foreign key fails (an audit event written outside a
    // transaction, without its seal).
    if (auto ended = nextRow(query, whatFailed); !ended)
        return ended.error();
    query.finish();
    return id;
}

} // namespace skl
