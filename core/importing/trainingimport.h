#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/domain/officer.h"
#include "core/importing/tableimport.h"

namespace skl {

// The training archive's file (issue 17): employee_no, course, kind, hours, provider, cost,
// start, end, result[, certificate_no, expires] (or 工号, 课程, 类别, 学时, 培训机构, 费用,
// 开始日期, 结束日期, 结果, 证书编号, 有效期至), cost in yuan. Every row checked and every bad row
// named; nothing is written unless the whole file is good; one audit event, by the officer,
// whose roles are checked before the file is read.
class TrainingImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::TrainingImport)
public:
    static Result<TableImportOutcome> records(
        QSqlDatabase &db, const QString &path, const Officer &by, ProgressSink &progress);
};

} // namespace skl
