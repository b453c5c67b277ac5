#include "core/store/serverbulkload.h"

#include <QSqlQuery>

#include "core/domain/permissions.h"
#include "core/domain/role.h"
#include "core/store/serverschema.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Only the tables an import fills; a caller may not drop another table's constraints.
    QStringList installStatements()
    {
        return {
            uR"sql(CREATE TABLE IF NOT EXISTS public.bulk_load_deferred (
    table_name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('index', 'foreign key')),
    name text NOT NULL,
    definition text NOT NULL,
    PRIMARY KEY (table_name, name)))sql"_s,
            u"REVOKE ALL ON public.bulk_load_deferred FROM PUBLIC"_s,

            // Runs at the commit, as the owner: the officer cannot read the table.
            uR"sql(CREATE OR REPLACE FUNCTION public.bulk_load_unfinished() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $skl$
BEGIN
    IF EXISTS (SELECT 1 FROM public.bulk_load_deferred d
               WHERE d.table_name = NEW.table_name AND d.name = NEW.name) THEN
        RAISE EXCEPTION 'a bulk load into % left % % dropped: bulk_load_restore() must run '
            'before the commit', NEW.table_name, NEW.kind, NEW.name
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN NULL;
END
$skl$)sql"_s,
            u"DROP TRIGGER IF EXISTS bulk_load_unfinished ON public.bulk_load_deferred"_s,
            uR"sql(CREATE CONSTRAINT TRIGGER bulk_load_unfinished
    AFTER INSERT ON public.bulk_load_deferred DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION public.bulk_load_unfinished())sql"_s,

            // session_user, not current_user: inside the function current_user is the owner.
            uR"sql(CREATE OR REPLACE FUNCTION public.bulk_load_defer(p_table text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $skl$
DECLARE
    target regclass;
    filled boolean;
    r record;
BEGIN
    IF p_table IS NULL OR p_table NOT IN ('worker', 'grade_award') THEN
        RAISE EXCEPTION 'bulk loads fill worker and grade_award only, not %', p_table
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    target := ('public.' || p_table)::regclass;
    IF NOT has_table_privilege(session_user, target, 'INSERT') THEN
        RAISE EXCEPTION 'the login % may not write into %', session_user, p_table
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('LOCK TABLE %s IN ACCESS EXCLUSIVE MODE', target);
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s)', target) INTO filled;
    IF filled THEN
        RETURN false;
    END IF;
    FOR r IN SELECT c.conname AS name, pg_get_constraintdef(c.oid) AS definition
             FROM pg_constraint c WHERE c.conrelid = target AND c.contype = 'f' ORDER BY c.conname
    LOOP
        INSERT INTO public.bulk_load_deferred VALUES (p_table, 'foreign key', r.name, r.definition);
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', target, r.name);
    END LOOP;
    FOR r IN SELECT x.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
             FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
             WHERE i.indrelid = target AND NOT i.indisunique ORDER BY x.relname
    LOOP
        INSERT INTO public.bulk_load_deferred VALUES (p_table, 'index', r.name, r.definition);
        EXECUTE format('DROP INDEX public.%I', r.name);
    END LOOP;
    RETURN true;
END
$skl$)sql"_s,

            // Indexes first: the foreign keys are then checked through the parents' keys.
            uR"sql(CREATE OR REPLACE FUNCTION public.bulk_load_restore() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $skl$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM public.bulk_load_deferred ORDER BY kind DESC, table_name, name LOOP
        IF r.kind = 'index' THEN
            EXECUTE r.definition;
        ELSE
            EXECUTE format('ALTER TABLE public.%I ADD CONSTRAINT %I %s', r.table_name, r.name,
                r.definition);
        END IF;
        DELETE FROM public.bulk_load_deferred d
        WHERE d.table_name = r.table_name AND d.name = r.name;
    END LOOP;
END
$skl$)sql"_s,
            u"REVOKE ALL ON FUNCTION public.bulk_load_defer(text), public.bulk_load_restore(), "
            "public.bulk_load_unfinished() FROM PUBLIC"_s,
        };
    }

} // namespace

QString ServerBulkLoad::deferredTable()
{
    return u"bulk_load_deferred"_s;
}

Status ServerBulkLoad::install(QSqlDatabase &db, const QString &database)
{
    QStringList statements = installStatements();
    statements += u"GRANT EXECUTE ON FUNCTION public.bulk_load_defer(text), "
                  "public.bulk_load_restore() TO %1"_s.arg(SqlDialect::quotedIdentifier(
                      ServerSchema::groupRole(database, u"officer"_s)));
    // The import stages its rows in a temporary table (BulkRows): the groups that may import
    // may create one, and no other. Every function of the company names its search_path, so
    // that a temporary table cannot stand in for one of the company's (ServerPrivileges).
    for (const Role role : Roles::every()) {
        const bool imports = Permissions::allows(Roles { role }, Act::ImportRoster);
        statements += u"%1 TEMPORARY ON DATABASE %2 %3 %4"_s.arg(imports ? u"GRANT"_s : u"REVOKE"_s,
            SqlDialect::quotedIdentifier(database), imports ? u"TO"_s : u"FROM"_s,
            SqlDialect::quotedIdentifier(ServerSchema::groupRole(database, Roles::key(role))));
    }
    QSqlQuery q(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return SqlErrors::fromQuery(q, tr("Installing the bulk import on the server"));
    }
    return success();
}

Result<bool> ServerBulkLoad::defer(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT public.bulk_load_defer(?)"_s);
    q.addBindValue(table);
    if (auto done = execOneRow(q, tr("Preparing the bulk import")); !done)
        return done.error();
    return q.value(0).toBool();
}

Status ServerBulkLoad::restore(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto done = execOneRow(q, tr("Building the indexes of the imported roster"),
            u"SELECT public.bulk_load_restore()"_s);
        !done)
        return done.error();
    return success();
}

} // namespace skl
