#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/domain/officer.h"
#include "core/importing/tableimport.h"

namespace skl {

// The pay tiers from the files HR keeps (issue #6, section 九): every row checked and every bad
// row named; nothing is written unless the whole file is good; one audit event each, by the
// officer, whose roles are checked before the file is read (issue 13).
class PayFileImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::PayFileImport)
public:
    // track,level,min,mid,max,effective_from (track grade|title or 技能等级|职称; yuan a month).
    static Result<TableImportOutcome> bands(
        QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress);
    // employee_no,effective_from,mode,amount[,title] (yuan; a year for 年薪制, else a month).
    static Result<TableImportOutcome> pay(
        QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress);
    // year,occupation,grade,p10,p25,p50,p75,p90 (yuan a month).
    static Result<TableImportOutcome> wageReference(
        QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress);
};

} // namespace skl
