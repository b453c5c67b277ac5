#include "core/store/auditchain.h"

#include <algorithm>
#include <array>
#include <limits>

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "core/common/logging.h"
#include "core/store/officerstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString sealingFailed()
    {
        return AuditChain::tr("Sealing the audit trail");
    }

    QString verifyingFailed()
    {
        return AuditChain::tr("Checking the audit trail");
    }

    // One value in the hashed text: a marker for NULL, or the UTF-8 bytes preceded by their
    // length, so that no two different rows hash the same bytes ("ab","c" against "a","bc").
    // Integers are hashed as their decimal text, the form every engine returns them in.
    void addValue(QCryptographicHash &hash, const QVariant &value)
    {
        if (value.isNull()) {
            hash.addData(QByteArrayView("\0", 1));
            return;
        }
        const QByteArray bytes = value.toString().toUtf8();
        const auto size = static_cast<quint32>(bytes.size());
        const std::array<char, 5> header { '\1', static_cast<char>(size >> 24),
            static_cast<char>(size >> 16), static_cast<char>(size >> 8), static_cast<char>(size) };
        hash.addData(QByteArrayView(header.data(), header.size()));
        hash.addData(bytes);
    }

    // A seal as stored.
    struct Seal
    {
        bool present = false;
        qint64 prevEventId = 0; // 0 for the first event
        QString prevHash;
        qint64 changeCount = 0;
        QString changesDigest;
        QString hash;
    };

    // An event as stored, with the digest of its change rows as they are now.
    struct ChainEvent
    {
        qint64 id = 0;
        QVariant at, actor, officerId, action, summary;
        qint64 changeCount = 0;
        QString changesDigest;
        Seal seal;

        QString hashAfter(const QString &prevHash) const
        {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            // The format's name and version: a later format can change the rule without doubt
            // about which one sealed an event.
            addValue(hash, u"skillladder-audit-1"_s);
            addValue(hash, prevHash.isEmpty() ? QVariant() : QVariant(prevHash));
            addValue(hash, id);
            for (const QVariant *field : { &at, &actor, &officerId, &action, &summary })
                addValue(hash, *field);
            addValue(hash, changeCount);
            addValue(hash, changesDigest);
            return QString::fromLatin1(hash.result().toHex());
        }
    };

    // One step of a walk along the trail: an event, or change rows whose event is gone.
    struct ChainItem
    {
        enum class Kind { Event, OrphanChanges } kind = Kind::Event;
        ChainEvent event; // for OrphanChanges, only id (the missing event's)
    };

    // Streams the events after afterId up to upToId in id order, each with its seal and the digest
    // of its change rows: two forward cursors merged, so that a million events cost two scans and
    // no query per event.
    class ChainReader
    {
    public:
        ChainReader(QSqlDatabase &db, qint64 afterId, qint64 upToId)
            : m_events(db)
            , m_changes(db)
        {
            SqlDialect::streamRows(m_events);
            SqlDialect::streamRows(m_changes);
            m_events.prepare(u"SELECT e.id, e.at, e.actor, e.officer_id, e.action, e.summary, "
                             "s.event_id, s.prev_event_id, s.prev_hash, s.change_count, "
                             "s.changes_digest, s.hash FROM audit_event e "
                             "LEFT JOIN audit_seal s ON s.event_id = e.id "
                             "WHERE e.id > ? AND e.id <= ? ORDER BY e.id"_s);
            m_events.addBindValue(afterId);
            m_events.addBindValue(upToId);
            if (!m_events.exec()) {
                m_status = SqlErrors::fromQuery(m_events, verifyingFailed());
                return;
            }
            m_changes.prepare(u"SELECT event_id, id, entity, entity_id, field, old_value, "
                              "new_value FROM audit_change WHERE event_id > ? AND event_id <= ? "
                              "ORDER BY event_id, id"_s);
            m_changes.addBindValue(afterId);
            m_changes.addBindValue(upToId);
            if (!m_changes.exec())
                m_status = SqlErrors::fromQuery(m_changes, verifyingFailed());
        }

        // False at the end and on an error (status()).
        bool advance(ChainItem &item)
        {
            if (!m_status)
                return false;
            if (!m_haveEvent && !m_eventsEnded) {
                if (stepRow(m_events, m_status, verifyingFailed))
                    readEvent();
                else
                    m_eventsEnded = true;
            }
            advanceChange();
            if (!m_status)
                return false;
            const qint64 changeEvent = m_haveChange ? m_changes.value(0).toLongLong() : 0;
            if (m_haveChange && (!m_haveEvent || changeEvent < m_event.id)) {
                item = ChainItem { ChainItem::Kind::OrphanChanges, {} };
                item.event.id = changeEvent;
                while (m_haveChange && m_changes.value(0).toLongLong() == changeEvent) {
                    m_haveChange = false;
                    advanceChange();
                }
                return m_status.ok();
            }
            if (!m_haveEvent)
                return false;
            QCryptographicHash digest(QCryptographicHash::Sha256);
            qint64 count = 0;
            while (m_haveChange && m_changes.value(0).toLongLong() == m_event.id) {
                for (int column = 1; column <= 6; ++column)
                    addValue(digest, m_changes.value(column));
                ++count;
                m_haveChange = false;
                advanceChange();
            }
            if (!m_status)
                return false;
            m_event.changeCount = count;
            m_event.changesDigest = QString::fromLatin1(digest.result().toHex());
            item = ChainItem { ChainItem::Kind::Event, m_event };
            m_haveEvent = false;
            return true;
        }

        const Status &status() const { return m_status; }

    private:
        void readEvent()
        {
            m_haveEvent = true;
            m_event = ChainEvent {};
            m_event.id = m_events.value(0).toLongLong();
            m_event.at = m_events.value(1);
            m_event.actor = m_events.value(2);
            m_event.officerId = m_events.value(3);
            m_event.action = m_events.value(4);
            m_event.summary = m_events.value(5);
            m_event.seal.present = !m_events.value(6).isNull();
            m_event.seal.prevEventId = m_events.value(7).toLongLong();
            m_event.seal.prevHash = m_events.value(8).toString();
            m_event.seal.changeCount = m_events.value(9).toLongLong();
            m_event.seal.changesDigest = m_events.value(10).toString();
            m_event.seal.hash = m_events.value(11).toString();
        }

        void advanceChange()
        {
            if (m_haveChange || m_changesEnded)
                return;
            if (stepRow(m_changes, m_status, verifyingFailed))
                m_haveChange = true;
            else
                m_changesEnded = true;
        }

        QSqlQuery m_events;
        QSqlQuery m_changes;
        Status m_status = success();
        ChainEvent m_event;
        bool m_haveEvent = false;
        bool m_eventsEnded = false;
        bool m_haveChange = false;
        bool m_changesEnded = false;
    };

    // The event's when and who, for naming it in a message; empty when it is gone.
    AuditBreak breakAt(QSqlDatabase &db, qint64 eventId, AuditBreak::Problem problem)
    {
        AuditBreak broken { eventId, problem, {}, {} };
        QSqlQuery query(db);
        query.prepare(u"SELECT at, actor FROM audit_event WHERE id = ?"_s);
        query.addBindValue(eventId);
        // Naming the event is a courtesy: an event that cannot be read is named by its id alone.
        if (!query.exec())
            return broken;
        if (const auto found = nextRow(query, verifyingFailed()); found && *found) {
            broken.at = query.value(0).toString();
            broken.actor = query.value(1).toString();
        }
        return broken;
    }

    AuditBreak deletedBefore(qint64 eventId, const ChainEvent &next)
    {
        return AuditBreak { eventId, AuditBreak::Problem::Deleted, next.at.toString(),
            next.actor.toString() };
    }

    constexpr qint64 kNewest = std::numeric_limits<qint64>::max();

    struct WalkStart
    {
        qint64 afterId = 0;
        QString afterHash; // the seal of afterId; empty before the first event
        qint64 upToId = kNewest;
    };

    // Walks the chain after start and stops at the first break.
    Result<AuditVerification> walk(QSqlDatabase &db, const WalkStart &start)
    {
        AuditVerification outcome;
        outcome.lastEventId = start.afterId;
        outcome.lastHash = start.afterHash;
        ChainReader reader(db, start.afterId, start.upToId);
        ChainItem item;
        while (reader.advance(item)) {
            const ChainEvent &event = item.event;
            if (item.kind == ChainItem::Kind::OrphanChanges) {
                outcome.firstBreak = AuditBreak { event.id, AuditBreak::Problem::Deleted, {}, {} };
                return outcome;
            }
            const Seal &seal = event.seal;
            const qint64 prevId = outcome.lastEventId;
            if (!seal.present) {
                outcome.firstBreak = breakAt(db, event.id, AuditBreak::Problem::Unsealed);
            } else if (seal.prevEventId > prevId) {
                outcome.firstBreak = deletedBefore(seal.prevEventId, event);
            } else if (seal.prevEventId < prevId) {
                outcome.firstBreak = breakAt(db, prevId, AuditBreak::Problem::Inserted);
            } else if (seal.prevHash != outcome.lastHash) {
                // The event before passed its own check, so it and its seal were both rewritten.
                outcome.firstBreak = breakAt(db, prevId, AuditBreak::Problem::Edited);
            } else if (event.changeCount < seal.changeCount) {
                outcome.firstBreak = breakAt(db, event.id, AuditBreak::Problem::ChangesDeleted);
            } else if (event.changeCount != seal.changeCount
                || event.changesDigest != seal.changesDigest) {
                outcome.firstBreak = breakAt(db, event.id, AuditBreak::Problem::ChangesAltered);
            } else if (event.hashAfter(outcome.lastHash) != seal.hash) {
                outcome.firstBreak = breakAt(db, event.id, AuditBreak::Problem::Edited);
            }
            if (outcome.firstBreak)
                return outcome;
            ++outcome.eventCount;
            outcome.lastEventId = event.id;
            outcome.lastHash = seal.hash;
        }
        if (!reader.status())
            return reader.status().error();
        return outcome;
    }

    struct ChainState
    {
        qint64 checkedId = 0;
        QString checkedHash;
        QString checkedAt;
        std::optional<AuditBreak> broken;
    };

    Result<ChainState> readState(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (auto read = execOneRow(query, verifyingFailed(),
                u"SELECT checked_event_id, checked_hash, checked_at, broken_event_id, "
                "broken_problem, broken_at, broken_actor FROM audit_chain_state WHERE id = 1"_s);
            !read)
            return read.error();
        ChainState state { query.value(0).toLongLong(), query.value(1).toString(),
            query.value(2).toString(), {} };
        const auto problem = AuditBreak::problemOfKey(query.value(4).toString());
        if (!query.value(3).isNull() && problem)
            state.broken = AuditBreak { query.value(3).toLongLong(), *problem,
                query.value(5).toString(), query.value(6).toString() };
        return state;
    }

    // The remembered check point must still be there, sealed as it was when checked, with its
    // own fields unchanged. Its change rows are left to the full verify: the newest event may
    // be an import's million rows, and this runs at every opening. Sets from to where the walk
    // after it starts.
    std::optional<AuditBreak> checkAnchor(
        QSqlDatabase &db, const ChainState &state, WalkStart &from, Status &status)
    {
        from = WalkStart { state.checkedId, state.checkedHash };
        if (state.checkedId == 0)
            return std::nullopt;
        QSqlQuery query(db);
        query.prepare(u"SELECT e.id, e.at, e.actor, e.officer_id, e.action, e.summary, s.hash, "
                      "s.prev_hash, s.change_count, s.changes_digest "
                      "FROM audit_event e LEFT JOIN audit_seal s ON s.event_id = e.id "
                      "WHERE e.id = ?"_s);
        query.addBindValue(state.checkedId);
        if (!query.exec()) {
            status = SqlErrors::fromQuery(query, verifyingFailed());
            return std::nullopt;
        }
        const auto found = nextRow(query, verifyingFailed());
        if (!found) {
            status = found.error();
            return std::nullopt;
        }
        if (!*found)
            return AuditBreak { state.checkedId, AuditBreak::Problem::Deleted, {}, {} };
        if (query.value(6).toString() != state.checkedHash)
            return breakAt(db, state.checkedId, AuditBreak::Problem::Resealed);
        ChainEvent anchor;
        anchor.id = state.checkedId;
        anchor.at = query.value(1);
        anchor.actor = query.value(2);
        anchor.officerId = query.value(3);
        anchor.action = query.value(4);
        anchor.summary = query.value(5);
        anchor.changeCount = query.value(8).toLongLong();
        anchor.changesDigest = query.value(9).toString();
        if (anchor.hashAfter(query.value(7).toString()) != state.checkedHash)
            return breakAt(db, state.checkedId, AuditBreak::Problem::Edited);
        return std::nullopt;
    }

    // On a server the chain's state is the owner's: officers record it through ServerTrail's
    // functions, which never let them clear a break. Before those are installed (an upgrade run
    // by the owner), and on a file, the table is written directly.
    Result<bool> recordsThroughServer(QSqlDatabase &db)
    {
        if (SqlDialect::of(db).kind() != SqlDialect::Kind::Postgres)
            return false;
        QSqlQuery query(db);
        if (auto read = execOneRow(query, verifyingFailed(),
                u"SELECT to_regprocedure('audit_record_checked(bigint, text, boolean)') "
                "IS NOT NULL"_s);
            !read)
            return read.error();
        return query.value(0).toBool();
    }

    // Remembers the first broken event, which every later opening reports.
    Status recordBreak(QSqlDatabase &db, const AuditBreak &broken)
    {
        const auto throughServer = recordsThroughServer(db);
        if (!throughServer)
            return throughServer.error();
        QSqlQuery query(db);
        query.prepare(*throughServer
                ? u"SELECT audit_record_break(?, ?, ?, ?)"_s
                : u"UPDATE audit_chain_state SET broken_event_id = ?, broken_problem = ?, "
                  "broken_at = ?, broken_actor = ? WHERE id = 1"_s);
        query.addBindValue(broken.eventId);
        query.addBindValue(broken.problemKey());
        query.addBindValue(broken.at);
        query.addBindValue(broken.actor);
        return execOrError(query, verifyingFailed());
    }

    // Remembers that the chain up to the seal (id, hash) was checked (or written) whole.
    Status recordChecked(QSqlDatabase &db, qint64 id, const QString &hash, bool clearBreak)
    {
        const QVariant storedHash
            = hash.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(hash);
        const auto throughServer = recordsThroughServer(db);
        if (!throughServer)
            return throughServer.error();
        QSqlQuery query(db);
        if (*throughServer) {
            query.prepare(u"SELECT audit_record_checked(?, ?, ?)"_s);
            query.addBindValue(id);
            query.addBindValue(storedHash);
            query.addBindValue(clearBreak);
            return execOrError(query, verifyingFailed());
        }
        query.prepare(u"UPDATE audit_chain_state SET checked_event_id = ?, checked_hash = ?, "
                      "checked_at = ?%1 WHERE id = 1"_s.arg(clearBreak
                              ? u", broken_event_id = NULL, broken_problem = NULL, "
                                "broken_at = NULL, broken_actor = NULL"_s
                              : QString()));
        query.addBindValue(id);
        query.addBindValue(storedHash);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return execOrError(query, verifyingFailed());
    }

    // The check since the remembered point: that point itself, then the events after it up to
    // upToId. Events written by SkillLadder move the point on as they are sealed, so this walks
    // only what another tool added.
    Result<std::optional<AuditBreak>> checkSince(
        QSqlDatabase &db, const ChainState &state, qint64 upToId)
    {
        if (state.broken)
            return state.broken;
        Status status = success();
        WalkStart from;
        auto anchor = checkAnchor(db, state, from, status);
        if (!status)
            return status.error();
        if (anchor)
            return anchor;
        from.upToId = upToId;
        const auto outcome = walk(db, from);
        if (!outcome)
            return outcome.error();
        return outcome->firstBreak;
    }

    // On the server a workshop head reads only their own events (ServerPrivileges): what they
    // see of the chain has gaps that are no break, so they neither check it nor move the check
    // point past events they did not see. The next session that reads the whole trail checks
    // those events; officers cannot change the trail on the server in any case (ServerTrail).
    Result<bool> readsPartOfTrail(QSqlDatabase &db)
    {
        if (SqlDialect::of(db).kind() != SqlDialect::Kind::Postgres)
            return false;
        QSqlQuery query(db);
        // Before the privileges are installed (an upgrade by the owner) it reads everything.
        if (auto read = execOneRow(query, verifyingFailed(),
                u"SELECT to_regproc('audit_trail_confined') IS NOT NULL"_s);
            !read)
            return read.error();
        if (!query.value(0).toBool())
            return false;
        if (auto read = execOneRow(query, verifyingFailed(), u"SELECT audit_trail_confined()"_s);
            !read)
            return read.error();
        return query.value(0).toBool();
    }

    Result<bool> hasChain(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        query.prepare(SqlDialect::of(db).tableExistsQuery());
        query.addBindValue(u"audit_seal_due"_s);
        if (auto read = execOneRow(query, sealingFailed()); !read)
            return read.error();
        return query.value(0).toInt() > 0;
    }

    // The SQL of the guards. SQLite's triggers take a WHEN with a subquery and RAISE(ABORT);
    // PostgreSQL needs trigger functions (issue 14 runs them on its server).
    QStringList guardStatements(SqlDialect::Kind kind)
    {
        if (kind == SqlDialect::Kind::Postgres)
            return {
                u"CREATE FUNCTION audit_mark_due() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "INSERT INTO audit_seal_due (event_id) VALUES (NEW.id); RETURN NULL; END $$"_s,
                u"CREATE FUNCTION audit_refuse_sealed_event() RETURNS trigger LANGUAGE plpgsql "
                "AS $$ BEGIN IF EXISTS (SELECT 1 FROM audit_seal WHERE event_id = OLD.id) THEN "
                "RAISE EXCEPTION 'audit event % is sealed', OLD.id; END IF; "
                "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"_s,
                u"CREATE FUNCTION audit_refuse_sealed_change() RETURNS trigger LANGUAGE plpgsql "
                "AS $$ BEGIN IF (TG_OP <> 'INSERT' AND EXISTS (SELECT 1 FROM audit_seal "
                "WHERE event_id = OLD.event_id)) OR (TG_OP <> 'DELETE' AND EXISTS (SELECT 1 "
                "FROM audit_seal WHERE event_id = NEW.event_id)) THEN RAISE EXCEPTION "
                "'audit event is sealed'; END IF; "
                "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"_s,
                u"CREATE FUNCTION audit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'the audit trail is sealed'; END $$"_s,
                u"CREATE TRIGGER audit_event_due AFTER INSERT ON audit_event FOR EACH ROW "
                "EXECUTE FUNCTION audit_mark_due()"_s,
                u"CREATE TRIGGER audit_event_sealed BEFORE UPDATE OR DELETE ON audit_event "
                "FOR EACH ROW EXECUTE FUNCTION audit_refuse_sealed_event()"_s,
                u"CREATE TRIGGER audit_change_sealed BEFORE INSERT OR UPDATE OR DELETE ON "
                "audit_change FOR EACH ROW EXECUTE FUNCTION audit_refuse_sealed_change()"_s,
                u"CREATE TRIGGER audit_seal_fixed BEFORE UPDATE OR DELETE ON audit_seal "
                "FOR EACH ROW EXECUTE FUNCTION audit_refuse()"_s,
            };
        const QString sealed = u"EXISTS (SELECT 1 FROM audit_seal WHERE event_id = %1)"_s;
        const QString refuse = u"BEGIN SELECT RAISE(ABORT, 'the audit trail is sealed'); END"_s;
        return {
            u"CREATE TRIGGER audit_event_due AFTER INSERT ON audit_event FOR EACH ROW "
            "BEGIN INSERT INTO audit_seal_due (event_id) VALUES (NEW.id); END"_s,
            u"CREATE TRIGGER audit_event_sealed_update BEFORE UPDATE ON audit_event "
            "FOR EACH ROW WHEN %1 %2"_s.arg(sealed.arg(u"OLD.id"_s), refuse),
            u"CREATE TRIGGER audit_event_sealed_delete BEFORE DELETE ON audit_event "
            "FOR EACH ROW WHEN %1 %2"_s.arg(sealed.arg(u"OLD.id"_s), refuse),
            u"CREATE TRIGGER audit_change_sealed_insert BEFORE INSERT ON audit_change "
            "FOR EACH ROW WHEN %1 %2"_s.arg(sealed.arg(u"NEW.event_id"_s), refuse),
            u"CREATE TRIGGER audit_change_sealed_update BEFORE UPDATE ON audit_change "
            "FOR EACH ROW WHEN %1 OR %2 %3"_s.arg(
                sealed.arg(u"OLD.event_id"_s), sealed.arg(u"NEW.event_id"_s), refuse),
            u"CREATE TRIGGER audit_change_sealed_delete BEFORE DELETE ON audit_change "
            "FOR EACH ROW WHEN %1 %2"_s.arg(sealed.arg(u"OLD.event_id"_s), refuse),
            u"CREATE TRIGGER audit_seal_update BEFORE UPDATE ON audit_seal FOR EACH ROW %1"_s.arg(
                refuse),
            u"CREATE TRIGGER audit_seal_delete BEFORE DELETE ON audit_seal FOR EACH ROW %1"_s.arg(
                refuse),
        };
    }

    // Seals the events after afterId that ids names (all of them when ids is empty), chaining
    // from the seal (afterId, afterHash); returns the newest seal.
    Result<WalkStart> sealAfter(QSqlDatabase &db, const WalkStart &start, const QList<qint64> &ids)
    {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO audit_seal (event_id, prev_event_id, prev_hash, "
                       "change_count, changes_digest, hash) VALUES (?, ?, ?, ?, ?, ?)"_s);
        qint64 prevId = start.afterId;
        QString prevHash = start.afterHash;
        QList<ChainEvent> sealed;
        {
            ChainReader reader(db, start.afterId, kNewest);
            ChainItem item;
            while (reader.advance(item)) {
                // Change rows without an event, and events this transaction did not write
                // (another tool's), stay outside the chain: verify() names them.
                if (item.kind != ChainItem::Kind::Event
                    || (!ids.isEmpty() && !ids.contains(item.event.id)))
                    continue;
                item.event.seal.prevEventId = prevId;
                item.event.seal.prevHash = prevHash;
                item.event.seal.hash = item.event.hashAfter(prevHash);
                prevId = item.event.id;
                prevHash = item.event.seal.hash;
                sealed.append(item.event);
            }
            if (!reader.status())
                return reader.status().error();
        }
        for (const ChainEvent &event : std::as_const(sealed)) {
            insert.bindValue(0, event.id);
            insert.bindValue(1, event.seal.prevEventId == 0 ? QVariant() : event.seal.prevEventId);
            insert.bindValue(2,
                event.seal.prevHash.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(event.seal.prevHash));
            insert.bindValue(3, event.changeCount);
            insert.bindValue(4, event.changesDigest);
            insert.bindValue(5, event.seal.hash);
            if (!insert.exec())
                return SqlErrors::fromQuery(insert, sealingFailed());
        }
        return WalkStart { prevId, prevHash };
    }

    // On the server officers may not write seals (ServerTrail): the owner's function seals each
    // event, computing the seal in SQL as sealAfter does here. Before it is installed, during a
    // schema upgrade by the owner, the program seals as on a file.
    Result<bool> sealsThroughServer(QSqlDatabase &db)
    {
        if (SqlDialect::of(db).kind() != SqlDialect::Kind::Postgres)
            return false;
        QSqlQuery query(db);
        if (auto read = execOneRow(query, sealingFailed(),
                u"SELECT to_regprocedure('audit_seal_own_event(bigint)') IS NOT NULL"_s);
            !read)
            return read.error();
        return query.value(0).toBool();
    }

    // Seals the events ids names, in id order, through the owner's function, which also takes
    // them off audit_seal_due; returns the newest seal.
    Result<WalkStart> sealThroughServer(QSqlDatabase &db, const QList<qint64> &ids)
    {
        QSqlQuery seal(db);
        seal.prepare(u"SELECT audit_seal_own_event(?)"_s);
        WalkStart newest;
        for (qint64 id : ids) {
            seal.bindValue(0, id);
            if (auto read = execOneRow(seal, sealingFailed()); !read)
                return read.error();
            newest = WalkStart { id, seal.value(0).toString() };
        }
        return newest;
    }

    Result<WalkStart> newestSeal(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        query.prepare(u"SELECT event_id, hash FROM audit_seal ORDER BY event_id DESC LIMIT 1"_s);
        if (!query.exec())
            return SqlErrors::fromQuery(query, sealingFailed());
        const auto found = nextRow(query, sealingFailed());
        if (!found)
            return found.error();
        if (!*found)
            return WalkStart {};
        return WalkStart { query.value(0).toLongLong(), query.value(1).toString() };
    }

    // The events begun on each connection (by name) and not yet sealed or rolled back. Each
    // connection belongs to one thread, but the registry is shared by all.
    QMutex begunMutex;
    QHash<QString, QList<qint64>> &begunEvents()
    {
        static QHash<QString, QList<qint64>> events;
        return events;
    }

    QList<qint64> takeBegun(const QSqlDatabase &db)
    {
        QMutexLocker lock(&begunMutex);
        QList<qint64> ids = begunEvents().take(db.connectionName());
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QString localTime(const QString &isoUtc)
    {
        const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : isoUtc;
    }

} // namespace

