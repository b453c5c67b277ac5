#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "core/domain/grade.h"
#include "core/domain/province.h"

namespace skl {

enum class Gender { Male, Female };

// A grade award as a roster brings it: in the worker's occupation, effective from a date.
struct GradeEntry
{
    Grade grade = Grade::Apprentice;
    QDate effective;
};

// One worker as a roster row describes them (import, export, demo). Units and the occupation are
// by name; the store resolves them. Empty strings and invalid dates mean "not given".
struct WorkerRecord
{
    QString employeeNo;
    QString name;
    std::optional<Gender> gender;
    QString idNumber; // normalised 18 characters, or empty
    QDate birthDate;
    QDate hireDate;
    QDate leaveDate; // first day no longer in service
    QString site;
    std::optional<Province> province; // of the site
    QString workshop;
    QString occupation;
    QList<GradeEntry> grades; // oldest first; a roster row carries at most one
    bool frontline = false;
    bool teamLeader = false;

    // In service on day: hired on or before it and not yet left (DOMAIN.md §2).
    bool isInServiceOn(QDate day) const
    {
        return hireDate <= day && (!leaveDate.isValid() || day < leaveDate);
    }
};

} // namespace skl
