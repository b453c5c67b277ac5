#pragma once

#include <array>
#include <string>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace skl {

// A pull scanner over the plain XML of a workbook's parts, read as UTF-8 bytes in large chunks
// (issue 19): a sheet of a million rows is mostly a few short elements (<row>, <c>, <v>, <is>,
// <t>), and QXmlStreamReader's general machinery (a QString for every name, attribute and text)
// cost more than the rows' checks. It gives elements by their local name (the "x:" prefix some
// writers use dropped), their attributes raw, and text raw: the caller decodes only the text it
// keeps (decodeAppend). It checks what a damaged or cut part shows: tags that do not close or do
// not match, text outside the root, a run of text or a tag longer than maxRunBytes (so a hostile
// part cannot make it hold more), and the end of the data before the root element closed.
// Not for parts with a DTD: those are refused, as no workbook writer makes them.
class XmlByteScanner
{
    Q_DECLARE_TR_FUNCTIONS(skl::XmlByteScanner)
public:
    enum class Token { StartElement, EndElement, Text, End, Error };
    enum class Problem { None, Device, TextTooLong, Broken };

    // device: read sequentially; a read of -1 is a problem of the device (its own message).
    XmlByteScanner(QIODevice &device, qint64 maxRunBytes);

    Token next();
    // Of the current StartElement or EndElement: the name without its prefix.
    QByteArrayView name() const { return m_localName; }
    bool nameIs(QByteArrayView localName) const { return sameBytes(m_localName, localName); }
    // <c/>: the StartElement whose EndElement follows at once.
    bool isEmptyElement() const { return m_emptyElement; }
    // The raw value of the current StartElement's attribute by its local name; false when absent.
    bool attribute(QByteArrayView localName, QByteArrayView &value) const;
    // The raw text of the current Text (entities still encoded, CDATA already plain).
    QByteArrayView text() const { return m_text; }
    // Right after a StartElement that holds only text (<t>张伟</t>, <v>17</v>): takes the text and
    // the end tag at once when both are in what was read, which is the common case and saves two
    // turns; then text() is the text and the element is closed. False, having taken nothing,
    // otherwise: read on with next().
    bool takeSimpleText();
    // Appends the current Text to out, decoded (see decodeAppend); false when it cannot be.
    bool appendTextTo(std::string &out) const;

    // The unread bytes as they are, reading more first when fewer than wanted are there and the
    // data has more: for a caller that recognises whole common elements itself (a sheet's
    // <c r="B2" t="inlineStr"><is><t>张伟</t></is></c>, five turns of next() otherwise) and
    // leaves to next() whatever it does not recognise. Empty when next() must go on first (before
    // the root element, or an empty element's end is due), at the end of the data, or after a
    // problem.
    QByteArrayView peek(qsizetype wanted);
    // Takes the first n bytes of what peek() gave: whole elements that open and close within
    // them, checked by the caller.
    void skip(qsizetype n) { m_pos += n; }

    Problem problem() const { return m_problem; }
    QString errorString() const { return m_errorString; }

    // Appends raw XML text to out with its entities (&amp; &lt; &gt; &quot; &apos;) and character
    // references (&#20013; &#x4E2D;) decoded and line ends normalised to \n; false, with out
    // undefined, when a reference is unknown or not a character XML allows.
    static bool decodeAppend(QByteArrayView raw, std::string &out);

    // Compares short names inline: QByteArrayView's == calls into Qt and memcmp for each,
    // which was a tenth of reading a sheet.
    static bool sameBytes(QByteArrayView a, QByteArrayView b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

private:
    enum class Parse { Done, NeedMore, Bad };
    bool fill();
    qsizetype find(qsizetype offset, QByteArrayView needle);
    Parse parseTag(qsizetype &length);
    Token startTag();
    Token special();
    Token text();
    Token fail(Problem problem, const QString &why);
    Token atEndOfData();

    QIODevice &m_device;
    qint64 m_maxRun;
    std::vector<char> m_buffer;
    qsizetype m_pos = 0; // the next unread byte in m_buffer
    qsizetype m_end = 0; // the end of the bytes read into m_buffer
    bool m_eof = false;
    bool m_started = false; // the byte order mark is behind
    bool m_sawRoot = false;
    bool m_pendingEnd = false; // the EndElement of an empty element comes next
    std::vector<std::string> m_open; // qualified names of the open elements
    QByteArrayView m_localName;
    bool m_emptyElement = false;
    struct Attribute
    {
        QByteArrayView name; // local
        QByteArrayView value;
    };
    static constexpr int kKeptAttributes = 16;
    std::array<Attribute, kKeptAttributes> m_attributes;
    int m_attributeCount = 0;
    QByteArrayView m_text;
    bool m_cdata = false;
    std::string m_endName; // the name of an EndElement whose element is no longer open
    Problem m_problem = Problem::None;
    QString m_errorString;
};

} // namespace skl
