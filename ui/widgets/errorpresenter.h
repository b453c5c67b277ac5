#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/common/result.h"

class QWidget;

namespace skl {

// The one way the ui shows a core Error: the translated userMessage on screen, the technical
// detail only in the log (never alone on screen, STYLE.md "Errors at the core boundary").
class ErrorPresenter
{
    Q_DECLARE_TR_FUNCTIONS(skl::ErrorPresenter)
public:
    static void show(QWidget *parent, const QString &title, const Error &error);
};

} // namespace skl
