#include "core/exporting/honoursexport.h"

#include "core/exporting/csvwriter.h"

using namespace Qt::StringLiterals;

namespace skl {

Status HonoursExport::write(const QString &path, const QList<HonourRecord> &honours)
{
    CsvWriter csv(path, CsvWriter::Encoding::Utf8WithBom);
    if (auto opened = csv.open(); !opened)
        return opened;
    if (auto done = csv.writeRow({ u"工号"_s, u"姓名"_s, u"荣誉"_s, u"级别"_s, u"授予日期"_s,
            u"授予单位"_s, u"撤销原因"_s });
        !done)
        return done;
    for (const HonourRecord &h : honours) {
        if (auto done = csv.writeRow({ h.employeeNo, h.workerName, h.name,
                RecognitionNames::display(h.level), h.awardedOn.toString(Qt::ISODate), h.body,
                h.withdrawn ? h.withdrawReason : QString() });
            !done)
            return done;
    }
    return csv.commit();
}

} // namespace skl
