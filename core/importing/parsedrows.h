#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QThread>

#include "core/common/boundedqueue.h"
#include "core/common/disposal.h"
#include "core/common/rowproblem.h"
#include "core/domain/worker.h"
#include "core/importing/recordsource.h"
#include "core/importing/rosterrow.h"

namespace skl {

// One row of a roster file as read and checked on its own (RosterRow): the record to write, or,
// when problems holds something for its line, the row as read for the rejects file.
struct ParsedRow
{
    CsvRecord source;
    WorkerRecord worker;
    bool rejected = false;
};

// Rows read and checked together, in file order, with the problems found in them.
struct ParsedBatch
{
    std::vector<ParsedRow> rows;
    RowProblems problems;
    qint64 progressDone = 0;
    // Set on the last batch: why the file could not be read to its end, or empty.
    bool last = false;
    QString readError;
};

// Reads a roster file and checks each row on a thread of its own, while the caller's thread
// writes what came before (issue 19): decoding and checking a row costs about as much as
// writing it, and the machine has two cores or more. A bounded queue between them keeps memory
// flat however large the file. The source and the columns belong to the thread until next()
// has returned the last batch, or until the stream is destroyed, which stops and waits for it.
class ParsedRows
{
public:
    // Rows per batch that next() returns.
    static constexpr std::size_t kRowsPerBatch = 500;

    // Between batches the reading thread destroys what the writer put in disposal (the rows it
    // wrote): the memory goes back on the thread that took it. The thread reads up to rowsAhead
    // rows ahead of the writer (at least four batches): as many as the writer gathers for one
    // write, so that the next write's rows are read while the database writes the last ones.
    ParsedRows(RecordSource &source, const RosterColumns &columns, Disposal &disposal,
        std::size_t rowsAhead = 0);
    ~ParsedRows();
    ParsedRows(const ParsedRows &) = delete;
    ParsedRows &operator=(const ParsedRows &) = delete;

    // The next batch, in file order; the last one has last set. Nothing after that.
    std::optional<ParsedBatch> next();

private:
    void read();

    RecordSource &m_source;
    RosterRow m_parser;
    Disposal &m_disposal;
    BoundedQueue<ParsedBatch> m_queue;
    std::unique_ptr<QThread> m_thread;
};

} // namespace skl
