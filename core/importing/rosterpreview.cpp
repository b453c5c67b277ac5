#include "core/importing/rosterpreview.h"

#include "core/importing/recordsource.h"

namespace skl {

Result<RosterPreview> RosterPreview::read(const QString &path, int maxRows, const QString &sheet)
{
    auto reader = RecordSource::open(path, sheet);
    if (!reader)
        return reader.error();
    RosterPreview preview;
    preview.encoding = (*reader)->description();
    CsvRecord record;
    if (!(*reader)->next(record)) {
        preview.headerProblems += RosterColumns::tr("the file is empty.");
        return preview;
    }
    preview.header = record.cells;
    for (const QString &cell : std::as_const(record.cells))
        preview.mapping += RosterColumns::fieldForHeader(cell);
    RosterColumns::fromHeader(record.cells, preview.headerProblems);
    while (preview.rows.size() < maxRows && (*reader)->next(record))
        preview.rows += record.cells;
    return preview;
}

} // namespace skl
