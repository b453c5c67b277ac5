#include "core/store/gradespanstore.h"

#include <QCoreApplication>

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/targettrendstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return QCoreApplication::translate("skl::GradeSpanStore", "Updating the grades in force");
    }

    GradeRecord recordFrom(const QSqlQuery &q, int firstColumn)
    {
        GradeRecord r;
        r.id = q.value(firstColumn).toLongLong();
        r.occupationId = q.value(firstColumn + 1).toLongLong();
        r.grade = static_cast<Grade>(q.value(firstColumn + 2).toInt());
        r.effective = QDate::fromString(q.value(firstColumn + 3).toString(), Qt::ISODate);
        r.revoked = QDate::fromString(q.value(firstColumn + 4).toString(), Qt::ISODate);
        return r;
    }

    QVariant isoOrNull(QDate date)
    {
        return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                              : QVariant(QMetaType::fromType<QString>());
    }

} // namespace

StoredSpans StoredSpans::from(const QList<GradeRecord> &records)
{
    StoredSpans stored;
    stored.closed = highestGradeSpans(records);
    if (!stored.closed.isEmpty() && !stored.closed.last().until.isValid())
        stored.open = stored.closed.takeLast();
    return stored;
}

GradeSpanStore::GradeSpanStore(QSqlDatabase &db)
    : m_db(db)
    , m_selectAwards(db)
    , m_deleteClosed(db)
    , m_insertClosed(db)
    , m_updateOpen(db)
{
    m_selectAwards.prepare(u"SELECT id, occupation_id, grade, effective_date, revoked_date "
                           "FROM grade_award WHERE worker_id = ?"_s);
    m_deleteClosed.prepare(u"DELETE FROM grade_span WHERE worker_id = ?"_s);
    m_insertClosed.prepare(u"INSERT INTO grade_span (worker_id, valid_from, valid_until, grade) "
                           "VALUES (?, ?, ?, ?)"_s);
    m_updateOpen.prepare(
        u"UPDATE worker SET current_grade = ?, current_grade_since = ? WHERE id = ?"_s);
}

Status GradeSpanStore::refresh(qint64 workerId)
{
    m_selectAwards.bindValue(0, workerId);
    if (auto done = execOrError(m_selectAwards, whatFailed()); !done)
        return done;
    QList<GradeRecord> records;
    if (auto read = forEachRow(m_selectAwards, whatFailed(),
            [&records](const QSqlQuery &row) { records += recordFrom(row, 0); });
        !read)
        return read;
    m_selectAwards.finish();
    // The worker's part of the trend's months before and after, their difference kept.
    const auto before = TargetTrendStore::workerMonths(m_db, workerId);
    if (!before)
        return before.error();
    if (auto done = write(workerId, StoredSpans::from(records)); !done)
        return done;
    return TargetTrendStore::keepWorkerInStep(m_db, workerId, *before);
}

Status GradeSpanStore::write(qint64 workerId, const StoredSpans &spans)
{
    m_deleteClosed.bindValue(0, workerId);
    if (auto done = execOrError(m_deleteClosed, whatFailed()); !done)
        return done;
    for (const GradeSpan &span : spans.closed) {
        m_insertClosed.bindValue(0, workerId);
        m_insertClosed.bindValue(1, span.from.toString(Qt::ISODate));
        m_insertClosed.bindValue(2, span.until.toString(Qt::ISODate));
        m_insertClosed.bindValue(3, rankOf(span.grade));
        if (auto done = execOrError(m_insertClosed, whatFailed()); !done)
            return done;
    }
    m_updateOpen.bindValue(
        0, spans.open ? QVariant(rankOf(spans.open->grade)) : QVariant(QMetaType::fromType<int>()));
    m_updateOpen.bindValue(1, isoOrNull(spans.open ? spans.open->from : QDate()));
    m_updateOpen.bindValue(2, workerId);
    return execOrError(m_updateOpen, whatFailed());
}

Status GradeSpanStore::rebuildAll(QSqlDatabase &db)
{
    QSqlQuery awards(db);
    SqlDialect::streamRows(awards);
    if (!awards.exec(u"SELECT worker_id, id, occupation_id, grade, effective_date, revoked_date "
                     "FROM grade_award ORDER BY worker_id"_s))
        return SqlErrors::fromQuery(awards, whatFailed());
    GradeSpanStore spans(db);
    qint64 currentWorker = -1;
    QList<GradeRecord> records;
    auto flush = [&]() -> Status {
        if (currentWorker < 0)
            return success();
        return spans.write(currentWorker, StoredSpans::from(records));
    };
    if (auto read = forEachRow(awards, whatFailed(),
            [&](const QSqlQuery &row) -> Status {
                const qint64 workerId = row.value(0).toLongLong();
                if (workerId != currentWorker) {
                    if (auto done = flush(); !done)
                        return done;
                    currentWorker = workerId;
                    records.clear();
                }
                records += recordFrom(row, 1);
                return success();
            });
        !read)
        return read;
    return flush();
}

} // namespace skl
