#pragma once

#include <QString>

#include "core/exporting/importtemplate.h"

class QWidget;

namespace skl {

// "下载导入模板…" (issue 15), from an import dialog or the File menu: asks where to save the
// kind's template (its Chinese name suggested in the last folder used), writes it and shows a
// failure through the error presenter. The saved path, or empty when cancelled or failed.
namespace TemplateDownload {

    QString save(QWidget *parent, ImportTemplate::Kind kind);

} // namespace TemplateDownload

} // namespace skl
