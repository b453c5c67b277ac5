#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/certification.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"

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
    // What an exceptional promotion rests on (issue 17): an honour for ground award, a finished
    // project for ground technical-problem (RecognitionGrounds). The evidence, left empty, is
    // filled from it.
    qint64 honourId = 0;
    qint64 projectId = 0;
    // A number already issued by an outside body (category S); empty: assigned on approval.
    QString certificateNumber;
    Officer by; // who proposes
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
    qint64 proposedOfficerId = 0; // 0: proposed before officers (issue 13)
    QString decidedBy;
    QString decisionReason;
    QString revokedBy;
    QString revokeReason;
    QString certificateNumber; // once approved
    qint64 roundId = 0;
    QString roundName;
    qint64 honourId = 0; // the honour or project an exceptional promotion rests on
    qint64 projectId = 0;
    QString basis; // the honour or project, described; empty when none is linked
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

// The certification workflow (issue #5): propose → approve or reject by another officer → maybe
// revoke. Each step first checks the officer's roles (issue 13), then DOMAIN.md §3 under the
// policy in force on the certification date, runs in one transaction and is one audit event.
// Approval writes the grade award the statistics count and the certificate with its number;
// nothing is edited or deleted afterwards.
class CertificationStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificationStore)
public:
    // today: the day the proposal is entered or the decision made; the officer's roles are those
    // held that day. A certification dated after it may be proposed only in an assessment round
    // and is approved on its date or later (CertificationRules::proposalDateRefusal,
    // approvalDateRefusal). A workshop head proposes for the workers of their workshops only.
    static Result<qint64> propose(
        QSqlDatabase &db, const ProposalRequest &request, QDate today = QDate::currentDate());
    // One proposal inside the caller's write transaction: a roster import's grades of known
    // workers (way import, issue 13) are proposed with the import, or not at all.
    static Result<qint64> proposeWithin(
        QSqlDatabase &db, const ProposalRequest &request, QDate today = QDate::currentDate());
    // Proposes all in one transaction: all, or (naming the first refused) none.
    static Result<QList<qint64>> proposeAll(QSqlDatabase &db,
        const QList<ProposalRequest> &requests, QDate today = QDate::currentDate());
    // Decisions need the approver role on the day of the decision, and an officer other than
    // the proposer (four eyes, compared by officer, never by name); the policy's approvers, when
    // it names any, restrict them further by login.
    static Status approve(
        QSqlDatabase &db, qint64 id, const Officer &by, QDate today = QDate::currentDate());
    static Status reject(QSqlDatabase &db, qint64 id, const Officer &by, const QString &reason,
        QDate today = QDate::currentDate());
    // Takes an approved grade back as if never awarded (a mistake); the reason is required.
    static Status revoke(QSqlDatabase &db, qint64 id, const Officer &by, const QString &reason,
        QDate today = QDate::currentDate());
    // Approves every proposal of the round in one transaction: all or, naming the first that
    // cannot be approved, none. Returns how many.
    static Result<int> approveRound(
        QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today = QDate::currentDate());
    // Approves the given proposals in one transaction, all or none.
    static Result<int> approveAll(QSqlDatabase &db, const QList<qint64> &ids, const Officer &by,
        QDate today = QDate::currentDate());

    // The certifications by reads: a workshop head sees those of their workshops only.
    static Result<QList<CertificationRecord>> list(
        QSqlDatabase &db, const Officer &by, const CertificationFilter &filter);
    static Result<CertificationRecord> get(QSqlDatabase &db, qint64 id);

    static Result<qint64> createRound(QSqlDatabase &db, const QString &name, const Officer &by);
    static Result<QList<AssessmentRound>> rounds(QSqlDatabase &db);
};

} // namespace skl
