#pragma once

#include <QCoreApplication>

class QWidget;

namespace skl {

// At the start of the window, tells the officer once about a crash log left by an earlier run
// (CrashLog, issue 18): where it is, and whom to send it to.
class CrashNotice
{
    Q_DECLARE_TR_FUNCTIONS(skl::CrashNotice)
public:
    // Shows the notice when there is an untold log; true when it did.
    static bool showIfAny(QWidget *parent);
};

} // namespace skl
