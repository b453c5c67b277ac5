#include "ui/importing/templatedownload.h"

#include <QCoreApplication>

#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/savefiledialog.h"

namespace skl::TemplateDownload {

QString save(QWidget *parent, ImportTemplate::Kind kind)
{
    const QString title
        = QCoreApplication::translate("skl::TemplateDownload", "Download import template");
    const QString path = SaveFileDialog::ask(parent, title, ImportTemplate::defaultFileName(kind),
        QCoreApplication::translate("skl::TemplateDownload", "Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return {};
    if (auto written = ImportTemplate::write(kind, path); !written) {
        ErrorPresenter::show(parent, title, written.error());
        return {};
    }
    return path;
}

} // namespace skl::TemplateDownload
