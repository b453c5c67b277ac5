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

namespace {

    // YYYY-MM-DD digit by digit; anything else through QDate's own reading.
    template <typename Char, typename Fallback>
    QDate parseIso(const Char *stored, qsizetype size, Fallback &&fallback)
    {
        if (size != 10 || stored[4] != '-' || stored[7] != '-')
            return fallback();
        int parts[3] = { 0, 0, 0 };
        const int starts[3] = { 0, 5, 8 };
        const int lengths[3] = { 4, 2, 2 };
        for (int part = 0; part < 3; ++part) {
            for (int i = starts[part]; i < starts[part] + lengths[part]; ++i) {
                const Char c = stored[i];
                if (c < '0' || c > '9')
                    return fallback();
                parts[part] = parts[part] * 10 + (c - '0');
            }
        }
        return QDate(parts[0], parts[1], parts[2]);
    }

} // namespace

QDate parse(const QVariant &value)
{
    const QString stored = value.toString();
    return parseIso(stored.utf16(), stored.size(),
        [&stored] { return QDate::fromString(stored, Qt::ISODate); });
}

QDate parse(QUtf8StringView value)
{
    return parseIso(value.data(), value.size(), [value] {
        return QDate::fromString(QString::fromUtf8(value.data(), value.size()), Qt::ISODate);
    });
}

} // namespace skl::SqlDates
