#include "core/store/servertrail.h"

#include <algorithm>

#include <QSqlQuery>
#include <QStringList>

#include "core/domain/role.h"
#include "core/store/serverbulkload.h"
#include "core/store/serverschema.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString installingFailed()
    {
        return ServerTrail::tr("Installing the audit trail on the server");
    }

    QString literal(const QString &text)
    {
        QString escaped = text;
        escaped.replace(u'\'', u"''"_s);
        return u'\'' + escaped + u'\'';
    }

    // The trail's own tables are guarded by their own triggers (AuditChain); schema_version is
    // written by upgrades only; bulk_load_deferred holds schema for the owner only.
    // The trend's kept months (schema 24) are figures derived from the roster, kept by whoever
    // reads the trend: no act.
    const QStringList kUnaudited { u"audit_event"_s, u"audit_change"_s, u"audit_seal"_s,
        u"audit_seal_due"_s, u"audit_chain_state"_s, u"schema_version"_s,
        ServerBulkLoad::deferredTable(), u"target_trend_month"_s, u"target_trend_state"_s };

    // Columns the trail never holds: a password hash is a secret; failed logins, the lockout and
    // the row version are bookkeeping that changes with every login or edit (issue 13).
    const QStringList kHidden { u"password_hash"_s, u"failed_logins"_s, u"locked_until"_s,
        u"row_version"_s };

    // The functions, in the order they depend on one another. A seal is computed as
    // AuditChain's ChainEvent::hashAfter computes it: each value is a 0 byte for NULL, or a 1
    // byte, its UTF-8 length in 4 bytes (big-endian) and its UTF-8 bytes; integers as decimal
    // text; the change rows digested in id order over (id, entity, entity_id, field, old_value,
    // new_value). A test seals events both ways and compares.
    QStringList functions()
    {
        return {
            uR"sql(CREATE OR REPLACE FUNCTION audit_hash_part(v text) RETURNS bytea
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN v IS NULL THEN '\x00'::bytea
    ELSE '\x01'::bytea || int4send(octet_length(convert_to(v, 'UTF8'))) || convert_to(v, 'UTF8')
    END $$)sql"_s,

            // A row's key as text ("17", or "3/2026-01-01" for a key of several columns).
            uR"sql(CREATE OR REPLACE FUNCTION audit_row_key(j jsonb, key_columns text[])
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT string_agg(coalesce(j ->> k, ''), '/' ORDER BY n)
FROM unnest(key_columns) WITH ORDINALITY AS u(k, n) $$)sql"_s,

            // An image as the program names it (CertificateStore): size and SHA-256. to_jsonb
            // writes bytea as \x and hex digits.
            uR"sql(CREATE OR REPLACE FUNCTION audit_describe_image(v text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT CASE WHEN v IS NULL THEN NULL ELSE format('%s bytes, SHA-256 %s',
    octet_length(decode(substr(v, 3), 'hex')), encode(sha256(decode(substr(v, 3), 'hex')), 'hex'))
    END $$)sql"_s,

            // The officer whose login the session logged in with, if it is one.
            uR"sql(CREATE OR REPLACE FUNCTION audit_session_officer() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
SELECT id FROM officer WHERE login_key = session_user::text $$)sql"_s,

            u"CREATE OR REPLACE FUNCTION audit_lock_chain() RETURNS void LANGUAGE sql AS $$ %1 "
            "$$"_s.arg(ServerTrail::lockChainStatement()),

            // An officer's session writes events in that officer's name only: the program's
            // events name the officer logged in, and whoever imitates the program with psql
            // still signs their own name.
            uR"sql(CREATE OR REPLACE FUNCTION audit_event_by_session() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := audit_session_officer();
BEGIN
    IF me IS NOT NULL AND NEW.officer_id IS NOT NULL AND NEW.officer_id <> me THEN
        RAISE EXCEPTION 'the login % may write audit events only in its own name', session_user
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$)sql"_s,

            // Seals one event after the newest seal, as AuditChain::sealPending does.
            uR"sql(CREATE OR REPLACE FUNCTION audit_seal_event(p_event bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_prev_id bigint;
    v_prev_hash text;
    v_count bigint;
    v_digest text;
    v_hash text;
