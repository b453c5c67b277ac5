#include "core/reports/payreport.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include "core/domain/allowancemonth.h"
#include "core/domain/figureformat.h"
#include "core/exporting/csvwriter.h"
#include "core/store/officerstore.h"
#include "core/store/paystore.h"
#include "core/store/policystore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // 0 below P10, 1 P10–P25 … 5 above P90; a pay equal to a percentile is in the band above it.
    size_t marketBucket(const std::array<Fen, 5> &percentiles, Fen pay)
    {
        return size_t(
            std::upper_bound(percentiles.begin(), percentiles.end(), pay) - percentiles.begin());
    }

    // part ÷ whole in ‰, rounded half up; both > 0.
    qint64 permilleOf(Fen part, Fen whole)
    {
        return roundHalfUp(part.fen() * 1000, whole.fen());
    }

    // The median of compa-ratios in ‰ (plain numbers: the middle ones' mean rounded half up).
    std::optional<qint64> medianOf(QList<qint64> values)
    {
        if (values.isEmpty())
            return std::nullopt;
        std::sort(values.begin(), values.end());
        const qsizetype middle = values.size() / 2;
        return values.size() % 2 == 1 ? values[middle]
                                      : roundHalfUp(values[middle - 1] + values[middle], 2);
    }

    std::optional<qint64> gap(const PayStats &skilled, const PayStats &titled)
    {
        if (skilled.count == 0 || titled.count == 0 || titled.median.isZero())
            return std::nullopt;
        return permilleOf(skilled.median, titled.median) - 1000;
    }

} // namespace

PayStats PayStats::of(QList<Fen> pay)
{
    PayStats s;
    s.count = pay.size();
    if (pay.isEmpty())
        return s;
    std::sort(pay.begin(), pay.end());
    s.min = pay.first();
    s.max = pay.last();
    const qsizetype middle = pay.size() / 2;
    s.median = pay.size() % 2 == 1 ? pay[middle]
                                   : (pay[middle - 1] + pay[middle]).dividedRoundingHalfUp(2);
    return s;
}

Result<PayReportData> PayReport::compute(QSqlDatabase &db, const Officer &by, QDate asOf)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadPay); !allowed)
        return allowed.error();
    const auto facts = PayFactsStore::on(db, asOf);
    if (!facts)
        return facts.error();
    const auto policy = PolicyStore::valuesOn(db, asOf);
    if (!policy)
        return policy.error();
    return compute(*facts, *policy, asOf);
}

PayReportData PayReport::compute(
    const PayFacts &in, const QHash<QString, QString> &policy, QDate asOf)
{
    PayReportData data;
    data.asOf = asOf;
    data.referenceYear = in.reference.year;
    std::array<QList<Fen>, kGradeCount> payByGrade;
    std::array<QList<qint64>, kGradeCount> compaByGrade;
    QMap<std::pair<QString, QString>, QList<qint64>> compaByWorkshop;
    for (const PaidWorker &p : in.workers) {
        if (!p.grade)
            continue;
        const int rank = rankOf(*p.grade);
        payByGrade[size_t(rank)] += p.pay;
        const auto band = in.bands.constFind({ u"grade"_s, rank });
        if (band != in.bands.constEnd() && band->mid > Fen()) {
            const qint64 compa = permilleOf(p.pay, band->mid);
            compaByGrade[size_t(rank)] += compa;
            compaByWorkshop[{ in.sites.value(p.site), in.workshops.value(p.workshop) }] += compa;
            if (p.pay < band->min || p.pay > band->max) {
                if (data.outliers.size() < PayReportData::kMaxOutliers) {
                    const QString site = in.sites.value(p.site);
                    const QString workshop = in.workshops.value(p.workshop);
                    data.outliers += PayOutlier { p.employeeNo, p.name,
                        site.isEmpty() ? workshop : site + u" / "_s + workshop, *p.grade, p.pay,
                        *band };
                }
                ++data.outlierCount;
            }
        }
    }
    for (int rank = 0; rank < kGradeCount; ++rank) {
        GradePay row;
        row.grade = Grade(rank);
        row.pay = PayStats::of(payByGrade[size_t(rank)]);
        if (const auto band = in.bands.constFind({ u"grade"_s, rank }); band != in.bands.constEnd())
            row.band = *band;
        row.compaPermille = medianOf(compaByGrade[size_t(rank)]);
        data.grades += row;
    }
    for (const PaidWorker &p : in.workers) {
        if (!p.grade)
            continue;
        GradePay &row = data.grades[rankOf(*p.grade)];
        if (row.band) {
            row.belowMin += p.pay < row.band->min ? 1 : 0;
            row.aboveMax += p.pay > row.band->max ? 1 : 0;
        }
        const auto ref
            = in.reference.byOccupationGrade.constFind({ p.occupation, rankOf(*p.grade) });
        if (ref == in.reference.byOccupationGrade.constEnd())
            continue;
        ++row.withReference;
        row.market[marketBucket(*ref, p.pay)] += 1;
    }
    for (auto it = compaByWorkshop.constBegin(); it != compaByWorkshop.constEnd(); ++it)
        data.workshops += WorkshopCompa { it.key().first, it.key().second, it.value().size(),
            medianOf(it.value()) };

    // Parity: per site and for the company, each high-skilled grade against its title level.
    QList<qint64> siteIds { 0 };
    for (auto it = in.sites.constBegin(); it != in.sites.constEnd(); ++it)
        siteIds += it.key();
    std::sort(siteIds.begin() + 1, siteIds.end(),
        [&](qint64 a, qint64 b) { return in.sites.value(a) < in.sites.value(b); });
    for (const qint64 site : std::as_const(siteIds)) {
        for (int rank = rankOf(Grade::Senior); rank < kGradeCount; ++rank) {
            const int title = policy
                                  .value(QString::fromUtf16(PolicyKeys::kParityTitlePrefix)
                                      + QString::number(rank))
                                  .toInt();
            const Grade grade = Grade(rank);
            QList<Fen> skilled;
            QList<Fen> titled;
            for (const PaidWorker &p : in.workers) {
                if (site != 0 && p.site != site)
                    continue;
                if (p.grade == grade)
                    skilled += p.pay;
                if (p.title == title)
                    titled += p.pay;
            }
            ParityRow row;
            row.site = site == 0 ? QString() : in.sites.value(site);
            row.grade = grade;
            row.titleLevel = title;
            row.skilled = PayStats::of(skilled);
            row.titled = PayStats::of(titled);
            row.gapPermille = gap(row.skilled, row.titled);
            data.parity += row;
        }
    }
    return data;
}

