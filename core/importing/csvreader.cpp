#include "core/importing/csvreader.h"

#include <QDir>

#include "core/exporting/csvwriter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr qint64 kChunkSize = 1 << 20;
    constexpr qint64 kSniffSize = 64 * 1024;
    // Excel's limit for a cell. A longer cell is cut here and the record refused, so a hostile
    // file with a field of megabytes is never held whole (issue 12).
    constexpr qsizetype kMaxCellLength = 32767;

    // Is sample valid UTF-8, allowing a sequence cut off at its end?
    bool isValidUtf8(const QByteArray &sample)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(sample.constData());
        const qsizetype n = sample.size();
        qsizetype i = 0;
        while (i < n) {
            const unsigned char c = p[i];
            int follow = 0;
            if (c < 0x80)
                follow = 0;
            else if (c >= 0xC2 && c <= 0xDF)
                follow = 1;
            else if (c >= 0xE0 && c <= 0xEF)
                follow = 2;
            else if (c >= 0xF0 && c <= 0xF4)
                follow = 3;
            else
                return false;
            for (int k = 1; k <= follow; ++k) {
                if (i + k >= n)
                    return true;
                if ((p[i + k] & 0xC0) != 0x80)
                    return false;
            }
            i += follow + 1;
        }
        return true;
    }

    // Counts the well-formed three-byte UTF-8 sequences (Chinese characters) in line.
    int utf8ChineseCount(QByteArrayView line)
    {
        int count = 0;
        for (qsizetype i = 0; i + 2 < line.size(); ++i) {
            const auto b = [&](qsizetype k) { return quint8(line[i + k]); };
            if (b(0) >= 0xE0 && b(0) <= 0xEF && (b(1) & 0xC0) == 0x80 && (b(2) & 0xC0) == 0x80) {
                ++count;
                i += 2;
            }
        }
        return count;
    }

    // The first line (1-based) that is not UTF-8 in a sample where another line is plainly UTF-8
    // Chinese, or 0. Such a file, a GBK line pasted into a UTF-8 one, has no one encoding: read
    // as GB18030 its UTF-8 lines would turn into other Chinese characters without a trace. Four
    // Chinese characters in UTF-8 on a line are far beyond what GBK text forms by chance.
    int mixedEncodingLine(const QByteArray &sample)
    {
        bool plainUtf8 = false;
        int firstOther = 0;
        int line = 0;
        for (QByteArrayView rest(sample); !rest.isEmpty();) {
            ++line;
            const qsizetype end = rest.indexOf('\n');
            if (end < 0 && line > 1)
                break; // a line cut off by the end of the sample proves nothing
            const QByteArrayView text = end < 0 ? rest : rest.first(end);
            rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
            if (!isValidUtf8(text.toByteArray())) {
                if (firstOther == 0)
                    firstOther = line;
            } else if (utf8ChineseCount(text) >= 4) {
                plainUtf8 = true;
            }
        }
        return plainUtf8 ? firstOther : 0;
    }

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_file.setFileName(path);
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return Error { tr("Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(path), reader->m_file.errorString()),
            {} };
    reader->m_size = reader->m_file.size();
    const QByteArray sample = reader->m_file.peek(kSniffSize);
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return Error { tr("%1 is saved as UTF-16 (\"Unicode text\"). Save it from Excel as "
                          "\"CSV UTF-8\" or \"CSV\" and import again.")
                           .arg(QDir::toNativeSeparators(path)),
            {} };
    if (sample.startsWith("\xEF\xBB\xBF")) {
        reader->m_file.read(3);
        reader->m_bytesRead = 3;
        reader->m_decoder = QStringDecoder(QStringDecoder::Utf8);
        reader->m_encodingName = u"UTF-8 (BOM)"_s;
    } else if (isValidUtf8(sample)) {
        reader->m_decoder = QStringDecoder(QStringDecoder::Utf8);
        reader->m_encodingName = u"UTF-8"_s;
    } else if (const int line = mixedEncodingLine(sample); line > 0) {
        return Error { tr("%1 mixes encodings: line %2 is not UTF-8 while other lines are. Save "
                          "the whole file again from Excel as \"CSV UTF-8\" and import again.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(line),
            {} };
    } else {
        // Chinese Excel's "CSV" is GBK; GB18030 is its superset and decodes it unchanged.
        reader->m_decoder = QStringDecoder("GB18030");
        reader->m_encodingName = u"GB18030"_s;
    }
    reader->refill();
    reader->detectSeparator();
    return reader;
}

bool CsvReader::refill()
{
    if (m_atEnd)
        return false;
    const QByteArray bytes = m_file.read(kChunkSize);
    m_bytesRead += bytes.size();
    if (bytes.isEmpty()) {
        // A read error is no end of the file: the importers refuse the whole file on it.
        if (m_file.error() != QFileDevice::NoError)
            m_readError = tr("%1 cannot be read past byte %2 (%3), so none of it is imported. "
                             "Copy the file to this computer and import it again.")
                              .arg(QDir::toNativeSeparators(m_file.fileName()))
                              .arg(m_bytesRead)
                              .arg(m_file.errorString());
        m_atEnd = true;
        return false;
    }
    m_text = m_text.sliced(m_pos) + m_decoder.decode(bytes);
    m_pos = 0;
    return true;
}

void CsvReader::detectSeparator()
{
    const qsizetype end = m_text.indexOf(u'\n');
    const QStringView firstLine = QStringView(m_text).first(end < 0 ? m_text.size() : end);
    if (firstLine.contains(u'\t') && !firstLine.contains(u','))
        m_separator = u'\t';
}

bool CsvReader::next(CsvRecord &record)
{
    record.cells.clear();
    m_error.clear();
    if (!skipBlankLines()) {
        m_error = m_readError;
        return false;
    }
    record.line = m_line;
    QString cell;
    bool wasQuoted = false;
    auto endCell = [&] {
        if (cell.size() > kMaxCellLength) {
            m_error = tr("cell %1 on this line holds more than %2 characters, more than a cell "
                         "can hold.")
                          .arg(record.cells.size() + 1)
                          .arg(kMaxCellLength);
            cell.truncate(kMaxCellLength);
        }
        if (!wasQuoted)
            cell = cell.trimmed();
        // CsvWriter puts a quote before text that Excel would run as a formula; reading our own
        // export back gives the text as it was, so a round trip changes nothing.
        if (cell.size() >= 2 && cell.front() == u'\'' && CsvWriter::isFormulaLike(cell.mid(1)))
            cell.remove(0, 1);
        record.cells += cell;
        cell.clear();
        wasQuoted = false;
    };
    for (;;) {
        if (m_pos >= m_text.size() && !refill()) {
            endCell();
            return true;
        }
        const QChar c = m_text.at(m_pos);
        if (c == m_separator) {
            endCell();
            ++m_pos;
        } else if (c == u'\n' || c == u'\r') {
            endCell();
            ++m_pos;
            if (c == u'\r' && (m_pos < m_text.size() || refill()) && m_text.at(m_pos) == u'\n')
                ++m_pos;
            ++m_line;
            return true;
        } else if (c == u'"' && !wasQuoted && cell.trimmed().isEmpty()) {
            // Spaces before an opening quote are not part of the cell.
            ++m_pos;
            cell.clear();
            wasQuoted = true;
            if (!readQuoted(cell)) {
                endCell();
                m_error = tr("a quoted cell opened on this line is never closed");
                return true;
            }
        } else {
            // A run of ordinary characters at once; text after a closing quote is kept, as Excel
            // does.
            const qsizetype start = m_pos;
            while (m_pos < m_text.size()) {
                const QChar d = m_text.at(m_pos);
                if (d == m_separator || d == u'\n' || d == u'\r')
                    break;
                ++m_pos;
            }
            if (cell.size() <= kMaxCellLength)
                cell += QStringView(m_text).sliced(start, qMin(m_pos - start, kMaxCellLength + 1));
            if (wasQuoted)
                cell = cell.trimmed();
        }
    }
}

bool CsvReader::skipBlankLines()
{
    for (;;) {
        if (m_pos >= m_text.size() && !refill())
            return false;
        const QChar c = m_text.at(m_pos);
        if (c == u'\n')
            ++m_line;
        else if (c != u'\r')
            return true;
        ++m_pos;
    }
}

// Reads a quoted cell's content after its opening quote, up to and including the closing quote;
// "" stands for one quote, line breaks are part of the cell. False if the file ends first.
bool CsvReader::readQuoted(QString &cell)
{
    for (;;) {
        if (m_pos >= m_text.size() && !refill())
            return false;
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != u'"') {
            if (m_text.at(m_pos) == u'\n')
                ++m_line;
            ++m_pos;
        }
        if (cell.size() <= kMaxCellLength) // beyond it, endCell() refuses the record
            cell += QStringView(m_text).sliced(start, qMin(m_pos - start, kMaxCellLength + 1));
        if (m_pos >= m_text.size())
            continue;
        ++m_pos; // the quote
        if ((m_pos < m_text.size() || refill()) && m_text.at(m_pos) == u'"') {
            cell += u'"';
            ++m_pos;
            continue;
        }
        return true;
    }
}

} // namespace skl
