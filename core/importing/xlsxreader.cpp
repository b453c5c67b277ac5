#include "core/importing/xlsxreader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <QDate>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/unzip.h>

#include "core/common/cellreference.h"
#include "core/domain/cellvalues.h"
#include "core/importing/readahead.h"
#include "core/importing/xmlbytescanner.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Excel's built-in number formats that show dates, the Chinese ones (27-36, 50-58) included.
    bool isBuiltInDateFormat(int id)
    {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58);
    }

    // A custom format shows a date when, outside quoted text and [colour] sections, it has a
    // year, month or day code.
    bool isDateFormatCode(const QString &code)
    {
        bool quoted = false;
        bool bracket = false;
        for (QChar c : code) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == u'[')
                bracket = true;
            else if (!quoted && c == u']')
                bracket = false;
            else if (!quoted && !bracket && QStringView(u"yYdD").contains(c))
                return true;
        }
        return false;
    }

    // "D17" -> column 3, row 17. False when it is not a reference or lies beyond the limits; a
    // reference without a row ("D") gives row 0.
    bool parseReference(QByteArrayView reference, const XlsxLimits &limits, int &column, int &row)
    {
        column = 0;
        row = 0;
        qsizetype i = 0;
        for (; i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z'; ++i) {
            column = column * 26 + (reference[i] - 'A' + 1);
            if (column > limits.maxColumns)
                return false; // stop before it can overflow: "ZZZZZZ2" is column 321,272,406
        }
        if (column == 0)
            return false;
        for (; i < reference.size() && reference[i] >= '0' && reference[i] <= '9'; ++i) {
            row = row * 10 + (reference[i] - '0');
            if (row > limits.maxRows)
                return false;
        }
        --column;
        return i == reference.size();
    }

    // A whole number of at most nine digits ("17", a row or a shared string's index), or -1.
    int parseIndex(QByteArrayView digits)
    {
        if (digits.isEmpty() || digits.size() > 9)
            return -1;
        int value = 0;
        for (char d : digits) {
            if (d < '0' || d > '9')
                return -1;
            value = value * 10 + (d - '0');
        }
        return value;
    }

    // QDate::toString(Qt::ISODate) goes through a formatter: a tenth of reading a roster's sheet.
    QString isoDate(QDate date)
    {
        int year = 0;
        int month = 0;
        int day = 0;
        date.getDate(&year, &month, &day);
        if (year < 1000 || year > 9999)
            return date.toString(Qt::ISODate);
        const char text[10] = { char('0' + year / 1000), char('0' + year / 100 % 10),
            char('0' + year / 10 % 10), char('0' + year % 10), '-', char('0' + month / 10),
            char('0' + month % 10), '-', char('0' + day / 10), char('0' + day % 10) };
        return QString::fromLatin1(text, 10);
    }

    // Without the spaces around it, as a cell of a CSV file is read. Every character QChar
    // calls a space is below U+3000 or it: the Chinese after it is not asked one by one.
    QString trimmedCell(QString text)
    {
        const auto space = [](QChar c) { return c.unicode() <= 0x3000 && c.isSpace(); };
        // at(), not front(): a text shared with RepeatedTexts must not be copied to be looked at.
        if (!text.isEmpty() && (space(text.at(0)) || space(text.at(text.size() - 1))))
            return std::move(text).trimmed();
        return text;
    }

    QString shortened(QByteArrayView raw)
    {
        return QString::fromUtf8(raw.first(std::min<qsizetype>(raw.size(), 20)));
    }

} // namespace

// Texts a roster repeats row after row (性别, 单位, 车间, 是/否, dates), given as the QString made
// the first time, shared, instead of decoded and allocated again for each cell: half of a
// roster's cells, and a third of reading them (issue 19). Per column a few slots found by the
// text's hash, a new text taking its slot's place, so that what it holds stays small whatever
// the sheet holds.
class XlsxReader::RepeatedTexts
{
public:
    static constexpr int kColumns = 64;
    static constexpr qsizetype kMaxBytes = 48;

    // The text for value (decoded UTF-8 of at most kMaxBytes) in column (below kColumns), made
    // by make() when it is not the one kept.
    template <typename Make> QString text(int column, QByteArrayView value, Make make)
    {
        std::vector<Slot> &slots = m_columns[size_t(column)];
        if (slots.empty())
            slots.resize(kSlots);
        Slot &slot = slots[hash(value) & (kSlots - 1)];
        const std::string_view bytes(value.data(), size_t(value.size()));
        if (!slot.used || slot.bytes != bytes) {
            slot.bytes.assign(bytes);
            slot.text = make();
            slot.used = true;
        }
        return slot.text;
    }

