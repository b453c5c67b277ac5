#include "core/store/writtenkeys.h"

#include <QHash>

namespace skl {

namespace {
    constexpr size_t kFirstSlotCount = 1024;
}

QStringList WrittenKeys::mayBeStored(const QStringList &keys) const
{
    if (!m_tracking)
        return keys;
    QStringList kept;
    for (const QString &key : keys) {
        if (contains(hashOf(key)))
            kept += key;
    }
    return kept;
}

void WrittenKeys::add(const QStringList &keys)
{
    if (!m_tracking)
        return;
    // A hash table, not a sorted vector merged batch by batch: on a file the batches are of 500
    // rows, and merging each into a million kept hashes took 6 % of a million-row import.
    for (const QString &key : keys)
        insert(hashOf(key));
}

quint64 WrittenKeys::hashOf(const QString &key)
{
    quint64 hash = qHash(key, 0);
    if constexpr (sizeof(size_t) < sizeof(quint64))
        hash = hash << 32 | qHash(key, 1);
    return hash == 0 ? 1 : hash;
}

bool WrittenKeys::contains(quint64 hash) const
{
    if (m_slots.empty())
        return false;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        if (m_slots[slot] == hash)
            return true;
        if (m_slots[slot] == 0)
            return false;
    }
}

void WrittenKeys::insert(quint64 hash)
{
    if ((m_count + 1) * 4 > m_slots.size() * 3)
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        if (m_slots[slot] == hash)
            return;
        if (m_slots[slot] == 0) {
            m_slots[slot] = hash;
            ++m_count;
            return;
        }
    }
}

void WrittenKeys::grow()
{
    std::vector<quint64> old;
    old.swap(m_slots);
    m_slots.assign(old.empty() ? kFirstSlotCount : old.size() * 2, 0);
    m_count = 0;
    for (quint64 hash : old) {
        if (hash != 0)
            insert(hash);
    }
}

} // namespace skl
