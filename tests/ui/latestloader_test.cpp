#include <QMutex>
#include <QSemaphore>
#include <QTest>

#include "tests/support/catchqt.h"
#include "ui/widgets/latestloader.h"

using namespace skl;

namespace {

// A job that holds request 1 until the test lets it end, so that later requests arrive while
// it runs; it notes every request it ran.
struct HeldJob
{
    QSemaphore firstMayEnd;
    QMutex mutex;
    QList<int> ran;

    int operator()(int request)
    {
        if (request == 1)
            firstMayEnd.acquire();
        const QMutexLocker lock(&mutex);
        ran += request;
        return request * 10;
    }
};

} // namespace

TEST_CASE(
    "Of requests made while a load runs, only the newest is loaded and delivered", "[ui][loader]")
{
    HeldJob job;
    QList<std::pair<int, int>> delivered;
    LatestLoader<int, int> loader([&job](const int &request) { return job(request); },
        [&](const int &request, int value) {
            delivered += { request, value };
        });
    loader.load(1);
    loader.load(2);
    loader.load(3); // replaces 2, which never runs
    CHECK(loader.isBusy());
    job.firstMayEnd.release();
    REQUIRE(QTest::qWaitFor([&] { return !loader.isBusy(); }, 10000));
    CHECK(delivered == QList<std::pair<int, int>> { { 3, 30 } });
    CHECK(job.ran == QList<int> { 1, 3 });
}

TEST_CASE("A discarded load is not delivered; the next one is", "[ui][loader]")
{
    HeldJob job;
    QList<std::pair<int, int>> delivered;
    LatestLoader<int, int> loader([&job](const int &request) { return job(request); },
        [&](const int &request, int value) {
            delivered += { request, value };
        });
    loader.load(5);
    REQUIRE(QTest::qWaitFor([&] { return !delivered.isEmpty(); }, 10000));
    CHECK(delivered == QList<std::pair<int, int>> { { 5, 50 } });

    loader.load(1);
    loader.discard(); // the database was closed meanwhile
    job.firstMayEnd.release();
    REQUIRE(QTest::qWaitFor([&] { return !loader.isBusy(); }, 10000));
    CHECK(delivered.size() == 1);

    loader.load(4);
    REQUIRE(QTest::qWaitFor([&] { return delivered.size() == 2; }, 10000));
    CHECK(delivered.constLast() == std::pair { 4, 40 });
}