    // The ISO text of a date serial's days, made by make() when it is not the one kept.
    template <typename Make> QString date(int days, Make make)
    {
        if (m_dates.empty())
            m_dates.resize(kDateSlots);
        DateSlot &slot = m_dates[size_t(days) & (kDateSlots - 1)];
        if (slot.days != days) {
            slot.text = make();
            slot.days = days;
        }
        return slot.text;
    }

private:
    // Of the first and the last eight bytes and the length: enough to tell a column's texts
    // apart, at a fraction of qHash's cost.
    static size_t hash(QByteArrayView value)
    {
        const auto load = [](const char *p, size_t n) {
            quint64 word = 0;
            std::memcpy(&word, p, n);
            return word;
        };
        const size_t n = size_t(value.size());
        const quint64 head = load(value.data(), std::min<size_t>(n, 8));
        const quint64 tail = n > 8 ? load(value.data() + n - 8, 8) : 0;
        const quint64 mixed = (head * 0x9E3779B97F4A7C15ULL) ^ (tail * 0xC2B2AE3D27D4EB4FULL) ^ n;
        return size_t(mixed ^ (mixed >> 29) ^ (mixed >> 47));
    }

    static constexpr size_t kSlots = 256;
    static constexpr size_t kDateSlots = 16384; // 45 years of days
    struct Slot
    {
        std::string bytes;
        QString text;
        bool used = false;
    };
    struct DateSlot
    {
        int days = -1;
        QString text;
    };
    std::array<std::vector<Slot>, kColumns> m_columns;
    std::vector<DateSlot> m_dates;
};

// One part of the workbook, inflated as it is read. QuaZipFile answers a damaged deflate stream
// or a cut file with -1 or a short read, which QXmlStreamReader alone would take for the end of
// the data, and it inflates whatever a part claims. This device refuses to go past its cap while
// inflating and keeps what went wrong for the message.
class XlsxEntry final : public QIODevice
{
public:
    enum class Problem { None, Damaged, TooLarge, TextTooLong };
    // QXmlStreamReader hands a text over only whole, so a hostile text of a gigabyte would be
    // held whole before any check of ours: no run between two tags may exceed this. A cell's
    // 32,767 characters take at most 4 bytes each, or 6 as a character reference.
    static constexpr qint64 kMaxRunBytes = 32767 * 6 + 4096;

