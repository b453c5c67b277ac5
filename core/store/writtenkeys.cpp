#include "core/store/writtenkeys.h"

#include <algorithm>

#include <QHash>

namespace skl {

QStringList WrittenKeys::mayBeStored(const QStringList &keys) const
{
    if (!m_tracking)
        return keys;
    QStringList kept;
    for (const QString &key : keys) {
        if (contains(key))
            kept += key;
    }
    return kept;
}

bool WrittenKeys::contains(const QString &key) const
{
    return std::binary_search(m_hashes.begin(), m_hashes.end(), qHash(key, 0));
}

void WrittenKeys::add(const QStringList &keys)
{
    if (!m_tracking)
        return;
    // Sorted by batch and merged: a million keys in fifty batches cost one pass each, not a
    // sort of everything.
    const auto middle = m_hashes.size();
    for (const QString &key : keys)
        m_hashes.push_back(qHash(key, 0));
    std::sort(m_hashes.begin() + qsizetype(middle), m_hashes.end());
    std::inplace_merge(m_hashes.begin(), m_hashes.begin() + qsizetype(middle), m_hashes.end());
}

} // namespace skl
