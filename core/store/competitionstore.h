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

struct CompetitionInput
{
    QString name;
    CompetitionLevel level = CompetitionLevel::Enterprise;
    QString organiser;
    QDate heldOn;
    QString occupation; // by name; empty: results count in each worker's own occupation
    Officer by; // who records it
};

struct CompetitionRecord
{
    qint64 id = 0;
    QString name;
    CompetitionLevel level = CompetitionLevel::Enterprise;
    QString organiser;
    QDate heldOn;
    QString occupation;
    qint64 roundId = 0; // the round its promotions are approved in
    int results = 0;
};

struct CompetitionResultRecord
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString employeeNo;
    QString workerName;
    Placing placing = Placing::Rank;
    int rank = 0; // 0: none given
    qint64 certificationId = 0; // the promotion it brought, if any
    std::optional<CertificationStatus> certificationStatus;
};

// What the competition policy offers for a result (DOMAIN.md §3, way 5).
struct PromotionOffer
{
    QString occupation;
    std::optional<Grade> from; // held in the occupation on the competition's date
    Grade to = Grade::Junior;
    int rungs = 0;
};

// Skill competitions (职业技能竞赛, section 十四): each has an assessment round in which the
// promotions its results earn are proposed, approved together and printed together. Recording
// competitions and results needs Act::RecordCompetition (issue 13).
class CompetitionStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::CompetitionStore)
public:
    static Result<qint64> add(QSqlDatabase &db, const CompetitionInput &input);
    static Result<QList<CompetitionRecord>> list(QSqlDatabase &db);
    static Result<QList<CompetitionResultRecord>> results(QSqlDatabase &db, qint64 competitionId);

    // The promotion the policy gives for this placing, or nullopt when it gives none (or the
    // worker is at the top of the occupation).
    static Result<std::optional<PromotionOffer>> offer(
        QSqlDatabase &db, qint64 competitionId, const QString &employeeNo, Placing placing);

    struct Recorded
    {
        qint64 resultId = 0;
        qint64 certificationId = 0; // the proposal made, 0 when none
    };
    // Records a result; with propose, then proposes the offered promotion (evidence: the result)
    // in the competition's round. A refused proposal leaves the result recorded and says why.
    static Result<Recorded> addResult(QSqlDatabase &db, qint64 competitionId,
        const QString &employeeNo, Placing placing, int rank, bool propose, const Officer &by);
};

} // namespace skl