    // checkRuns: for QXmlStreamReader; XmlByteScanner checks the runs it reads itself.
    XlsxEntry(QuaZip &zip, qint64 cap, bool checkRuns)
        : m_file(&zip)
        , m_cap(cap)
        , m_checkRuns(checkRuns)
    { }
    bool openEntry()
    {
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        m_expected = m_file.usize();
        return open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    Problem problem() const { return m_problem; }
    qint64 cap() const { return m_cap; }
    qint64 inflated() const { return m_inflated; }
    qint64 expectedSize() const { return m_expected; }
    // Reads what the XML left unread, so a damaged end or a wrong checksum is still noticed.
    bool drain()
    {
        char buffer[16384];
        qint64 n = 0;
        while ((n = read(buffer, sizeof buffer)) > 0) { }
        return n == 0 && m_problem == Problem::None;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_problem != Problem::None)
            return -1;
        if (m_finished)
            return 0;
        const qint64 n = m_file.read(data,
            std::min({ maxSize, m_cap - m_inflated + 1,
                m_checkRuns ? kMaxRunBytes : std::numeric_limits<qint64>::max() }));
        if (n < 0 || m_file.getZipError() != UNZ_OK) {
            m_problem = Problem::Damaged;
            return -1;
        }
        m_inflated += n;
        if (m_inflated > m_cap) {
            m_problem = Problem::TooLarge;
            return -1;
        }
        if (m_checkRuns && !checkRun(QByteArrayView(data, n)))
            return -1;
        if (n == 0) {
            // The end: closing checks the CRC, and a part that ends before its stated size was cut.
            m_finished = true;
            m_file.close();
            if (m_file.getZipError() != UNZ_OK || m_inflated != m_expected) {
                m_problem = Problem::Damaged;
                return -1;
            }
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    bool checkRun(QByteArrayView chunk)
    {
        // A read is never longer than kMaxRunBytes, so only the run that crosses from the
        // reads before into this one can exceed it.
        const qsizetype n = chunk.size();
        const qsizetype first = chunk.indexOf('<');
        m_run = first < 0 ? m_run + n : m_run + first;
        if (m_run > kMaxRunBytes) {
            m_problem = Problem::TextTooLong;
            return false;
        }
        if (first >= 0)
            m_run = n - 1 - chunk.lastIndexOf('<');
        return true;
    }

    QuaZipFile m_file;
    qint64 m_cap;
    bool m_checkRuns;
    qint64 m_expected = 0;
    qint64 m_inflated = 0;
    qint64 m_run = 0; // bytes since the last '<'
    bool m_finished = false;
    Problem m_problem = Problem::None;
};

namespace {

    struct ZipEntry
    {
        std::unique_ptr<XlsxEntry> file;
        QString error;
    };

    ZipEntry openEntry(QuaZip &zip, const QString &name, qint64 cap, bool checkRuns = true)
    {
        ZipEntry entry;
        if (!zip.setCurrentFile(name, QuaZip::csInsensitive)) {
            entry.error = name;
            return entry;
        }
        entry.file = std::make_unique<XlsxEntry>(zip, cap, checkRuns);
        if (!entry.file->openEntry()) {
            entry.error = name;
            entry.file.reset();
        }
        return entry;
    }

} // namespace

XlsxReader::~XlsxReader() = default;

namespace {

    // Why a part of the workbook (xl/sharedStrings.xml …) could not be read, or an empty string.
    // xmlError: why its XML is broken, or empty; textTooLong: a run of text is beyond any cell.
    QString partProblem(const QString &path, const QString &part, const XlsxEntry &entry,
        const QString &xmlError, bool textTooLong = false)
    {
        const QString file = QDir::toNativeSeparators(path);
        if (entry.problem() == XlsxEntry::Problem::TooLarge)
            return XlsxReader::tr("%1 is refused: its part %2 inflates to more than %3 MB, more "
                                  "than a workbook of this kind can hold.")
                .arg(file, part)
                .arg(entry.cap() >> 20);
        if (entry.problem() == XlsxEntry::Problem::TextTooLong || textTooLong)
            return XlsxReader::tr("%1 is refused: its part %2 holds a text far longer than the "
                                  "%3 characters a cell can hold.")
                .arg(file, part)
                .arg(CellValues::kMaxCellLength);
        if (entry.problem() == XlsxEntry::Problem::Damaged)
            return XlsxReader::tr("%1 is damaged: the compressed data of its part %2 cannot be "
                                  "read to the end. Open it in Excel and save it again.")
                .arg(file, part);
        if (!xmlError.isEmpty())
            return XlsxReader::tr("%1 is damaged: its part %2 ends in broken XML (%3). Open it in "
                                  "Excel and save it again.")
                .arg(file, part, xmlError);
        return {};
    }

    QString xmlError(const QXmlStreamReader &xml)
    {
        return xml.hasError() ? xml.errorString() : QString();
    }

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return Error { tr("%1 is not an Excel workbook (.xlsx), or it is damaged.")
                           .arg(QDir::toNativeSeparators(path)),
            {} };
    const XlsxLimits limits;
    ZipEntry workbook = openEntry(zip, u"xl/workbook.xml"_s, limits.maxOtherPartBytes);
    if (!workbook.file)
        return Error { tr("%1 is not an Excel workbook (.xlsx), or it is damaged.")
                           .arg(QDir::toNativeSeparators(path)),
            workbook.error };
    QXmlStreamReader xml(workbook.file.get());
    QStringList names;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet")
            names += xml.attributes().value(QLatin1StringView("name")).toString();
    }
    if (const QString problem
        = partProblem(path, u"xl/workbook.xml"_s, *workbook.file, xmlError(xml));
        !problem.isEmpty())
        return Error { problem, {} };
    return names;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(
    const QString &path, const QString &sheet, const XlsxLimits &limits)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_repeated = std::make_unique<RepeatedTexts>();
    reader->m_path = path;
    reader->m_limits = limits;
    reader->m_zip = std::make_unique<QuaZip>(path);
    const Error damaged { tr("%1 is not an Excel workbook (.xlsx), or it is damaged. Open it in "
                             "Excel and save it again as \"Excel Workbook (*.xlsx)\".")
                              .arg(QDir::toNativeSeparators(path)),
        {} };
    if (!QFileInfo::exists(path))
        return Error {
            tr("Cannot read %1: the file does not exist.").arg(QDir::toNativeSeparators(path)), {}
        };
    if (!reader->m_zip->open(QuaZip::mdUnzip))
        return damaged;
    QString sheetPath;
    if (auto done = reader->readWorkbook(sheet, sheetPath); !done)
        return done.error();
    if (auto done = reader->readSharedStrings(); !done)
        return done.error();
    if (auto done = reader->readStyles(); !done)
        return done.error();
    ZipEntry entry = openEntry(*reader->m_zip, sheetPath, limits.maxSheetBytes, false);
    if (!entry.file)
        return damaged;
    reader->m_sheetFile = std::move(entry.file);
    reader->m_sheetAhead = std::make_unique<ReadAhead>(*reader->m_sheetFile);
    reader->m_xml
        = std::make_unique<XmlByteScanner>(*reader->m_sheetAhead, XlsxEntry::kMaxRunBytes);
    return reader;
}

Status XlsxReader::readWorkbook(const QString &wantedSheet, QString &sheetPath)
{
    const Error damaged { tr("%1 is not an Excel workbook (.xlsx), or it is damaged.")
                              .arg(QDir::toNativeSeparators(m_path)),
        {} };
    QString relationId;
    QStringList names;
    {
        ZipEntry workbook = openEntry(*m_zip, u"xl/workbook.xml"_s, m_limits.maxOtherPartBytes);
        if (!workbook.file)
            return damaged;
        QXmlStreamReader xml(workbook.file.get());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView date1904 = xml.attributes().value(QLatin1StringView("date1904"));
                m_date1904 = date1904 == u"1" || date1904 == u"true";
            } else if (xml.name() == u"sheet") {
                const QString name = xml.attributes().value(QLatin1StringView("name")).toString();
                names += name;
                if (relationId.isEmpty() && (wantedSheet.isEmpty() || name == wantedSheet)) {
                    m_sheet = name;
                    // r:id, whatever prefix the relationships namespace has here
                    for (const QXmlStreamAttribute &a : xml.attributes()) {
                        if (a.name() == u"id")
                            relationId = a.value().toString();
                    }
                }
            }
        }
        if (const QString problem
            = partProblem(m_path, u"xl/workbook.xml"_s, *workbook.file, xmlError(xml));
            !problem.isEmpty())
            return Error { problem, {} };
    }
    if (relationId.isEmpty()) {
        if (!wantedSheet.isEmpty())
            return Error { tr("The workbook has no sheet named \"%1\"; its sheets are: %2.")
                               .arg(wantedSheet, names.join(u", "_s)),
                {} };
        return Error { tr("The workbook %1 has no sheet.").arg(QDir::toNativeSeparators(m_path)),
            {} };
    }
    ZipEntry relations
        = openEntry(*m_zip, u"xl/_rels/workbook.xml.rels"_s, m_limits.maxOtherPartBytes);
    if (!relations.file)
        return damaged;
    QXmlStreamReader xml(relations.file.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship"
            && xml.attributes().value(QLatin1StringView("Id")) == relationId) {
            const QString target = xml.attributes().value(QLatin1StringView("Target")).toString();
            sheetPath = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            return success();
        }
    }
    if (const QString problem
        = partProblem(m_path, u"xl/_rels/workbook.xml.rels"_s, *relations.file, xmlError(xml));
        !problem.isEmpty())
        return Error { problem, {} };
    return damaged;
}

