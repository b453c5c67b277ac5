#include "core/importing/recordsource.h"

#include "core/importing/xlsxreader.h"

namespace skl {

namespace {

    class CsvSource final : public RecordSource
    {
    public:
        explicit CsvSource(std::unique_ptr<CsvReader> reader)
            : m_reader(std::move(reader))
        { }
        QString description() const override { return m_reader->encodingName(); }
        bool next(CsvRecord &record) override { return m_reader->next(record); }
        QString error() const override { return m_reader->error(); }
        qint64 progressDone() const override { return m_reader->bytesRead(); }
        qint64 progressTotal() const override { return m_reader->size(); }
        QString cellReference(int, int) const override { return {}; }

    private:
        std::unique_ptr<CsvReader> m_reader;
    };

} // namespace

bool RecordSource::isExcel(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<RecordSource>> RecordSource::open(const QString &path, const QString &sheet)
{
    if (isExcel(path)) {
        auto reader = XlsxReader::open(path, sheet);
        if (!reader)
            return reader.error();
        return std::unique_ptr<RecordSource>(std::move(*reader));
    }
    auto reader = CsvReader::open(path);
    if (!reader)
        return reader.error();
    return std::unique_ptr<RecordSource>(std::make_unique<CsvSource>(std::move(*reader)));
}

} // namespace skl
