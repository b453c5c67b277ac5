#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

#include <QUtf8StringView>

namespace skl {

// Dates as the schema keeps them: TEXT columns holding YYYY-MM-DD (ISO 8601), on both engines, so
// that they sort and compare as text. One place for the stores to turn them into QDate and back.
namespace SqlDates {

    // YYYY-MM-DD; empty for an invalid date.
    QString text(QDate day);
    // The date's text, or a NULL of type text for an invalid date (an open end).
    QVariant textOrNull(QDate day);
    // The date a column holds; invalid for NULL or text that is no date. Reads millions of rows
    // in an allowance run, so the usual YYYY-MM-DD is read without QDate::fromString's generality.
    QDate parse(const QVariant &value);
    // The same from SQLite's own UTF-8 text (SqliteStatement::columnUtf8).
    QDate parse(QUtf8StringView value);

} // namespace SqlDates

} // namespace skl
