#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/rostercolumns.h"

namespace skl {

// The first rows of a roster file as the import dialog shows them before anything is written:
// the detected encoding, each header cell with the roster field it maps to (or none), and the
// header's problems (a required column missing, a column named twice).
struct RosterPreview
{
    QString encoding;
    QStringList header;
    QList<std::optional<RosterField>> mapping; // one per header cell
    QStringList headerProblems;
    QList<QStringList> rows;

    bool canImport() const { return headerProblems.isEmpty() && !header.isEmpty(); }

    // sheet: in an Excel workbook, the sheet to show (empty: the first).
    static Result<RosterPreview> read(
        const QString &path, int maxRows, const QString &sheet = QString());
};

} // namespace skl
