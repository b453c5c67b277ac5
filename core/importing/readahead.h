#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <QByteArray>
#include <QIODevice>

namespace skl {

// Reads a sequential device on a thread of its own, a few chunks ahead of whoever reads this
// device (issue 19): inflating a sheet of a million rows is a fifth of reading it, and can be
// done on the other core while the rows are scanned. A read of the source that fails (-1) or
// ends (0) is given to the reader once it has read every chunk before it. The source belongs to
// the thread until stop(); stop() before asking the source anything (its problem, drain()).
class ReadAhead final : public QIODevice
{
public:
    explicit ReadAhead(QIODevice &source, qint64 chunkSize = qint64(1) << 20, size_t ahead = 4);
    ~ReadAhead() override;

    bool isSequential() const override { return true; }
    // The bytes given to the reader so far, for its progress.
    qint64 consumed() const { return m_consumed; }
    // Stops reading ahead and waits for the thread; what it read and not given is dropped.
    void stop();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void run();

    QIODevice &m_source;
    const qint64 m_chunkSize;
    const size_t m_ahead;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks; // guarded by m_mutex
    qint64 m_last = 1; // guarded: the source's last read, 0 at its end, -1 when it failed
    bool m_stopping = false; // guarded
    QByteArray m_current; // the reader's: the chunk being given out
    qsizetype m_offset = 0;
    qint64 m_consumed = 0;
    std::thread m_thread; // last: started once everything above is set
};

} // namespace skl
