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

    // The most characters a spreadsheet cell holds (Excel's limit): no field takes more.
    inline constexpr int kMaxCellLength = 32767;
    // Why text cannot be kept in a field of at most maxLength characters, or an empty string:
    // it is too long, or holds a control character (a NUL, an escape …), a tab being allowed
    // only in free text. Checked before anything is stored (issue 12): a NUL in an employee
    // number otherwise surfaced as a foreign-key failure, and one in a name was dropped.
    QString textProblem(QStringView text, int maxLength, bool tabAllowed = false);

    QString formatDate(QDate date); // YYYY-MM-DD, or empty
    QString formatYesNo(bool value); // 是 / 否
    QString formatGender(std::optional<Gender> gender); // 男 / 女 / empty

} // namespace CellValues

} // namespace skl