QString AuditBreak::userMessage() const
{
    const QString when = localTime(at);
    const bool known = !at.isEmpty();
    switch (problem) {
    case Problem::Edited:
        return AuditChain::tr("Audit event %1 (%2, by %3) was edited outside SkillLadder: what it "
                              "records no longer matches its seal.")
            .arg(eventId)
            .arg(when, actor);
    case Problem::ChangesAltered:
        return AuditChain::tr("The change rows of audit event %1 (%2, by %3) were edited or added "
                              "outside SkillLadder.")
            .arg(eventId)
            .arg(when, actor);
    case Problem::ChangesDeleted:
        return AuditChain::tr("Change rows of audit event %1 (%2, by %3) were deleted outside "
                              "SkillLadder.")
            .arg(eventId)
            .arg(when, actor);
    case Problem::Deleted:
        if (known)
            return AuditChain::tr("Audit event %1 was deleted outside SkillLadder (the event "
                                  "after it is of %2, by %3).")
                .arg(eventId)
                .arg(when, actor);
        return AuditChain::tr("Audit event %1 was deleted outside SkillLadder.").arg(eventId);
    case Problem::Unsealed:
        return AuditChain::tr("Audit event %1 (%2, by %3) has no seal: it was written outside "
                              "SkillLadder.")
            .arg(eventId)
            .arg(when, actor);
    case Problem::Inserted:
        return AuditChain::tr("Audit event %1 (%2, by %3) was inserted into the trail outside "
                              "SkillLadder.")
            .arg(eventId)
            .arg(when, actor);
    case Problem::Unrecorded:
        return AuditChain::tr("An officer's role names audit event %1 (%2, by %3), which did not "
                              "grant or take it: the role was written outside SkillLadder.")
            .arg(eventId)
            .arg(when, actor);
    case Problem::Resealed:
        return AuditChain::tr("The seals of the audit trail up to event %1 (%2, by %3) were "
                              "recomputed outside SkillLadder since the trail was last checked.")
            .arg(eventId)
            .arg(when, actor);
    }
    return {};
}