namespace {

    // Whether the scanner's next bytes are a shared string as Excel writes most of them,
    // <si><t>text</t></si> (or <t xml:space="preserve">), whole in what was read: then text is
    // its raw text and length the element's bytes, and the scanner has not moved.
    bool commonSharedString(XmlByteScanner &xml, QByteArrayView &text, qsizetype &length)
    {
        QByteArrayView bytes = xml.peek(4096);
        bytes.truncate(std::min<qsizetype>(bytes.size(), XlsxEntry::kMaxRunBytes));
        const QByteArrayView plainStart("<si><t>");
        const QByteArrayView preservingStart("<si><t xml:space=\"preserve\">");
        const QByteArrayView end("</t></si>");
        qsizetype start = 0;
        if (bytes.startsWith(plainStart))
            start = plainStart.size();
        else if (bytes.startsWith(preservingStart))
            start = preservingStart.size();
        else
            return false;
        const qsizetype lt = bytes.indexOf('<', start);
        if (lt < 0 || !bytes.sliced(lt).startsWith(end))
            return false;
        text = bytes.sliced(start, lt - start);
        length = lt + end.size();
        return true;
    }

} // namespace

Status XlsxReader::readSharedStrings()
{
    const QString part = u"xl/sharedStrings.xml"_s;
    ZipEntry strings = openEntry(*m_zip, part, m_limits.maxSharedStringsBytes, false);
    if (!strings.file)
        return success(); // a workbook without text cells has none
    XmlByteScanner xml(*strings.file, XlsxEntry::kMaxRunBytes);
    std::string text;
    QString brokenXml;
    for (;;) {
        // <si><t>张伟</t></si>, as Excel writes most of them, straight from the bytes (see
        // readCommonCell); any other way token by token.
        Collected collected = Collected::Stopped;
        QByteArrayView plain;
        qsizetype length = 0;
        if (commonSharedString(xml, plain, length)) {
            collected = Collected::Whole;
        } else {
            const XmlByteScanner::Token token = xml.next();
            if (token == XmlByteScanner::Token::End || token == XmlByteScanner::Token::Error)
                break;
            if (token != XmlByteScanner::Token::StartElement || !xml.nameIs("si"))
                continue;
        }
        if (m_sharedStrings.size() >= m_limits.maxSharedStrings)
            return Error { tr("%1 is refused: it holds more than %2 different texts.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(m_limits.maxSharedStrings),
                {} };
        if (collected == Collected::Whole) {
            text.clear();
            if (!XmlByteScanner::decodeAppend(plain, text)) {
                collected = Collected::Broken;
            } else if (text.size() > 3 * size_t(m_limits.maxCellCharacters)) {
                collected = Collected::TooLong;
            }
            xml.skip(length);
        } else {
            collected = collectText(xml, "si", true, text);
        }
        if (collected == Collected::Broken) {
            brokenXml = tr("shared text number %1 has an unknown entity or character reference")
                            .arg(m_sharedStrings.size() + 1);
            break;
        }
        if (collected == Collected::Stopped)
            break;
        QString shared = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (collected == Collected::TooLong || shared.size() > m_limits.maxCellCharacters)
            return Error { tr("%1 is refused: its shared text number %2 is longer than %3 "
                              "characters, the most a cell can hold.")
                               .arg(QDir::toNativeSeparators(m_path))
                               .arg(m_sharedStrings.size() + 1)
                               .arg(m_limits.maxCellCharacters),
                {} };
        m_sharedStrings += std::move(shared);
    }
    const bool tooLong = xml.problem() == XmlByteScanner::Problem::TextTooLong;
    if (xml.problem() == XmlByteScanner::Problem::Broken)
        brokenXml = xml.errorString();
    if (const QString problem = partProblem(m_path, part, *strings.file, brokenXml, tooLong);
        !problem.isEmpty())
        return Error { problem, {} };
    if (!strings.file->drain())
        return Error { partProblem(m_path, part, *strings.file, {}), {} };
    return success();
}

Status XlsxReader::readStyles()
{
    ZipEntry styles = openEntry(*m_zip, u"xl/styles.xml"_s, m_limits.maxOtherPartBytes);
    if (!styles.file)
        return success();
    QXmlStreamReader xml(styles.file.get());
    QHash<int, bool> customDate; // numFmtId -> shows a date
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            customDate.insert(xml.attributes().value(QLatin1StringView("numFmtId")).toInt(),
                isDateFormatCode(
                    xml.attributes().value(QLatin1StringView("formatCode")).toString()));
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int format = xml.attributes().value(QLatin1StringView("numFmtId")).toInt();
            m_dateStyles.push_back(customDate.value(format, isBuiltInDateFormat(format)));
        }
    }
    if (const QString problem
        = partProblem(m_path, u"xl/styles.xml"_s, *styles.file, xmlError(xml));
        !problem.isEmpty())
        return Error { problem, {} };
    return success();
}