namespace {

    QJsonValue optional(const std::optional<qint64> &value)
    {
        return value ? QJsonValue(*value) : QJsonValue();
    }

    QJsonObject statsJson(const PayStats &s)
    {
        return { { u"count"_s, s.count }, { u"min_fen"_s, s.min.fen() },
            { u"median_fen"_s, s.median.fen() }, { u"max_fen"_s, s.max.fen() } };
    }

} // namespace

Result<qint64> PayReport::workersToCsv(
    QSqlDatabase &db, const Officer &by, QDate asOf, const QString &path)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ExportPayroll); !allowed)
        return allowed.error();
    const auto facts = PayFactsStore::on(db, asOf);
    if (!facts)
        return facts.error();
    const PayFacts &in = *facts;
    static const QStringList kPositions { u"低于P10"_s, u"P10–P25"_s, u"P25–P50"_s, u"P50–P75"_s,
        u"P75–P90"_s, u"高于P90"_s };
    CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
    if (auto done = writer.open(); !done)
        return done.error();
    if (auto done = writer.writeRow({ u"工号"_s, u"姓名"_s, u"单位"_s, u"车间"_s, u"技能等级"_s,
            u"职称级别"_s, u"月薪(元)"_s, u"薪级带下限"_s, u"薪级带中点"_s, u"薪级带上限"_s,
            u"比较比率"_s, u"市场分位"_s });
        !done)
        return done.error();
    qint64 written = 0;
    for (const PaidWorker &p : in.workers) {
        QStringList cells { p.employeeNo, p.name, in.sites.value(p.site),
            in.workshops.value(p.workshop), p.grade ? GradeNames::chinese(*p.grade) : QString(),
            p.title ? PayStore::titleName(p.title) : QString(), p.pay.toYuan() };
        const auto band = p.grade ? in.bands.constFind({ u"grade"_s, rankOf(*p.grade) })
                                  : in.bands.constFind({ u"title"_s, p.title });
        if (band != in.bands.constEnd() && band->mid > Fen())
            cells << band->min.toYuan() << band->mid.toYuan() << band->max.toYuan()
                  << ratio(permilleOf(p.pay, band->mid));
        else
            cells << QString() << QString() << QString() << QString();
        const auto ref = p.grade
            ? in.reference.byOccupationGrade.constFind({ p.occupation, rankOf(*p.grade) })
            : in.reference.byOccupationGrade.constEnd();
        if (ref != in.reference.byOccupationGrade.constEnd()) {
            cells << kPositions[marketBucket(*ref, p.pay)];
        } else {
            cells << QString();
        }
        if (auto done = writer.writeRow(cells, p.employeeNo); !done)
            return done.error();
        ++written;
    }
    if (auto done = writer.commit(); !done)
        return done.error();
    if (auto recorded
        = PayStore::recordExport(db, by, asOf, written, QDir::toNativeSeparators(path));
        !recorded) {
        QFile::remove(path);
        return Error { tr("%1 The exported file %2 was removed: every export of pay is recorded.")
                           .arg(recorded.error().userMessage, QDir::toNativeSeparators(path)),
            recorded.error().detail };
    }
    return written;
}

