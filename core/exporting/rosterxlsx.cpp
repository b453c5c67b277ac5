// RosterExport::toXlsx: the roster as an Excel workbook.
#include "core/domain/rostercolumns.h"
#include "core/exporting/rosterexport.h"
#include "core/exporting/xlsxsheetwriter.h"

namespace skl {

namespace {

    bool isDateColumn(RosterField field)
    {
        return field == RosterField::BirthDate || field == RosterField::HireDate
            || field == RosterField::LeaveDate || field == RosterField::GradeDate;
    }

    // Columns Excel must keep as text: an 18-digit ID number or an employee number typed as a
    // number would lose digits or leading zeros.
    bool isTextColumn(RosterField field)
    {
        return field == RosterField::EmployeeNo || field == RosterField::IdNumber;
    }

    double columnWidth(RosterField field)
    {
        switch (field) {
        case RosterField::IdNumber:
            return 21;
        case RosterField::Site:
        case RosterField::Workshop:
        case RosterField::Occupation:
            return 18;
        case RosterField::EmployeeNo:
        case RosterField::BirthDate:
        case RosterField::HireDate:
        case RosterField::LeaveDate:
        case RosterField::GradeDate:
        case RosterField::Grade:
            return 13;
        default:
            return 8;
        }
    }

} // namespace

Result<qint64> RosterExport::toXlsx(
    QSqlDatabase &db, const Officer &by, const QString &path, ProgressSink &progress)
{
    const auto grant = grantFor(db, by, path);
    if (!grant)
        return grant.error();
    QList<XlsxSheetWriter::Column> columns;
    for (RosterField field : RosterColumns::allFields()) {
        const auto kind = isTextColumn(field)
            ? XlsxSheetWriter::Kind::Text
            : (isDateColumn(field) ? XlsxSheetWriter::Kind::Date : XlsxSheetWriter::Kind::General);
        columns += { RosterColumns::chineseHeader(field), kind, columnWidth(field) };
    }
    XlsxSheetWriter writer(path, tr("Roster"), columns);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    const auto rows = forEachRow(db, *grant, progress,
        [&writer](const Cells &row) { return writer.writeRow(toStrings(row)); });
    if (!rows)
        return rows.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    if (auto audited = audit(db, by, path, *rows, *grant); !audited)
        return audited.error();
    return *rows;
}

} // namespace skl
