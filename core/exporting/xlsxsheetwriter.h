#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSaveFile>
#include <QStringList>

#include "core/common/result.h"

namespace skl {

class ZipWriter;

// Writes a one-sheet Excel workbook (.xlsx) row by row, streaming the sheet into the zip so that
// memory stays flat at a million rows: a bold header row, frozen, with an autofilter; text
// columns formatted as text (an ID number must never become 3.70102E+17), dates as real Excel
// dates. The sheet's XML is formatted as UTF-8 bytes straight into a ZipWriter, which deflates
// it on a second thread (issue 19: a million rows in the time libxlsxwriter takes). Not
// libxlsxwriter itself: it and QuaZip (which reads workbooks) both bring a minizip whose
// functions share names, so one process cannot load both.
class XlsxSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(skl::XlsxSheetWriter)
public:
    // Money: a number shown with two decimals (the cell is the text "1234.50"). Count: a whole
    // number with thousands separators ("12345"). Percent: a fraction shown as a percentage
    // with one decimal ("0.532" shows 53.2%), a number Excel computes with. A cell of these
    // three that is not a number (a "—") is written as text.
    enum class Kind { General, Text, Date, Money, Count, Percent };
    struct Column
    {
        QString header;
        Kind kind = Kind::General;
        double width = 10; // in characters
    };

    XlsxSheetWriter(QString path, QString sheetName, QList<Column> columns);
    ~XlsxSheetWriter();

    Status open();
    // cells in column order; an empty cell is left out; a Date cell is YYYY-MM-DD.
    Status writeRow(const QStringList &cells);
    // A totals row after the data: outside the autofilter, so that filtering or sorting the
    // rows never hides or moves the totals among them. Data rows written after it would be
    // outside the filter too: write it last.
    Status writeTotalsRow(const QStringList &cells);
    // A further, small sheet after the streamed one (an import template's explanation of its
    // columns): kept in memory and written by commit(), with the same header row and formats.
    void addSheet(
        const QString &name, const QList<Column> &columns, const QList<QStringList> &rows);
    // Finishes the workbook and puts it in place; without this nothing is written.
    Status commit();

    static constexpr qint64 kMaxRows = 1048576; // an Excel sheet's rows, the header's included

private:
    struct ExtraSheet
    {
        QString name;
        QList<Column> columns;
        QList<QStringList> rows;
    };
    Status writeMetadata();
    Status writeEntry(const QString &name, const QByteArray &content);
    Status flushChunk();
    Error failure(const QString &why) const;

    QString m_path;
    QString m_sheetName;
    QList<Column> m_columns;
    QList<ExtraSheet> m_extraSheets;
    QSaveFile m_file;
    std::unique_ptr<ZipWriter> m_zip;
    // The sheet's XML since the last chunk handed to m_zip; handed over at about 256 KiB.
    QByteArray m_chunk;
    // Per column, "A" … as UTF-8: the cell references' letters.
    QList<QByteArray> m_columnNames;
    qint64 m_rows = 0;
    qint64 m_filteredRows = -1; // the last row in the autofilter; -1: every row written
};

} // namespace skl
