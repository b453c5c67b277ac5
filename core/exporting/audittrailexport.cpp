#include "core/exporting/audittrailexport.h"

#include <functional>

#include "core/exporting/csvwriter.h"
#include "core/exporting/xlsxsheetwriter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Calls write for every row of events, in order.
    Status forEachRow(
        const QList<AuditEventRow> &events, const std::function<Status(const QStringList &)> &write)
    {
        for (const AuditEventRow &event : events) {
            const QStringList eventCells { QString::number(event.id),
                event.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), event.actor,
                event.action, event.summary };
            if (event.changes.isEmpty()) {
                if (auto done = write(eventCells); !done)
                    return done;
                continue;
            }
            for (const AuditChangeRow &change : event.changes) {
                if (auto done = write(eventCells
                        + QStringList { change.entity, QString::number(change.entityId),
                            change.field, change.oldValue, change.newValue });
                    !done)
                    return done;
            }
        }
        return success();
    }

} // namespace

QStringList AuditTrailExport::header()
{
    return { tr("Event"), tr("Time"), tr("Officer"), tr("Kind"), tr("Summary"), tr("Record"),
        tr("Record number"), tr("Field"), tr("Old value"), tr("New value") };
}

Status AuditTrailExport::toCsv(const QList<AuditEventRow> &events, const QString &path)
{
    CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
    if (auto done = writer.open(); !done)
        return done;
    if (auto done = writer.writeRow(header()); !done)
        return done;
    if (auto done = forEachRow(events,
            [&](const QStringList &cells) { return writer.writeRow(cells, cells.first()); });
        !done)
        return done;
    return writer.commit();
}

Status AuditTrailExport::toXlsx(const QList<AuditEventRow> &events, const QString &path)
{
    using Kind = XlsxSheetWriter::Kind;
    const QStringList titles = header();
    const QList<double> widths { 8, 20, 14, 20, 60, 14, 10, 16, 24, 24 };
    QList<XlsxSheetWriter::Column> columns;
    for (qsizetype i = 0; i < titles.size(); ++i)
        columns += { titles[i], i == 0 || i == 6 ? Kind::General : Kind::Text, widths[i] };
    XlsxSheetWriter writer(path, tr("Audit trail"), columns);
    if (auto done = writer.open(); !done)
        return done;
    if (auto done
        = forEachRow(events, [&](const QStringList &cells) { return writer.writeRow(cells); });
        !done)
        return done;
    return writer.commit();
}

} // namespace skl