QString PayReport::percent(const std::optional<qint64> &permille)
{
    if (!permille)
        return u"—"_s;
    return FigureFormat::permille(permille, FigureFormat::Sign::Always);
}

QString PayReport::ratio(const std::optional<qint64> &permille)
{
    if (!permille)
        return u"—"_s;
    return u"%1.%2"_s.arg(*permille / 1000).arg(*permille % 1000, 3, 10, QLatin1Char('0'));
}

QJsonObject PayReport::toJson(const PayReportData &data)
{
    QJsonArray grades;
    for (const GradePay &g : data.grades) {
        QJsonObject row { { u"grade"_s, GradeNames::chinese(g.grade) },
            { u"pay"_s, statsJson(g.pay) }, { u"below_min"_s, g.belowMin },
            { u"above_max"_s, g.aboveMax }, { u"compa_permille"_s, optional(g.compaPermille) },
            { u"with_reference"_s, g.withReference } };
        if (g.band)
            row.insert(u"band"_s,
                QJsonObject { { u"min_fen"_s, g.band->min.fen() },
                    { u"mid_fen"_s, g.band->mid.fen() }, { u"max_fen"_s, g.band->max.fen() } });
        QJsonArray market;
        for (const qint64 n : g.market)
            market += n;
        row.insert(u"market"_s, market);
        grades += row;
    }
    QJsonArray parity;
    for (const ParityRow &p : data.parity)
        parity += QJsonObject { { u"site"_s, p.site.isEmpty() ? QJsonValue() : QJsonValue(p.site) },
            { u"grade"_s, GradeNames::chinese(p.grade) },
            { u"title_level"_s, PayStore::titleName(p.titleLevel) },
            { u"skilled"_s, statsJson(p.skilled) }, { u"titled"_s, statsJson(p.titled) },
            { u"gap_permille"_s, optional(p.gapPermille) } };
    QJsonArray workshops;
    for (const WorkshopCompa &w : data.workshops)
        workshops += QJsonObject { { u"site"_s, w.site }, { u"workshop"_s, w.workshop },
            { u"workers"_s, w.workers }, { u"compa_permille"_s, optional(w.compaPermille) } };
    return { { u"as_of"_s, data.asOf.toString(Qt::ISODate) },
        { u"reference_year"_s, data.referenceYear ? QJsonValue(data.referenceYear) : QJsonValue() },
        { u"grades"_s, grades }, { u"workshops"_s, workshops }, { u"parity"_s, parity },
        { u"outside_band"_s, data.outlierCount } };
}

QString PayReport::toText(const PayReportData &data)
{
    QString text = tr("Pay as of %1").arg(data.asOf.toString(Qt::ISODate)) + u"\n\n"_s;
    text += tr("Grade\tWorkers\tMedian\tBand min–mid–max\tBelow\tAbove\tCompa-ratio") + u'\n';
    for (const GradePay &g : data.grades) {
        if (g.pay.count == 0)
            continue;
        text += GradeNames::display(g.grade) + u'\t' + QString::number(g.pay.count) + u'\t'
            + FigureFormat::amount(g.pay.median) + u'\t'
            + (g.band
                    ? FigureFormat::amount(g.band->min) + u"–"_s + FigureFormat::amount(g.band->mid)
                        + u"–"_s + FigureFormat::amount(g.band->max)
                    : u"—"_s)
            + u'\t' + QString::number(g.belowMin) + u'\t' + QString::number(g.aboveMax) + u'\t'
            + FigureFormat::permille(g.compaPermille) + u'\n';
    }
    text
        += u'\n' + tr("Parity (section 九): median pay of a grade against its title level") + u'\n';
    for (const ParityRow &p : data.parity) {
        if (p.skilled.count == 0 && p.titled.count == 0)
            continue;
        text += (p.site.isEmpty() ? tr("Company") : p.site) + u'\t' + GradeNames::display(p.grade)
            + u'\t' + (p.skilled.count ? FigureFormat::amount(p.skilled.median) : u"—"_s) + u"\t"_s
            + PayStore::titleName(p.titleLevel) + u'\t'
            + (p.titled.count ? FigureFormat::amount(p.titled.median) : u"—"_s) + u'\t'
            + percent(p.gapPermille) + u'\n';
    }
    return text;
}

} // namespace skl
