#include "core/importing/readahead.h"

#include <algorithm>
#include <cstring>

namespace skl {

ReadAhead::ReadAhead(QIODevice &source, qint64 chunkSize, size_t ahead)
    : m_source(source)
    , m_chunkSize(chunkSize)
    , m_ahead(ahead)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_thread = std::thread([this] { run(); });
}

ReadAhead::~ReadAhead()
{
    stop();
}

void ReadAhead::stop()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ReadAhead::run()
{
    for (;;) {
        QByteArray chunk(m_chunkSize, Qt::Uninitialized);
        qint64 filled = 0;
        qint64 last = 1;
        while (filled < m_chunkSize
            && (last = m_source.read(chunk.data() + filled, m_chunkSize - filled)) > 0)
            filled += last;
        std::unique_lock<std::mutex> lock(m_mutex);
        if (filled > 0) {
            chunk.truncate(filled);
            m_changed.wait(lock, [this] { return m_chunks.size() < m_ahead || m_stopping; });
            if (m_stopping)
                return;
            m_chunks.push_back(std::move(chunk));
        }
        if (last <= 0 || m_stopping) {
            m_last = m_stopping ? -1 : last;
            m_changed.notify_all();
            return;
        }
        m_changed.notify_all();
    }
}

qint64 ReadAhead::readData(char *data, qint64 maxSize)
{
    if (m_offset == m_current.size()) {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_last <= 0 || m_stopping; });
        if (m_chunks.empty())
            return m_stopping ? -1 : m_last;
        m_current = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_offset = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    const qint64 n = std::min<qint64>(maxSize, m_current.size() - m_offset);
    std::memcpy(data, m_current.constData() + m_offset, size_t(n));
    m_offset += n;
    m_consumed += n;
    return n;
}

} // namespace skl
