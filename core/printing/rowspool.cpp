#include "core/printing/rowspool.h"

#include <QDir>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace skl {

RowSpool::RowSpool() = default;

RowSpool::~RowSpool() = default;

Error RowSpool::failure() const
{
    return Error { tr("The temporary file of the printout cannot be written in %1 (%2); free "
                      "some disk space and print again.")
                       .arg(QDir::toNativeSeparators(QDir::tempPath()),
                           m_file ? m_file->errorString() : QString()),
        {} };
}

Status RowSpool::open()
{
    m_file = std::make_unique<QTemporaryFile>(QDir::temp().filePath(u"skillladder-print"_s));
    if (!m_file->open())
        return failure();
    m_stream.setDevice(m_file.get());
    m_stream.setVersion(QDataStream::Qt_6_4);
    m_rows = 0;
    m_read = 0;
    return success();
}

Status RowSpool::write(const QStringList &cells)
{
    m_stream << cells;
    if (m_stream.status() != QDataStream::Ok)
        return failure();
    ++m_rows;
    return success();
}

Status RowSpool::rewind()
{
    if (!m_file || !m_file->flush() || !m_file->seek(0))
        return failure();
    m_stream.resetStatus();
    m_read = 0;
    m_error = success();
    return success();
}

bool RowSpool::read(QStringList &cells)
{
    if (m_read >= m_rows)
        return false;
    m_stream >> cells;
    if (m_stream.status() != QDataStream::Ok) {
        m_error = Error { tr("The temporary file of the printout cannot be read back (%1).")
                              .arg(m_file->errorString()),
            {} };
        return false;
    }
    ++m_read;
    return true;
}

} // namespace skl
