#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "core/domain/worker.h"

namespace skl {

// Spreadsheet cell spellings, whatever the UI language (the roster contract).
namespace CellValues {

    // YYYY-MM-DD, and what Excel and people write: YYYY/M/D, YYYY.M.D, YYYY年M月D日, YYYYMMDD.
    std::optional<QDate> parseDate(QStringView text);
    // 是/否, Y/N, Yes/No, 1/0, True/False, √/×.
    std::optional<bool> parseYesNo(QStringView text);
    // 男/女, M/F, Male/Female.
    std::optional<Gender> parseGender(QStringView text);

    QString formatDate(QDate date); // YYYY-MM-DD, or empty
    QString formatYesNo(bool value); // 是 / 否
    QString formatGender(std::optional<Gender> gender); // 男 / 女 / empty

} // namespace CellValues

} // namespace skl
