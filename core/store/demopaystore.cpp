#include "core/store/demopaystore.h"

#include <QSqlError>

#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return DemoPayStore::tr("Creating the demo pay");
    }

} // namespace

DemoPayStore::DemoPayStore(QSqlDatabase &db, qint64 eventId)
    : m_query(db)
    , m_event(eventId)
    , m_bands(m_query,
          u"INSERT INTO salary_band (track, level, effective_from, min_fen, mid_fen, max_fen, "
          "event_id) VALUES "_s,
          whatFailed())
    , m_pay(m_query,
          u"INSERT INTO pay_record (worker_id, effective_from, mode, amount_fen, monthly_fen, "
          "event_id) VALUES "_s,
          whatFailed())
    , m_titles(m_query,
          u"INSERT INTO professional_title (worker_id, effective_from, level, event_id) VALUES "_s,
          whatFailed())
    , m_reference(m_query,
          u"INSERT INTO wage_reference (year, occupation, grade, p10_fen, p25_fen, p50_fen, "
          "p75_fen, p90_fen, event_id) VALUES "_s,
          whatFailed())
{ }

Result<QList<DemoPayStore::Worker>> DemoPayStore::workersInService()
{
    QSqlQuery &q = m_query;
    if (!q.exec(u"SELECT id, current_grade, hire_date FROM worker WHERE leave_date IS NULL"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    QList<Worker> workers;
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                workers += Worker { row.value(0).toLongLong(),
                    row.value(1).isNull() ? std::nullopt : gradeFromRank(row.value(1).toInt()),
                    row.value(2).toString() };
            });
        !read)
        return read.error();
    return workers;
}

Result<QStringList> DemoPayStore::occupations()
{
    QSqlQuery &q = m_query;
    if (!q.exec(u"SELECT name FROM occupation ORDER BY name"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    QStringList names;
    if (auto read = forEachRow(
            q, whatFailed(), [&](const QSqlQuery &row) { names += row.value(0).toString(); });
        !read)
        return read.error();
    return names;
}

Status DemoPayStore::addBand(
    const QString &track, int level, const QString &from, const SalaryBand &band)
{
    return m_bands.add(
        { track, qint64(level), from, band.min.fen(), band.mid.fen(), band.max.fen(), m_event });
}

Status DemoPayStore::addPay(
    qint64 workerId, const QString &from, const QString &mode, Fen amount, Fen monthly)
{
    return m_pay.add({ workerId, from, mode, amount.fen(), monthly.fen(), m_event });
}

Status DemoPayStore::addTitle(qint64 workerId, const QString &from, int level)
{
    return m_titles.add({ workerId, from, qint64(level), m_event });
}

Status DemoPayStore::addReference(
    int year, const QString &occupation, Grade grade, const std::array<Fen, 5> &percentiles)
{
    QList<QVariant> row { qint64(year), occupation, qint64(rankOf(grade)) };
    for (const Fen p : percentiles)
        row += p.fen();
    row += m_event;
    return m_reference.add(row);
}

Status DemoPayStore::flush()
{
    for (BulkInsert *pending : { &m_bands, &m_pay, &m_titles, &m_reference }) {
        if (auto done = pending->flush(); !done)
            return done;
    }
    m_query.finish();
    return success();
}

} // namespace skl
