#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"

namespace skl {

// A proposal an approver may decide: one they did not propose themselves (four eyes).
struct WaitingProposal
{
    qint64 id = 0;
    QString employeeNo;
    QString workerName;
    QString occupation;
    Grade grade = Grade::Junior;
    QDate date; // the certification date
    QString proposedBy;
};

// An ongoing master-apprentice agreement (师带徒) with a planned end.
struct EndingAgreement
{
    qint64 apprenticeId = 0;
    QString apprenticeNo;
    QString apprenticeName;
    QString mentorName;
    QString occupation;
    QDate start;
    QDate plannedEnd;
};

// Ongoing agreements by planned end: before today, from today to soon, and after soon up to later
// (each day included in one of them only).
struct AgreementCounts
{
    qint64 overdue = 0;
    qint64 soon = 0;
    qint64 later = 0;
};

// What the home page (工作台, issue 15) reads beside the due list, the allowance runs and the
// audit chain, which have their own stores: the proposals waiting for an approver and the
// agreements ending. Counts are counted by the database (index certification_status; the
// agreements are a small share of the workers), and only the first rows of a list are read.
class WorkbenchFactsStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::WorkbenchFactsStore)
public:
    // Proposals awaiting a decision that by did not propose (compared by officer, or by login
    // for a proposal from before officers), oldest first.
    static Result<qint64> countWaitingProposals(QSqlDatabase &db, const Officer &by);
    static Result<QList<WaitingProposal>> waitingProposals(
        QSqlDatabase &db, const Officer &by, int limit);

    // Agreements without an actual end whose planned end is on or before later.
    static Result<AgreementCounts> countEndingAgreements(
        QSqlDatabase &db, QDate today, QDate soon, QDate later);
    // The same agreements, the earliest planned end first, at most limit.
    static Result<QList<EndingAgreement>> endingAgreements(
        QSqlDatabase &db, QDate later, int limit);
};

} // namespace skl
