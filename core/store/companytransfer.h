#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// Moves a company from a local file onto an empty server database, whole (issue 14, "init
// --from"): workers, grade history, certifications and certificates, competitions, allowance runs
// (a locked run stays locked and identical), pay, policy and the audit trail, every row with its
// id, so that every reference, certificate number and seal still holds. The chain is verified on
// the file before and on the server after: the move refuses a broken trail rather than hide it,
// and fails when the copy differs by one row. The officers' rows move with the trail that names
// them and become the server's login roles; their passwords cannot move.
class CompanyTransfer
{
    Q_DECLARE_TR_FUNCTIONS(skl::CompanyTransfer)
public:
    struct Moved
    {
        qint64 tables = 0;
        qint64 rows = 0;
        qint64 workers = 0;
        qint64 events = 0;
        // The newest seal of the chain, the same on both.
        QString lastHash;
    };

    // file: a connection to the company file, by: its administrator there (checked, and needed
    // to verify its trail), who logs in to the server with adminPassword; server: the empty
    // server database, opened by its DBA. Every other officer becomes a login role with a
    // password nobody knows, until an administrator sets one. One transaction on the server: on
    // any error nothing stays there, logins included.
    static Result<Moved> copy(QSqlDatabase &file, const Officer &by, const QString &adminPassword,
        QSqlDatabase &server, ProgressSink &progress);
};

} // namespace skl
