#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/common/result.h"
#include "core/store/trainingarchivestore.h"

class QPagedPaintDevice;

namespace skl {

// A worker's whole archive printed (终身职业技能培训电子档案, issue 17): the header with the
// masked ID, the training records with their totals of hours and cost, the grades, the
// competitions and the honours, and 第 N 页 共 M 页 on every page. A4 portrait.
class TrainingArchivePrintout
{
    Q_DECLARE_TR_FUNCTIONS(skl::TrainingArchivePrintout)
public:
    static QString title();
    static void setUp(QPagedPaintDevice &device);
    static Status paint(QPagedPaintDevice &device, const TrainingArchive &archive);
    static Status writePdf(const TrainingArchive &archive, const QString &path);
    // The same sections as sheets of one workbook.
    static Status writeXlsx(const TrainingArchive &archive, const QString &path);
};

} // namespace skl
