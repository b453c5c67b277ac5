#include <QDeadlineTimer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QWidget>

#include "tests/support/catchqt.h"
#include "ui/widgets/runwithprogress.h"

using namespace skl;

namespace {

// A job that, like a write whose last check for Cancel came just before its commit, finishes its
// work although the user pressed Cancel: it waits for the Cancel, then returns 42.
int finishesAfterCancel(ProgressSink &progress)
{
    const QDeadlineTimer deadline(5000);
    while (!progress.isCanceled() && !deadline.hasExpired())
        QThread::msleep(5);
    return 42;
}

// Runs the job, presses Cancel on its progress dialog, and returns what finished received.
std::optional<std::optional<int>> runAndCancel(AfterCancel afterCancel)
{
    QWidget window;
    std::optional<std::optional<int>> received;
    runWithProgress<int>(
        &window, QStringLiteral("…"), finishesAfterCancel,
        [&received](const std::optional<int> &result) { received = result; }, afterCancel);
    auto *dialog = window.findChild<QProgressDialog *>();
    REQUIRE(dialog != nullptr);
    auto *cancel = dialog->findChild<QPushButton *>();
    REQUIRE(cancel != nullptr);
    cancel->click(); // the officer presses Cancel
    REQUIRE(QTest::qWaitFor([&received] { return received.has_value(); }, 5000));
    return received;
}

} // namespace

TEST_CASE(
    "A job that finished after Cancel still reports what it did when asked to", "[ui][progress]")
{
    const auto received = runAndCancel(AfterCancel::Deliver);
    REQUIRE(received.has_value());
    CHECK(*received == std::optional<int>(42));
}

TEST_CASE("A cancelled job reports nothing by default", "[ui][progress]")
{
    const auto received = runAndCancel(AfterCancel::Drop);
    REQUIRE(received.has_value());
    CHECK_FALSE(received->has_value());
}
