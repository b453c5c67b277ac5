#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/certification.h"
#include "core/domain/grade.h"
#include "core/domain/recognition.h"

namespace skl {

// An honour a worker holds (schema 22), not withdrawn.
struct TalentHonour
{
    QString name;
    HonourLevel level = HonourLevel::Enterprise;
    QDate awarded;
};

// A competition medal (gold, silver or bronze; 优胜奖 and ranks are no medals).
struct TalentMedal
{
    QString competition;
    CompetitionLevel level = CompetitionLevel::Enterprise;
    Placing placing = Placing::Gold;
    QDate held;
};

// A studio the worker leads or belongs to on the date.
struct TalentStudio
{
    QString name;
    bool leader = false;
};

// A project the worker leads or is a member of, started by the date.
struct TalentProject
{
    QString title;
    bool lead = false;
};

// Why a worker is in the talent pool; a worker may have several reasons.
enum class TalentReason { HighSkilled, Honour, Medal };

// One worker of the talent pool as of a date, with what the pool shows of them.
struct TalentWorker
{
    qint64 workerId = 0;
    QString employeeNo;
    QString name;
    QString maskedIdNumber; // first 6 and last 4 (DOMAIN.md §7); empty when none recorded
    qint64 siteId = 0; // 0: none
    QString site;
    qint64 workshopId = 0; // 0: none
    QString workshop;
    qint64 occupationId = 0; // 0: none
    QString occupation;
    std::optional<Grade> grade; // the highest in force on the date, as the targets count it
    QString certificateNo; // of that grade's award; empty when none is recorded
    QList<TalentReason> reasons; // in the enum's order
    QList<TalentHonour> honours; // awarded on or before the date, by date
    QList<TalentMedal> medals; // held on or before the date, by date
    QList<TalentStudio> studios;
    QList<TalentProject> projects;
    int apprenticesTrained = 0; // agreements completed (出师) by the date, as mentor

    bool has(TalentReason reason) const { return reasons.contains(reason); }
};

// The reads of the talent pool (issue 17): the workers in service on a date who are high-skilled
// on it or hold an honour or a medal of the given levels, with their honours, medals, studios,
// projects and apprentices, each read for all of them at once (one statement per kind, never one
// per worker: a company of 100,000 lists in well under a second).
class TalentPoolStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::TalentPoolStore)
public:
    struct Levels
    {
        QList<HonourLevel> honours; // the honour levels that qualify
        QList<CompetitionLevel> competitions; // the competition levels whose medals qualify
    };

    // By employee number. Candidates only: the rule (TalentPool) decides each one's reasons.
    // workshops: a workshop head's scope (nullopt: the whole company). No check of the officer:
    // the caller checked the read.
    static Result<QList<TalentWorker>> read(QSqlDatabase &db, QDate asOf, const Levels &levels,
        const std::optional<QList<qint64>> &workshops);
};

} // namespace skl
