#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

namespace skl {

// Writes a zip archive (PKWARE APPNOTE 6.3) of deflated entries into a seekable device: what an
// Excel workbook is made of. One entry at a time may be streamed (a sheet of a million rows): its
// bytes arrive in chunks and are compressed on a second thread, so that the caller formats the
// next chunk on one core while zlib deflates the last on the other. The streamed entry's local
// header is written first with a placeholder for its CRC and sizes and patched once they are
// known (the device is a file), so no data descriptor is needed; an entry or an archive past
// 4 GiB is written as zip64.
class ZipWriter
{
public:
    // level: zlib's 1 (fastest) … 9 (smallest).
    ZipWriter(QIODevice &out, int level);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // A whole entry, compressed at once. name is the path inside the archive (ASCII).
    bool addEntry(const QByteArray &name, QByteArrayView content);

    // The streamed entry: begin, hand over chunks, finish. A chunk handed over is the writer's;
    // take the next from spareChunk(), which recycles the compressed ones.
    bool beginStream(const QByteArray &name);
    bool streamChunk(QByteArray &&chunk);
    QByteArray spareChunk();
    bool finishStream();

    // The central directory; after it the archive is whole and nothing more may be added.
    bool finish();

    // Why the last call failed (the device's message), for the log.
    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };
    bool writeBytes(const char *data, qint64 size);
    bool writeLocalHeader(const Entry &entry);
    bool patchLocalHeader(const Entry &entry);
    bool writeCentralDirectory();
    void compressStream();
    bool compressChunk(QByteArrayView chunk, bool last);

    QIODevice &m_out;
    const int m_level;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    quint64 m_offset = 0; // bytes written so far: the next entry's offset
    std::vector<Entry> m_entries;
    QString m_error;

    // The streamed entry, shared between the caller and the compressing thread: the caller
    // pushes chunks (at most kQueuedChunks wait), the thread compresses them and hands the
    // emptied buffers back. An empty chunk ends the stream.
    struct Stream;
    std::unique_ptr<Stream> m_stream;
};

} // namespace skl
