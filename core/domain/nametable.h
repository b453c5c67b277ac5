#pragma once

#include <optional>
#include <span>

#include <QCoreApplication>
#include <QString>

namespace skl {

// One value of an enumeration as SkillLadder names it: the stable code (database, command line,
// policy keys), the English source label (translated for display) and the Chinese label, with
// an optional second Chinese spelling that officers also type ("国家级" beside "全国"). The rows
// are in the order of the enumeration.
struct NameRow
{
    const char16_t *code;
    const char *english;
    const char16_t *chinese;
    const char16_t *alias = nullptr;
};

// The value whose code, English label or Chinese label (or alias) text is, ignoring case and
// surrounding spaces; nullopt for none.
template <typename Enum>
std::optional<Enum> parseNamed(std::span<const NameRow> table, const QString &text)
{
    // Views of the table's texts, without a copy: stored codes are read a million times.
    const QStringView wanted = QStringView(text).trimmed();
    for (size_t i = 0; i < table.size(); ++i) {
        const NameRow &row = table[i];
        if (wanted.compare(QStringView(row.code), Qt::CaseInsensitive) == 0
            || wanted.compare(QLatin1StringView(row.english), Qt::CaseInsensitive) == 0
            || wanted == QStringView(row.chinese)
            || (row.alias && wanted == QStringView(row.alias)))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

inline QString codeNamed(std::span<const NameRow> table, int index)
{
    return QString::fromUtf16(table[size_t(index)].code);
}

// The label in the UI language; context is the class whose tr() the labels were marked for.
inline QString displayNamed(const char *context, std::span<const NameRow> table, int index)
{
    return QCoreApplication::translate(context, table[size_t(index)].english);
}

} // namespace skl
