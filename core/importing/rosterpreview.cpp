#include "core/importing/rosterpreview.h"

#include "core/domain/residentid.h"
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
    // ID numbers are shown masked here like everywhere people read them (issue 13, DOMAIN.md
    // §7): the preview is for checking the columns, not for reading personal data.
    while (preview.rows.size() < maxRows && (*reader)->next(record)) {
        QStringList cells = record.cells;
        for (qsizetype column = 0; column < cells.size() && column < preview.mapping.size();
             ++column) {
            if (preview.mapping[column] == RosterField::IdNumber && !cells[column].isEmpty())
                cells[column] = ResidentId::mask(cells[column].trimmed());
        }
        preview.rows += cells;
    }
    return preview;
}

} // namespace skl
