#include "core/exporting/zipwriter.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <QDateTime>
#include <QtEndian>

#include <zlib.h>

namespace skl {

namespace {

    constexpr quint32 kLocalHeaderSignature = 0x04034b50;
    constexpr quint32 kCentralHeaderSignature = 0x02014b50;
    constexpr quint32 kEndSignature = 0x06054b50;
    constexpr quint32 kZip64EndSignature = 0x06064b50;
    constexpr quint32 kZip64LocatorSignature = 0x07064b50;
    constexpr quint16 kDeflated = 8;
    constexpr quint16 kVersion = 20; // 2.0: deflate
    constexpr quint16 kVersionZip64 = 45; // 4.5: zip64
    constexpr quint16 kZip64Extra = 0x0001;
    // The streamed entry's local header reserves room for a zip64 field in an extra field
    // readers skip: Microsoft's "growth hint" (0xA220), which Office's own packages use to pad
    // local headers. It becomes the zip64 field if the entry passes 4 GiB.
    constexpr quint16 kPaddingExtra = 0xA220;
    constexpr quint16 kPaddingSignature = 0xA028;
    constexpr int kReservedExtra = 4 + 16;
    constexpr quint64 kMax32 = 0xFFFFFFFF;
    constexpr quint64 kMax16 = 0xFFFF;
    constexpr qsizetype kCompressedChunk = 256 * 1024;
    constexpr size_t kQueuedChunks = 4; // about a megabyte waits at most

    // Little-endian fields appended to a header.
    struct Fields
    {
        QByteArray bytes;
        Fields &u16(quint64 v)
        {
            const quint16 le = qToLittleEndian(quint16(v));
            bytes.append(reinterpret_cast<const char *>(&le), 2);
            return *this;
        }
        Fields &u32(quint64 v)
        {
            const quint32 le = qToLittleEndian(quint32(v));
            bytes.append(reinterpret_cast<const char *>(&le), 4);
            return *this;
        }
        Fields &u64(quint64 v)
        {
            const quint64 le = qToLittleEndian(v);
            bytes.append(reinterpret_cast<const char *>(&le), 8);
            return *this;
        }
    };

    bool needsZip64(quint64 size, quint64 compressedSize)
    {
        return size >= kMax32 || compressedSize >= kMax32;
    }

} // namespace

struct ZipWriter::Stream
{
    Entry entry;
    z_stream zlib {};
    bool zlibReady = false;
    QByteArray compressed;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<QByteArray> queue; // chunks to compress; an empty one ends the stream
    std::vector<QByteArray> spare; // compressed chunks, emptied, for the caller to refill
    bool failed = false; // set by the thread; the caller stops pushing
    std::thread thread;
};

ZipWriter::ZipWriter(QIODevice &out, int level)
    : m_out(out)
    , m_level(level)
{
    // The entries' modification time, in MS-DOS form (local time, two-second steps).
    const QDateTime now = QDateTime::currentDateTime();
    const QDate date = now.date();
    const QTime time = now.time();
    m_dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    m_dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
}

ZipWriter::~ZipWriter()
{
    if (m_stream && m_stream->thread.joinable()) {
        {
            std::lock_guard lock(m_stream->mutex);
            m_stream->queue.emplace_back();
        }
        m_stream->changed.notify_all();
        m_stream->thread.join();
    }
    if (m_stream && m_stream->zlibReady)
        deflateEnd(&m_stream->zlib);
}

bool ZipWriter::writeBytes(const char *data, qint64 size)
{
    if (m_out.write(data, size) != size) {
        m_error = m_out.errorString();
        return false;
    }
    m_offset += quint64(size);
    return true;
}

bool ZipWriter::writeLocalHeader(const Entry &entry)
{
    Fields header;
    header.u32(kLocalHeaderSignature).u16(kVersion).u16(0).u16(kDeflated);
    header.u16(m_dosTime).u16(m_dosDate);
    header.u32(entry.crc).u32(entry.compressedSize).u32(entry.size);
    header.u16(entry.name.size()).u16(kReservedExtra);
    header.bytes += entry.name;
    header.u16(kPaddingExtra).u16(kReservedExtra - 4).u16(kPaddingSignature).u16(0);
    header.bytes += QByteArray(kReservedExtra - 8, '\0');
    return writeBytes(header.bytes.constData(), header.bytes.size());
}

// Puts the streamed entry's CRC and sizes into its local header, written before they were known.
bool ZipWriter::patchLocalHeader(const Entry &entry)
{
    const bool zip64 = needsZip64(entry.size, entry.compressedSize);
    Fields version;
    version.u16(zip64 ? kVersionZip64 : kVersion);
    Fields sizes;
    sizes.u32(entry.crc);
    sizes.u32(zip64 ? kMax32 : entry.compressedSize).u32(zip64 ? kMax32 : entry.size);
    const qint64 end = m_out.pos();
    bool ok = m_out.seek(qint64(entry.offset) + 4) && m_out.write(version.bytes) == 2
        && m_out.seek(qint64(entry.offset) + 14) && m_out.write(sizes.bytes) == 12;
    if (ok && zip64) {
        Fields extra;
        extra.u16(kZip64Extra).u16(16).u64(entry.size).u64(entry.compressedSize);
        ok = m_out.seek(qint64(entry.offset) + 30 + entry.name.size())
            && m_out.write(extra.bytes) == extra.bytes.size();
    }
    ok = ok && m_out.seek(end);
    if (!ok)
        m_error = m_out.errorString();
    return ok;
}

bool ZipWriter::addEntry(const QByteArray &name, QByteArrayView content)
{
    Entry entry { name, 0, 0, quint64(content.size()), m_offset };
    entry.crc
        = quint32(crc32(0, reinterpret_cast<const Bytef *>(content.data()), uInt(content.size())));
    z_stream zlib {};
    if (deflateInit2(&zlib, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        m_error = QStringLiteral("zlib cannot start");
        return false;
    }
    QByteArray compressed(qsizetype(deflateBound(&zlib, uLong(content.size()))), '\0');
    zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.data()));
    zlib.avail_in = uInt(content.size());
    zlib.next_out = reinterpret_cast<Bytef *>(compressed.data());
    zlib.avail_out = uInt(compressed.size());
    const int deflated = deflate(&zlib, Z_FINISH);
    entry.compressedSize = zlib.total_out;
    deflateEnd(&zlib);
    if (deflated != Z_STREAM_END) {
        m_error = QStringLiteral("zlib cannot compress %1").arg(QString::fromLatin1(name));
        return false;
    }
    if (!writeLocalHeader(entry)
        || !writeBytes(compressed.constData(), qint64(entry.compressedSize)))
        return false;
    m_entries.push_back(entry);
    return true;
}

