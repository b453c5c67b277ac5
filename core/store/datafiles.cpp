#include "core/store/datafiles.h"

#include "core/store/paystore.h"

using namespace Qt::StringLiterals;

namespace skl {

std::optional<DataFile> dataFileNamed(const QString &name)
{
    static const QHash<QString, DataFile> names { { u"rates"_s, DataFile::Rates },
        { u"roles"_s, DataFile::Roles }, { u"mentorships"_s, DataFile::Mentorships },
        { u"paybands"_s, DataFile::PayBands }, { u"pay"_s, DataFile::Pay },
        { u"wages"_s, DataFile::WageReference } };
    if (const auto it = names.constFind(name); it != names.constEnd())
        return *it;
    return std::nullopt;
}

Result<AllowanceImport> importDataFile(
    QSqlDatabase &db, DataFile kind, const QString &path, const QString &actor)
{
    switch (kind) {
    case DataFile::Rates:
        return AllowanceStore::importRates(db, path, actor);
    case DataFile::Roles:
        return AllowanceStore::importRoles(db, path, actor);
    case DataFile::Mentorships:
        return AllowanceStore::importMentorships(db, path, actor);
    case DataFile::PayBands:
        return PayStore::importBands(db, path, actor);
    case DataFile::Pay:
        return PayStore::importPay(db, path, actor);
    case DataFile::WageReference:
        return PayStore::importWageReference(db, path, actor);
    }
    return Error { QString(), {} };
}

} // namespace skl
