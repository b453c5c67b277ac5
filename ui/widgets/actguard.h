#pragma once

#include "core/domain/officer.h"

class QWidget;

namespace skl {

// Enables widget when the screen allows it and the officer's roles allow act; a widget the roles
// forbid stays visible, disabled, with a tooltip naming the role it needs (issue 13). Core
// refuses anyway: this only spares the officer a refusal.
void guardByAct(QWidget *widget, const Officer &officer, Act act, bool enabled = true);

} // namespace skl
