#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDataStream>
#include <QStringList>

#include "core/common/result.h"

class QTemporaryFile;

namespace skl {

// Rows of text kept on disk between the passes of a long printout: the rows are read from the
// database once, measured, then painted, without a million of them in memory and without
// reading twice a database that may change in between (issue 15).
class RowSpool
{
    Q_DECLARE_TR_FUNCTIONS(skl::RowSpool)
public:
    RowSpool();
    ~RowSpool();
    RowSpool(const RowSpool &) = delete;
    RowSpool &operator=(const RowSpool &) = delete;

    // A new temporary file, removed with the spool.
    Status open();
    Status write(const QStringList &cells);
    // Starts reading from the first row; may be called again for another pass.
    Status rewind();
    // The next row; false after the last one, or when the file cannot be read (error()).
    bool read(QStringList &cells);
    qint64 size() const { return m_rows; }
    const Status &error() const { return m_error; }

private:
    Error failure() const;

    std::unique_ptr<QTemporaryFile> m_file;
    QDataStream m_stream;
    qint64 m_rows = 0;
    qint64 m_read = 0;
    Status m_error = success();
};

} // namespace skl
