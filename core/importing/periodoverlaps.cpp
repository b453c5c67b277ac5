#include "core/importing/periodoverlaps.h"

using namespace Qt::StringLiterals;

namespace skl {

bool FiledPeriod::overlaps(const FiledPeriod &other) const
{
    return (!days.to.isValid() || other.days.from <= days.to)
        && (!other.days.to.isValid() || days.from <= other.days.to);
}

QString FiledPeriod::text() const
{
    return days.from.toString(Qt::ISODate) + u" – "_s
        + (days.to.isValid() ? days.to.toString(Qt::ISODate) : tr("ongoing"));
}

QString FiledPeriod::where() const
{
    return line == 0 ? tr("on record") : tr("on line %1").arg(line);
}

} // namespace skl