bool ZipWriter::beginStream(const QByteArray &name)
{
    // Without a stream (it could not begin) the other stream calls fail rather than wait.
    auto stream = std::make_unique<Stream>();
    stream->entry = Entry { name, 0, 0, 0, m_offset };
    if (deflateInit2(&stream->zlib, m_level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY)
        != Z_OK) {
        m_error = QStringLiteral("zlib cannot start");
        return false;
    }
    stream->entry.crc = quint32(crc32(0, nullptr, 0));
    stream->compressed.resize(kCompressedChunk);
    if (!writeLocalHeader(stream->entry)) {
        deflateEnd(&stream->zlib);
        return false;
    }
    stream->zlibReady = true;
    m_stream = std::move(stream);
    m_stream->thread = std::thread([this] { compressStream(); });
    return true;
}

bool ZipWriter::streamChunk(QByteArray &&chunk)
{
    if (!m_stream)
        return false;
    if (chunk.isEmpty())
        return true; // an empty chunk would end the stream
    std::unique_lock lock(m_stream->mutex);
    m_stream->changed.wait(
        lock, [this] { return m_stream->queue.size() < kQueuedChunks || m_stream->failed; });
    if (m_stream->failed)
        return false;
    m_stream->queue.push_back(std::move(chunk));
    lock.unlock();
    m_stream->changed.notify_all();
    return true;
}

QByteArray ZipWriter::spareChunk()
{
    if (!m_stream)
        return {};
    std::lock_guard lock(m_stream->mutex);
    if (m_stream->spare.empty())
        return {};
    QByteArray chunk = std::move(m_stream->spare.back());
    m_stream->spare.pop_back();
    return chunk;
}

// The compressing thread: takes chunks until the empty one, which finishes the deflate stream.
void ZipWriter::compressStream()
{
    Stream &s = *m_stream;
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(s.mutex);
            s.changed.wait(lock, [&s] { return !s.queue.empty(); });
            chunk = std::move(s.queue.front());
            s.queue.pop_front();
        }
        s.changed.notify_all();
        const bool last = chunk.isEmpty();
        bool failed = false;
        {
            std::lock_guard lock(s.mutex);
            failed = s.failed;
        }
        if (!failed && !compressChunk(chunk, last)) {
            std::lock_guard lock(s.mutex);
            s.failed = true;
        }
        if (last)
            return;
        chunk.resize(0); // keeps its capacity for the next chunk
        {
            std::lock_guard lock(s.mutex);
            if (s.spare.size() < kQueuedChunks + 1)
                s.spare.push_back(std::move(chunk));
        }
        s.changed.notify_all();
    }
}

