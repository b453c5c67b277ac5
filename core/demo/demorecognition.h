#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include "core/common/result.h"

namespace skl {

// The demo company's honours, studios and projects (issue 17): honours at every level (a
// 全国技术能手, a provincial 五一劳动奖章, municipal, industry and enterprise ones), a provincial
// 技能大师工作室 with members and results beside a 劳模和工匠人才创新工作室, three projects (a
// finished 揭榜领题 with its outcome, a 技师+工程师 team under way, an open one), and one 破格
// proposal resting on a provincial honour, awaiting the approver. Recorded by the sample hr
// officer; deterministic, from the generated roster. Runs after the assessment rounds, whose
// candidates it leaves alone.
class DemoRecognition
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoRecognition)
public:
    static Status add(QSqlDatabase &db, QDate today = QDate::currentDate());
};

} // namespace skl
