#include "core/importing/xmlbytescanner.h"

#include <algorithm>
#include <cstring>

#include <QIODevice>

namespace skl {

namespace {

    // What one read of the device asks for: large enough that reading costs nothing per row.
    constexpr qsizetype kChunk = 256 * 1024;

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    bool isAllSpace(const char *begin, const char *end)
    {
        return std::all_of(begin, end, isSpace);
    }

    // "x:row" -> "row"
    QByteArrayView localPart(QByteArrayView name)
    {
        for (qsizetype i = name.size() - 1; i >= 0; --i) {
            if (name[i] == ':')
                return name.sliced(i + 1);
        }
        return name;
    }

    // Copies text with its line ends normalised as XML asks: "\r\n" and a lone "\r" become "\n".
    void appendLiteralWithCarriageReturns(const char *begin, const char *end, std::string &out)
    {
        for (const char *p = begin; p < end; ++p) {
            if (*p != '\r')
                out += *p;
            else if (p + 1 == end || p[1] != '\n')
                out += '\n';
        }
    }

    bool isXmlCharacter(char32_t c)
    {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
            || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    void appendUtf8(char32_t c, std::string &out)
    {
        if (c < 0x80) {
            out += char(c);
        } else if (c < 0x800) {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        } else {
            out += char(0xF0 | (c >> 18));
            out += char(0x80 | ((c >> 12) & 0x3F));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }

    // "#20013" or "#x4E2D" (without & and ;) -> the character; false when it is none XML allows.
    bool characterReference(QByteArrayView digits, char32_t &c)
    {
        const bool hex = digits.size() > 1 && (digits[1] == 'x');
        const QByteArrayView number = digits.sliced(hex ? 2 : 1);
        if (number.isEmpty() || number.size() > 8)
            return false;
        quint32 value = 0;
        for (char d : number) {
            int digit = -1;
            if (d >= '0' && d <= '9')
                digit = d - '0';
            else if (hex && d >= 'a' && d <= 'f')
                digit = d - 'a' + 10;
            else if (hex && d >= 'A' && d <= 'F')
                digit = d - 'A' + 10;
            if (digit < 0)
                return false;
            value = value * (hex ? 16 : 10) + quint32(digit);
        }
        c = char32_t(value);
        return isXmlCharacter(c);
    }

    // <?xml version="1.0" encoding="GBK"?> -> "GBK"; empty when it is not the declaration or
    // names none.
    QByteArray declaredEncoding(QByteArrayView instruction)
    {
        if (!instruction.startsWith("<?xml") || instruction.size() < 6 || !isSpace(instruction[5]))
            return {};
        const qsizetype at = instruction.indexOf("encoding");
        if (at < 0)
            return {};
        qsizetype i = at + 8;
        while (i < instruction.size() && (isSpace(instruction[i]) || instruction[i] == '='))
            ++i;
        if (i >= instruction.size() || (instruction[i] != '"' && instruction[i] != '\''))
            return {};
        const char quote = instruction[i];
        const qsizetype close = instruction.indexOf(quote, i + 1);
        return close < 0 ? QByteArray() : instruction.sliced(i + 1, close - i - 1).toByteArray();
    }

} // namespace

XmlByteScanner::XmlByteScanner(QIODevice &device, qint64 maxRunBytes)
    : m_device(device)
    , m_maxRun(maxRunBytes)
{
    m_buffer.resize(size_t(2 * kChunk));
}

bool XmlByteScanner::fill()
{
    if (m_eof || m_problem != Problem::None)
        return false;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    if (qsizetype(m_buffer.size()) - m_end < kChunk)
        m_buffer.resize(size_t(m_end + kChunk));
    const qint64 n = m_device.read(m_buffer.data() + m_end, kChunk);
    if (n < 0) {
        m_problem = Problem::Device;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += n;
    return true;
}

// Where needle is, at offset or after it from the next unread byte, reading more as needed:
// its offset, or -1 at the end of the data or with problem() set past the longest run.
qsizetype XmlByteScanner::find(qsizetype offset, QByteArrayView needle)
{
    for (;;) {
        const qsizetype available = m_end - m_pos;
        if (available - offset >= needle.size()) {
            const QByteArrayView unread(m_buffer.data() + m_pos + offset, available - offset);
            qsizetype at = -1;
            if (needle.size() == 1) {
                const void *hit = std::memchr(unread.data(), needle[0], size_t(unread.size()));
                at = hit ? static_cast<const char *>(hit) - unread.data() : -1;
            } else {
                at = unread.indexOf(needle);
            }
            if (at >= 0)
                return offset + at;
            offset = available - needle.size() + 1;
        }
        if (available > m_maxRun) {
            fail(Problem::TextTooLong,
                tr("a text or tag longer than %1 bytes").arg(m_maxRun)); // sets problem()
            return -1;
        }
        if (!fill())
            return -1;
    }
}

XmlByteScanner::Token XmlByteScanner::fail(Problem problem, const QString &why)
{
    if (m_problem == Problem::None) {
        m_problem = problem;
        m_errorString = why;
    }
    return Token::Error;
}

XmlByteScanner::Token XmlByteScanner::atEndOfData()
{
    if (m_problem != Problem::None)
        return Token::Error;
    if (!m_sawRoot)
        return fail(Problem::Broken, tr("the part holds no XML element"));
    if (!m_open.empty())
        return fail(Problem::Broken,
            tr("the data ends inside the element <%1>")
                .arg(QString::fromUtf8(m_open.back().data(), qsizetype(m_open.back().size()))));
    return Token::End;
}

XmlByteScanner::Token XmlByteScanner::next()
{
    if (m_problem != Problem::None)
        return Token::Error;
    m_emptyElement = false;
    m_cdata = false;
    if (m_pendingEnd) {
        m_pendingEnd = false; // m_localName is still the element's
        return Token::EndElement;
    }
    if (!m_started) {
        while (m_end - m_pos < 3 && fill()) { }
        if (m_end - m_pos >= 3 && std::memcmp(m_buffer.data() + m_pos, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
        m_started = true;
    }
    for (;;) {
        if (m_pos == m_end && !fill())
            return atEndOfData();
        if (m_buffer[size_t(m_pos)] != '<') {
            const Token token = text();
            if (token != Token::Text || !m_open.empty())
                return token;
            continue; // whitespace around the root element
        }
        if (m_end - m_pos < 2 && !fill())
            return m_problem != Problem::None
                ? Token::Error
                : fail(Problem::Broken, tr("the data ends inside a tag"));
        const char second = m_buffer[size_t(m_pos + 1)];
        if (second == '?' || second == '!') {
            const Token token = special();
            if (token == Token::Text || token == Token::Error)
                return token;
            continue; // a declaration, processing instruction or comment
        }
        if (second != '/')
            return startTag();
        const qsizetype close = find(2, ">");
        if (close < 0)
            return m_problem != Problem::None
                ? Token::Error
                : fail(Problem::Broken, tr("the data ends inside a tag"));
        QByteArrayView name(m_buffer.data() + m_pos + 2, close - 2);
        while (!name.isEmpty() && isSpace(name.back()))
            name.chop(1);
        if (m_open.empty() || !sameBytes(m_open.back(), name))
            return fail(Problem::Broken,
                tr("the end tag </%1> does not close the open element")
                    .arg(QString::fromUtf8(name.first(std::min<qsizetype>(name.size(), 40)))));
        m_open.pop_back();
        m_localName = localPart(name);
        m_pos += close + 1;
        return Token::EndElement;
    }
}

XmlByteScanner::Token XmlByteScanner::text()
{
    const qsizetype lt = find(0, "<");
    if (lt < 0) {
        if (m_problem != Problem::None)
            return Token::Error;
        if (m_open.empty() && isAllSpace(m_buffer.data() + m_pos, m_buffer.data() + m_end)) {
            m_pos = m_end;
            return atEndOfData();
        }
        return fail(Problem::Broken,
            m_open.empty() ? tr("text after the root element")
                           : tr("the data ends inside the element <%1>")
                                 .arg(QString::fromUtf8(
                                     m_open.back().data(), qsizetype(m_open.back().size()))));
    }
    m_text = QByteArrayView(m_buffer.data() + m_pos, lt);
    m_pos += lt;
    if (m_open.empty() && !isAllSpace(m_text.begin(), m_text.end()))
        return fail(Problem::Broken, tr("text outside the root element"));
    return Token::Text;
}

// <?…?>, <!--…-->, <![CDATA[…]]> (given as Text) and <!DOCTYPE (refused).
XmlByteScanner::Token XmlByteScanner::special()
{
    const auto cut = [this] {
        return m_problem != Problem::None ? Token::Error
                                          : fail(Problem::Broken, tr("the data ends inside a tag"));
    };
    const auto startsWith = [this](const char *prefix) {
        const qsizetype n = qsizetype(std::strlen(prefix));
        while (m_end - m_pos < n && fill()) { }
        return m_end - m_pos >= n && std::memcmp(m_buffer.data() + m_pos, prefix, size_t(n)) == 0;
    };
    if (m_buffer[size_t(m_pos + 1)] == '?') {
        const qsizetype end = find(2, "?>");
        if (end < 0)
            return cut();
        // The declaration may name another encoding, which QXmlStreamReader would decode and
        // bytes read as UTF-8 would garble: refused rather than read wrong.
        const QByteArray encoding = declaredEncoding(QByteArrayView(m_buffer.data() + m_pos, end));
        if (!encoding.isEmpty() && encoding.compare("UTF-8", Qt::CaseInsensitive) != 0
            && encoding.compare("UTF8", Qt::CaseInsensitive) != 0)
            return fail(Problem::Broken,
                tr("the encoding %1, where workbooks are in UTF-8")
                    .arg(QString::fromLatin1(encoding.left(20))));
        m_pos += end + 2;
        return Token::End; // nothing to give: the caller reads on
    }
    if (startsWith("<!--")) {
        const qsizetype end = find(4, "-->");
        if (end < 0)
            return cut();
        m_pos += end + 3;
        return Token::End;
    }
    if (startsWith("<![CDATA[")) {
        const qsizetype end = find(9, "]]>");
        if (end < 0)
            return cut();
        if (m_open.empty())
            return fail(Problem::Broken, tr("text outside the root element"));
        m_text = QByteArrayView(m_buffer.data() + m_pos + 9, end - 9);
        m_cdata = true;
        m_pos += end + 3;
        return Token::Text;
    }
    if (m_problem != Problem::None)
        return Token::Error;
    return fail(Problem::Broken, tr("a document type declaration, which workbooks do not have"));
}

// Reads the start tag at the next unread byte: its name, attributes and length, or NeedMore when
// the buffer ends inside it.
XmlByteScanner::Parse XmlByteScanner::parseTag(qsizetype &length)
{
    const char *const begin = m_buffer.data() + m_pos;
    const char *const end = m_buffer.data() + m_end;
    const char *p = begin + 1;
    while (p < end && !isSpace(*p) && *p != '>' && *p != '/')
        ++p;
    if (p == end)
        return Parse::NeedMore;
    if (p == begin + 1)
        return Parse::Bad;
    const QByteArrayView name(begin + 1, p);
    m_attributeCount = 0;
    for (;;) {
        const char *const spaceStart = p;
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            return Parse::NeedMore;
        if (*p == '>') {
            m_emptyElement = false;
            ++p;
            break;
        }
        if (*p == '/') {
            if (p + 1 == end)
                return Parse::NeedMore;
            if (p[1] != '>')
                return Parse::Bad;
            m_emptyElement = true;
            p += 2;
            break;
        }
        if (p == spaceStart)
            return Parse::Bad; // attributes are set apart by whitespace
        const char *const attributeName = p;
        while (p < end && !isSpace(*p) && *p != '=' && *p != '>' && *p != '/')
            ++p;
        const QByteArrayView attribute(attributeName, p);
        while (p < end && isSpace(*p))
            ++p;
        if (p == end || p + 1 == end)
            return Parse::NeedMore;
        if (attribute.isEmpty() || *p != '=')
            return Parse::Bad;
        ++p;
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            return Parse::NeedMore;
        const char quote = *p;
        if (quote != '"' && quote != '\'')
            return Parse::Bad;
        ++p;
        const char *const close = static_cast<const char *>(std::memchr(p, quote, size_t(end - p)));
        if (!close)
            return Parse::NeedMore;
        if (m_attributeCount < kKeptAttributes)
            m_attributes[size_t(m_attributeCount++)] = { localPart(attribute), { p, close } };
        p = close + 1;
    }
    m_localName = localPart(name);
    length = p - begin;
    return Parse::Done;
}

XmlByteScanner::Token XmlByteScanner::startTag()
{
    qsizetype length = 0;
    Parse parsed = Parse::NeedMore;
    while ((parsed = parseTag(length)) == Parse::NeedMore) {
        if (m_end - m_pos > m_maxRun)
            return fail(
                Problem::TextTooLong, tr("a text or tag longer than %1 bytes").arg(m_maxRun));
        if (!fill())
            return m_problem != Problem::None
                ? Token::Error
                : fail(Problem::Broken, tr("the data ends inside a tag"));
    }
    if (parsed == Parse::Bad)
        return fail(Problem::Broken, tr("a malformed tag"));
    if (m_open.empty() && m_sawRoot)
        return fail(Problem::Broken, tr("a second root element"));
    m_sawRoot = true;
    if (m_emptyElement) {
        m_pendingEnd = true;
    } else {
        // The qualified name, for matching the end tag: after "<", before space, "/" or ">".
        const char *const begin = m_buffer.data() + m_pos + 1;
        const char *p = begin;
        while (!isSpace(*p) && *p != '>' && *p != '/')
            ++p;
        m_open.emplace_back(begin, p);
    }
    m_pos += length;
    return Token::StartElement;
}

bool XmlByteScanner::takeSimpleText()
{
    if (m_pendingEnd || m_open.empty() || m_problem != Problem::None)
        return false;
    const char *const begin = m_buffer.data() + m_pos;
    const char *const end = m_buffer.data() + m_end;
    const char *const lt = static_cast<const char *>(std::memchr(begin, '<', size_t(end - begin)));
    const std::string &name = m_open.back();
    const qsizetype tag = qsizetype(name.size()) + 3; // </name>
    if (!lt || end - lt < tag || lt - begin > m_maxRun || lt[1] != '/'
        || std::memcmp(lt + 2, name.data(), name.size()) != 0 || lt[tag - 1] != '>')
        return false;
    m_text = QByteArrayView(begin, lt);
    m_cdata = false;
    m_localName = localPart(QByteArrayView(lt + 2, qsizetype(name.size())));
    m_open.pop_back();
    m_pos = lt + tag - m_buffer.data();
    return true;
}

QByteArrayView XmlByteScanner::peek(qsizetype wanted)
{
    if (!m_started || m_pendingEnd || m_open.empty() || m_problem != Problem::None)
        return {};
    if (m_end - m_pos < wanted)
        fill(); // at the end of the data, or on a problem, what is left stays as it is
    if (m_problem != Problem::None)
        return {};
    return QByteArrayView(m_buffer.data() + m_pos, m_end - m_pos);
}

bool XmlByteScanner::attribute(QByteArrayView localName, QByteArrayView &value) const
{
    for (int i = 0; i < m_attributeCount; ++i) {
        if (sameBytes(m_attributes[size_t(i)].name, localName)) {
            value = m_attributes[size_t(i)].value;
            return true;
        }
    }
    return false;
}

bool XmlByteScanner::appendTextTo(std::string &out) const
{
    if (m_cdata) {
        out.append(m_text.data(), size_t(m_text.size()));
        return true;
    }
    return decodeAppend(m_text, out);
}

bool XmlByteScanner::decodeAppend(QByteArrayView raw, std::string &out)
{
    // Most texts have neither: one pass to see, as texts are short and a call to memchr costs.
    bool plain = true;
    for (char c : raw) {
        if (c == '&' || c == '\r') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out.append(raw.data(), size_t(raw.size()));
        return true;
    }
    const char *p = raw.data();
    const char *const end = p + raw.size();
    while (p < end) {
        const char *const amp = static_cast<const char *>(std::memchr(p, '&', size_t(end - p)));
        appendLiteralWithCarriageReturns(p, amp ? amp : end, out);
        if (!amp)
            return true;
        const char *const semicolon = static_cast<const char *>(
            std::memchr(amp, ';', size_t(std::min<qsizetype>(end - amp, 12))));
        if (!semicolon)
            return false;
        const QByteArrayView reference(amp + 1, semicolon);
        if (reference == "amp")
            out += '&';
        else if (reference == "lt")
            out += '<';
        else if (reference == "gt")
            out += '>';
        else if (reference == "quot")
            out += '"';
        else if (reference == "apos")
            out += '\'';
        else if (char32_t c = 0; reference.startsWith('#') && characterReference(reference, c))
            appendUtf8(c, out);
        else
            return false;
        p = semicolon + 1;
    }
    return true;
}

} // namespace skl
