#pragma once

#include <array>

#include <QHash>
#include <QStringList>

#include "core/domain/certification.h"
#include "core/domain/grade.h"

namespace skl {

// The enterprise's certification policy in force on one day (DOMAIN.md §3), read from its
// effective-dated policy values (core/store/policystore.h holds the keys and defaults).
struct CertificationPolicy
{
    // minYears[r]: years at rank r before a regular promotion to r + 1.
    std::array<int, kGradeCount - 1> minYears {};
    // Who may approve; empty: anyone but the proposer.
    QStringList approvers;
    // The highest grade a plain direct certification gives (default 中级工); above it only the
    // outstanding-frontline way.
    Grade directMaxGrade = Grade::Intermediate;
    // How many rungs an exceptional promotion may climb at once.
    int exceptionalMaxRungs = 0;
    // Rungs a competition result earns, by "level.placing" codes (national.gold); 0 when absent.
    QHash<QString, int> competitionRungs;

    int rungsFor(CompetitionLevel level, Placing placing) const
    {
        return competitionRungs.value(
            CertificationNames::code(level) + u'.' + CertificationNames::code(placing), 0);
    }
    bool mayApprove(const QString &user) const
    {
        return approvers.isEmpty() || approvers.contains(user.trimmed(), Qt::CaseInsensitive);
    }
};

} // namespace skl
