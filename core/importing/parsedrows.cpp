#include "core/importing/parsedrows.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Batches waiting at least: about 2,000 rows of 1 kB in flight.
    constexpr std::size_t kBatchesQueued = 4;

    std::size_t batchesQueued(std::size_t rowsAhead)
    {
        const std::size_t batches
            = (rowsAhead + ParsedRows::kRowsPerBatch - 1) / ParsedRows::kRowsPerBatch;
        return std::max(kBatchesQueued, batches);
    }

} // namespace

ParsedRows::ParsedRows(
    RecordSource &source, const RosterColumns &columns, Disposal &disposal, std::size_t rowsAhead)
    : m_source(source)
    , m_parser(columns)
    , m_disposal(disposal)
    , m_queue(batchesQueued(rowsAhead))
{
    m_thread.reset(QThread::create([this] { read(); }));
    m_thread->start();
}

ParsedRows::~ParsedRows()
{
    m_queue.close(); // a reader still going finds its next push refused and ends
    m_thread->wait();
}

std::optional<ParsedBatch> ParsedRows::next()
{
    return m_queue.pop();
}

void ParsedRows::read()
{
    ParsedBatch batch;
    batch.rows.reserve(kRowsPerBatch);
    CsvRecord record;
    while (m_source.next(record)) {
        ParsedRow row;
        const qsizetype problemsBefore = batch.problems.size();
        if (const QString broken = m_source.error(); !broken.isEmpty())
            batch.problems += RowProblem { record.line, u"row"_s, broken };
        row.worker = m_parser.parse(record.cells, record.line, batch.problems);
        row.rejected = batch.problems.size() > problemsBefore;
        row.source = std::move(record);
        record = {};
        batch.rows.push_back(std::move(row));
        if (batch.rows.size() == kRowsPerBatch) {
            m_disposal.drain();
            batch.progressDone = m_source.progressDone();
            if (!m_queue.push(std::move(batch)))
                return; // the caller stopped
            batch = {};
            batch.rows.reserve(kRowsPerBatch);
        }
    }
    batch.progressDone = m_source.progressDone();
    batch.last = true;
    batch.readError = m_source.error();
    m_queue.push(std::move(batch));
    m_queue.close();
}

} // namespace skl