BEGIN
    PERFORM audit_lock_chain();
    SELECT s.event_id, s.hash INTO v_prev_id, v_prev_hash FROM audit_seal s
        ORDER BY s.event_id DESC LIMIT 1;
    IF v_prev_id >= p_event THEN
        RAISE EXCEPTION 'audit event % is older than the newest sealed event %', p_event, v_prev_id;
    END IF;
    SELECT count(*), encode(sha256(coalesce(string_agg(audit_hash_part(c.id::text)
            || audit_hash_part(c.entity) || audit_hash_part(c.entity_id::text)
            || audit_hash_part(c.field) || audit_hash_part(c.old_value)
            || audit_hash_part(c.new_value), ''::bytea ORDER BY c.id), ''::bytea)), 'hex')
        INTO v_count, v_digest FROM audit_change c WHERE c.event_id = p_event;
    SELECT encode(sha256(audit_hash_part('skillladder-audit-1') || audit_hash_part(v_prev_hash)
            || audit_hash_part(e.id::text) || audit_hash_part(e.at) || audit_hash_part(e.actor)
            || audit_hash_part(e.officer_id::text) || audit_hash_part(e.action)
            || audit_hash_part(e.summary) || audit_hash_part(v_count::text)
            || audit_hash_part(v_digest)), 'hex')
        INTO v_hash FROM audit_event e WHERE e.id = p_event;
    INSERT INTO audit_seal (event_id, prev_event_id, prev_hash, change_count, changes_digest, hash)
        VALUES (p_event, v_prev_id, v_prev_hash, v_count, v_digest, v_hash);
    DELETE FROM audit_seal_due WHERE event_id = p_event;
END $$)sql"_s,

            // The program seals its own events through the owner (AuditChain::sealPending):
            // officers may not write audit_seal, or a forged seal could follow a forged event.
            // It seals an event of this transaction only: one waiting for its seal, which no
            // other transaction can see, as the seal is due by the commit that wrote it (schema
            // 11's deferred key); and only in the session's own name (audit_open_event). It
            // returns the seal, the start of the next.
            uR"sql(CREATE OR REPLACE FUNCTION audit_seal_own_event(p_event bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    v_hash text;
BEGIN
    PERFORM audit_open_event(p_event);
    PERFORM audit_seal_event(p_event);
    SELECT s.hash INTO v_hash FROM audit_seal s WHERE s.event_id = p_event;
    RETURN v_hash;
END $$)sql"_s,

            // How far the chain was checked, remembered for the next openings (AuditChain): an
            // officer may move the mark to a seal that exists, never clear a recorded break. A
            // break on a server means someone with the owner's rights changed the trail: after a
            // whole verify finds it intact again, only such a login may clear the warning.
            uR"sql(CREATE OR REPLACE FUNCTION audit_record_checked(p_event bigint, p_hash text,
    p_clear_break boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT (EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = p_event AND s.hash = p_hash)
            OR (p_event = 0 AND p_hash IS NULL AND NOT EXISTS (SELECT 1 FROM audit_seal))) THEN
        RAISE EXCEPTION 'audit event % is not sealed with that hash', p_event
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_clear_break AND EXISTS (SELECT 1 FROM audit_chain_state WHERE id = 1
            AND broken_event_id IS NOT NULL)
        AND NOT pg_has_role(session_user, current_database() || '_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'only a login that may act as the company''s owner clears a break of '
            'the trail' USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE audit_chain_state SET checked_event_id = p_event, checked_hash = p_hash,
        checked_at = to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        WHERE id = 1;
    IF p_clear_break THEN
        UPDATE audit_chain_state SET broken_event_id = NULL, broken_problem = NULL,
            broken_at = NULL, broken_actor = NULL WHERE id = 1;
    END IF;
END $$)sql"_s,

            // A break found is remembered by anyone who finds it; naming none clears nothing.
            uR"sql(CREATE OR REPLACE FUNCTION audit_record_break(p_event bigint, p_problem text,
    p_at text, p_actor text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF p_event IS NULL OR p_problem IS NULL THEN
        RAISE EXCEPTION 'a break of the trail names its event and its problem'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE audit_chain_state SET broken_event_id = p_event, broken_problem = p_problem,
        broken_at = p_at, broken_actor = p_actor WHERE id = 1;
