#include "ui/widgets/errorpresenter.h"

#include <QMessageBox>

#include "core/common/logging.h"

namespace skl {

void ErrorPresenter::show(QWidget *parent, const QString &title, const Error &error)
{
    if (!error.detail.isEmpty())
        qCWarning(lcStore).noquote() << error.userMessage << '|' << error.detail;
    QMessageBox::warning(parent, title, error.userMessage);
}

} // namespace skl
