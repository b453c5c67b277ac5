#pragma once

#include <functional>

#include <QApplication>
#include <QTimer>

namespace skl::test {

// Runs handle on the next modal dialog of type D the code under test opens (the test would
// otherwise wait forever on it), and counts how often it did.
template <typename D> class DialogDriver
{
public:
    explicit DialogDriver(std::function<void(D *)> handle)
        : m_handle(std::move(handle))
    {
        QTimer::singleShot(0, [this] { poll(); });
    }
    int handled() const { return m_handled; }

private:
    void poll()
    {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            ++m_handled;
            m_handle(dialog);
            return;
        }
        QTimer::singleShot(10, [this] { poll(); });
    }
    std::function<void(D *)> m_handle;
    int m_handled = 0;
};

} // namespace skl::test
