#include "core/reports/targetsworkbook.h"

#include "core/exporting/xlsxsheetwriter.h"
#include "core/store/exportlog.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    using Column = XlsxSheetWriter::Column;
    using Kind = XlsxSheetWriter::Kind;

    // A ratio as the cell's number: the fraction itself, which Excel shows as 53.2%; a unit
    // without a denominator has no ratio, and the cell says so as the screen does.
    QString ratio(std::optional<double> value)
    {
        return value ? QString::number(*value, 'g', 15) : u"—"_s;
    }

    // part of whole as a ratio cell; none without a whole.
    QString share(qint64 part, qint64 whole)
    {
        return whole > 0 ? QString::number(double(part) / double(whole), 'g', 15) : u"—"_s;
    }

    QString count(qint64 value)
    {
        return QString::number(value);
    }

    QString verdict(std::optional<bool> met)
    {
        if (!met)
            return u"—"_s;
        return *met ? TargetsWorkbook::tr("met") : TargetsWorkbook::tr("not met");
    }

    // The columns of a unit's targets after its name columns.
    QList<Column> targetColumns(QList<Column> names)
    {
        return names
            + QList<Column> { { TargetsWorkbook::tr("Province"), Kind::General, 8 },
                  { TargetsWorkbook::tr("Employees"), Kind::Count, 11 },
                  { TargetsWorkbook::tr("Skilled"), Kind::Count, 11 },
                  { TargetsWorkbook::tr("Skilled %"), Kind::Percent, 11 },
                  { TargetsWorkbook::tr("Target"), Kind::Percent, 9 },
                  { TargetsWorkbook::tr("Result"), Kind::General, 9 },
                  { TargetsWorkbook::tr("High-skilled"), Kind::Count, 11 },
                  { TargetsWorkbook::tr("High-skilled %"), Kind::Percent, 13 },
                  { TargetsWorkbook::tr("Target"), Kind::Percent, 9 },
                  { TargetsWorkbook::tr("Result"), Kind::General, 9 } };
    }

    QStringList targetCells(QStringList names, const UnitTargets &u)
    {
        return names
            + QStringList { u.province ? u.province->shortName() : u"—"_s, count(u.employees),
                  count(u.skilled), ratio(u.skilledRatio()), ratio(u.skilledTarget.toDouble()),
                  verdict(u.skilledTargetMet()), count(u.highSkilled), ratio(u.highSkilledRatio()),
                  ratio(u.highSkilledTarget.toDouble()), verdict(u.highSkilledTargetMet()) };
    }

    QList<std::optional<Grade>> gradeCategories()
    {
        QList<std::optional<Grade>> all { std::nullopt };
        for (Grade grade : kGrades)
            all += grade;
        return all;
    }

    QStringList gradeCells(const QString &name, const GradeCounts &counts)
    {
        QStringList cells { name };
        for (const auto &grade : gradeCategories())
            cells += count(counts[grade]);
        cells += count(counts.total());
        return cells;
    }

} // namespace

QStringList TargetsWorkbook::sheetNames()
{
    return { tr("Company"), tr("Sites"), tr("Workshops"), tr("Grades"), tr("Trend") };
}

Status TargetsWorkbook::write(QSqlDatabase &db, const Officer &by, const TargetReport &report,
    const QList<TrendPoint> &trend, bool trendWithheld, const QString &path)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadTargets); !allowed)
        return allowed.error();
    const QStringList names = sheetNames();
    const UnitTargets &c = report.company;

    // The company's sheet is the streamed one; the others are small and follow it.
    XlsxSheetWriter writer(path, names[0],
        QList<Column> { { tr("As of"), Kind::Date, 12 } }
            + targetColumns({ { tr("Company"), Kind::Text, 30 } }));
    if (auto opened = writer.open(); !opened)
        return opened;
    if (auto written = writer.writeRow(
            QStringList { report.asOf.toString(Qt::ISODate) } + targetCells({ c.name }, c));
        !written)
        return written;

    QList<QStringList> sites;
    for (const UnitTargets &u : report.sites)
        sites += targetCells({ u.name }, u);
    sites += targetCells({ tr("Company total") }, c);
    writer.addSheet(names[1], targetColumns({ { tr("Site"), Kind::Text, 24 } }), sites);

    QList<QStringList> workshops;
    for (const UnitTargets &u : report.workshops)
        workshops += targetCells({ u.site, u.name }, u);
    writer.addSheet(names[2],
        targetColumns({ { tr("Site"), Kind::Text, 24 }, { tr("Workshop"), Kind::Text, 24 } }),
        workshops);

    QList<Column> gradeColumns { { tr("Site"), Kind::Text, 24 } };
    for (const auto &grade : gradeCategories())
        gradeColumns += { grade ? GradeNames::display(*grade) : tr("No grade"), Kind::Count, 10 };
    gradeColumns += { tr("Employees"), Kind::Count, 11 };
    QList<QStringList> grades;
    for (const UnitTargets &u : report.sites)
        grades += gradeCells(u.name, u.byGrade);
    grades += gradeCells(tr("Company total"), c.byGrade);
    writer.addSheet(names[3], gradeColumns, grades);

    const QList<Column> trendColumns { { tr("Month end"), Kind::Date, 12 },
        { tr("Employees"), Kind::Count, 11 }, { tr("Skilled"), Kind::Count, 11 },
        { tr("Skilled %"), Kind::Percent, 11 }, { tr("Target"), Kind::Percent, 9 },
        { tr("High-skilled"), Kind::Count, 11 }, { tr("High-skilled %"), Kind::Percent, 13 },
        { tr("Target"), Kind::Percent, 9 } };
    QList<QStringList> months;
    if (trendWithheld) {
        months += QStringList { tr("The trend counts the whole company; your targets are those "
                                   "of your workshops.") };
    }
    for (const TrendPoint &p : trend) {
        months += QStringList { p.monthEnd.toString(Qt::ISODate), count(p.employees),
            count(p.skilled), share(p.skilled, p.employees), ratio(p.skilledTarget.toDouble()),
            count(p.highSkilled), share(p.highSkilled, p.skilled),
            ratio(p.highSkilledTarget.toDouble()) };
    }
    writer.addSheet(names[4], trendColumns, months);

    if (auto committed = writer.commit(); !committed)
        return committed;
    return ExportLog::record(db, by, u"export-targets"_s, tr("the dashboard's figures"),
        1 + sites.size() + workshops.size() + grades.size() + months.size(), path);
}

} // namespace skl
