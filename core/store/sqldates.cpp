#include "core/store/sqldates.h"

namespace skl::SqlDates {

QString text(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QVariant textOrNull(QDate day)
{
    return day.isValid() ? QVariant(text(day)) : QVariant(QMetaType::fromType<QString>());
}

QDate parse(const QVariant &value)
{
    const QString stored = value.toString();
    if (stored.size() != 10 || stored[4] != u'-' || stored[7] != u'-')
        return QDate::fromString(stored, Qt::ISODate);
    int parts[3] = { 0, 0, 0 };
    const int starts[3] = { 0, 5, 8 };
    const int lengths[3] = { 4, 2, 2 };
    for (int part = 0; part < 3; ++part) {
        for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
            const char16_t c = stored[i].unicode();
            if (c < u'0' || c > u'9')
                return QDate::fromString(stored, Qt::ISODate);
            parts[part] = parts[part] * 10 + (c - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

} // namespace skl::SqlDates
