#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/datafilecolumns.h"
#include "core/store/assessmentroundstore.h"

namespace skl {

// A round's registration file (报名表, issue 16), CSV or .xlsx: employee_no (工号) and, optional,
// condition (报名条件: a code of the policy's alternative conditions, empty for the years). The
// rows are read here; AssessmentRoundStore::registerAll checks each worker, all or none.
class RoundRegistrationsImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundRegistrationsImport)
public:
    static QList<KeyedColumn> columns();
    static Result<QList<AssessmentRoundStore::Registration>> read(
        const QString &path, RowProblems &problems, ProgressSink &progress);
};

} // namespace skl
