#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/fraction.h"
#include "core/domain/officer.h"
#include "core/domain/province.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"

namespace skl {

struct CompanyInfo
{
    QString name;
    Province province;
};

class CompanyStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::CompanyStore)
public:
    // Records the company and the policy defaults (PolicyStore::defaults: T1 30 %, T2 1/3, T3
    // 35 % of section 二, the certification policy, the certificate number settings).
    // The first officer, admin, holds every role (OfficerStore::createFirst) and is the actor of
    // the creation. On a server db is the DBA's connection to an empty database, and admin
    // becomes a login role in the company's groups, without CREATEROLE (issue 14).
    static Result<Officer> init(
        QSqlDatabase &db, const QString &name, Province province, const NewOfficer &admin);
    // Empty when the database has no company yet.
    static Result<std::optional<CompanyInfo>> load(QSqlDatabase &db);
    // load(), with "run init first" as the error when there is no company.
    static Result<CompanyInfo> require(QSqlDatabase &db);

    // The value of key in force on day.
    static Result<Fraction> shareOn(QSqlDatabase &db, QStringView key, QDate day);
};

} // namespace skl
