#pragma once

#include <cstddef>
#include <vector>

#include <QString>
#include <QStringList>

namespace skl {

// The keys (employee numbers, ID numbers) an import into an empty roster has written so far, as
// 64-bit hashes in an open-addressed table: 16 MB for a million. A key not among them cannot be
// stored, so its lookup in the database is skipped; a key among them (or a hash collision, about
// one key in 10^13 at a million) is looked up as before. With 32-bit hashes one key in 4,000
// collided: most of a million-row import's batches then looked some up, and on a server each
// lookup waits for the server to finish writing the batch before (RosterStore::settle). Each
// batch's lookups grow with the table the import is filling, and on a server they are two round
// trips of 10,000 values per batch.
class WrittenKeys
{
public:
    // The keys of keys that may be stored: every key until track() is called.
    QStringList mayBeStored(const QStringList &keys) const;
    // From now on, only the keys added are stored (the roster was empty).
    void track() { m_tracking = true; }
    void add(const QStringList &keys);

private:
    static quint64 hashOf(const QString &key);
    bool contains(quint64 hash) const;
    void insert(quint64 hash);
    void grow();

    bool m_tracking = false;
    // Linear probing; 0 marks an empty slot (hashOf never gives 0). The slot count is a power
    // of two, at most three quarters full.
    std::vector<quint64> m_slots;
    size_t m_count = 0;
};

} // namespace skl