bool XlsxReader::showsDate(CellKind kind, int style) const
{
    return kind == CellKind::Number && style >= 0 && size_t(style) < m_dateStyles.size()
        && m_dateStyles[size_t(style)];
}

QString XlsxReader::cellText(CellKind kind, int style, QByteArrayView value)
{
    if (kind == CellKind::Shared) {
        const int index = parseIndex(value);
        return index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings[index] : QString();
    }
    // A number: a date when its style shows one (Excel counts days from 1899-12-30, or from
    // 1904-01-01 in workbooks made on old Macs).
    if (showsDate(kind, style)) {
        // Mostly a whole number of days: parsed as such, as a double only when it is not.
        const int days = parseIndex(value);
        bool ok = days >= 0;
        const double serial = ok ? double(days) : QString::fromUtf8(value).toDouble(&ok);
        if (ok && serial >= 1 && serial < 2958466) { // up to 9999-12-31
            const auto make = [&] {
                const QDate epoch = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
                return isoDate(epoch.addDays(qint64(serial)));
            };
            return days >= 0 ? m_repeated->date(days, make) : make();
        }
    }
    return QString::fromUtf8(value);
}

QString XlsxReader::stoppedAt(const QString &why) const
{
    return tr("The sheet \"%1\" cannot be read past %2: %3 The whole file is refused and nothing "
              "is imported; open it in Excel and save it again.")
        .arg(m_sheet, cellReference(m_lastRow, m_lastColumn), why);
}

// Collects the text of the element just started (<si>, <is> or <v>) up to its end tag endName:
// for <si> and <is> only what is inside <t> (phonetic guides are not part of the text), for <v>
// all of it. Stops past three bytes a character, more than a cell can hold whatever they are,
// so a hostile cell is refused before it fills memory; the caller checks the exact length.
XlsxReader::Collected XlsxReader::collectText(
    XmlByteScanner &xml, QByteArrayView endName, bool inRuns, std::string &text) const
{
    text.clear();
    const size_t cap = 3 * size_t(m_limits.maxCellCharacters);
    int inT = 0;
    int skipping = 0; // inside <rPh> or <phoneticPr>: every element opened there counts
    // <v>17</v>: the whole element at once.
    if (!inRuns && xml.takeSimpleText()) {
        if (!xml.appendTextTo(text))
            return Collected::Broken;
        return text.size() > cap ? Collected::TooLong : Collected::Whole;
    }
    for (;;) {
        Collected appended = Collected::Whole;
        switch (xml.next()) {
        case XmlByteScanner::Token::StartElement:
            if (skipping > 0 || xml.nameIs("rPh") || xml.nameIs("phoneticPr"))
                ++skipping;
            else if (xml.nameIs("t") && xml.takeSimpleText())
                appended = xml.appendTextTo(text) ? Collected::Whole : Collected::Broken;
            else if (xml.nameIs("t"))
                ++inT;
            break;
        case XmlByteScanner::Token::EndElement:
            if (skipping > 0)
                --skipping; // the scanner has checked that it closes what was opened last
            else if (xml.nameIs("t"))
                --inT;
            else if (xml.nameIs(endName))
                return Collected::Whole;
            break;
        case XmlByteScanner::Token::Text:
            if (skipping == 0 && (!inRuns || inT > 0)) {
                if (!xml.appendTextTo(text))
                    return Collected::Broken;
                if (text.size() > cap)
                    return Collected::TooLong;
            }
            break;
        case XmlByteScanner::Token::End:
        case XmlByteScanner::Token::Error:
            return Collected::Stopped;
        }
        if (appended == Collected::Broken)
            return Collected::Broken;
        if (text.size() > cap)
            return Collected::TooLong;
    }
}

