#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace skl {

// A queue between one producing and one consuming thread that holds at most `capacity` items:
// the producer waits while it is full, so memory stays flat however large the input, and the
// consumer waits while it is empty. Either side may close it: the producer when it has nothing
// more, the consumer when it stops early (an error, Cancel), which wakes a producer waiting to
// push and makes its next push fail, so that it can end.
template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity)
        : m_capacity(capacity)
    { }

    // False when the queue was closed: the item was not queued.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // The next item; nothing once the queue is closed and every item before the close taken.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
        m_notEmpty.notify_all();
    }

private:
    std::size_t m_capacity;
    std::deque<T> m_items;
    bool m_closed = false;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
};

} // namespace skl
