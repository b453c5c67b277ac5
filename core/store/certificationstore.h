#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/certification.h"
#include "core/domain/grade.h"

namespace skl {

struct ProposalRequest
{
    QString employeeNo;
    QString occupation; // by name
    Grade grade = Grade::Junior;
    CertificationWay way = CertificationWay::Regular;
    std::optional<ExceptionalGround> ground;
    QString evidence; // reference of the document, or the written justification
    QDate date; // the certification date: effective date of the grade and issue date
    qint64 roundId = 0; // assessment round, 0 for none
    qint64 competitionResultId = 0; // the result a competition promotion rests on
    // A number already issued by an outside body (category S); empty: assigned on approval.
    QString certificateNumber;
    QString actor;
};

struct CertificationRecord
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString employeeNo;
    QString workerName;
    QString site;
    QString workshop;
    qint64 workshopId = 0;
    QString occupation;
    Grade grade = Grade::Junior;
    std::optional<Grade> fromGrade;
    CertificationWay way = CertificationWay::Regular;
    std::optional<ExceptionalGround> ground;
    QString evidence;
    QDate date;
    CertificationStatus status = CertificationStatus::Proposed;
    QString proposedBy;
    QString decidedBy;
    QString decisionReason;
    QString revokedBy;
    QString revokeReason;
    QString certificateNumber; // once approved
    qint64 roundId = 0;
    QString roundName;
};

struct CertificationFilter
{
    std::optional<CertificationStatus> status;
    qint64 roundId = 0;
    qint64 workshopId = 0;
    qint64 workerId = 0;
    int limit = 10000; // newest first
};

struct AssessmentRound
{
    qint64 id = 0;
    QString name;
    qint64 competitionId = 0;
    int proposed = 0; // awaiting approval
    int approved = 0;
};

// The certification workflow (issue #5): propose → approve or reject by another person → maybe
// revoke. Each step checks DOMAIN.md §3 under the policy in force on the certification date, runs
// in one transaction and is one audit event. Approval writes the grade award the statistics count
// and the certificate with its number; nothing is edited or deleted afterwards.
class CertificationStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificationStore)
public:
    // today: the day the proposal is entered or the decision made. A certification dated after
    // it may be proposed only in an assessment round and is approved on its date or later
    // (CertificationRules::proposalDateRefusal, approvalDateRefusal).
    static Result<qint64> propose(
        QSqlDatabase &db, const ProposalRequest &request, QDate today = QDate::currentDate());
    // One proposal inside the caller's write transaction: a roster import's grades of known
    // workers (way import, issue 13) are proposed with the import, or not at all.
    static Result<qint64> proposeWithin(
        QSqlDatabase &db, const ProposalRequest &request, QDate today = QDate::currentDate());
    // Proposes all in one transaction: all, or (naming the first refused) none.
    static Result<QList<qint64>> proposeAll(QSqlDatabase &db,
        const QList<ProposalRequest> &requests, QDate today = QDate::currentDate());
    static Status approve(
        QSqlDatabase &db, qint64 id, const QString &actor, QDate today = QDate::currentDate());
    static Status reject(QSqlDatabase &db, qint64 id, const QString &actor, const QString &reason);
    // Takes an approved grade back as if never awarded (a mistake); the reason is required.
    static Status revoke(QSqlDatabase &db, qint64 id, const QString &actor, const QString &reason);
    // Approves every proposal of the round in one transaction: all or, naming the first that
    // cannot be approved, none. Returns how many.
    static Result<int> approveRound(
        QSqlDatabase &db, qint64 roundId, const QString &actor, QDate today = QDate::currentDate());
    // Approves the given proposals in one transaction, all or none.
    static Result<int> approveAll(QSqlDatabase &db, const QList<qint64> &ids, const QString &actor,
        QDate today = QDate::currentDate());

    static Result<QList<CertificationRecord>> list(
        QSqlDatabase &db, const CertificationFilter &filter);
    static Result<CertificationRecord> get(QSqlDatabase &db, qint64 id);

    static Result<qint64> createRound(QSqlDatabase &db, const QString &name, const QString &actor);
    static Result<QList<AssessmentRound>> rounds(QSqlDatabase &db);
};

} // namespace skl
