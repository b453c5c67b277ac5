#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/common/result.h"
#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/store/bulkinsert.h"

namespace skl {

// Writes the demo company's allowance inputs (DemoAllowances decides them) in the caller's
// transaction, under one audit event, in bulk statements.
class DemoAllowanceStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoAllowanceStore)
public:
    // A worker marked 班组长, with their service (dates ISO; left empty: in service).
    struct TeamLeader
    {
        qint64 id = 0;
        QString hired;
        QDate left; // first day no longer in service
    };
    // A graded worker in service with an occupation.
    struct GradedWorker
    {
        qint64 id = 0;
        qint64 workshop = 0; // 0: none
        qint64 occupation = 0;
        std::optional<Grade> grade;
        QString gradeSince; // ISO
        QString hired; // ISO
    };

    DemoAllowanceStore(QSqlDatabase &db, qint64 eventId);

    Result<QList<TeamLeader>> teamLeaders();
    // In id order.
    Result<QList<GradedWorker>> gradedWorkersInService();

    // kind skill, team_leader or mentoring (AllowanceStore::code); a grade for skill only.
    Status addRate(
        const QString &kind, std::optional<Grade> grade, const QString &from, Fen amount);
    // Both days included; to invalid: still leading.
    Status addTeamLeaderPeriod(qint64 workerId, const QString &from, QDate to);
    Status addMentorship(
        qint64 mentorId, qint64 apprenticeId, qint64 occupationId, const QString &start);
    // Writes what is pending of every kind; call before reading and after the last add.
    Status flush();

private:
    QSqlQuery m_query;
    qint64 m_event = 0;
    BulkInsert m_rates;
    BulkInsert m_leaders;
    BulkInsert m_mentorships;
};

} // namespace skl
