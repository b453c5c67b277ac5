#include "core/exporting/allowancerunexport.h"

#include <QDir>
#include <QFile>

#include "core/exporting/csvwriter.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QStringList cellsOf(const AllowanceLine &line)
    {
        return { line.employeeNo, line.name, line.site, line.workshop, line.amounts.skill.toYuan(),
            line.amounts.teamLeader.toYuan(), line.amounts.mentoring.toYuan(),
            line.amounts.total().toYuan() };
    }

    QStringList totalsOf(const QList<AllowanceLine> &lines)
    {
        AllowanceAmounts sum;
        for (const AllowanceLine &line : lines)
            sum += line.amounts;
        return { u"合计"_s, AllowanceRunExport::tr("%n worker(s)", nullptr, int(lines.size())),
            QString(), QString(), sum.skill.toYuan(), sum.teamLeader.toYuan(),
            sum.mentoring.toYuan(), sum.total().toYuan() };
    }

} // namespace

Result<qint64> AllowanceRunExport::write(
    QSqlDatabase &db, const Officer &by, qint64 runId, const QString &path, Format format)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ExportPayroll); !allowed)
        return allowed.error();
    const auto run = AllowanceRunStore::run(db, runId);
    if (!run)
        return run.error();
    if (!*run)
        return Error { tr("There is no allowance run %1; nothing was exported.").arg(runId), {} };
    const auto lines = AllowanceRunStore::lines(db, by, runId);
    if (!lines)
        return lines.error();
    const Status written
        = format == Format::Xlsx ? toXlsx(*lines, (*run)->month, path) : toCsv(*lines, path);
    if (!written)
        return written.error();
    if (auto recorded = AllowanceRunStore::recordExport(
            db, by, **run, lines->size(), QDir::toNativeSeparators(path));
        !recorded) {
        QFile::remove(path);
        return Error { tr("%1 The exported file %2 was removed: every payroll export is recorded.")
                           .arg(recorded.error().userMessage, QDir::toNativeSeparators(path)),
            recorded.error().detail };
    }
    return qint64(lines->size());
}

QStringList AllowanceRunExport::header()
{
    // The payroll system's columns are Chinese whatever the UI language.
    return { u"工号"_s, u"姓名"_s, u"单位"_s, u"车间"_s, u"技能津贴"_s, u"班组长津贴"_s,
        u"带徒津贴"_s, u"合计"_s };
}

Status AllowanceRunExport::toCsv(const QList<AllowanceLine> &lines, const QString &path)
{
    CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
    if (auto done = writer.open(); !done)
        return done;
    if (auto done = writer.writeRow(header()); !done)
        return done;
    for (const AllowanceLine &line : lines) {
        if (auto done = writer.writeRow(cellsOf(line), line.employeeNo); !done)
            return done;
    }
    if (auto done = writer.writeRow(totalsOf(lines)); !done)
        return done;
    return writer.commit();
}

Status AllowanceRunExport::toXlsx(
    const QList<AllowanceLine> &lines, QDate month, const QString &path)
{
    using Kind = XlsxSheetWriter::Kind;
    QList<XlsxSheetWriter::Column> columns;
    const QStringList titles = header();
    for (int i = 0; i < titles.size(); ++i)
        columns += { titles[i], i < 4 ? Kind::Text : Kind::Money,
            i < 2       ? 12.0
                : i < 4 ? 16.0
                        : 12.0 };
    XlsxSheetWriter writer(path, month.toString(u"yyyy年M月津贴"_s), columns);
    if (auto done = writer.open(); !done)
        return done;
    for (const AllowanceLine &line : lines) {
        if (auto done = writer.writeRow(cellsOf(line)); !done)
            return done;
    }
    if (auto done = writer.writeTotalsRow(totalsOf(lines)); !done)
        return done;
    return writer.commit();
}

} // namespace skl
