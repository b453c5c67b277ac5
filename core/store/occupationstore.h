#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"

namespace skl {

// An occupation (职业/工种) as the reference-data editor lists it.
struct OccupationEntry
{
    qint64 id = 0;
    QString name;
    Grade highestGrade = Grade::ChiefTechnician; // the top grade its standard has
    QString nationalCode; // 国家职业分类代码 (OccupationCode), empty when not set
    qint64 workers = 0; // workers recorded in it, those who left included
};

// What an occupation is: its name, the highest grade its national standard allows (DOMAIN.md §1:
// certifications above it are refused) and its national occupation code (schema 15), edited at
// the desk (基础数据, issue 15). Each write is by an officer who may edit reference data
// (Act::EditReferenceData, checked first), one transaction and one audit event with the old
// values. The highest grade is never set below a grade a worker holds in the occupation.
class OccupationStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::OccupationStore)
public:
    explicit OccupationStore(QSqlDatabase &db)
        : m_db(db)
    { }

    Result<QList<OccupationEntry>> occupations(); // by name

    // Why the occupation cannot be saved as typed (an empty or taken name, a code not of the
    // classification's form or another occupation's), one sentence per problem, for the editor's
    // check as the officer types; empty when it can. occupationId is 0 for a new one.
    Result<QStringList> problems(
        qint64 occupationId, const QString &name, const QString &nationalCode);
    // How many workers hold, in force, a grade above highest in the occupation: a grade awarded
    // in it, or one awarded in no named occupation to a worker recorded in it.
    Result<qint64> workersAbove(qint64 occupationId, Grade highest);

    Result<qint64> add(
        const Officer &by, const QString &name, Grade highest, const QString &nationalCode);
    // Saves what changed; refused, naming how many workers, when highest is below a grade held.
    Status update(const Officer &by, qint64 occupationId, const QString &name, Grade highest,
        const QString &nationalCode);

private:
    QSqlDatabase &m_db;
};

} // namespace skl
