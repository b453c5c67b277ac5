#include "core/store/serverprivileges.h"

#include <QSqlQuery>

#include "core/store/serverofficers.h"
#include "core/store/serverschema.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString quoted(const QString &identifier)
    {
        QString text = identifier;
        text.replace(u'"', u"\"\""_s);
        return u'"' + text + u'"';
    }

} // namespace

Status ServerPrivileges::apply(QSqlDatabase &db, const QString &database)
{
    const QString officer = quoted(ServerSchema::groupRole(database, u"officer"_s));
    const QStringList statements {
        u"REVOKE ALL ON SCHEMA public FROM PUBLIC"_s,
        u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(officer),
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(officer),
        u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(officer),
    };
    QSqlQuery q(db);
    for (const QString &statement : statements) {
        if (!q.exec(statement))
            return SqlErrors::fromQuery(q, tr("Setting the officers' privileges on the server"));
    }
    return ServerOfficers::install(db, database);
}

} // namespace skl
