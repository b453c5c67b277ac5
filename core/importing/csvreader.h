#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QStringList>

#include "core/common/result.h"

namespace skl {

// One record of a CSV file: its cells, trimmed, and the physical line it starts on (header = 1).
struct CsvRecord
{
    int line = 0;
    QStringList cells;
};

// Streams a CSV file as HR officers have it: UTF-8 with or without BOM or GB18030/GBK from
// Chinese Excel (detected from the first 64 KiB), CRLF or LF, quoted cells with "" escapes and
// line breaks, comma- or tab-separated (decided by the first line). Never holds the whole file.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(skl::CsvReader)
public:
    static Result<std::unique_ptr<CsvReader>> open(const QString &path);

    // "UTF-8", "UTF-8 (BOM)" or "GB18030".
    QString encodingName() const { return m_encodingName; }
    QChar separator() const { return m_separator; }

    // The next non-blank record; false at the end of the file, with error() set when the file
    // could not be read to its end. A record with a quote never closed, or a cell longer than
    // 32,767 characters, is returned with error() set.
    bool next(CsvRecord &record);
    // Why the last record is broken, or empty.
    const QString &error() const { return m_error; }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_size; }

private:
    CsvReader() = default;
    bool refill();
    bool skipBlankLines();
    bool readQuoted(QString &cell);
    void detectSeparator();

    QFile m_file;
    QStringDecoder m_decoder;
    QString m_encodingName;
    QChar m_separator = u',';
    QString m_text; // decoded text not yet parsed
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_atEnd = false;
    QString m_error;
    QString m_readError; // why the file could not be read to its end, kept past next()
    qint64 m_bytesRead = 0;
    qint64 m_size = 0;
};

} // namespace skl
