#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/grade.h"

namespace skl {

// What the demo company's skills competition is made of: the occupation most workers follow
// and entrants from it.
class DemoCompetitionStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoCompetitionStore)
public:
    // None when no worker has an occupation.
    static Result<std::optional<QString>> mostCommonOccupation(QSqlDatabase &db);
    // Employee numbers, in order, of up to limit workers of the occupation in service, holding a
    // grade from lowest to highest since heldOn at the latest, who never had a certification.
    static Result<QStringList> entrants(QSqlDatabase &db, const QString &occupation, Grade lowest,
        Grade highest, QDate heldOn, int limit);
};

} // namespace skl