namespace {
    constexpr std::array<std::pair<AuditBreak::Problem, char16_t const *>, 8> kProblemKeys { {
        { AuditBreak::Problem::Edited, u"edited" },
        { AuditBreak::Problem::ChangesAltered, u"changes-altered" },
        { AuditBreak::Problem::ChangesDeleted, u"changes-deleted" },
        { AuditBreak::Problem::Deleted, u"deleted" },
        { AuditBreak::Problem::Unsealed, u"unsealed" },
        { AuditBreak::Problem::Inserted, u"inserted" },
        { AuditBreak::Problem::Resealed, u"resealed" },
        { AuditBreak::Problem::Unrecorded, u"unrecorded" },
    } };
} // namespace

QString AuditBreak::problemKey() const
{
    for (const auto &[value, key] : kProblemKeys) {
        if (value == problem)
            return QString::fromUtf16(key);
    }
    return {};
}

std::optional<AuditBreak::Problem> AuditBreak::problemOfKey(const QString &key)
{
    for (const auto &[value, name] : kProblemKeys) {
        if (key == QStringView(name))
            return value;
    }
    return std::nullopt;
}

void AuditChain::noteBegun(const QSqlDatabase &db, qint64 eventId)
{
    QMutexLocker lock(&begunMutex);
    begunEvents()[db.connectionName()].append(eventId);
}

