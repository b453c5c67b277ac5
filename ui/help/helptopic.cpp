#include "ui/help/helptopic.h"

#include <QKeySequence>
#include <QShortcut>
#include <QVariant>
#include <QWidget>

#include "ui/help/manualwindow.h"

namespace skl::HelpTopic {

namespace {

    constexpr char kProperty[] = "sklHelpTopic";

    int depthBelow(const QWidget *widget, const QWidget *top)
    {
        int depth = 0;
        for (; widget && widget != top; widget = widget->parentWidget())
            ++depth;
        return depth;
    }

} // namespace

void set(QWidget *widget, const QString &topic)
{
    widget->setProperty(kProperty, topic);
    if (!widget->isWindow())
        return;
    auto *f1 = new QShortcut(QKeySequence::HelpContents, widget);
    QObject::connect(f1, &QShortcut::activated, widget,
        [widget] { ManualWindow::openOver(widget, shownIn(widget)); });
}

QString of(const QWidget *widget)
{
    return widget->property(kProperty).toString();
}

QString shownIn(const QWidget *window)
{
    QString topic = of(window);
    int deepest = 0;
    const auto children = window->findChildren<QWidget *>();
    for (const QWidget *child : children) {
        // Another window (a dialog left open, the manual itself) is not what this one shows.
        if (of(child).isEmpty() || child->window() != window->window()
            || !child->isVisibleTo(window))
            continue;
        if (const int depth = depthBelow(child, window); depth > deepest) {
            deepest = depth;
            topic = of(child);
        }
    }
    return topic;
}

} // namespace skl::HelpTopic
