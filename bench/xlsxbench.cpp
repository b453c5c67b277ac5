// Issue 19: times the workbook reader alone, walking RecordSource::next() over one sheet, so that
// the cost of reading an .xlsx can be told apart from the import's checks and writes.
//   skl_xlsxbench FILE.xlsx [SHEET] [RUNS]
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "core/importing/xlsxreader.h"

using namespace skl;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: skl_xlsxbench FILE.xlsx [SHEET] [RUNS]\n");
        return 2;
    }
    const QString sheet = args.size() > 2 ? args[2] : QString();
    const int runs = args.size() > 3 ? args[3].toInt() : 1;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto reader = XlsxReader::open(args[1], sheet);
        if (!reader.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(reader.error().userMessage));
            return 1;
        }
        const qint64 opened = timer.elapsed();
        CsvRecord record;
        qint64 rows = 0;
        qint64 cells = 0;
        qint64 characters = 0;
        while ((*reader)->next(record)) {
            ++rows;
            cells += record.cells.size();
            for (const QString &cell : record.cells)
                characters += cell.size();
        }
        if (!(*reader)->error().isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable((*reader)->error()));
            return 1;
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        std::printf("rows %lld cells %lld characters %lld: open %.3f s, all %.3f s, %.0f rows/s, "
                    "sheet %.1f MB inflated\n",
            static_cast<long long>(rows), static_cast<long long>(cells),
            static_cast<long long>(characters), double(opened) / 1000.0, seconds,
            double(rows) / seconds, double((*reader)->progressDone()) / 1e6);
    }
    return 0;
}