// Reads the row whose start tag is current into record. False with m_error set when the row
// cannot be read whole, false without when the sheet stopped (next() says why).
bool XlsxReader::readRow(CsvRecord &record, bool &blank)
{
    QByteArrayView rowNumber;
    if (!m_xml->attribute("r", rowNumber) || rowNumber.isEmpty()) {
        ++record.line; // rows without a number follow the one before
        if (record.line > m_limits.maxRows) {
            m_error = stoppedAt(tr("row number \"%1\" is not between 1 and %2, Excel's last row.")
                                    .arg(record.line)
                                    .arg(m_limits.maxRows));
            return false;
        }
    } else {
        record.line = parseIndex(rowNumber);
        if (record.line < 1 || record.line > m_limits.maxRows) {
            m_error = stoppedAt(tr("row number \"%1\" is not between 1 and %2, Excel's last row.")
                                    .arg(shortened(rowNumber))
                                    .arg(m_limits.maxRows));
            return false;
        }
    }
    m_lastRow = record.line;
    m_lastColumn = -1;
    record.cells.clear();
    // Rows are as wide as the one before, mostly: room for them at once, not grown cell by cell.
    record.cells.reserve(m_rowWidth);
    blank = true;
    // The row's cells: <c r="D17" t="s" s="3"><v>…</v></c> or <c t="inlineStr"><is>…</is>.
    // Those written the common way are read straight from the bytes; the rest, and whatever
    // else the row holds, token by token.
    for (;;) {
        const Common common = readCommonCell(record, blank);
        if (common == Common::Taken)
            continue;
        if (common == Common::Failed)
            return false;
        const XmlByteScanner::Token token = m_xml->next();
        if (token == XmlByteScanner::Token::End || token == XmlByteScanner::Token::Error)
            return false;
        if (token == XmlByteScanner::Token::EndElement && m_xml->nameIs("row")) {
            // At most a row of a roster's width: a hostile row of 16,384 cells must not make
            // every row after it hold room for as many.
            m_rowWidth = std::min<qsizetype>(record.cells.size(), 64);
            return true;
        }
        if (token == XmlByteScanner::Token::StartElement && m_xml->nameIs("c")
            && !readCell(record, blank))
            return false;
    }
}

namespace {

    // A cell's t attribute: "s", a text ("str", "inlineStr", "e", "b"), or a number (any other).
    XlsxReader::CellKind cellKind(bool typed, QByteArrayView type)
    {
        using Kind = XlsxReader::CellKind;
        if (!typed)
            return Kind::Number;
        switch (type.size()) {
        case 1:
            return type[0] == 's'                  ? Kind::Shared
                : type[0] == 'e' || type[0] == 'b' ? Kind::Text
                                                   : Kind::Number;
        case 3:
            return std::memcmp(type.data(), "str", 3) == 0 ? Kind::Text : Kind::Number;
        case 9:
            return std::memcmp(type.data(), "inlineStr", 9) == 0 ? Kind::Text : Kind::Number;
        default:
            return Kind::Number;
        }
    }

    // The first '<', '&' or '\r' from p on, or end: where a text ends or needs decoding. Sixteen
    // bytes at a time where the processor can.
    const char *firstMarkup(const char *p, const char *const end)
    {
#if defined(__SSE2__)
        const __m128i lt = _mm_set1_epi8('<');
        const __m128i amp = _mm_set1_epi8('&');
        const __m128i cr = _mm_set1_epi8('\r');
        for (; end - p >= 16; p += 16) {
            const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const int found = _mm_movemask_epi8(
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, lt), _mm_cmpeq_epi8(bytes, amp)),
                    _mm_cmpeq_epi8(bytes, cr)));
            if (found != 0)
                return p + __builtin_ctz(unsigned(found));
        }
#endif
        while (p < end && *p != '<' && *p != '&' && *p != '\r')
            ++p;
        return p;
    }

    // The start tag of a cell as workbook writers put it: <c r="B2" s="1" t="inlineStr">, its
    // attributes set apart by one space, without prefixes, each once.
    struct CellTag
    {
        QByteArrayView reference;
        QByteArrayView type;
        QByteArrayView style;
        bool referenced = false;
        bool typed = false;
        bool styled = false;
        bool empty = false; // <c r="B2"/>
        qsizetype length = 0;
    };

    // Reads such a tag at the start of bytes; false when it is not one (the scanner then reads
    // it, and finds what is wrong with it, if anything).
    bool readCellTag(QByteArrayView bytes, CellTag &tag)
    {
        const char *const begin = bytes.data();
        const char *const end = begin + bytes.size();
        if (bytes.size() < 3 || begin[0] != '<' || begin[1] != 'c')
            return false;
        const char *p = begin + 2;
        int attributes = 0;
        for (;;) {
            if (p == end)
                return false;
            if (*p == '>') {
                ++p;
                break;
            }
            if (*p == '/') {
                if (p + 1 == end || p[1] != '>')
                    return false;
                tag.empty = true;
                p += 2;
                break;
            }
            if (*p != ' ' || ++attributes > 16) // the scanner keeps sixteen
                return false;
            const char *const name = ++p;
            while (p < end && *p != '=' && *p != ':' && *p != ' ' && *p != '>' && *p != '/')
                ++p;
            if (p == name || end - p < 2 || *p != '=' || (p[1] != '"' && p[1] != '\''))
                return false;
            const QByteArrayView attribute(name, p);
            const char *const value = p + 2;
            const char *close = value; // a short value: faster than calling memchr
            while (close < end && *close != p[1])
                ++close;
            if (close == end)
                return false;
            const QByteArrayView text(value, close);
            p = close + 1;
            if (attribute.size() != 1)
                continue;
            bool *seen = nullptr;
            QByteArrayView *into = nullptr;
            switch (attribute[0]) {
            case 'r':
                seen = &tag.referenced;
                into = &tag.reference;
                break;
            case 't':
                seen = &tag.typed;
                into = &tag.type;
                break;
            case 's':
                seen = &tag.styled;
                into = &tag.style;
                break;
            default:
                continue;
            }
            if (*seen)
                return false; // twice: the scanner's way of taking it decides
            *seen = true;
            *into = text;
        }
        tag.length = p - begin;
        return true;
    }

    // Whether bytes start with prefix, and if so moves past it.
    bool take(QByteArrayView &bytes, QByteArrayView prefix)
    {
        if (bytes.size() < prefix.size()
            || std::memcmp(bytes.data(), prefix.data(), size_t(prefix.size())) != 0)
            return false;
        bytes = bytes.sliced(prefix.size());
        return true;
    }

} // namespace

