#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include "core/domain/grade.h"

namespace skl {

// One record of a worker's grade history (append-only; a revoked record stays, marked).
struct GradeHistoryEntry
{
    QString occupation;
    Grade grade = Grade::Apprentice;
    QDate effective;
    QString way; // how it was obtained: "import", later the certification ways of issue #5
    QDate revoked; // invalid while in force
    QDateTime recordedAt;
    QString recordedBy;
};

// One line of a worker's audit trail: who changed which field when, from what to what. ID
// numbers come masked (DOMAIN.md §7).
struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString action; // import, edit, ...
    QString field; // empty for the event that created the worker
    QString oldValue;
    QString newValue;
};

} // namespace skl