void AuditChain::forgetBegun(const QSqlDatabase &db)
{
    QMutexLocker lock(&begunMutex);
    begunEvents().remove(db.connectionName());
}

Status AuditChain::sealPending(QSqlDatabase &db)
{
    // Events begun in this transaction that a data step sealed already (migration 11 seals
    // every event before it) are no longer due.
    const QList<qint64> begun = takeBegun(db);
    if (begun.isEmpty())
        return success();
    QList<qint64> ours;
    const auto chained = hasChain(db);
    if (!chained)
        return chained.error();
    if (!*chained)
        return success();
    QList<qint64> foreign;
    {
        QSqlQuery query(db);
        SqlDialect::streamRows(query);
        if (!query.exec(u"SELECT event_id FROM audit_seal_due ORDER BY event_id"_s))
            return SqlErrors::fromQuery(query, sealingFailed());
        if (auto read = forEachRow(query, sealingFailed(),
                [&](QSqlQuery &row) {
                    const qint64 id = row.value(0).toLongLong();
                    if (std::binary_search(begun.cbegin(), begun.cend(), id))
                        ours.append(id);
                    else
                        foreign.append(id);
                });
            !read)
            return read;
    }
    if (ours.isEmpty())
        return success();
    const auto newest = newestSeal(db);
    if (!newest)
        return newest.error();
    if (newest->afterId >= ours.first())
        return Error { tr("The audit trail cannot be sealed: event %1 is older than the newest "
                          "sealed event %2. Run \"audit verify\" and tell the administrator.")
                           .arg(ours.first())
                           .arg(newest->afterId),
            {} };
    const auto state = readState(db);
    if (!state)
        return state.error();
    const auto partly = readsPartOfTrail(db);
    if (!partly)
        return partly.error();
    // What another tool did since the last check is checked before the chain grows on it: seals
    // written after the check point, events waiting for a seal that no transaction of ours
    // began. A break found is remembered, and the write goes on: pay cannot wait for the
    // inquiry.
    if (!state->broken && !*partly) {
        std::optional<AuditBreak> broken;
        if (state->checkedId != newest->afterId) {
            const auto found = checkSince(db, *state, newest->afterId);
            if (!found)
                return found.error();
            broken = *found;
        }
        if (!broken && !foreign.isEmpty())
            broken = breakAt(db, foreign.first(), AuditBreak::Problem::Unsealed);
        if (broken) {
            if (auto recorded = recordBreak(db, *broken); !recorded)
                return recorded;
        }
    }
    const auto throughServer = sealsThroughServer(db);
    if (!throughServer)
        return throughServer.error();
    const auto sealed = *throughServer ? sealThroughServer(db, ours) : sealAfter(db, *newest, ours);
    if (!sealed)
        return sealed.error();
    if (!*throughServer) {
        QSqlQuery done(db);
        done.prepare(u"DELETE FROM audit_seal_due WHERE event_id = ?"_s);
        for (qint64 id : ours) {
            done.bindValue(0, id);
            if (auto deleted = execOrError(done, sealingFailed()); !deleted)
                return deleted;
        }
    }
    if (*partly)
        return success();
    return recordChecked(db, sealed->afterId, sealed->afterHash, false);
}

