#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The demo company's assessment rounds (考核批次, issue 16), so that whoever opens the demo sees
// a round at work: one of 高级工 in the most common occupation assessed a week before today, with
// its candidates from the due list, panels that may assess, its scores (some failing a part,
// one retaking the practical with the theory kept), the proposals the passes made and its notice
// running; and an earlier round of the same occupation, scored,
// posted, approved and reported. Through AssessmentRoundStore, by the demo's officers: hr-zhang
// runs the rounds and approver-li decides. Deterministic for a roster and a day.
class DemoRounds
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoRounds)
public:
    static Status add(QSqlDatabase &db, QDate today = QDate::currentDate());
};

} // namespace skl
