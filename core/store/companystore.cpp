#include "core/store/companystore.h"

#include <QDir>
#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

Result<Officer> CompanyStore::init(
    QSqlDatabase &db, const QString &name, Province province, const NewOfficer &admin)
{
    if (name.trimmed().isEmpty())
        return Error { tr("The company name is empty."), {} };
    if (auto ok = OfficerStore::acceptableLogin(admin.login); !ok)
        return ok.error();
    const auto existing = load(db);
    if (!existing)
        return existing.error();
    if (*existing) {
        if (SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres)
            return Error { tr("The database %1 on the server already belongs to the company %2; "
                              "a new company needs a new, empty database.")
                               .arg(db.databaseName(), (*existing)->name),
                {} };
        return Error { tr("%1 already belongs to the company %2; choose another file for a new "
                          "company.")
                           .arg(QDir::toNativeSeparators(db.databaseName()), (*existing)->name),
            {} };
    }
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Creating the company")); !begun)
        return begun.error();
    AuditLog audit(db);
    const auto event = audit.beginUnattributedEvent(u"init"_s,
        tr("Created the company %1 (%2).").arg(name.trimmed(), province.shortName()),
        admin.login.trimmed());
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO company (id, name, province_code, created_event_id) "
              "VALUES (1, ?, ?, ?)"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(province.code());
    q.addBindValue(*event);
    if (auto done = execOrError(q, tr("Creating the company")); !done)
        return done.error();
    q.finish();
    if (auto done = PolicyStore::insertMissingDefaults(db, *event); !done)
        return done.error();
    auto officer = OfficerStore::createFirst(db, admin, *event);
    if (!officer)
        return officer;
    if (auto done = audit.setOfficer(*event, officer->id); !done)
        return done.error();
    if (auto done = transaction.commit(tr("Creating the company")); !done)
        return done.error();
    return officer;
}

Result<std::optional<CompanyInfo>> CompanyStore::load(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT name, province_code FROM company WHERE id = 1"_s))
        return SqlErrors::fromQuery(q, tr("Reading the company"));
    const auto found = nextRow(q, tr("Reading the company"));
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<CompanyInfo>();
    const auto province = Province::fromCode(q.value(1).toInt());
    if (!province)
        return Error { tr("The company's province code %1 is unknown.").arg(q.value(1).toInt()),
            {} };
    return std::optional<CompanyInfo>(CompanyInfo { q.value(0).toString(), *province });
}

Result<CompanyInfo> CompanyStore::require(QSqlDatabase &db)
{
    auto company = load(db);
    if (!company)
        return company.error();
    if (!*company)
        return Error { tr("%1 has no company yet: create the company first.")
                           .arg(QDir::toNativeSeparators(db.databaseName())),
            {} };
    return **company;
}

Result<Fraction> CompanyStore::shareOn(QSqlDatabase &db, QStringView key, QDate day)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM policy_value WHERE key = ? AND effective_from <= ? "
              "ORDER BY effective_from DESC LIMIT 1"_s);
    q.addBindValue(key.toString());
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the policy"));
    const auto found = nextRow(q, tr("Reading the policy"));
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("The policy value %1 is not set for %2.")
                           .arg(key.toString(), day.toString(Qt::ISODate)),
            {} };
    const auto share = Fraction::parse(q.value(0).toString());
    if (!share)
        return Error { tr("The policy value %1 is \"%2\", which is not a share.")
                           .arg(key.toString(), q.value(0).toString()),
            {} };
    return *share;
}

} // namespace skl
