#include "core/store/paystore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/domain/allowancemonth.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kProgressEvery = 500;

    // A table of rows set by key (and day): a row written again for its key replaces the stored
    // one, which first moves to <table>_replaced (schema 9) with the event that replaces it.
    struct KeptTable
    {
        QString table;
        QStringList keys;
        QStringList values;
        bool ofWorker = false; // the first key is the worker, the audit's entity id
    };

    struct KeyedValues
    {
        QVariantList key;
        QVariantList values;
    };

    struct TableRows
    {
        KeptTable table;
        QList<KeyedValues> rows;
    };

    QString placeholders(qsizetype count)
    {
        QStringList marks;
        for (qsizetype i = 0; i < count; ++i)
            marks += u"?"_s;
        return marks.join(u", "_s);
    }

    // Amounts never reach the audit log (DOMAIN.md §7): a change row names the row of the
    // history table that keeps the old amount; the new one is the stored row's.
    bool isAmount(const QString &column)
    {
        return column.endsWith(u"_fen");
    }

    // Writes every table's rows in one transaction under one audit event, reporting progress by
    // row; a Cancel rolls back. A row that changes a stored value keeps the old row in history
    // and writes one audit change row per changed field; the same values again change nothing.
    Result<WriteEnd> writeKeepingHistory(QSqlDatabase &db, const QString &action,
        const QString &summary, const Officer &by, const QList<TableRows> &tables,
        ProgressSink &progress)
    {
        if (auto allowed = OfficerStore::require(db, by, Act::ImportPayTables); !allowed)
            return allowed.error();
        const QString whatFailed = writingImportedRows();
        qint64 total = 0;
        for (const TableRows &t : tables)
            total += t.rows.size();
        Transaction transaction(db);
        if (auto begun = transaction.begun(whatFailed); !begun)
            return begun.error();
        AuditLog audit(db);
        const auto event = audit.beginEvent(action, summary, by);
        if (!event)
            return event.error();
        QSqlQuery find(db);
        QSqlQuery insert(db);
        QSqlQuery update(db);
        QSqlQuery keep(db);
        int replaced = 0;
        qint64 done = 0;
        for (const auto &[table, rows] : tables) {
            const QString where = table.keys.join(u" = ? AND "_s) + u" = ?"_s;
            const QString columns = (table.keys + table.values).join(u", "_s);
            const qsizetype width = table.keys.size() + table.values.size();
            const bool prepared = find.prepare(u"SELECT %1, event_id FROM %2 WHERE %3"_s.arg(
                                      table.values.join(u", "_s), table.table, where))
                && insert.prepare(u"INSERT INTO %1 (%2, event_id) VALUES (%3)"_s.arg(
                    table.table, columns, placeholders(width + 1)))
                && update.prepare(u"UPDATE %1 SET %2 = ?, event_id = ? WHERE %3"_s.arg(
                    table.table, table.values.join(u" = ?, "_s), where))
                && keep.prepare(
                    u"INSERT INTO %1_replaced (%2, event_id, replaced_event_id) VALUES (%3) "
                    "RETURNING id"_s.arg(table.table, columns, placeholders(width + 2)));
            if (!prepared)
                return SqlErrors::fromError(db.lastError(), whatFailed);
            for (const KeyedValues &row : rows) {
                if (done++ % kProgressEvery == 0) {
                    if (progress.isCanceled())
                        return WriteEnd::Canceled; // the transaction rolls back
                    progress.report(done - 1, total);
                }
                for (const QVariant &k : row.key)
                    find.addBindValue(k);
                if (!find.exec())
                    return SqlErrors::fromQuery(find, whatFailed);
                const auto found = nextRow(find, whatFailed);
                if (!found)
                    return found.error();
                const bool stored = *found;
                QVariantList old;
                for (qsizetype i = 0; stored && i < table.values.size(); ++i)
                    old += find.value(int(i));
                const QVariant oldEvent
                    = stored ? find.value(int(table.values.size())) : QVariant();
                find.finish();
                if (!stored) {
                    for (const QVariant &v : row.key + row.values)
                        insert.addBindValue(v);
                    insert.addBindValue(*event);
                    if (auto written = execOrError(insert, whatFailed); !written)
                        return written.error();
                    continue;
                }
                QList<qsizetype> changed;
                for (qsizetype i = 0; i < table.values.size(); ++i) {
                    if (old[i].toString() != row.values[i].toString())
                        changed += i;
                }
                if (changed.isEmpty())
                    continue; // the same values again: nothing is replaced
                for (const QVariant &v : row.key + old)
                    keep.addBindValue(v);
                keep.addBindValue(oldEvent);
                keep.addBindValue(*event);
                const auto kept = execReturningId(keep, whatFailed);
                if (!kept)
                    return kept.error();
                const QString keptRow = table.table + u"_replaced/"_s + QString::number(*kept);
                for (const QVariant &v : row.values)
                    update.addBindValue(v);
                update.addBindValue(*event);
                for (const QVariant &k : row.key)
                    update.addBindValue(k);
                if (auto written = execOrError(update, whatFailed); !written)
                    return written.error();
                QStringList keyText;
                for (qsizetype i = table.ofWorker ? 1 : 0; i < row.key.size(); ++i)
                    keyText += row.key[i].toString();
                const qint64 entityId = table.ofWorker ? row.key.first().toLongLong() : 0;
                for (const qsizetype i : std::as_const(changed)) {
                    const QString &column = table.values[i];
                    const bool amount = isAmount(column);
                    if (auto recorded = audit.recordChange(*event, table.table, entityId,
                            column + u'@' + keyText.join(u'/'),
                            amount ? keptRow : old[i].toString(),
                            amount ? QString() : row.values[i].toString());
                        !recorded)
                        return recorded.error();
                }
                ++replaced;
            }
        }
        find.finish();
        if (progress.isCanceled())
            return WriteEnd::Canceled;
        if (auto committed = transaction.commit(whatFailed); !committed)
            return committed.error();
        progress.report(total, total);
        return WriteEnd { false, replaced };
    }

} // namespace

