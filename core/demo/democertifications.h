#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The demo company's certification work (issue #5): certificate settings, an assessment round
// of regular promotions from the due list (most approved, one rejected, some awaiting a
// decision), and a national competition whose medallists were promoted. Deterministic: it
// follows the generated roster. The demo's admin sets the certificate settings, opens the round
// and proposes; the sample approver (DemoOfficers), another officer, decides: four eyes holds in
// the demo too, so the demo's officers must exist first.
class DemoCertifications
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoCertifications)
public:
    static Status add(QSqlDatabase &db, const Officer &admin);
};

} // namespace skl
