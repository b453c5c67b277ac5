#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/common/result.h"
#include "core/store/honourstore.h"

namespace skl {

// The honours as listed (issue 17) written for Excel: a CSV file, UTF-8 with a BOM, whose columns
// are those the honours import reads (工号, 姓名, 荣誉, 级别, 授予日期, 授予单位) and the
// withdrawal, so that a file exported can be read back.
class HonoursExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::HonoursExport)
public:
    static Status write(const QString &path, const QList<HonourRecord> &honours);
};

} // namespace skl
