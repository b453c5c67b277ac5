#pragma once

#include <QSqlDatabase>

#include "core/common/result.h"

namespace skl {

// The demo company's certification work (issue #5): certificate settings, an assessment round
// of regular promotions from the due list (most approved, one rejected, some awaiting a
// decision), and a national competition whose medallists were promoted. Deterministic: it
// follows the generated roster.
class DemoCertifications
{
public:
    static Status add(QSqlDatabase &db);
};

} // namespace skl
