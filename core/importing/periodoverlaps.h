#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "core/common/result.h"
#include "core/store/allowancestore.h"

namespace skl {

// A period of an imported row (its line) or on record (line 0).
struct FiledPeriod
{
    Q_DECLARE_TR_FUNCTIONS(skl::FiledPeriod)
public:
    InclusivePeriod days;
    int line = 0;

    bool overlaps(const FiledPeriod &other) const;
    // "2025-06-10 – 2025-06-19" or "2025-06-10 – ongoing".
    QString text() const;
    // "on record" or "on line 4".
    QString where() const;
};

// The one period-overlap check of the imports: per key (a team leader, an apprentice in an
// occupation) the periods on record, read the first time the key comes up, and those of the
// file's earlier lines; no period may overlap another.
template <typename Key> class PeriodOverlaps
{
public:
    using OnRecord = std::function<Result<QList<InclusivePeriod>>(const Key &)>;
    explicit PeriodOverlaps(OnRecord onRecord)
        : m_onRecord(std::move(onRecord))
    { }

    // The period that period overlaps, or nullopt: then period is kept for the lines after.
    Result<std::optional<FiledPeriod>> add(const Key &key, const FiledPeriod &period)
    {
        auto known = m_periods.find(key);
        if (known == m_periods.end()) {
            const auto recorded = m_onRecord(key);
            if (!recorded)
                return recorded.error();
            QList<FiledPeriod> periods;
            for (const InclusivePeriod &days : *recorded)
                periods += FiledPeriod { days, 0 };
            known = m_periods.insert(key, periods);
        }
        for (const FiledPeriod &other : std::as_const(*known)) {
            if (period.overlaps(other))
                return std::optional<FiledPeriod>(other);
        }
        *known += period;
        return std::optional<FiledPeriod>();
    }

private:
    OnRecord m_onRecord;
    QHash<Key, QList<FiledPeriod>> m_periods;
};

} // namespace skl
