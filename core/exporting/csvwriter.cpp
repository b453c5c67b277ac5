#include "core/exporting/csvwriter.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr qsizetype kFlushSize = 1 << 20;

    bool needsQuotes(const QString &cell)
    {
        if (cell.isEmpty())
            return false;
        if (cell.front().isSpace() || cell.back().isSpace())
            return true;
        for (QChar c : cell) {
            if (c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == u'\t')
                return true;
        }
        return false;
    }

    // A number as we write amounts and gaps: "-12.30", "+10.0 %", "1,234.56".
    bool isPlainNumber(const QString &cell)
    {
        static const QRegularExpression number(u"^[+-]?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)? ?%?$"_s);
        return number.match(cell).hasMatch();
    }

    // The code point a UTF-8 sequence stands for; 0 for one that is broken or beyond the BMP
    // (no space lies there, and a QString's first or last unit would be a surrogate).
    char32_t codePoint(const char *begin, qsizetype length)
    {
        const auto byte = [begin](qsizetype i) { return char32_t(uchar(begin[i])); };
        if (length == 1 && byte(0) < 0x80)
            return byte(0);
        if (length == 2 && (byte(0) & 0xE0) == 0xC0)
            return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
        if (length == 3 && (byte(0) & 0xF0) == 0xE0)
            return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
        return 0;
    }

    bool isContinuation(char c)
    {
        return (uchar(c) & 0xC0) == 0x80;
    }

    // needsQuotes() on UTF-8: the first and last characters decoded, the rest bytewise (none of
    // the characters looked for occurs inside a multi-byte sequence).
    bool needsQuotes(QUtf8StringView cell)
    {
        if (cell.isEmpty())
            return false;
        const char *data = cell.data();
        const qsizetype size = cell.size();
        qsizetype firstLength = 1;
        while (firstLength < size && firstLength < 4 && isContinuation(data[firstLength]))
            ++firstLength;
        qsizetype lastStart = size - 1;
        while (lastStart > 0 && size - lastStart < 4 && isContinuation(data[lastStart]))
            --lastStart;
        if (QChar::isSpace(codePoint(data, firstLength))
            || QChar::isSpace(codePoint(data + lastStart, size - lastStart)))
            return true;
        for (const char c : cell) {
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\t')
                return true;
        }
        return false;
    }

    bool isFormulaLikeUtf8(QUtf8StringView cell)
    {
        if (cell.isEmpty())
            return false;
        const char first = cell.front();
        const bool formulaStart = first == '=' || first == '+' || first == '-' || first == '@'
            || first == '\t' || first == '\r';
        return formulaStart && CsvWriter::isFormulaLike(cell.toString());
    }

    void appendQuoted(QByteArray &out, QUtf8StringView cell)
    {
        for (const char c : cell) {
            if (c == '"')
                out += '"';
            out += c;
        }
    }

} // namespace

bool CsvWriter::isFormulaLike(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    const bool formulaStart = first == u'=' || first == u'+' || first == u'-' || first == u'@'
        || first == u'\t' || first == u'\r';
    // The number test only where it can matter: a regular expression on every cell of a million
    // rows costs seconds.
    return formulaStart && !isPlainNumber(cell);
}

std::optional<CsvWriter::Encoding> CsvWriter::encodingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(u'-').remove(u'_');
    if (n == u"utf8" || n.isEmpty())
        return Encoding::Utf8WithBom;
    if (n == u"gbk" || n == u"gb2312" || n == u"cp936" || n == u"gb18030")
        return Encoding::Gbk;
    return std::nullopt;
}

CsvWriter::CsvWriter(const QString &path, Encoding encoding)
    : m_file(path)
    , m_encoding(encoding)
    , m_encoder(
          encoding == Encoding::Gbk ? QStringEncoder("GBK") : QStringEncoder(QStringEncoder::Utf8))
{ }

Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Error { tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()),
            {} };
    if (m_encoding == Encoding::Utf8WithBom)
        m_buffer += "\xEF\xBB\xBF";
    return success();
}

Status CsvWriter::writeRow(const QStringList &cells, const QString &rowLabel)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        if (isFormulaLike(cells[i]))
            // OWASP's guidance on CSV injection: a text that Excel would run as a formula
            // (=HYPERLINK(…), +cmd|…, @SUM(…)) leaves as text behind a quote (issue 12).
            line += u"\"'"_s + QString(cells[i]).replace(u"\""_s, u"\"\""_s) + u'"';
        else if (needsQuotes(cells[i]))
            line += u'"' + QString(cells[i]).replace(u"\""_s, u"\"\""_s) + u'"';
        else
            line += cells[i];
    }
    line += u"\r\n";
    m_buffer += m_encoder.encode(line);
    if (m_encoder.hasError())
        return Error { tr("%1 holds characters that GBK cannot represent; export as UTF-8 "
                          "instead.")
                           .arg(rowLabel.isEmpty() ? line.trimmed() : rowLabel),
            {} };
    return flushWhenFull();
}

Status CsvWriter::writeUtf8Row(const QUtf8StringView *cells, qsizetype count)
{
    Q_ASSERT(m_encoding == Encoding::Utf8WithBom);
    for (qsizetype i = 0; i < count; ++i) {
        const QUtf8StringView cell = cells[i];
        if (i > 0)
            m_buffer += ',';
        if (isFormulaLikeUtf8(cell)) {
            // As writeRow() does (issue 12).
            m_buffer += "\"'";
            appendQuoted(m_buffer, cell);
            m_buffer += '"';
        } else if (needsQuotes(cell)) {
            m_buffer += '"';
            appendQuoted(m_buffer, cell);
            m_buffer += '"';
        } else {
            m_buffer.append(cell.data(), cell.size());
        }
    }
    m_buffer += "\r\n";
    return flushWhenFull();
}

Status CsvWriter::flushWhenFull()
{
    if (m_buffer.size() >= kFlushSize) {
        if (m_file.write(m_buffer) != m_buffer.size())
            return Error { tr("Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(m_file.fileName()),
                                   m_file.errorString()),
                {} };
        m_buffer.clear();
    }
    return success();
}

Status CsvWriter::commit()
{
    if (m_file.write(m_buffer) != m_buffer.size() || !m_file.commit())
        return Error { tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()),
            {} };
    return success();
}

} // namespace skl
