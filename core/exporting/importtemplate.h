#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/common/result.h"
#include "core/domain/datafilecolumns.h"

namespace skl {

// "下载导入模板" (issue 15): an empty Excel workbook for an import, whose first sheet carries the
// header row the importer expects with each column formatted as the importer reads it (employee
// and ID numbers as text, dates as dates, amounts as numbers with two decimals), and whose
// second sheet explains every column: its name, whether it is required, its format, an example
// and the spellings accepted. The columns come from the importer's own definitions
// (RosterColumns, DataFileColumns), so template and importer cannot drift apart. A template
// holds no company data: writing one needs no permission.
class ImportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(skl::ImportTemplate)
public:
    // The roster and each small table file of DataFileColumns.
    enum class Kind { Roster, Rates, Roles, Mentorships, PayBands, Pay, WageReference, Training };

    static QList<Kind> kinds();
    static Kind kindOf(DataFile file);
    // The table file a kind's template is for; nullopt for the roster.
    static std::optional<DataFile> dataFileOf(Kind kind);
    // The word the CLI's import names it by: "workers" (import workers FILE), "pay" (pay
    // import FILE) ...
    static QString key(Kind kind);
    static std::optional<Kind> fromKey(const QString &key);
    // The save dialog's suggested file name, in Chinese like the workbook: 花名册导入模板.xlsx.
    static QString defaultFileName(Kind kind);
    // The explanation sheet's name (填写说明), for readers and tests.
    static QString explanationSheetName();

    static Status write(Kind kind, const QString &path);
};

} // namespace skl
