#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "core/store/certificationfactsstore.h"

namespace skl {

struct NamedWorker;

// The record rule of ReadRoster applied to the recognition tables (issue 17): a workshop head
// reads the honours and the studio and project memberships of their own workshops' workers
// only, as the server's row-level security does (serverprivileges.cpp), so that both engines
// show the same rows and the same counts. A studio's leader or a project's lead outside their
// workshops is shown hidden, without name or number.
namespace RecognitionScope {

    // A condition on workerColumn for the SQL of a store, its values appended to values: empty
    // for the whole company, never true for a workshop head without workshops.
    QString workers(const WorkshopScope &scope, const QString &workerColumn, QVariantList &values);

    // The columns of a worker joined as alias (LEFT JOIN worker alias, LEFT JOIN workshop
    // alias_ws): id, employee number, name, workshop name, workshop id.
    QString columns(const QString &alias);
    QString joins(const QString &alias, const QString &idColumn);
    // The worker read from the five columns at position at, hidden when out of scope (or, on a
    // server, not visible at all).
    NamedWorker read(const QSqlQuery &q, int at, const WorkshopScope &scope);

} // namespace RecognitionScope

} // namespace skl
