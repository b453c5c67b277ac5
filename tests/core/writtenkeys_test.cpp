#include "core/store/writtenkeys.h"
#include "tests/support/catchqt.h"

using namespace skl;

namespace {
QStringList employeeNumbers(int from, int count)
{
    QStringList keys;
    for (int i = from; i < from + count; ++i)
        keys += QStringLiteral("E%1").arg(i, 7, 10, QLatin1Char('0'));
    return keys;
}
} // namespace

TEST_CASE(
    "Before an import into an empty roster starts tracking, every key is looked up", "[import]")
{
    WrittenKeys written;
    written.add(employeeNumbers(0, 10));
    CHECK(written.mayBeStored(employeeNumbers(0, 20)) == employeeNumbers(0, 20));
}

// The import skips the database lookup of a key not among those written: a key lost here would
// let a duplicate employee or ID number reach the table's unique index instead of a row message.
TEST_CASE(
    "Every key written in earlier batches is found again, however many batches grew it", "[import]")
{
    WrittenKeys written;
    written.track();
    CHECK(written.mayBeStored(employeeNumbers(0, 500)).isEmpty());
    constexpr int kBatch = 500;
    constexpr int kWritten = 120'000;
    for (int from = 0; from < kWritten; from += kBatch)
        written.add(employeeNumbers(from, kBatch));
    // Written once more: nothing changes.
    written.add(employeeNumbers(0, kBatch));

    CHECK(written.mayBeStored(employeeNumbers(0, kWritten)).size() == kWritten);
    const QStringList mixed = employeeNumbers(kWritten - 3, 6);
    CHECK(written.mayBeStored(mixed) == mixed.mid(0, 3));
    // Keys never written: only a collision of 32-bit hashes keeps one (about 3 in 120,000 here),
    // and costs a lookup that finds nothing.
    CHECK(written.mayBeStored(employeeNumbers(kWritten, kWritten)).size() < 30);
}
