#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <catch2/catch.hpp>

#include "core/store/auditlog.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"
#include "tests/support/tempdatabase.h"

namespace skl::test {

// Rows of honours, studios, projects, mentorships and external certificates written with plain
// inserts, each with the audit event the schema asks for: the reads of the talent pool (issue 17)
// are tested without the stores that record them, which another part of the work builds.
class RecognitionRows
{
public:
    explicit RecognitionRows(TempDatabase &db)
        : m_db(db)
    { }

    qint64 workerId(const QString &employeeNo)
    {
        return m_db
            .scalar(
                QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
            .toLongLong();
    }

    // level: a RecognitionNames code. withdrawn: the honour was withdrawn (a mistaken record).
    qint64 honour(const QString &employeeNo, const QString &name, const QString &level,
        QDate awarded, bool withdrawn = false)
    {
        return insert(QStringLiteral("INSERT INTO honour (worker_id, name, level, awarded_on, "
                                     "body, event_id, withdrawn_event_id, withdraw_reason) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { workerId(employeeNo), name, level, awarded.toString(Qt::ISODate),
                QStringLiteral("人社厅"), event(), withdrawn ? QVariant(event()) : QVariant(),
                withdrawn ? QVariant(QStringLiteral("录入错误")) : QVariant() });
    }

    qint64 studio(const QString &name, const QString &leaderNo, QDate founded)
    {
        return insert(QStringLiteral("INSERT INTO studio (name, kind, level, leader_id, "
                                     "founded_on, event_id) VALUES (?, 'master', 'provincial', "
                                     "?, ?, ?)"),
            { name, workerId(leaderNo), founded.toString(Qt::ISODate), event() });
    }

    // left: the first day no longer a member (invalid: still one).
    qint64 studioMember(qint64 studioId, const QString &employeeNo, QDate joined, QDate left = {})
    {
        return insert(QStringLiteral("INSERT INTO studio_member (studio_id, worker_id, joined_on, "
                                     "event_id, left_on, left_event_id) VALUES (?, ?, ?, ?, ?, ?)"),
            { studioId, workerId(employeeNo), joined.toString(Qt::ISODate), event(),
                left.isValid() ? QVariant(left.toString(Qt::ISODate)) : QVariant(),
                left.isValid() ? QVariant(event()) : QVariant() });
    }

    qint64 project(const QString &title, const QString &leadNo, QDate started)
    {
        return insert(QStringLiteral("INSERT INTO project (title, kind, lead_id, started_on, "
                                     "event_id) VALUES (?, 'challenge', ?, ?, ?)"),
            { title, workerId(leadNo), started.toString(Qt::ISODate), event() });
    }

    qint64 projectMember(qint64 projectId, const QString &employeeNo)
    {
        return insert(QStringLiteral("INSERT INTO project_member (project_id, worker_id, "
                                     "event_id) VALUES (?, ?, ?)"),
            { projectId, workerId(employeeNo), event() });
    }

    // A completed agreement (出师) when outcome is "completed".
    qint64 mentorship(const QString &mentorNo, const QString &apprenticeNo, QDate start, QDate end,
        const QString &outcome)
    {
        const qint64 occupation
            = m_db.scalar(QStringLiteral("SELECT min(id) FROM occupation")).toLongLong();
        return insert(QStringLiteral("INSERT INTO mentorship (mentor_id, apprentice_id, "
                                     "occupation_id, start_date, end_date, outcome, event_id) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { workerId(mentorNo), workerId(apprenticeNo), occupation, start.toString(Qt::ISODate),
                end.toString(Qt::ISODate), outcome, event() });
    }

    // A certification from elsewhere, approved, with its number, for the worker's latest award.
    void externalCertificate(const QString &employeeNo, const QString &number)
    {
        const qint64 worker = workerId(employeeNo);
        const QVariant award = m_db.scalar(
            QStringLiteral("SELECT max(id) FROM grade_award WHERE worker_id = %1").arg(worker));
        const QVariant occupation = m_db.scalar(
            QStringLiteral("SELECT coalesce(occupation_id, (SELECT min(id) FROM occupation)) "
                           "FROM grade_award WHERE id = %1")
                .arg(award.toLongLong()));
        const QVariant grade = m_db.scalar(
            QStringLiteral("SELECT grade FROM grade_award WHERE id = %1").arg(award.toLongLong()));
        const QVariant day
            = m_db.scalar(QStringLiteral("SELECT effective_date FROM grade_award WHERE id = %1")
                              .arg(award.toLongLong()));
        insert(QStringLiteral("INSERT INTO certification (worker_id, occupation_id, grade, way, "
                              "effective_date, external_number, status, proposed_by, "
                              "proposed_event_id, grade_award_id) VALUES (?, ?, ?, 'import', ?, "
                              "?, 'approved', 'admin', ?, ?)"),
            { worker, occupation, grade, day, number, event(), award });
    }

private:
    // Stands for a new audit event among an insert's values.
    static QVariant event() { return QStringLiteral("<new audit event>"); }

    // The insert and its audit events in one transaction (an event commits with its seal).
    qint64 insert(const QString &sql, std::initializer_list<QVariant> values)
    {
        Transaction transaction(m_db.db());
        QList<QVariant> bound;
        for (const QVariant &value : values) {
            if (value == event()) {
                const auto made = AuditLog(m_db.db()).beginEvent(
                    QStringLiteral("test-recognition"), QStringLiteral("test row"), m_db.admin());
                REQUIRE(made.ok());
                bound += *made;
            } else {
                bound += value;
            }
        }
        QSqlQuery q(m_db.db());
        REQUIRE(q.prepare(sql + QStringLiteral(" RETURNING id")));
        for (const QVariant &value : bound)
            q.addBindValue(value);
        const auto id = execReturningId(q, QStringLiteral("test row"));
        if (!id)
            FAIL(id.error().userMessage.toStdString());
        REQUIRE(transaction.commit(QStringLiteral("test row")).ok());
        return *id;
    }

    TempDatabase &m_db;
};

} // namespace skl::test
