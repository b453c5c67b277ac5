#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/store/allowancestore.h"
#include "core/store/certificationfactsstore.h"

namespace skl {

class LockedMonths;

// A master-apprentice agreement on record, with the names a list shows.
struct MentorshipRecord
{
    qint64 id = 0;
    Mentorship agreement;
    QString mentorNo;
    QString mentorName;
    QString apprenticeNo;
    QString apprenticeName;
    QString occupation;
};

// Master-apprentice agreements (师带徒) edited at the desk (issue 15): mentor, apprentice,
// occupation, start, planned end, actual end and how it ended (出师 with the grade reached,
// 未出师, 中止). The rules are those of the agreements import, which calls the same checks: a
// mentor is not their own apprentice, the dates are in order, both are in service, the mentor
// holds the policy's minimum grade in the occupation on the first day (the mentoring allowance,
// DOMAIN.md §4), one mentor per apprentice and occupation at a time, and no change to what a
// locked allowance month paid. Each save is the officer's (hr: Act::EditRoster, checked first),
// one transaction under the write lock and one audit event keeping old and new values.
class MentorshipStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::MentorshipStore)
public:
    explicit MentorshipStore(QSqlDatabase &db)
        : m_db(db)
    { }

    // The agreements in which the worker is the mentor or the apprentice, by start; a workshop
    // head reads those of their own workshops' workers only.
    Result<QList<MentorshipRecord>> ofWorker(const Officer &by, qint64 workerId);
    Result<std::optional<MentorshipRecord>> find(qint64 id);

    // The rules on the agreement's own terms and the two workers, on line (0 in the window),
    // with the import's column keys as fields (mentor_no, apprentice_no, start, end,
    // planned_end, outcome).
    static RowProblems checkTerms(const CertifiedWorker &mentor, const CertifiedWorker &apprentice,
        const Mentorship &agreement, int line = 0);
    // The mentor's grade in the occupation on the first day against the policy then.
    static Result<RowProblems> checkMentorGrade(QSqlDatabase &db, const CertifiedWorker &mentor,
        const CertifiedOccupation &occupation, QDate firstDay, int line = 0);
    // A change that would alter what a locked month paid the mentor, as a problem of "start".
    static RowProblems checkLocked(const LockedMonths &locked,
        const std::optional<Mentorship> &before, const Mentorship &after, int line = 0);

    // Everything the database says about agreement as the agreement id (0: a new one), for the
    // editor as the officer types.
    Result<RowProblems> check(qint64 id, const Mentorship &agreement);

    struct SaveOutcome
    {
        qint64 id = 0;
        RowProblems problems; // refused: nothing was written
    };
    // Records a new agreement (id 0) or corrects one: its end, outcome, dates or parties.
    Result<SaveOutcome> save(const Officer &by, qint64 id, const Mentorship &agreement);

private:
    QSqlDatabase &m_db;
};

} // namespace skl
