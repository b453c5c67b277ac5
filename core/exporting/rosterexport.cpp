#include "core/exporting/rosterexport.h"

#include <QSqlQuery>

#include "core/domain/grade.h"
#include "core/domain/province.h"
#include "core/domain/cellvalues.h"
#include "core/domain/rostercolumns.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kProgressEvery = 5000;

    QString rosterQuery(const SqlDialect &dialect)
    {
        return uR"(SELECT w.employee_no, w.name, w.gender, w.id_number, w.birth_date, w.hire_date,
       w.leave_date, s.name, s.province_code, ws.name, o.name, a.grade, a.effective_date,
       w.frontline, w.team_leader
FROM (SELECT worker.*,
             (SELECT g.id FROM grade_award g
              WHERE g.worker_id = worker.id AND g.occupation_id %1 worker.occupation_id
                    AND g.revoked_date IS NULL
              ORDER BY g.effective_date DESC, g.id DESC LIMIT 1) AS award_id
      FROM worker) w
LEFT JOIN grade_award a ON a.id = w.award_id
LEFT JOIN site s ON s.id = w.site_id
LEFT JOIN workshop ws ON ws.id = w.workshop_id
LEFT JOIN occupation o ON o.id = w.occupation_id
ORDER BY w.id)"_s.arg(dialect.nullSafeEquals());
    }

    QStringList rowOf(const QSqlQuery &q)
    {
        const QString gender = q.value(2).toString();
        const auto province = Province::fromCode(q.value(8).toInt());
        const auto grade = q.value(11).isNull() ? std::nullopt : gradeFromRank(q.value(11).toInt());
        return {
            q.value(0).toString(),
            q.value(1).toString(),
            gender.isEmpty()
                ? QString()
                : CellValues::formatGender(gender == u"M" ? Gender::Male : Gender::Female),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString(),
            province ? province->shortName() : QString(),
            q.value(9).toString(),
            q.value(10).toString(),
            grade ? GradeNames::chinese(*grade) : QString(),
            q.value(12).toString(),
            CellValues::formatYesNo(q.value(13).toBool()),
            CellValues::formatYesNo(q.value(14).toBool()),
        };
    }

} // namespace

// Every roster row in id order, to write, with progress and Cancel.
Result<qint64> RosterExport::forEachRow(QSqlDatabase &db, ProgressSink &progress,
    const std::function<Status(const QStringList &row)> &write)
{
    QSqlQuery count(db);
    if (!count.exec(u"SELECT count(*) FROM worker"_s) || !count.next())
        return SqlErrors::fromQuery(count, tr("Exporting the roster"));
    const qint64 total = count.value(0).toLongLong();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(rosterQuery(SqlDialect::of(db))))
        return SqlErrors::fromQuery(q, tr("Exporting the roster"));
    qint64 done = 0;
    while (q.next()) {
        if (auto written = write(rowOf(q)); !written)
            return written.error();
        if (++done % kProgressEvery == 0) {
            if (progress.isCanceled())
                return Error { tr("The export was cancelled; no file was written."), {} };
            progress.report(done, total);
        }
    }
    progress.report(total, total);
    return done;
}

QStringList RosterExport::header()
{
    QStringList header;
    for (RosterField field : RosterColumns::allFields())
        header += RosterColumns::chineseHeader(field);
    return header;
}

Result<qint64> RosterExport::toCsv(
    QSqlDatabase &db, const QString &path, CsvWriter::Encoding encoding, ProgressSink &progress)
{
    CsvWriter writer(path, encoding);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    if (auto written = writer.writeRow(header()); !written)
        return written.error();
    const auto rows = forEachRow(db, progress, [&writer](const QStringList &row) {
        return writer.writeRow(row, tr("Employee %1").arg(row.first()));
    });
    if (!rows)
        return rows.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    return *rows;
}

} // namespace skl