// Reads a cell at the scanner's next byte when it is written the common way: empty, or holding
// just <v>text</v> or <is><t>text</t></is>, all of it in what was read. NotCommon, having taken
// nothing, for anything else: formulas, rich text, phonetic guides, CDATA, comments, spaces
// between tags, prefixes, or a cell cut by the end of what was read; readCell() reads those.
XlsxReader::Common XlsxReader::readCommonCell(CsvRecord &record, bool &blank)
{
    // A common cell is far shorter than 4 KB. One longer than the scanner's longest run is left
    // to the scanner, to be refused as it refuses it.
    QByteArrayView bytes = m_xml->peek(4096);
    bytes.truncate(std::min<qsizetype>(bytes.size(), XlsxEntry::kMaxRunBytes));
    CellTag tag;
    if (bytes.size() < 4 || bytes[1] != 'c' || !readCellTag(bytes, tag))
        return Common::NotCommon;
    QByteArrayView rest = bytes.sliced(tag.length);
    QByteArrayView value;
    bool encoded = false;
    if (!tag.empty && !take(rest, "</c>")) {
        const bool isInline = take(rest, "<is><t>") || take(rest, "<is><t xml:space=\"preserve\">");
        if (!isInline && !take(rest, "<v>"))
            return Common::NotCommon;
        const char *const restEnd = rest.data() + rest.size();
        const char *lt = firstMarkup(rest.data(), restEnd);
        if (lt != restEnd && *lt != '<') {
            encoded = true; // references or line ends to decode; references hold no '<'
            lt = static_cast<const char *>(std::memchr(lt, '<', size_t(restEnd - lt)));
        }
        if (!lt || lt == restEnd)
            return Common::NotCommon;
        value = QByteArrayView(rest.data(), lt);
        rest = rest.sliced(value.size());
        if (!take(rest, isInline ? QByteArrayView("</t></is></c>") : QByteArrayView("</v></c>")))
            return Common::NotCommon;
    }
    int column = 0;
    if (!cellColumn(record, tag.referenced ? tag.reference : QByteArrayView(), column))
        return Common::Failed;
    // The attributes and the text are views of the scanner's bytes: used before skipping them.
    const CellKind kind = cellKind(tag.typed, tag.type);
    const int style = tag.styled ? parseIndex(tag.style) : -1;
    if (encoded) {
        m_value.clear();
        if (!XmlByteScanner::decodeAppend(value, m_value)) {
            m_error = stoppedAt(tr("the sheet's XML is broken or cut short (%1).")
                                    .arg(tr("an unknown entity or character reference")));
            return Common::Failed;
        }
        value = QByteArrayView(m_value.data(), qsizetype(m_value.size()));
    }
    if (!putCell(record, blank, column, kind, style, value))
        return Common::Failed;
    m_xml->skip(rest.data() - bytes.data());
    return Common::Taken;
}

// The column of a cell by its reference ("D17"), or the next one when it has none: false with
// m_error set when that lies outside the sheet.
bool XlsxReader::cellColumn(const CsvRecord &record, QByteArrayView reference, int &column)
{
    column = int(record.cells.size());
    if (!reference.isEmpty()) {
        int row = 0;
        if (!parseReference(reference, m_limits, column, row)) {
            m_error = stoppedAt(tr("the cell reference \"%1\" lies outside the sheet's "
                                   "%2 columns (A to XFD) and %3 rows.")
                                    .arg(shortened(reference))
                                    .arg(m_limits.maxColumns)
                                    .arg(m_limits.maxRows));
            return false;
        }
    } else if (column >= m_limits.maxColumns) {
        m_error
            = stoppedAt(tr("the row has more than %1 cells (A to XFD).").arg(m_limits.maxColumns));
        return false;
    }
    m_lastColumn = column;
    return true;
}

