#pragma once

#include <QLoggingCategory>

// Never log ID numbers or pay (DOMAIN.md §7): messages carry record keys, not personal data.
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
