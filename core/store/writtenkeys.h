#pragma once

#include <vector>

#include <QString>
#include <QStringList>

namespace skl {

// The keys (employee numbers, ID numbers) an import into an empty roster has written so far, as
// 64-bit hashes in a sorted vector: 8 MB for a million. A key not among them cannot be stored,
// so its lookup in the database is skipped; a key among them (or a hash collision) is looked up
// as before. Each batch's lookups grow with the table the import is filling, and on a server
// they are two round trips of 20,000 values per batch.
class WrittenKeys
{
public:
    // The keys of keys that may be stored: every key until track() is called.
    QStringList mayBeStored(const QStringList &keys) const;
    // From now on, only the keys added are stored (the roster was empty).
    void track() { m_tracking = true; }
    void add(const QStringList &keys);

private:
    bool contains(const QString &key) const;
    bool m_tracking = false;
    std::vector<size_t> m_hashes;
};

} // namespace skl