END $$)sql"_s,

            // Marks every new event as waiting for its seal (AuditChain's guard, schema 11), as
            // the owner: officers may neither add nor remove what is due.
            uR"sql(CREATE OR REPLACE FUNCTION audit_mark_due() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO audit_seal_due (event_id) VALUES (NEW.id);
    RETURN NULL;
END $$)sql"_s,

            // Is the statement part of an event the program began in this transaction? The
            // setting alone could be set by anyone; an unsealed event waiting for its seal can
            // only be this transaction's (a commit without its seal fails).
            uR"sql(CREATE OR REPLACE FUNCTION audit_program_event() RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    marker text := current_setting('skl.audit_event', true);
BEGIN
    IF marker IS NULL OR marker !~ '^[0-9]{1,18}$' THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM audit_seal_due d WHERE d.event_id = marker::bigint)
        AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = marker::bigint);
END $$)sql"_s,

            // The statement-level trigger of every audited table. Arguments: the key columns,
            // the hidden columns, the amount columns, the image columns (each comma-separated),
            // and the columns a row shares with its <table>_replaced history (empty: none).
            // Changes made by a trigger (depth > 1: this function's own history rows, the row
            // version) belong to the statement that fired it, recorded already.
            uR"sql(CREATE OR REPLACE FUNCTION audit_direct_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    key_columns text[] := string_to_array(TG_ARGV[0], ',');
    hidden text[] := string_to_array(TG_ARGV[1], ',');
    amounts text[] := string_to_array(TG_ARGV[2], ',');
    images text[] := string_to_array(TG_ARGV[3], ',');
    kept_columns text := TG_ARGV[4];
    by_id boolean := TG_ARGV[0] = 'id';
    pairs text;
    affected bigint;
    changed boolean;
    me bigint;
    me_login text;
    new_event bigint;
    written bigint;
    kept jsonb := '{}';
    kept_id bigint;
    r record;
