#include "core/store/allowancefactsstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include "core/store/allowancestore.h"
#include "core/store/policystore.h"
#include "core/store/sqldates.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return AllowanceFactsStore::tr("Computing the allowances");
    }

} // namespace

Result<AllowanceCalendar> AllowanceFactsStore::calendar(
    QSqlDatabase &db, QDate month, QString *inputs)
{
    AllowanceCalendar calendar(month);
    const QDate last = calendar.first.addDays(calendar.days - 1);
    const auto rates = AllowanceStore::rates(db);
    if (!rates)
        return rates.error();
    QJsonArray used;
    // Rates are sorted by kind, grade, date: a later one overrides from its day on.
    for (const AllowanceRate &rate : *rates) {
        if (rate.effectiveFrom > last)
            continue;
        used += QJsonObject { { u"kind"_s, AllowanceStore::code(rate.kind) },
            { u"grade"_s, storedRank(rate.grade) },
            { u"effective_from"_s, SqlDates::text(rate.effectiveFrom) },
            { u"fen"_s, rate.fen.fen() } };
        std::vector<qint64> *days = rate.kind == AllowanceKind::Skill
            ? &calendar.skill[size_t(rate.grade ? rankOf(*rate.grade) : 0)]
            : rate.kind == AllowanceKind::TeamLeader ? &calendar.teamLeader
                                                     : &calendar.mentoring;
        for (int i = std::max(0, calendar.indexOf(rate.effectiveFrom)); i < calendar.days; ++i)
            (*days)[size_t(i)] = rate.fen.fen();
    }
    QJsonArray policy;
    QString previous;
    for (int i = 0; i < calendar.days; ++i) {
        const QDate day = calendar.first.addDays(i);
        const auto values = PolicyStore::valuesOn(db, day);
        if (!values)
            return values.error();
        const QString cap = values->value(QString::fromUtf16(PolicyKeys::kMentoringCap));
        const QString grade = values->value(QString::fromUtf16(PolicyKeys::kMentoringMinGrade));
        calendar.mentoringCap[size_t(i)] = cap.toInt();
        calendar.mentoringMinGrade[size_t(i)] = grade.toInt();
        if (cap + u'/' + grade != previous)
            policy += QJsonObject { { u"from"_s, SqlDates::text(day) },
                { u"mentoring_cap"_s, cap.toInt() }, { u"mentoring_min_grade"_s, grade.toInt() } };
        previous = cap + u'/' + grade;
    }
    calendar.finish();
    if (inputs) {
        const QJsonObject record { { u"month"_s, month.toString(u"yyyy-MM"_s) },
            { u"rates"_s, used }, { u"policy"_s, policy } };
        *inputs = QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
    }
    return calendar;
}

AllowanceFactsStore::Workers::Workers(QSqlDatabase &db, const AllowanceCalendar &calendar)
    : m_db(db)
    , m_first(calendar.first)
    , m_last(calendar.first.addDays(calendar.days - 1))
    , m_query(db)
{ }

Status AllowanceFactsStore::Workers::readRecords()
{
    QSqlQuery q(m_db);
    SqlDialect::streamRows(q);
    q.prepare(u"SELECT g.worker_id, g.valid_from, g.valid_until, g.grade FROM worker w "
              "JOIN grade_span g ON g.worker_id = w.id "
              "WHERE coalesce(w.current_grade_since, '') > ? AND g.valid_until > ? "
              "AND g.valid_from <= ?"_s);
    q.addBindValue(SqlDates::text(m_first));
    q.addBindValue(SqlDates::text(m_first));
    q.addBindValue(SqlDates::text(m_last));
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [this](const QSqlQuery &row) {
                m_closed[row.value(0).toLongLong()]
                    += GradeSpan { SqlDates::parse(row.value(1)), SqlDates::parse(row.value(2)),
                           gradeFromRank(row.value(3).toInt()).value_or(Grade::Apprentice) };
            });
        !read)
        return read;
    q.prepare(u"SELECT worker_id, valid_from, valid_to FROM team_leader_period "
              "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)"_s);
    q.addBindValue(SqlDates::text(m_last));
    q.addBindValue(SqlDates::text(m_first));
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [this](const QSqlQuery &row) {
                m_leading[row.value(0).toLongLong()]
                    += { SqlDates::parse(row.value(1)), SqlDates::parse(row.value(2)) };
            });
        !read)
        return read;
    q.prepare(u"SELECT m.mentor_id, m.id, m.start_date, m.end_date, a.hire_date, a.leave_date "
              "FROM mentorship m JOIN worker a ON a.id = m.apprentice_id "
              "WHERE m.start_date <= ? AND (m.end_date IS NULL OR m.end_date >= ?)"_s);
    q.addBindValue(SqlDates::text(m_last));
    q.addBindValue(SqlDates::text(m_first));
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [this](const QSqlQuery &row) {
                m_mentoring[row.value(0).toLongLong()]
                    += MentoringAgreement { row.value(1).toLongLong(),
                           SqlDates::parse(row.value(2)), SqlDates::parse(row.value(3)),
                           SqlDates::parse(row.value(4)), SqlDates::parse(row.value(5)) };
            });
        !read)
        return read;
    return success();
}

Status AllowanceFactsStore::Workers::open()
{
    if (auto read = readRecords(); !read)
        return m_status = read;
    SqlDialect::streamRows(m_query);
    m_query.prepare(u"SELECT id, coalesce(site_id, 0), coalesce(workshop_id, 0), hire_date, "
                    "leave_date, current_grade, current_grade_since FROM worker"_s
        + SqlDialect::of(m_db).fullScan()
        + u" WHERE hire_date <= ? AND (leave_date IS NULL OR leave_date > ?)"_s);
    m_query.addBindValue(SqlDates::text(m_last));
    m_query.addBindValue(SqlDates::text(m_first));
    if (!m_query.exec())
        m_status = SqlErrors::fromQuery(m_query, whatFailed());
    return m_status;
}

bool AllowanceFactsStore::Workers::next()
{
    if (!stepRow(m_query, m_status, whatFailed))
        return false;
    const QSqlQuery &q = m_query;
    m_id = q.value(0).toLongLong();
    WorkerMonth &w = m_month;
    w.hired = SqlDates::parse(q.value(3));
    w.left = SqlDates::parse(q.value(4));
    w.grades = m_closed.value(m_id);
    if (!q.value(5).isNull()) {
        const QDate since = SqlDates::parse(q.value(6));
        if (since <= m_last)
            w.grades += GradeSpan { since, QDate(),
                gradeFromRank(q.value(5).toInt()).value_or(Grade::Apprentice) };
    }
    w.leading = m_leading.value(m_id);
    w.mentoring = m_mentoring.value(m_id);
    return true;
}

} // namespace skl
