#pragma once

#include <optional>

#include <QDate>
#include <QList>

#include "core/domain/grade.h"

namespace skl {

// One record of a worker's grade history (grade_award), as far as "in force" needs it.
struct GradeRecord
{
    qint64 id = 0; // later records win ties on the same day
    qint64 occupationId = 0; // 0: occupation not recorded
    Grade grade = Grade::Apprentice;
    QDate effective;
    QDate revoked; // invalid: never revoked
};

// A stretch of days on which a worker's highest grade in force is constant; until is the first
// day it no longer holds (invalid: still holds).
struct GradeSpan
{
    QDate from;
    QDate until;
    Grade grade = Grade::Apprentice;

    friend bool operator==(const GradeSpan &, const GradeSpan &) = default;
};

// The rule of DOMAIN.md §1-§2: a record is in force on D when its effective date is on or before
// D and it was not revoked before D. In each occupation the latest record in force is the grade
// held there (a later record supersedes, a demotion included); across occupations the highest
// counts.
std::optional<Grade> highestGradeOn(const QList<GradeRecord> &records, QDate day);

// The same rule as spans over all time, adjacent equal spans merged; days before the first
// record, or with every record revoked, are in no span.
QList<GradeSpan> highestGradeSpans(const QList<GradeRecord> &records);

} // namespace skl
