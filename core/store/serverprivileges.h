#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

namespace skl {

// What each of a company's group roles may do on the server (issue 14): the GRANTs, row-level
// security and the functions that act for officers. Applied by the owner after every upgrade, so
// that new tables get their privileges; every statement may run again.
//
// The privileges follow the one permission table (core/domain/permissions.cpp): a group gets the
// tables the acts of its role read and write, and nothing else; only the owner may alter or drop.
// A workshop head sees the rows of their own workshops only (row-level security) and never the
// column id_number; the certificate they print reaches them through certificate_fields(), and the
// masked number their roster shows through worker_masked_id_number(). The four-eyes rules of
// certifications and allowance runs are triggers, so that an UPDATE typed in psql meets them too.
class ServerPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(skl::ServerPrivileges)
public:
    static Status apply(QSqlDatabase &db, const QString &database);
    // Gives every function of the company that names no search_path "public, pg_temp": one
    // that names none reads a table by the caller's path, where the caller's temporary table of
    // the same name comes first (officers who import may create temporary tables:
    // ServerBulkLoad). Run last, after everything that creates functions, so that a schema
    // file or an install that forgets it is caught.
    static Status pinSearchPaths(QSqlDatabase &db);
};

} // namespace skl
