#include "core/store/wagebillquery.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The later and the earlier of two ISO dates, spelled alike on both engines (SQLite's
    // max(a, b) is PostgreSQL's GREATEST).
    QString later(const QString &a, const QString &b)
    {
        return u"CASE WHEN %1 >= %2 THEN %1 ELSE %2 END"_s.arg(a, b);
    }

    QString earlier(const QString &a, const QString &b)
    {
        return u"CASE WHEN %1 <= %2 THEN %1 ELSE %2 END"_s.arg(a, b);
    }

} // namespace

QString WageBillQuery::statement(const QString &year)
{
    // Dates are ISO text in both engines: a day of a month is its characters 9–10, and the end
    // of a stretch that runs to the month's end is day "days + 1". Days × amount is summed per
    // worker and month in 64 bits (PostgreSQL's sum of bigint is numeric: cast back, so that the
    // division truncates on both engines), then divided once: (2 × sum + days) ÷ (2 × days) is
    // roundHalfUp of allowancemonth.h. The months are materialized: SQLite would otherwise
    // rebuild their dates for every worker's pay record (200,000 workers: 9 s instead of 30 s).
    return uR"(WITH params(y) AS (SELECT CAST(%1 AS INTEGER)),
calendar(mm, next_mm, carry, days) AS (VALUES
    ('01', '02', 0, 31), ('02', '03', 0, 28), ('03', '04', 0, 31), ('04', '05', 0, 30),
    ('05', '06', 0, 31), ('06', '07', 0, 30), ('07', '08', 0, 31), ('08', '09', 0, 31),
    ('09', '10', 0, 30), ('10', '11', 0, 31), ('11', '12', 0, 30), ('12', '01', 1, 31)),
bounds(year_first, next_year) AS (
    SELECT CAST(y AS TEXT) || '-01-01', CAST(y + 1 AS TEXT) || '-01-01' FROM params),
months(first_day, next_day, days) AS MATERIALIZED (
    SELECT CAST(p.y AS TEXT) || '-' || c.mm || '-01',
           CAST(p.y + c.carry AS TEXT) || '-' || c.next_mm || '-01',
           CASE WHEN c.mm = '02' AND ((p.y % 4 = 0 AND p.y % 100 <> 0) OR p.y % 400 = 0)
                THEN 29 ELSE c.days END
    FROM params p CROSS JOIN calendar c),
served(worker_id, hire_date, out_day) AS (
    SELECT w.id, w.hire_date, %2
    FROM worker w CROSS JOIN bounds b
    WHERE w.hire_date < b.next_year AND (w.leave_date IS NULL OR w.leave_date > b.year_first)),
pay(worker_id, from_day, until_day, monthly_fen) AS (
    SELECT r.worker_id, r.effective_from,
           LEAD(r.effective_from) OVER (PARTITION BY r.worker_id ORDER BY r.effective_from),
           r.monthly_fen
    FROM pay_record r WHERE r.effective_from < (SELECT next_year FROM bounds)),
pieces(worker_id, first_day, next_day, days, monthly_fen, from_day, until_day) AS (
    SELECT s.worker_id, m.first_day, m.next_day, m.days, p.monthly_fen, %3, %4
    FROM served s
    JOIN pay p ON p.worker_id = s.worker_id
    JOIN months m ON p.from_day < m.next_day
                 AND (p.until_day IS NULL OR p.until_day > m.first_day)),
worker_months(worker_id, first_day, days, fen_days) AS (
    SELECT worker_id, first_day, days,
           CAST(SUM(CAST(monthly_fen AS BIGINT)
               * ((CASE WHEN until_day = next_day THEN days + 1
                        ELSE CAST(substr(until_day, 9, 2) AS INTEGER) END)
                  - CAST(substr(from_day, 9, 2) AS INTEGER))) AS BIGINT)
    FROM pieces WHERE from_day < until_day
    GROUP BY worker_id, first_day, days)
SELECT (SELECT CAST(SUM((2 * fen_days + days) / (2 * days)) AS BIGINT) FROM worker_months),
       (SELECT COUNT(*) FROM served),
       (SELECT COUNT(*) FROM served s WHERE NOT EXISTS (
            SELECT 1 FROM pay_record r
            WHERE r.worker_id = s.worker_id AND r.effective_from < s.out_day)))"_s.arg(year,
        // The first day out of service within the year: the leave date or the next year.
        earlier(u"coalesce(w.leave_date, b.next_year)"_s, u"b.next_year"_s),
        later(later(u"m.first_day"_s, u"s.hire_date"_s), u"p.from_day"_s),
        earlier(earlier(u"m.next_day"_s, u"s.out_day"_s), u"coalesce(p.until_day, m.next_day)"_s));
}

} // namespace skl
