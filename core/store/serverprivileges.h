#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

namespace skl {

// What each of a company's group roles may do on the server (issue 14): the GRANTs, row-level
// security and the functions that act for officers. Applied by the owner after every upgrade, so
// that new tables get their privileges; every statement may run again.
class ServerPrivileges
{
    Q_DECLARE_TR_FUNCTIONS(skl::ServerPrivileges)
public:
    static Status apply(QSqlDatabase &db, const QString &database);
};

} // namespace skl
