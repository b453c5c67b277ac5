#pragma once

#include <cstddef>
#include <vector>

#include <QString>
#include <QStringList>

namespace skl {

// The keys (employee numbers, ID numbers) an import into an empty roster has written so far, as
// 32-bit hashes in an open-addressed table: 8 MB for a million. A key not among them cannot be
// stored, so its lookup in the database is skipped; a key among them (or a hash collision, about
// one key in 4,000 at a million) is looked up as before. Each batch's lookups grow with the table
// the import is filling, and on a server they are two round trips of 20,000 values per batch.
class WrittenKeys
{
public:
    // The keys of keys that may be stored: every key until track() is called.
    QStringList mayBeStored(const QStringList &keys) const;
    // From now on, only the keys added are stored (the roster was empty).
    void track() { m_tracking = true; }
    void add(const QStringList &keys);

private:
    static quint32 hashOf(const QString &key);
    bool contains(quint32 hash) const;
    void insert(quint32 hash);
    void grow();

    bool m_tracking = false;
    // Linear probing; 0 marks an empty slot (hashOf never gives 0). The slot count is a power
    // of two, at most three quarters full.
    std::vector<quint32> m_slots;
    size_t m_count = 0;
};

} // namespace skl