Status AuditChain::sealExistingEvents(QSqlDatabase &db)
{
    const auto sealed = sealAfter(db, WalkStart {}, {});
    if (!sealed)
        return sealed.error();
    QSqlQuery query(db);
    for (const QString &statement : guardStatements(SqlDialect::of(db).kind())) {
        if (!query.exec(statement))
            return SqlErrors::fromQuery(query, sealingFailed());
    }
    // The events sealed now count as checked: opening the upgraded file starts after them.
    return recordChecked(db, sealed->afterId, sealed->afterHash, false);
}

namespace {

    // What the walk from event 1 upwards cannot see: events and change rows written by another
    // tool outside the ids it walks (an id of 0 or below, a change row of no event), and records
    // whose creating or deciding event was deleted whole, with its seal, from the end of the
    // chain. Every reference to an event must find it.
    Result<std::optional<AuditBreak>> strayRows(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (auto read = execOneRow(
                query, verifyingFailed(), u"SELECT min(id) FROM audit_event WHERE id <= 0"_s);
            !read)
            return read.error();
        if (!query.value(0).isNull())
            return std::optional<AuditBreak>(
                breakAt(db, query.value(0).toLongLong(), AuditBreak::Problem::Inserted));
        if (auto read = execOneRow(query, verifyingFailed(),
                u"SELECT min(c.event_id) FROM audit_change c LEFT JOIN audit_event e "
                "ON e.id = c.event_id WHERE e.id IS NULL"_s);
            !read)
            return read.error();
        if (!query.value(0).isNull())
            return std::optional<AuditBreak>(
                AuditBreak { query.value(0).toLongLong(), AuditBreak::Problem::Deleted, {}, {} });

        QList<std::pair<QString, QString>> references;
        query.prepare(SqlDialect::of(db).foreignKeysToQuery());
        query.addBindValue(u"audit_event"_s);
        if (!query.exec())
            return SqlErrors::fromQuery(query, verifyingFailed());
        if (auto read = forEachRow(query, verifyingFailed(),
                [&](const QSqlQuery &row) {
                    references += { row.value(0).toString(), row.value(1).toString() };
                });
            !read)
            return read.error();
        std::optional<qint64> missing;
        for (const auto &[table, column] : std::as_const(references)) {
            if (auto read = execOneRow(query, verifyingFailed(),
                    u"SELECT min(t.\"%2\") FROM \"%1\" t LEFT JOIN audit_event e "
                    "ON e.id = t.\"%2\" WHERE t.\"%2\" IS NOT NULL AND e.id IS NULL"_s.arg(
                        table, column));
                !read)
                return read.error();
            if (!query.value(0).isNull())
                missing = std::min(
                    missing.value_or(query.value(0).toLongLong()), query.value(0).toLongLong());
        }
        if (missing)
            return std::optional<AuditBreak>(
                AuditBreak { *missing, AuditBreak::Problem::Deleted, {}, {} });
        // Roles decide who may do what, so each grant and each withdrawal must be the one its
        // event recorded: a role row written with another tool names an event that did not.
        if (auto read = execOneRow(query, verifyingFailed(),
                u"SELECT min(e) FROM (SELECT r.granted_event_id AS e FROM officer_role r WHERE "
                "NOT EXISTS (SELECT 1 FROM audit_change c WHERE c.event_id = r.granted_event_id "
                "AND c.entity = 'officer' AND c.entity_id = r.officer_id AND c.field = 'roles') "
                "UNION ALL SELECT r.revoked_event_id FROM officer_role r WHERE "
                "r.revoked_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_change c "
                "WHERE c.event_id = r.revoked_event_id AND c.entity = 'officer' "
                "AND c.entity_id = r.officer_id AND c.field = 'roles')) AS unrecorded"_s);
            !read)
            return read.error();
        if (!query.value(0).isNull())
            return std::optional<AuditBreak>(
                breakAt(db, query.value(0).toLongLong(), AuditBreak::Problem::Unrecorded));
        return std::optional<AuditBreak>();
    }

} // namespace

