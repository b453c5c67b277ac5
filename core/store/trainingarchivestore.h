#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"
#include "core/store/trainingstore.h"

namespace skl {

// A worker's whole lifelong archive (终身职业技能培训电子档案, issue 17): the header, the training
// records, the grades awarded, the competition results and the honours, as printed and exported.
struct TrainingArchive
{
    struct GradeRow
    {
        QString occupation;
        Grade grade = Grade::Junior;
        QDate effective;
        QString way;
        QDate revoked; // invalid: in force
    };
    struct CompetitionRow
    {
        QString name;
        QString level;
        QDate heldOn;
        QString placing;
    };
    struct HonourRow
    {
        QString name;
        QString level; // the code of schema 22
        QDate awardedOn;
        QString body;
    };

    QString company;
    QString employeeNo;
    QString name;
    QString maskedId; // 110105********002X; empty without an ID number
    QString site;
    QString workshop;
    QString occupation;
    QString grade; // the highest grade in force, as displayed; empty for none
    QDate printedOn;
    QList<TrainingRecord> records;
    QList<GradeRow> grades;
    QList<CompetitionRow> competitions;
    QList<HonourRow> honours;

    int totalHoursTenths() const;
    Fen totalCost() const;
};

// Reads a worker's archive (Act::ReadRoster, a workshop head their own workshops only) and
// records its export in the audit log.
class TrainingArchiveStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::TrainingArchiveStore)
public:
    static Result<TrainingArchive> read(
        QSqlDatabase &db, const QString &employeeNo, const Officer &by, QDate printedOn);
    static Status recordExport(
        QSqlDatabase &db, const TrainingArchive &archive, const QString &path, const Officer &by);
};

} // namespace skl
