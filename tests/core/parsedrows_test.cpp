#include <atomic>

#include <QElapsedTimer>
#include <QThread>

#include "core/importing/parsedrows.h"
#include "tests/support/catchqt.h"

using namespace skl;
using namespace Qt::StringLiterals;

namespace {

// A roster of generated rows that counts how many the reading thread has taken.
class CountingSource : public RecordSource
{
public:
    explicit CountingSource(int rows)
        : m_rows(rows)
    { }

    QString description() const override { return u"generated"_s; }
    bool next(CsvRecord &record) override
    {
        if (m_taken.load() >= m_rows)
            return false;
        const int n = m_taken.fetch_add(1) + 1;
        record.line = n + 1; // after the header
        record.cells
            = { u"E%1"_s.arg(n, 7, 10, QLatin1Char('0')), u"职工%1"_s.arg(n), u"2020-01-01"_s };
        return true;
    }
    QString error() const override { return {}; }
    qint64 progressDone() const override { return m_taken.load(); }
    qint64 progressTotal() const override { return m_rows; }
    QString cellReference(int, int) const override { return {}; }

    // How many rows the reader has taken once it has stopped for the queue (or read them all).
    int takenWhenStill() const
    {
        QElapsedTimer clock;
        clock.start();
        int before = -1;
        while (clock.elapsed() < 10'000) {
            QThread::msleep(100);
            const int now = m_taken.load();
            if (now == before || now == m_rows)
                return now;
            before = now;
        }
        return m_taken.load();
    }

private:
    const int m_rows;
    std::atomic<int> m_taken { 0 };
};

RosterColumns rosterColumns()
{
    QStringList errors;
    const auto columns = RosterColumns::fromHeader({ u"工号"_s, u"姓名"_s, u"入职日期"_s }, errors);
    REQUIRE(errors.isEmpty());
    REQUIRE(columns);
    return *columns;
}

// Every row arrives once, in file order, and the last batch says so.
void readAll(ParsedRows &rows, int expected)
{
    int line = 1;
    bool last = false;
    while (auto batch = rows.next()) {
        REQUIRE_FALSE(last);
        CHECK(batch->problems.isEmpty());
        for (const ParsedRow &row : batch->rows) {
            REQUIRE(row.source.line == ++line);
            CHECK_FALSE(row.rejected);
        }
        last = batch->last;
    }
    CHECK(last);
    CHECK(line - 1 == expected);
}

} // namespace

// On a server the writer gathers 10,000 rows and then waits while the server writes them: the
// reader must read the next write's rows meanwhile, or the import waits for both in turn.
TEST_CASE("The reading thread reads a whole write ahead of the writer, and no further", "[import]")
{
    const RosterColumns columns = rosterColumns();
    constexpr int kRows = 30'000;
    constexpr int kAhead = 10'000;
    CountingSource source(kRows);
    Disposal disposal;
    ParsedRows rows(source, columns, disposal, kAhead);

    const int taken = source.takenWhenStill();
    CHECK(taken >= kAhead);
    // Bounded: the queue and the one batch being filled, not the whole file.
    CHECK(taken <= kAhead + 2 * int(ParsedRows::kRowsPerBatch));
    readAll(rows, kRows);
}

TEST_CASE("Without a write to read ahead for, four batches wait at most", "[import]")
{
    const RosterColumns columns = rosterColumns();
    constexpr int kRows = 30'000;
    CountingSource source(kRows);
    Disposal disposal;
    ParsedRows rows(source, columns, disposal);

    const int taken = source.takenWhenStill();
    CHECK(taken >= 4 * int(ParsedRows::kRowsPerBatch));
    CHECK(taken <= 6 * int(ParsedRows::kRowsPerBatch));
    readAll(rows, kRows);
}