// Reads the cell whose start tag is current into its column of record.
bool XlsxReader::readCell(CsvRecord &record, bool &blank)
{
    int column = 0;
    if (QByteArrayView reference; !cellColumn(
            record, m_xml->attribute("r", reference) ? reference : QByteArrayView(), column))
        return false;
    // Taken now: the attributes' bytes are gone once the scanner reads on.
    QByteArrayView attribute;
    const bool typed = m_xml->attribute("t", attribute);
    const CellKind kind = cellKind(typed, attribute);
    const int style = m_xml->attribute("s", attribute) ? parseIndex(attribute) : -1;
    m_value.clear();
    for (;;) {
        const XmlByteScanner::Token token = m_xml->next();
        if (token == XmlByteScanner::Token::End || token == XmlByteScanner::Token::Error)
            return false;
        if (token == XmlByteScanner::Token::EndElement && m_xml->nameIs("c"))
            break;
        if (token != XmlByteScanner::Token::StartElement
            || (!m_xml->nameIs("v") && !m_xml->nameIs("is")))
            continue;
        const bool isInline = m_xml->nameIs("is");
        const Collected collected = collectText(*m_xml, isInline ? "is" : "v", isInline, m_value);
        if (collected == Collected::Stopped)
            return false;
        if (collected == Collected::Broken) {
            m_error = stoppedAt(tr("the sheet's XML is broken or cut short (%1).")
                                    .arg(tr("an unknown entity or character reference")));
            return false;
        }
        if (collected == Collected::TooLong) {
            m_error = stoppedAt(tr("the cell holds more than %1 characters, the most a cell "
                                   "can hold.")
                                    .arg(m_limits.maxCellCharacters));
            return false;
        }
    }
    return putCell(record, blank, column, kind, style,
        QByteArrayView(m_value.data(), qsizetype(m_value.size())));
}

// Puts the cell's text into its column of record: false with m_error set when it is longer than
// a cell can hold.
bool XlsxReader::putCell(
    CsvRecord &record, bool &blank, int column, CellKind kind, int style, QByteArrayView value)
{
    // Past three bytes a character it is more than a cell can hold whatever they are: refused
    // before it is decoded (collectText() stops there too).
    if (value.size() > 3 * qsizetype(m_limits.maxCellCharacters)) {
        m_error = stoppedAt(tr("the cell holds more than %1 characters, the most a cell "
                               "can hold.")
                                .arg(m_limits.maxCellCharacters));
        return false;
    }
    QString text;
    // A short text, shorter than a cell can hold: the one made before when it repeats.
    if (kind != CellKind::Shared && !showsDate(kind, style) && column < RepeatedTexts::kColumns
        && value.size()
            <= std::min<qsizetype>(RepeatedTexts::kMaxBytes, m_limits.maxCellCharacters)) {
        text = m_repeated->text(
            column, value, [value] { return trimmedCell(QString::fromUtf8(value)); });
    } else {
        text = cellText(kind, style, value);
        if (text.size() > m_limits.maxCellCharacters) {
            m_error = stoppedAt(tr("the cell holds more than %1 characters, the most a cell "
                                   "can hold.")
                                    .arg(m_limits.maxCellCharacters));
            return false;
        }
        text = trimmedCell(std::move(text));
    }
    blank = blank && text.isEmpty();
    while (record.cells.size() < column)
        record.cells += QString();
    if (record.cells.size() == column)
        record.cells += std::move(text); // the usual case: the cells in order
    else
        record.cells[column] = std::move(text);
    return true;
}

bool XlsxReader::next(CsvRecord &record)
{
    m_error.clear();
    for (;;) {
        const XmlByteScanner::Token token = m_xml->next();
        if (token == XmlByteScanner::Token::End || token == XmlByteScanner::Token::Error)
            break;
        if (token != XmlByteScanner::Token::StartElement || !m_xml->nameIs("row"))
            continue;
        bool blank = true;
        if (!readRow(record, blank)) {
            if (m_error.isEmpty())
                break;
            return false;
        }
        if (!blank)
            return true;
    }
    explainEnd();
    return false;
}

// The end of the data is the end of the sheet only when the zip entry and its XML both say so:
// a cut or damaged file otherwise reads as a shorter sheet (issue 12).
void XlsxReader::explainEnd()
{
    m_sheetAhead->stop(); // the sheet's entry is ours again
    if (m_sheetFile->problem() == XlsxEntry::Problem::TooLarge)
        m_error
            = stoppedAt(tr("the sheet inflates to more than %1 MB.").arg(m_sheetFile->cap() >> 20));
    else if (m_sheetFile->problem() == XlsxEntry::Problem::TextTooLong
        || m_xml->problem() == XmlByteScanner::Problem::TextTooLong)
        m_error = stoppedAt(tr("a cell holds far more than %1 characters, the most a cell can "
                               "hold.")
                                .arg(m_limits.maxCellCharacters));
    else if (m_sheetFile->problem() == XlsxEntry::Problem::Damaged)
        m_error = stoppedAt(tr("the compressed data is damaged or cut short."));
    else if (m_xml->problem() != XmlByteScanner::Problem::None)
        m_error = stoppedAt(
            tr("the sheet's XML is broken or cut short (%1).").arg(m_xml->errorString()));
    else if (!m_sheetFile->drain())
        m_error = stoppedAt(tr("the compressed data is damaged or cut short."));
}

QString XlsxReader::description() const
{
    return tr("Excel · sheet %1").arg(m_sheet);
}

qint64 XlsxReader::progressDone() const
{
    return m_sheetAhead ? m_sheetAhead->consumed() : 0;
}

qint64 XlsxReader::progressTotal() const
{
    return m_sheetFile ? m_sheetFile->expectedSize() : 0;
}

QString XlsxReader::cellReference(int line, int column) const
{
    if (column < 0)
        return u"%1!%2"_s.arg(m_sheet).arg(line);
    return u"%1!%2%3"_s.arg(m_sheet, spreadsheetColumnName(column)).arg(line);
}

} // namespace skl
