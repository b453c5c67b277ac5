#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QString>

#include "core/store/allowancestore.h"

namespace skl {

// The small tables HR imports beside the roster (issue #6), named as on the command line:
// rates, roles, mentorships, paybands, pay, wages.
enum class DataFile { Rates, Roles, Mentorships, PayBands, Pay, WageReference };

std::optional<DataFile> dataFileNamed(const QString &name);
// Imports the file with the store that owns it: every row checked, nothing written on error.
Result<AllowanceImport> importDataFile(
    QSqlDatabase &db, DataFile kind, const QString &path, const QString &actor);

} // namespace skl
