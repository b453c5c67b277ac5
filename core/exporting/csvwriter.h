#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringEncoder>
#include <QStringList>

#include <QUtf8StringView>

#include "core/common/result.h"

namespace skl {

// Writes a CSV file for Excel: UTF-8 with a BOM (Excel then reads Chinese correctly) or GBK for
// older tools; CRLF line ends; cells quoted when they hold a comma, quote, line break or
// surrounding space; a text cell Excel would take for a formula (=, +, -, @, tab, CR first) is
// written behind a single quote, while numbers ("-12.30", "+10.0 %") stay numbers. Writes through
// QSaveFile: the target appears complete or not at all.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(skl::CsvWriter)
public:
    enum class Encoding { Utf8WithBom, Gbk };
    static std::optional<Encoding> encodingFromName(const QString &name);
    // Would Excel run this cell as a formula? Plain numbers, signed or with %, would not.
    static bool isFormulaLike(const QString &cell);

    CsvWriter(const QString &path, Encoding encoding);
    Status open();
    // row is for messages: which record could not be written.
    Status writeRow(const QStringList &cells, const QString &rowLabel = {});
    // The same row from cells already in UTF-8, written as they are (issue 19: a million rows
    // with no conversion); the same quoting and the same formula guard. Only for Utf8WithBom.
    Status writeUtf8Row(const QUtf8StringView *cells, qsizetype count);
    Status commit();

private:
    Status flushWhenFull();

    QSaveFile m_file;
    Encoding m_encoding;
    QStringEncoder m_encoder;
    QByteArray m_buffer;
};

} // namespace skl
