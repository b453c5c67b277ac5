#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/datafilecolumns.h"
#include "core/domain/officer.h"
#include "core/importing/tableimport.h"

namespace skl {

// An honours file (issue 17), CSV or .xlsx: employee_no, honour, level, date, body (工号, 荣誉,
// 级别, 授予日期 or 日期, 授予单位). All or nothing: every bad line is named (unknown worker,
// unknown level, impossible date, a date after today, no honour), and nothing is stored then.
class HonoursImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::HonoursImport)
public:
    static QList<KeyedColumn> columns();
    static Result<TableImportOutcome> run(QSqlDatabase &db, const QString &path, const Officer &by,
        ProgressSink &progress, QDate today = QDate::currentDate());
};

} // namespace skl
