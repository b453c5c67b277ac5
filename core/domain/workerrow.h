#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "core/domain/grade.h"
#include "core/domain/worker.h"

namespace skl {

// One line of the roster (花名册) as the screen shows it: units and occupation by name, the ID
// number already masked (DOMAIN.md §7: the full number never leaves the store for a list).
struct WorkerRow
{
    qint64 id = 0;
    QString employeeNo;
    QString name;
    std::optional<Gender> gender;
    QString maskedIdNumber;
    QString site;
    QString workshop;
    QString occupation;
    std::optional<Grade> grade; // the highest grade in force at the latest record
    QDate gradeDate;
    bool frontline = false;
    bool teamLeader = false;
    QDate hireDate;
    QDate leaveDate;
};

} // namespace skl
