#include "core/exporting/trainingexport.h"

#include "core/exporting/csvwriter.h"
#include "core/exporting/xlsxsheetwriter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString isoOrEmpty(QDate date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    // Writes the header and the rows as a workbook or a CSV file, by the path's suffix.
    Status writeTable(const QString &path, const QString &sheet,
        const QList<XlsxSheetWriter::Column> &columns, const QList<QStringList> &rows)
    {
        if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
            XlsxSheetWriter writer(path, sheet, columns);
            if (auto opened = writer.open(); !opened)
                return opened;
            for (const QStringList &row : rows) {
                if (auto written = writer.writeRow(row); !written)
                    return written;
            }
            return writer.commit();
        }
        CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
        if (auto opened = writer.open(); !opened)
            return opened;
        QStringList header;
        for (const XlsxSheetWriter::Column &column : columns)
            header += column.header;
        if (auto written = writer.writeRow(header); !written)
            return written;
        for (const QStringList &row : rows) {
            if (auto written = writer.writeRow(row, row.value(0)); !written)
                return written;
        }
        return writer.commit();
    }

} // namespace

Status TrainingExport::writeExpiring(
    const QString &path, const QList<ExpiringCertificate> &listed, QDate asOf)
{
    using K = XlsxSheetWriter::Kind;
    QList<QStringList> rows;
    for (const ExpiringCertificate &c : listed)
        rows += QStringList { c.employeeNo, c.name, c.workshop, c.course, c.certificateNo,
            c.expires.toString(Qt::ISODate), QString::number(asOf.daysTo(c.expires)),
            c.expired ? tr("Expired") : QString() };
    return writeTable(path, tr("Expiring certificates"),
        { { tr("Employee no."), K::Text, 12 }, { tr("Name"), K::Text, 10 },
            { tr("Workshop"), K::Text, 16 }, { tr("Course"), K::Text, 24 },
            { tr("Certificate no."), K::Text, 20 }, { tr("Expires"), K::Date, 12 },
            { tr("Days left"), K::Count, 9 }, { tr("Status"), K::Text, 8 } },
        rows);
}

Status TrainingExport::writeRecords(const QString &path, const QList<TrainingRecord> &records)
{
    using K = XlsxSheetWriter::Kind;
    QList<QStringList> rows;
    for (const TrainingRecord &r : records)
        rows += QStringList { r.employeeNo, r.workerName, r.workshop, r.course,
            TrainingNames::display(r.kind), TrainingNames::hoursText(r.hoursTenths), r.provider,
            r.cost.toYuan(), isoOrEmpty(r.start), isoOrEmpty(r.end), r.result, r.certificateNo,
            isoOrEmpty(r.expires) };
    return writeTable(path, tr("Training records"),
        { { tr("Employee no."), K::Text, 12 }, { tr("Name"), K::Text, 10 },
            { tr("Workshop"), K::Text, 16 }, { tr("Course"), K::Text, 24 },
            { tr("Kind"), K::Text, 12 }, { tr("Hours"), K::General, 8 },
            { tr("Provider"), K::Text, 20 }, { tr("Cost (yuan)"), K::Money, 12 },
            { tr("Start"), K::Date, 12 }, { tr("End"), K::Date, 12 }, { tr("Result"), K::Text, 8 },
            { tr("Certificate no."), K::Text, 18 }, { tr("Expires"), K::Date, 12 } },
        rows);
}

} // namespace skl