BEGIN
    IF pg_trigger_depth() > 1 OR audit_program_event() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT count(*) INTO affected FROM new_rows;
        pairs := 'SELECT NULL::jsonb AS oj, to_jsonb(n) AS nj FROM new_rows n';
    ELSIF TG_OP = 'DELETE' THEN
        SELECT count(*) INTO affected FROM old_rows;
        pairs := 'SELECT to_jsonb(o) AS oj, NULL::jsonb AS nj FROM old_rows o';
    ELSE
        SELECT count(*) INTO affected FROM old_rows;
        pairs := 'SELECT o.j AS oj, n.j AS nj FROM (SELECT to_jsonb(x) AS j FROM old_rows x) o '
            || 'FULL JOIN (SELECT to_jsonb(y) AS j FROM new_rows y) n '
            || 'ON audit_row_key(o.j, $1) = audit_row_key(n.j, $1)';
    END IF;
    IF affected = 0 THEN
        RETURN NULL;
    END IF;
    -- A login's bookkeeping (hidden columns only) is no event: checked before the chain is
    -- locked, as every login writes it.
    IF TG_OP = 'UPDATE' THEN
        EXECUTE 'SELECT EXISTS (SELECT 1 FROM (' || pairs || ') p CROSS JOIN LATERAL '
            || 'jsonb_object_keys(coalesce(p.nj, p.oj)) AS c(col) WHERE NOT (c.col = ANY($2)) '
            || 'AND p.oj -> c.col IS DISTINCT FROM p.nj -> c.col)'
            INTO changed USING key_columns, hidden;
        IF NOT changed THEN
            RETURN NULL;
        END IF;
    END IF;

    PERFORM audit_lock_chain();
    me := audit_session_officer();
    SELECT login INTO me_login FROM officer WHERE id = me;
    INSERT INTO audit_event (at, actor, action, summary, officer_id)
        VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            coalesce(me_login, session_user::text), 'direct',
            format('%s %s: %s', TG_OP, TG_TABLE_NAME, affected), me)
        RETURNING id INTO new_event;

    -- A row whose amount or image changes, or that is deleted, moves to its history whole,
    -- and the change rows name it instead of the amount (DOMAIN.md §7).
    IF kept_columns <> '' THEN
        FOR r IN EXECUTE 'SELECT p.oj, audit_row_key(p.oj, $1) AS k FROM (' || pairs || ') p '
            || 'WHERE p.oj IS NOT NULL AND (p.nj IS NULL OR EXISTS (SELECT 1 FROM '
            || 'unnest($2) AS a(c) WHERE p.oj -> a.c IS DISTINCT FROM p.nj -> a.c))'
            USING key_columns, amounts || images
        LOOP
            EXECUTE format('INSERT INTO %I (%s, replaced_event_id) SELECT %s, $2 '
                    || 'FROM jsonb_populate_record(NULL::%I, $1) RETURNING id',
                    TG_TABLE_NAME || '_replaced', kept_columns, kept_columns, TG_TABLE_NAME)
                INTO kept_id USING r.oj, new_event;
            kept := kept || jsonb_build_object(r.k, TG_TABLE_NAME || '_replaced/' || kept_id);
        END LOOP;
    END IF;

    EXECUTE 'INSERT INTO audit_change (event_id, entity, entity_id, field, old_value, new_value) '
        || 'SELECT $2, $3, CASE WHEN $4 THEN (coalesce(p.nj, p.oj) ->> ''id'')::bigint ELSE 0 END, '
        || 'CASE WHEN $4 OR cardinality($1) = 0 THEN c.col '
        || 'ELSE c.col || ''@'' || audit_row_key(coalesce(p.nj, p.oj), $1) END, '
        || 'CASE WHEN c.col = ANY($6) THEN $8 ->> audit_row_key(p.oj, $1) '
        || 'WHEN c.col = ANY($7) AND p.oj IS NOT NULL AND $8 ? audit_row_key(p.oj, $1) '
        || 'THEN ($8 ->> audit_row_key(p.oj, $1)) || '': '' || audit_describe_image(p.oj ->> c.col) '
        || 'WHEN c.col = ANY($7) THEN audit_describe_image(p.oj ->> c.col) '
        || 'ELSE p.oj ->> c.col END, '
        || 'CASE WHEN c.col = ANY($6) THEN NULL '
        || 'WHEN c.col = ANY($7) THEN audit_describe_image(p.nj ->> c.col) '
        || 'ELSE p.nj ->> c.col END '
        || 'FROM (' || pairs || ') p CROSS JOIN LATERAL jsonb_object_keys(coalesce(p.nj, p.oj)) AS c(col) '
        || 'WHERE NOT (c.col = ANY($5)) AND p.oj -> c.col IS DISTINCT FROM p.nj -> c.col '
        || 'AND coalesce(p.oj ->> c.col, p.nj ->> c.col) IS NOT NULL '
        || 'AND NOT (c.col = ANY($6) AND p.oj IS NULL) '
        || 'ORDER BY audit_row_key(coalesce(p.nj, p.oj), $1), c.col'
        USING key_columns, new_event, TG_TABLE_NAME::text, by_id, hidden, amounts, images, kept;
    GET DIAGNOSTICS written = ROW_COUNT;
    IF written = 0 THEN
        -- Only hidden columns changed (a login's bookkeeping): nothing to record.
        DELETE FROM audit_seal_due WHERE event_id = new_event;
        DELETE FROM audit_event WHERE id = new_event;
        RETURN NULL;
    END IF;
    PERFORM audit_seal_event(new_event);
    RETURN NULL;
END $$)sql"_s,

            // The program sets the summary and the officer of its own event before sealing
            // it; officers may not UPDATE the trail otherwise.
            uR"sql(CREATE OR REPLACE FUNCTION audit_open_event(p_event bigint) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := audit_session_officer();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_seal_due d WHERE d.event_id = p_event)
        OR EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = p_event)
        OR (me IS NOT NULL AND EXISTS (SELECT 1 FROM audit_event e WHERE e.id = p_event
            AND e.officer_id IS NOT NULL AND e.officer_id <> me)) THEN
        RAISE EXCEPTION 'audit event % is not an open event of this session', p_event
            USING ERRCODE = '42501';
    END IF;
