#pragma once

#include <QString>

class QWidget;

namespace skl {

// Which page of the user manual explains a screen (issue 15): each page of the window and each
// dialog names its topic, the manual page's file name ("roster" for roster.html). F1 opens the
// topic of what is shown, so a new screen gets context help by naming its topic here.
namespace HelpTopic {

    // Names widget's topic. A dialog (a window of its own) also gets F1, which opens the manual
    // over it: the main window's F1 cannot reach a modal dialog.
    void set(QWidget *widget, const QString &topic);
    // The topic widget names itself; empty when none.
    QString of(const QWidget *widget);
    // The topic of what window shows now: of the deepest widget in it that names one and is not
    // hidden (a tab behind another is), or of window itself; empty when nothing names one.
    QString shownIn(const QWidget *window);

} // namespace HelpTopic

} // namespace skl
