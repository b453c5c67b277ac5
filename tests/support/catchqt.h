#pragma once

#include <optional>

#include <QDate>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Lets Catch print Qt values in failed assertions.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : "(invalid date)";
    }
};
template <> struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch
