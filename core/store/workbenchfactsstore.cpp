#include "core/store/workbenchfactsstore.h"

#include <QSqlQuery>

#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString proposalsFailed()
    {
        return WorkbenchFactsStore::tr("Reading the proposals waiting for a decision");
    }

    QString agreementsFailed()
    {
        return WorkbenchFactsStore::tr("Reading the master-apprentice agreements ending");
    }

    // Not proposed by the officer: as CertificationStore's four-eyes check compares, by officer,
    // or by login for a row from before officers (schema 13).
    const QString kNotOwn = u"c.status = 'proposed' AND coalesce(c.proposed_officer_id, 0) <> ? "
                            "AND NOT (c.proposed_officer_id IS NULL "
                            "AND lower(trim(c.proposed_by)) = ?)"_s;

    void bindOfficer(QSqlQuery &query, const Officer &by)
    {
        query.addBindValue(by.id);
        query.addBindValue(by.login.trimmed().toLower());
    }

    const QString kOngoing = u"m.end_date IS NULL AND m.planned_end IS NOT NULL "
                             "AND m.planned_end <= ?"_s;

} // namespace

Result<qint64> WorkbenchFactsStore::countWaitingProposals(QSqlDatabase &db, const Officer &by)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM certification c WHERE "_s + kNotOwn);
    bindOfficer(query, by);
    if (auto read = execOneRow(query, proposalsFailed()); !read)
        return read.error();
    return query.value(0).toLongLong();
}

Result<QList<WaitingProposal>> WorkbenchFactsStore::waitingProposals(
    QSqlDatabase &db, const Officer &by, int limit)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT c.id, w.employee_no, w.name, o.name, c.grade, c.effective_date, "
                  "c.proposed_by FROM certification c JOIN worker w ON w.id = c.worker_id "
                  "JOIN occupation o ON o.id = c.occupation_id WHERE "_s
        + kNotOwn + u" ORDER BY c.id LIMIT %1"_s.arg(limit));
    bindOfficer(query, by);
    if (!query.exec())
        return SqlErrors::fromQuery(query, proposalsFailed());
    QList<WaitingProposal> proposals;
    if (auto read = forEachRow(query, proposalsFailed(),
            [&](const QSqlQuery &row) {
                proposals += WaitingProposal { row.value(0).toLongLong(), row.value(1).toString(),
                    row.value(2).toString(), row.value(3).toString(),
                    gradeFromRank(row.value(4).toInt()).value_or(Grade::Junior),
                    QDate::fromString(row.value(5).toString(), Qt::ISODate),
                    row.value(6).toString() };
            });
        !read)
        return read.error();
    return proposals;
}

Result<AgreementCounts> WorkbenchFactsStore::countEndingAgreements(
    QSqlDatabase &db, QDate today, QDate soon, QDate later)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT coalesce(sum(CASE WHEN m.planned_end < ? THEN 1 ELSE 0 END), 0), "
                  "coalesce(sum(CASE WHEN m.planned_end >= ? AND m.planned_end <= ? THEN 1 "
                  "ELSE 0 END), 0), coalesce(sum(CASE WHEN m.planned_end > ? THEN 1 ELSE 0 END), "
                  "0) FROM mentorship m WHERE "_s
        + kOngoing);
    for (const QDate day : { today, today, soon, soon, later })
        query.addBindValue(SqlDates::text(day));
    if (auto read = execOneRow(query, agreementsFailed()); !read)
        return read.error();
    return AgreementCounts { query.value(0).toLongLong(), query.value(1).toLongLong(),
        query.value(2).toLongLong() };
}

Result<QList<EndingAgreement>> WorkbenchFactsStore::endingAgreements(
    QSqlDatabase &db, QDate later, int limit)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT m.apprentice_id, a.employee_no, a.name, t.name, o.name, m.start_date, "
                  "m.planned_end FROM mentorship m JOIN worker a ON a.id = m.apprentice_id "
                  "JOIN worker t ON t.id = m.mentor_id "
                  "JOIN occupation o ON o.id = m.occupation_id WHERE "_s
        + kOngoing + u" ORDER BY m.planned_end, m.id LIMIT %1"_s.arg(limit));
    query.addBindValue(SqlDates::text(later));
    if (!query.exec())
        return SqlErrors::fromQuery(query, agreementsFailed());
    QList<EndingAgreement> agreements;
    if (auto read = forEachRow(query, agreementsFailed(),
            [&](const QSqlQuery &row) {
                agreements += EndingAgreement { row.value(0).toLongLong(), row.value(1).toString(),
                    row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                    QDate::fromString(row.value(5).toString(), Qt::ISODate),
                    QDate::fromString(row.value(6).toString(), Qt::ISODate) };
            });
        !read)
        return read.error();
    return agreements;
}

} // namespace skl
