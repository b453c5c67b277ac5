#include "core/exporting/fundexport.h"

#include "core/exporting/csvwriter.h"
#include "core/exporting/xlsxsheetwriter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    using Kind = XlsxSheetWriter::Kind;

    QString yuan(std::optional<Fen> amount)
    {
        return amount ? amount->toYuan() : u"—"_s;
    }

    // A share as a number Excel computes with (0.5999), to four decimals, exact where it ends
    // sooner; "—" for no share.
    QString share(const std::optional<Fraction> &s)
    {
        if (!s)
            return u"—"_s;
        const qint64 tenThousandths
            = (2 * s->numerator * 10000 + s->denominator) / (2 * s->denominator);
        return u"%1.%2"_s.arg(tenThousandths / 10000)
            .arg(tenThousandths % 10000, 4, 10, QChar(u'0'));
    }

    QStringList unitCells(const FundUnitRow &u)
    {
        return { u.site.isEmpty() ? FundExport::tr("(no site)") : u.site,
            u.workshop.isEmpty() ? FundExport::tr("(no workshop)") : u.workshop, u.spent.toYuan(),
            u.frontline.toYuan(), share(u.share), EducationFund::verdictText(u.met) };
    }

    QStringList companyCells(const FundFigures &f)
    {
        return { FundExport::tr("Company"), QString(), f.spent.toYuan(), f.frontline.toYuan(),
            share(f.frontlineShare), EducationFund::verdictText(f.met) };
    }

    QString sourceText(const WageBill &bill)
    {
        switch (bill.source) {
        case WageBillSource::Entered:
            return FundExport::tr("Entered by %1").arg(bill.enteredBy);
        case WageBillSource::PayRecords:
            return FundExport::tr("Pay records");
        case WageBillSource::None:
            break;
        }
        return FundExport::tr("None");
    }

    QList<XlsxSheetWriter::Column> unitColumns()
    {
        return { { FundExport::tr("Site"), Kind::Text, 18 },
            { FundExport::tr("Workshop"), Kind::Text, 18 },
            { FundExport::tr("Spent (yuan)"), Kind::Money, 14 },
            { FundExport::tr("Frontline (yuan)"), Kind::Money, 14 },
            { FundExport::tr("Frontline share"), Kind::Percent, 12 },
            { FundExport::tr("Target"), Kind::Text, 10 } };
    }

    Status writeCsv(const QString &path, const FundYear &year, const QList<FundUnitRow> &units)
    {
        CsvWriter csv(path, CsvWriter::Encoding::Utf8WithBom);
        if (auto opened = csv.open(); !opened)
            return opened;
        QStringList header;
        for (const auto &column : unitColumns())
            header += column.header;
        if (auto done = csv.writeRow(header); !done)
            return done;
        for (const FundUnitRow &u : units) {
            if (auto done = csv.writeRow(unitCells(u), u.workshop); !done)
                return done;
        }
        if (auto done = csv.writeRow(companyCells(year.figures)); !done)
            return done;
        return csv.commit();
    }

    Status writeXlsx(const QString &path, const FundYear &year, const QList<FundUnitRow> &units,
        const QList<FundYear> &trend)
    {
        XlsxSheetWriter xlsx(
            path, FundExport::tr("Education fund %1").arg(year.figures.year), unitColumns());
        if (auto opened = xlsx.open(); !opened)
            return opened;
        for (const FundUnitRow &u : units) {
            if (auto done = xlsx.writeRow(unitCells(u)); !done)
                return done;
        }
        if (auto done = xlsx.writeTotalsRow(companyCells(year.figures)); !done)
            return done;
        QList<QStringList> rows;
        for (const FundYear &y : trend) {
            const FundFigures &f = y.figures;
            rows += { QString::number(f.year), yuan(f.wageBill), sourceText(y.wageBill),
                yuan(f.cap), f.spent.toYuan(), f.frontline.toYuan(), share(f.frontlineShare),
                share(f.frontlineTarget), EducationFund::verdictText(f.met) };
        }
        xlsx.addSheet(FundExport::tr("Five years"),
            { { FundExport::tr("Year"), Kind::Text, 8 },
                { FundExport::tr("Wage bill (yuan)"), Kind::Money, 16 },
                { FundExport::tr("Wage bill from"), Kind::Text, 18 },
                { FundExport::tr("Deductible cap (yuan)"), Kind::Money, 16 },
                { FundExport::tr("Spent (yuan)"), Kind::Money, 14 },
                { FundExport::tr("Frontline (yuan)"), Kind::Money, 14 },
                { FundExport::tr("Frontline share"), Kind::Percent, 12 },
                { FundExport::tr("Target"), Kind::Percent, 10 },
                { FundExport::tr("Met"), Kind::Text, 10 } },
            rows);
        return xlsx.commit();
    }

} // namespace

Status FundExport::write(const QString &path, const FundYear &year, const QList<FundUnitRow> &units,
    const QList<FundYear> &trend)
{
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        return writeCsv(path, year, units);
    return writeXlsx(path, year, units, trend);
}

} // namespace skl