QString PayStore::code(PayMode mode)
{
    switch (mode) {
    case PayMode::Monthly:
        return u"monthly"_s;
    case PayMode::Annual:
        return u"annual"_s;
    case PayMode::Negotiated:
        return u"negotiated"_s;
    case PayMode::SpecialPost:
        return u"special_post"_s;
    }
    return {};
}

std::optional<PayMode> PayStore::parseMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"monthly" || t == u"月薪" || t == u"月薪制")
        return PayMode::Monthly;
    if (t == u"annual" || t == u"年薪制" || t == u"年薪")
        return PayMode::Annual;
    if (t == u"negotiated" || t == u"协议工资制" || t == u"协议工资")
        return PayMode::Negotiated;
    if (t == u"special_post" || t == u"特岗特酬")
        return PayMode::SpecialPost;
    return std::nullopt;
}

std::optional<int> PayStore::parseTitle(const QString &text)
{
    static const QList<QStringList> names { { u"1"_s, u"助理级"_s, u"助理工程师"_s, u"初级"_s },
        { u"2"_s, u"中级"_s, u"工程师"_s }, { u"3"_s, u"副高级"_s, u"高级工程师"_s, u"副高"_s },
        { u"4"_s, u"正高级"_s, u"正高级工程师"_s, u"正高"_s } };
    const QString t = text.trimmed();
    for (int level = 0; level < names.size(); ++level) {
        if (names[level].contains(t))
            return level + 1;
    }
    return std::nullopt;
}

QString PayStore::titleName(int level)
{
    static const QStringList names { u"助理级"_s, u"中级"_s, u"副高级"_s, u"正高级"_s };
    return names.value(level - 1);
}

Fen PayStore::monthly(PayMode mode, Fen amount)
{
    return mode == PayMode::Annual ? amount.dividedRoundingHalfUp(12) : amount;
}

Result<WriteEnd> PayStore::setBands(QSqlDatabase &db, const QList<SalaryBandRecord> &bands,
    const Officer &by, ProgressSink &progress)
{
    TableRows rows { { u"salary_band"_s, { u"track"_s, u"level"_s, u"effective_from"_s },
                         { u"min_fen"_s, u"mid_fen"_s, u"max_fen"_s } },
        {} };
    for (const SalaryBandRecord &b : bands)
        rows.rows += KeyedValues { { b.track == PayTrack::Grade ? u"grade"_s : u"title"_s, b.level,
                                       b.effectiveFrom.toString(Qt::ISODate) },
            { b.min.fen(), b.mid.fen(), b.max.fen() } };
    return writeKeepingHistory(db, u"paybands"_s,
        tr("Imported %n salary band(s).", nullptr, int(bands.size())), by, { rows }, progress);
}

Result<WriteEnd> PayStore::setPay(
    QSqlDatabase &db, const QList<BasePayRecord> &pay, const Officer &by, ProgressSink &progress)
{
    TableRows payRows { { u"pay_record"_s, { u"worker_id"_s, u"effective_from"_s },
                            { u"mode"_s, u"amount_fen"_s, u"monthly_fen"_s }, true },
        {} };
    TableRows titleRows { { u"professional_title"_s, { u"worker_id"_s, u"effective_from"_s },
                              { u"level"_s }, true },
        {} };
    for (const BasePayRecord &p : pay) {
        const QString day = p.effectiveFrom.toString(Qt::ISODate);
        payRows.rows += KeyedValues { { p.workerId, day },
            { code(p.mode), p.amount.fen(), monthly(p.mode, p.amount).fen() } };
        if (p.title)
            titleRows.rows += KeyedValues { { p.workerId, day }, { *p.title } };
    }
    return writeKeepingHistory(db, u"pay"_s,
        tr("Imported the base pay of %n worker(s).", nullptr, int(pay.size())), by,
        { payRows, titleRows }, progress);
}

Result<WriteEnd> PayStore::setWageReference(QSqlDatabase &db,
    const QList<WageReferenceRecord> &reference, const Officer &by, ProgressSink &progress)
{
    TableRows rows { { u"wage_reference"_s, { u"year"_s, u"occupation"_s, u"grade"_s },
                         { u"p10_fen"_s, u"p25_fen"_s, u"p50_fen"_s, u"p75_fen"_s, u"p90_fen"_s } },
        {} };
    for (const WageReferenceRecord &r : reference) {
        QVariantList values;
        for (const Fen p : r.percentiles)
            values += p.fen();
        rows.rows += KeyedValues { { r.year, r.occupation, rankOf(r.grade) }, values };
    }
    return writeKeepingHistory(db, u"wage-reference"_s,
        tr("Imported %n wage-price reference row(s).", nullptr, int(reference.size())), by,
        { rows }, progress);
}

Status PayStore::recordExport(
    QSqlDatabase &db, const Officer &by, QDate asOf, qint64 rows, const QString &file)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ExportPayroll); !allowed)
        return allowed;
    const QString whatFailed = tr("Recording the pay export in the audit log");
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto event = AuditLog(db).beginEvent(u"pay-export"_s,
        tr("Exported the pay of %n worker(s) as of %1 to %2.", nullptr, int(rows))
            .arg(asOf.toString(Qt::ISODate), file),
        by);
    if (!event)
        return event.error();
    return transaction.commit(whatFailed);
}

} // namespace skl