Result<AuditVerification> AuditChain::verify(QSqlDatabase &db, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadAudit); !allowed)
        return allowed.error();
    const auto state = readState(db);
    if (!state)
        return state.error();
    auto outcome = walk(db, WalkStart {});
    if (!outcome)
        return outcome;
    if (!outcome->firstBreak) {
        // Seals left behind by a deleted event, and events deleted after the last check.
        QSqlQuery query(db);
        if (auto read = execOneRow(query, verifyingFailed(),
                u"SELECT min(s.event_id) FROM audit_seal s "
                "LEFT JOIN audit_event e ON e.id = s.event_id WHERE e.id IS NULL"_s);
            !read)
            return read.error();
        if (!query.value(0).isNull())
            outcome->firstBreak
                = AuditBreak { query.value(0).toLongLong(), AuditBreak::Problem::Deleted, {}, {} };
        else if (state->checkedId > outcome->lastEventId)
            outcome->firstBreak
                = AuditBreak { state->checkedId, AuditBreak::Problem::Deleted, {}, {} };
    }
    if (!outcome->firstBreak) {
        const auto strays = strayRows(db);
        if (!strays)
            return strays.error();
        outcome->firstBreak = *strays;
    }
    if (!outcome->firstBreak) {
        Status status = success();
        WalkStart ignored;
        outcome->firstBreak = checkAnchor(db, *state, ignored, status);
        if (!status)
            return status.error();
    }
    // Remembered for the next openings; a file that cannot be written now (a read-only copy,
    // another writer past the busy timeout) is simply not remembered.
    const Status remembered = outcome->firstBreak
        ? recordBreak(db, *outcome->firstBreak)
        : recordChecked(db, outcome->lastEventId, outcome->lastHash, true);
    if (!remembered)
        qCWarning(lcStore) << "Could not remember the audit chain check:"
                           << remembered.error().detail;
    return outcome;
}

Result<std::optional<AuditBreak>> AuditChain::checkSinceLastCheck(QSqlDatabase &db)
{
    const auto state = readState(db);
    if (!state)
        return state.error();
    const auto partly = readsPartOfTrail(db);
    if (!partly)
        return partly.error();
    // A break another session found is still shown.
    if (*partly)
        return state->broken;
    return checkSince(db, *state, kNewest);
}

Result<AuditChainCheck> AuditChain::lastCheck(QSqlDatabase &db)
{
    const auto state = readState(db);
    if (!state)
        return state.error();
    return AuditChainCheck { state->checkedId, QDateTime::fromString(state->checkedAt, Qt::ISODate),
        state->broken };
}

QString AuditChain::warningOnOpen(const AuditBreak &broken)
{
    return tr("The audit trail of this file was changed outside SkillLadder. %1 The data can "
              "still be used, but the trail no longer proves who did what. Keep this file as "
              "evidence, tell the administrator, and compare it with a backup made before the "
              "change (\"audit verify\" checks the whole trail).")
        .arg(broken.userMessage());
}

} // namespace skl
