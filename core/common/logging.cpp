#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcStore, "skl.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "skl.import", QtWarningMsg)
