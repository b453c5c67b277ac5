#include "core/importing/datafiles.h"

#include "core/importing/allowancefileimport.h"
#include "core/importing/payfileimport.h"
#include "core/importing/trainingimport.h"

namespace skl {

std::optional<DataFile> dataFileNamed(const QString &name)
{
    for (DataFile kind : DataFileColumns::all()) {
        if (DataFileColumns::name(kind) == name)
            return kind;
    }
    return std::nullopt;
}

Result<TableImportOutcome> importDataFile(
    QSqlDatabase &db, DataFile kind, const QString &path, const Officer &by, ProgressSink &progress)
{
    switch (kind) {
    case DataFile::Rates:
        return AllowanceFileImport::rates(db, path, by, progress);
    case DataFile::Roles:
        return AllowanceFileImport::roles(db, path, by, progress);
    case DataFile::Mentorships:
        return AllowanceFileImport::mentorships(db, path, by, progress);
    case DataFile::PayBands:
        return PayFileImport::bands(db, path, by, progress);
    case DataFile::Pay:
        return PayFileImport::pay(db, path, by, progress);
    case DataFile::WageReference:
        return PayFileImport::wageReference(db, path, by, progress);
    case DataFile::Training:
        return TrainingImport::records(db, path, by, progress);
    }
    return Error { QString(), {} };
}

Result<TableImportOutcome> importDataFile(
    QSqlDatabase &db, DataFile kind, const QString &path, const Officer &by)
{
    NullProgress progress;
    return importDataFile(db, kind, path, by, progress);
}

} // namespace skl
