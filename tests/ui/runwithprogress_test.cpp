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

TEST_CASE("The progress dialog is closed before the job's result is shown, so an error box is "
          "never behind it",
    "[ui][progress]")
{
    QWidget window;
    window.show();
    std::optional<bool> progressVisibleAtFinish;
    bool done = false;
    runWithProgress<int>(
        &window, QStringLiteral("…"),
        [](ProgressSink &progress) {
            progress.report(1000, 1000); // at 100 %, as an import ends
            QThread::msleep(300);
            return 1;
        },
        [&](const std::optional<int> &) {
            // Where a caller opens its error box.
            bool visible = false;
            for (QProgressDialog *dialog : window.findChildren<QProgressDialog *>())
                visible = visible || dialog->isVisible();
            progressVisibleAtFinish = visible;
            done = true;
        });
    // The dialog is up, as it is after its minimum duration (a long import at 100 %).
    auto *progressDialog = window.findChild<QProgressDialog *>();
    REQUIRE(progressDialog != nullptr);
    progressDialog->show();
    REQUIRE(QTest::qWaitFor([&done] { return done; }, 5000));
    REQUIRE(progressVisibleAtFinish.has_value());
    CHECK_FALSE(*progressVisibleAtFinish);
    // And it stays closed while the error box's own event loop runs.
    QTest::qWait(400);
    for (QProgressDialog *dialog : window.findChildren<QProgressDialog *>())
        CHECK_FALSE(dialog->isVisible());
}