END $$)sql"_s,

            uR"sql(CREATE OR REPLACE FUNCTION audit_set_summary(p_event bigint, p_summary text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM audit_open_event(p_event);
    UPDATE audit_event SET summary = p_summary WHERE id = p_event;
END $$)sql"_s,

            uR"sql(CREATE OR REPLACE FUNCTION audit_set_officer(p_event bigint, p_officer bigint)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    me bigint := audit_session_officer();
BEGIN
    PERFORM audit_open_event(p_event);
    IF me IS NOT NULL AND p_officer <> me THEN
        RAISE EXCEPTION 'the login % may write audit events only in its own name', session_user
            USING ERRCODE = '42501';
    END IF;
    UPDATE audit_event SET officer_id = p_officer WHERE id = p_event;
END $$)sql"_s,
        };
    }

    struct Column
    {
        QString name;
        QString type;
    };

    Result<QList<Column>> columnsOf(QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT column_name, data_type FROM information_schema.columns "
                  "WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position"_s);
        q.addBindValue(table);
        if (!q.exec())
            return SqlErrors::fromQuery(q, installingFailed());
        QList<Column> columns;
        if (auto read = forEachRow(q, installingFailed(),
                [&](const QSqlQuery &row) {
                    columns += Column { row.value(0).toString(), row.value(1).toString() };
                });
            !read)
            return read.error();
        return columns;
    }

    Result<QStringList> primaryKeyOf(QSqlDatabase &db, const QString &table)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = "
                  "i.indrelid AND a.attnum = ANY(i.indkey::int2[]) WHERE i.indisprimary AND "
                  "i.indrelid = to_regclass(?) ORDER BY array_position(i.indkey::int2[], "
                  "a.attnum)"_s);
        q.addBindValue(u"public."_s + SqlDialect::quotedIdentifier(table));
        if (!q.exec())
            return SqlErrors::fromQuery(q, installingFailed());
        QStringList key;
        if (auto read = forEachRow(q, installingFailed(),
                [&](const QSqlQuery &row) { key += row.value(0).toString(); });
            !read)
            return read.error();
        return key;
    }

    Result<QStringList> auditedTables(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
                    "'public' AND table_type = 'BASE TABLE' ORDER BY table_name"_s))
            return SqlErrors::fromQuery(q, installingFailed());
        QStringList tables;
        if (auto read = forEachRow(q, installingFailed(),
                [&](const QSqlQuery &row) {
                    const QString table = row.value(0).toString();
                    if (!kUnaudited.contains(table))
                        tables += table;
                });
            !read)
            return read.error();
        return tables;
    }

    // The columns a row of table shares with its <table>_replaced history, when every column
    // the history needs is there; empty when the table keeps no history.
    QString keptColumns(const QList<Column> &columns, const QString &table,
        const QStringList &tables, QSqlDatabase &db, Status &status)
    {
        const QString history = table + u"_replaced"_s;
        if (!tables.contains(history))
            return {};
        const auto historyColumns = columnsOf(db, history);
        if (!historyColumns) {
            status = historyColumns.error();
            return {};
        }
        QStringList shared;
        for (const Column &column : *historyColumns) {
            if (column.name == u"id" || column.name == u"replaced_event_id")
                continue;
            const bool inTable = std::any_of(columns.cbegin(), columns.cend(),
                [&](const Column &c) { return c.name == column.name; });
            if (!inTable)
                return {};
            shared += SqlDialect::quotedIdentifier(column.name);
        }
        return shared.join(u", "_s);
    }

    Result<QStringList> triggerStatements(QSqlDatabase &db)
    {
        const auto tables = auditedTables(db);
        if (!tables)
            return tables.error();
        QStringList statements;
        for (const QString &table : *tables) {
            const auto columns = columnsOf(db, table);
            if (!columns)
                return columns.error();
            const auto key = primaryKeyOf(db, table);
            if (!key)
                return key.error();
            QStringList hidden;
            QStringList amounts;
            QStringList images;
            for (const Column &column : *columns) {
                if (kHidden.contains(column.name))
                    hidden += column.name;
                else if (column.name.endsWith(u"_fen"))
                    amounts += column.name;
                else if (column.type == u"bytea")
                    images += column.name;
            }
            Status status = success();
            const QString kept = keptColumns(*columns, table, *tables, db, status);
            if (!status)
                return status.error();
            const QString arguments
                = QStringList { literal(key->join(u',')), literal(hidden.join(u',')),
                      literal(amounts.join(u',')), literal(images.join(u',')), literal(kept) }
                      .join(u", "_s);
            const QString name = SqlDialect::quotedIdentifier(table);
            for (const auto &[event, transition] :
                { std::pair { u"INSERT"_s, u"NEW TABLE AS new_rows"_s },
                    std::pair { u"UPDATE"_s, u"OLD TABLE AS old_rows NEW TABLE AS new_rows"_s },
                    std::pair { u"DELETE"_s, u"OLD TABLE AS old_rows"_s } }) {
                const QString trigger
                    = SqlDialect::quotedIdentifier(u"audit_direct_"_s + event.toLower());
                statements
                    += u"CREATE OR REPLACE TRIGGER %1 AFTER %2 ON %3 REFERENCING %4 FOR EACH "
                       "STATEMENT EXECUTE FUNCTION audit_direct_change(%5)"_s.arg(
                           trigger, event, name, transition, arguments);
            }
        }
        return statements;
    }

    // Every group role of the company: the trail's privileges are withdrawn from each, so that
    // a grant to one role (ServerPrivileges) cannot give it back.
    QStringList companyRoles(const QString &database)
    {
        QStringList roles { ServerSchema::groupRole(database, u"officer"_s) };
        for (const Role role : Roles::every())
            roles += ServerSchema::groupRole(database, Roles::key(role));
        return roles;
    }

} // namespace

