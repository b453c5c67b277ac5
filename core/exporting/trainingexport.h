#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/common/result.h"
#include "core/domain/training.h"

namespace skl {

// The training page's lists as files (issue 17): .xlsx when the path ends so, else CSV (UTF-8
// with a BOM). The caller records the export (ExportLog).
class TrainingExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::TrainingExport)
public:
    static Status writeExpiring(
        const QString &path, const QList<ExpiringCertificate> &listed, QDate asOf);
    static Status writeRecords(const QString &path, const QList<TrainingRecord> &records);
};

} // namespace skl
