#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/store/talentpoolstore.h"

namespace skl {

// The talent pool as of a date, as one officer may read it.
struct TalentPoolData
{
    QDate asOf;
    HonourLevel minLevel = HonourLevel::Provincial; // the policy's level in force on asOf
    QList<TalentWorker> workers; // by employee number
};

// The screen's filters; an unset one lets every worker through.
struct TalentFilter
{
    std::optional<qint64> siteId;
    std::optional<qint64> workshopId;
    std::optional<Grade> grade; // exactly this grade
    std::optional<TalentReason> reason;
    std::optional<qint64> occupationId;
    QString text; // part of the name or the employee number

    bool accepts(const TalentWorker &worker) const;
};

// The high-skilled talent pool (高技能人才库, section 十九, issue 17, DOMAIN.md §5): as of a date
// D, every worker in service on D who is high-skilled on D (高级工 or above in force, the rule the
// targets count by), or holds an honour awarded on or before D and not withdrawn, or a
// competition medal (gold, silver or bronze) of a competition held on or before D, at or above
// the policy's level in force on D (talent.min_level, default provincial; one scale for both,
// RecognitionRank, a world competition above a national one). A withdrawn honour never counts,
// whenever it was withdrawn: a withdrawal undoes a mistaken record.
class TalentPool
{
    Q_DECLARE_TR_FUNCTIONS(skl::TalentPool)
public:
    // Read by an officer who may read the roster; a workshop head gets their workshops only.
    static Result<TalentPoolData> compute(QSqlDatabase &db, const Officer &by, QDate asOf);
    // The pool of the whole company with no officer's check, for a caller that checked its own
    // act (the attestation, IssueAttestation).
    static Result<TalentPoolData> companyPool(QSqlDatabase &db, QDate asOf);

    // Whether a recognition of this rank counts at the policy level.
    static bool qualifies(HonourLevel level, HonourLevel minLevel);
    static bool qualifies(CompetitionLevel level, HonourLevel minLevel);
    // The reasons the rule gives a candidate (empty: not in the pool).
    static QList<TalentReason> reasonsOf(const TalentWorker &worker, HonourLevel minLevel);

    static QList<TalentWorker> filtered(const QList<TalentWorker> &workers, const TalentFilter &f);

    // Stable codes (command line, JSON) and labels in the UI language.
    static QString code(TalentReason reason);
    static QString display(TalentReason reason);
    static std::optional<TalentReason> parseReason(const QString &text);

    // Cells as the screen and the export show them: "全国技术能手（国家级，2023）；…".
    static QString reasonsText(const TalentWorker &worker);
    static QString honoursText(const TalentWorker &worker);
    static QString medalsText(const TalentWorker &worker);
    static QString studiosText(const TalentWorker &worker);
    static QString projectsText(const TalentWorker &worker);

    // The command line's --json contract: a list of objects with employee_no, name, site,
    // workshop, occupation, grade, certificate_no, reasons, honours, medals, studios, projects,
    // apprentices_trained. No ID number.
    static QJsonArray toJson(const QList<TalentWorker> &workers);

    // Writes the workers to an .xlsx workbook (no ID number at all) and records the export in
    // the audit trail. Refused for an officer who may not export the roster.
    static Status toXlsx(QSqlDatabase &db, const Officer &by, const TalentPoolData &pool,
        const QList<TalentWorker> &workers, const QString &path);

private:
    static Result<TalentPoolData> build(
        QSqlDatabase &db, QDate asOf, const std::optional<QList<qint64>> &workshops);
};

} // namespace skl