QString ServerTrail::lockChainStatement()
{
    // The company's one write lock (SqlDialect::kWriteLockKey), which the program's writers and
    // events take too: a change made around the program queues with them, so that events are
    // sealed in the order of their ids.
    return u"SELECT pg_advisory_xact_lock(%1)"_s.arg(SqlDialect::kWriteLockKey);
}

Status ServerTrail::install(QSqlDatabase &db, const QString &database)
{
    QStringList statements = functions();
    statements += u"CREATE OR REPLACE TRIGGER audit_event_by_session BEFORE INSERT ON audit_event "
                  "FOR EACH ROW EXECUTE FUNCTION audit_event_by_session()"_s;
    const auto triggers = triggerStatements(db);
    if (!triggers)
        return triggers.error();
    statements += *triggers;

    QStringList grantees { u"PUBLIC"_s };
    for (const QString &role : companyRoles(database))
        grantees += SqlDialect::quotedIdentifier(role);
    const QString everyone = grantees.join(u", "_s);
    statements += u"REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, audit_change, audit_seal "
                  "FROM %1"_s.arg(everyone);
    for (const QString &function :
        { u"audit_seal_event(bigint)"_s, u"audit_direct_change()"_s, u"audit_event_by_session()"_s,
            u"audit_open_event(bigint)"_s, u"audit_mark_due()"_s }) {
        statements += u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(function);
    }
    const QString officer
        = SqlDialect::quotedIdentifier(ServerSchema::groupRole(database, u"officer"_s));
    for (const QString &function :
        { u"audit_set_summary(bigint, text)"_s, u"audit_set_officer(bigint, bigint)"_s,
            u"audit_seal_own_event(bigint)"_s, u"audit_record_checked(bigint, text, boolean)"_s,
            u"audit_record_break(bigint, text, text, text)"_s }) {
        statements += u"REVOKE ALL ON FUNCTION %1 FROM PUBLIC"_s.arg(function);
        statements += u"GRANT EXECUTE ON FUNCTION %1 TO %2"_s.arg(function, officer);
    }
    // PostgreSQL lets PUBLIC execute every new function. ServerPrivileges revokes that before
    // it creates its functions, and this file creates the trail's after: revoked again here,
    // last, so that no function is anyone's but the owner's and the groups' it is granted to,
    // on the first application as on every later one.
    statements += u"REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"_s;

    QSqlQuery q(db);
    for (const QString &statement : std::as_const(statements)) {
        if (!q.exec(statement))
            return SqlErrors::fromQuery(q, installingFailed());
    }
    return success();
}

} // namespace skl
