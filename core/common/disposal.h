#pragma once

#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace skl {

// Things one thread is done with, destroyed on another: a bulk load's parsed rows go back to
// the thread that read and allocated them. Freed on the writing thread, a million rows' strings
// took 6-7 % of its time, much of it in the allocator's locks of the other thread's memory.
// Each owner is a callable holding what it owns: destroying the callable destroys that.
class Disposal
{
public:
    Disposal() = default;
    Disposal(const Disposal &) = delete;
    Disposal &operator=(const Disposal &) = delete;

    // From any thread.
    void add(std::function<void()> owner)
    {
        std::lock_guard lock(m_mutex);
        m_owners.push_back(std::move(owner));
    }
    // On the disposing thread: destroys what was added until now, outside the lock. What is
    // left at the end goes with the Disposal itself.
    void drain()
    {
        std::vector<std::function<void()>> owners;
        {
            std::lock_guard lock(m_mutex);
            owners.swap(m_owners);
        }
    }

private:
    std::mutex m_mutex;
    std::vector<std::function<void()>> m_owners;
};

} // namespace skl