// Adds one chunk to the CRC and the deflate stream, writing out every full compressed buffer.
bool ZipWriter::compressChunk(QByteArrayView chunk, bool last)
{
    Stream &s = *m_stream;
    // Not for the empty last chunk: crc32() given no buffer restarts at 0.
    if (!chunk.isEmpty())
        s.entry.crc = quint32(
            crc32(s.entry.crc, reinterpret_cast<const Bytef *>(chunk.data()), uInt(chunk.size())));
    s.entry.size += quint64(chunk.size());
    s.zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(chunk.data()));
    s.zlib.avail_in = uInt(chunk.size());
    for (;;) {
        s.zlib.next_out = reinterpret_cast<Bytef *>(s.compressed.data());
        s.zlib.avail_out = uInt(s.compressed.size());
        const int deflated = deflate(&s.zlib, last ? Z_FINISH : Z_NO_FLUSH);
        if (deflated == Z_STREAM_ERROR) {
            m_error = QStringLiteral("zlib failed");
            return false;
        }
        const qint64 produced = s.compressed.size() - qint64(s.zlib.avail_out);
        s.entry.compressedSize += quint64(produced);
        if (produced > 0 && !writeBytes(s.compressed.constData(), produced))
            return false;
        if (last ? deflated == Z_STREAM_END : s.zlib.avail_in == 0 && s.zlib.avail_out != 0)
            return true;
    }
}

bool ZipWriter::finishStream()
{
    if (!m_stream)
        return false;
    {
        std::lock_guard lock(m_stream->mutex);
        m_stream->queue.emplace_back();
    }
    m_stream->changed.notify_all();
    m_stream->thread.join();
    deflateEnd(&m_stream->zlib);
    m_stream->zlibReady = false;
    const Entry entry = m_stream->entry;
    const bool failed = m_stream->failed;
    m_stream.reset();
    if (failed || !patchLocalHeader(entry))
        return false;
    m_entries.push_back(entry);
    return true;
}

bool ZipWriter::writeCentralDirectory()
{
    const quint64 start = m_offset;
    for (const Entry &entry : m_entries) {
        // Fields too large for 32 bits are 0xFFFFFFFF here and follow in the zip64 field.
        Fields zip64;
        if (entry.size >= kMax32)
            zip64.u64(entry.size);
        if (entry.compressedSize >= kMax32)
            zip64.u64(entry.compressedSize);
        if (entry.offset >= kMax32)
            zip64.u64(entry.offset);
        Fields extra;
        if (!zip64.bytes.isEmpty())
            extra.u16(kZip64Extra).u16(zip64.bytes.size()).bytes += zip64.bytes;
        const quint16 version = extra.bytes.isEmpty() ? kVersion : kVersionZip64;
        Fields header;
        header.u32(kCentralHeaderSignature).u16(version).u16(version).u16(0).u16(kDeflated);
        header.u16(m_dosTime).u16(m_dosDate).u32(entry.crc);
        header.u32(std::min(entry.compressedSize, kMax32)).u32(std::min(entry.size, kMax32));
        header.u16(entry.name.size()).u16(extra.bytes.size()).u16(0); // no comment
        header.u16(0).u16(0).u32(0); // disk 0, no attributes
        header.u32(std::min(entry.offset, kMax32));
        header.bytes += entry.name;
        header.bytes += extra.bytes;
        if (!writeBytes(header.bytes.constData(), header.bytes.size()))
            return false;
    }
    const quint64 size = m_offset - start;
    const quint64 count = m_entries.size();
    Fields end;
    if (count >= kMax16 || size >= kMax32 || start >= kMax32) {
        const quint64 zip64End = m_offset;
        end.u32(kZip64EndSignature).u64(44).u16(kVersionZip64).u16(kVersionZip64);
        end.u32(0).u32(0).u64(count).u64(count).u64(size).u64(start);
        end.u32(kZip64LocatorSignature).u32(0).u64(zip64End).u32(1);
    }
    end.u32(kEndSignature).u16(0).u16(0);
    end.u16(std::min(count, kMax16)).u16(std::min(count, kMax16));
    end.u32(std::min(size, kMax32)).u32(std::min(start, kMax32)).u16(0);
    return writeBytes(end.bytes.constData(), end.bytes.size());
}

bool ZipWriter::finish()
{
    return writeCentralDirectory();
}

} // namespace skl
