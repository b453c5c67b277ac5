#include "core/reports/payreport.h"

#include <algorithm>

#include <QJsonArray>
#include <QSqlQuery>

#include "core/domain/allowancemonth.h"
#include "core/exporting/csvwriter.h"
#include "core/store/paystore.h"
#include "core/store/policystore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/workerrepository.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return PayReport::tr("Computing the pay report");
    }

    struct Paid
    {
        qint64 id = 0;
        QString employeeNo;
        QString name;
        qint64 site = 0;
        qint64 workshop = 0;
        qint64 occupation = 0;
        int grade = -1; // highest in force on the date
        qint64 pay = -1; // monthly fen in force on the date
        int title = 0; // professional title level in force
    };

    // The last value ≤ the date per worker, from rows ordered by worker and date.
    Result<QHash<qint64, qint64>> latestPerWorker(QSqlDatabase &db, const QString &sql, QDate day)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        QHash<qint64, qint64> latest;
        while (q.next())
            latest.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        return latest;
    }

    Result<QList<Paid>> paidWorkers(QSqlDatabase &db, QDate day)
    {
        const QString d = day.toString(Qt::ISODate);
        const auto pay = latestPerWorker(db,
            u"SELECT worker_id, monthly_fen FROM pay_record WHERE effective_from <= ? "
            "ORDER BY worker_id, effective_from"_s,
            day);
        if (!pay)
            return pay.error();
        const auto titles = latestPerWorker(db,
            u"SELECT worker_id, level FROM professional_title WHERE effective_from <= ? "
            "ORDER BY worker_id, effective_from"_s,
            day);
        if (!titles)
            return titles.error();
        // The grade on the date: the open span, or a closed one for a date before it.
        QHash<qint64, int> earlier;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT g.worker_id, g.grade FROM worker w JOIN grade_span g "
                  "ON g.worker_id = w.id WHERE coalesce(w.current_grade_since, '') > ? "
                  "AND g.valid_from <= ? AND ? < g.valid_until"_s);
        q.addBindValue(d);
        q.addBindValue(d);
        q.addBindValue(d);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        while (q.next())
            earlier.insert(q.value(0).toLongLong(), q.value(1).toInt());
        q.prepare(u"SELECT id, employee_no, name, coalesce(site_id, 0), coalesce(workshop_id, 0), "
                  "coalesce(occupation_id, 0), current_grade, current_grade_since FROM worker"_s
            + SqlDialect::of(db).fullScan()
            + u" WHERE hire_date <= ? AND (leave_date IS NULL OR ? < leave_date)"_s);
        q.addBindValue(d);
        q.addBindValue(d);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        QList<Paid> all;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const auto payIt = pay->constFind(id);
            if (payIt == pay->constEnd())
                continue;
            Paid p;
            p.id = id;
            p.employeeNo = q.value(1).toString();
            p.name = q.value(2).toString();
            p.site = q.value(3).toLongLong();
            p.workshop = q.value(4).toLongLong();
            p.occupation = q.value(5).toLongLong();
            if (!q.value(6).isNull() && q.value(7).toString() <= d)
                p.grade = q.value(6).toInt();
            else
                p.grade = earlier.value(id, -1);
            p.pay = *payIt;
            p.title = int(titles->value(id, 0));
            all += std::move(p);
        }
        return all;
    }

    Result<QHash<std::pair<QString, int>, SalaryBand>> bandsOn(QSqlDatabase &db, QDate day)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT track, level, min_fen, mid_fen, max_fen FROM salary_band "
                  "WHERE effective_from <= ? ORDER BY track, level, effective_from"_s);
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        QHash<std::pair<QString, int>, SalaryBand> bands;
        while (q.next())
            bands.insert({ q.value(0).toString(), q.value(1).toInt() },
                SalaryBand {
                    q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong() });
        return bands;
    }

    struct Reference
    {
        int year = 0;
        QHash<std::pair<qint64, int>, std::array<qint64, 5>> byOccupationGrade;
    };

    Result<Reference> referenceFor(QSqlDatabase &db, QDate day)
    {
        Reference r;
        QSqlQuery q(db);
        q.prepare(u"SELECT max(year) FROM wage_reference WHERE year <= ?"_s);
        q.addBindValue(day.year());
        if (!q.exec() || !q.next())
            return SqlErrors::fromQuery(q, whatFailed());
        if (q.value(0).isNull())
            return r;
        r.year = q.value(0).toInt();
        q.prepare(u"SELECT o.id, w.grade, w.p10_fen, w.p25_fen, w.p50_fen, w.p75_fen, w.p90_fen "
                  "FROM wage_reference w JOIN occupation o ON o.name = w.occupation "
                  "WHERE w.year = ?"_s);
        q.addBindValue(r.year);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        while (q.next())
            r.byOccupationGrade.insert({ q.value(0).toLongLong(), q.value(1).toInt() },
                { q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(),
                    q.value(5).toLongLong(), q.value(6).toLongLong() });
        return r;
    }

    struct PayInputs
    {
        QList<Paid> workers;
        QHash<std::pair<QString, int>, SalaryBand> bands;
        Reference reference;
        QHash<qint64, QString> sites;
        QHash<qint64, QString> workshops;
    };

    // Everything the report and the per-worker list read, as of the date.
    Result<PayInputs> inputsOn(QSqlDatabase &db, QDate asOf)
    {
        auto workers = paidWorkers(db, asOf);
        auto bands = bandsOn(db, asOf);
        auto reference = referenceFor(db, asOf);
        auto sites = WorkerRepository::namesById(db, WorkerRepository::UnitTable::Site);
        auto workshops = WorkerRepository::namesById(db, WorkerRepository::UnitTable::Workshop);
        if (!workers)
            return workers.error();
        if (!bands)
            return bands.error();
        if (!reference)
            return reference.error();
        if (!sites || !workshops)
            return !sites ? sites.error() : workshops.error();
        return PayInputs { std::move(*workers), std::move(*bands), std::move(*reference),
            std::move(*sites), std::move(*workshops) };
    }

    // 0 below P10, 1 P10–P25 … 5 above P90; a pay equal to a percentile is in the band above it.
    size_t marketBucket(const std::array<qint64, 5> &percentiles, qint64 pay)
    {
        return size_t(
            std::upper_bound(percentiles.begin(), percentiles.end(), pay) - percentiles.begin());
    }

    std::optional<qint64> medianOf(QList<qint64> values)
    {
        if (values.isEmpty())
            return std::nullopt;
        return PayStats::of(std::move(values)).median;
    }

    std::optional<qint64> gap(const PayStats &skilled, const PayStats &titled)
    {
        if (skilled.count == 0 || titled.count == 0 || titled.median == 0)
            return std::nullopt;
        return roundHalfUp(skilled.median * 1000, titled.median) - 1000;
    }

} // namespace

PayStats PayStats::of(QList<qint64> pay)
{
    PayStats s;
    s.count = pay.size();
    if (pay.isEmpty())
        return s;
    std::sort(pay.begin(), pay.end());
    s.min = pay.first();
    s.max = pay.last();
    const qsizetype middle = pay.size() / 2;
    s.median = pay.size() % 2 == 1 ? pay[middle] : roundHalfUp(pay[middle - 1] + pay[middle], 2);
    return s;
}

Result<PayReportData> PayReport::compute(QSqlDatabase &db, QDate asOf)
{
    const auto loaded = inputsOn(db, asOf);
    if (!loaded)
        return loaded.error();
    const PayInputs &in = *loaded;
    const auto policy = PolicyStore::valuesOn(db, asOf);
    if (!policy)
        return policy.error();

    PayReportData data;
    data.asOf = asOf;
    data.referenceYear = in.reference.year;
    std::array<QList<qint64>, kGradeCount> payByGrade;
    std::array<QList<qint64>, kGradeCount> compaByGrade;
    QMap<std::pair<QString, QString>, QList<qint64>> compaByWorkshop;
    for (const Paid &p : in.workers) {
        if (p.grade < 0)
            continue;
        const size_t g = size_t(p.grade);
        payByGrade[g] += p.pay;
        const auto band = in.bands.constFind({ u"grade"_s, p.grade });
        if (band != in.bands.constEnd() && band->mid > 0) {
            const qint64 compa = roundHalfUp(p.pay * 1000, band->mid);
            compaByGrade[g] += compa;
            compaByWorkshop[{ in.sites.value(p.site), in.workshops.value(p.workshop) }] += compa;
            if (p.pay < band->min || p.pay > band->max) {
                if (data.outliers.size() < PayReportData::kMaxOutliers) {
                    const QString site = in.sites.value(p.site);
                    const QString workshop = in.workshops.value(p.workshop);
                    data.outliers += PayOutlier { p.employeeNo, p.name,
                        site.isEmpty() ? workshop : site + u" / "_s + workshop, Grade(p.grade),
                        p.pay, *band };
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
    for (const Paid &p : in.workers) {
        if (p.grade < 0)
            continue;
        GradePay &row = data.grades[p.grade];
        if (row.band) {
            row.belowMin += p.pay < row.band->min ? 1 : 0;
            row.aboveMax += p.pay > row.band->max ? 1 : 0;
        }
        const auto ref = in.reference.byOccupationGrade.constFind({ p.occupation, p.grade });
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
                                  ->value(QString::fromUtf16(PolicyKeys::kParityTitlePrefix)
                                      + QString::number(rank))
                                  .toInt();
            QList<qint64> skilled;
            QList<qint64> titled;
            for (const Paid &p : in.workers) {
                if (site != 0 && p.site != site)
                    continue;
                if (p.grade == rank)
                    skilled += p.pay;
                if (p.title == title)
                    titled += p.pay;
            }
            ParityRow row;
            row.site = site == 0 ? QString() : in.sites.value(site);
            row.grade = Grade(rank);
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
        return { { u"count"_s, s.count }, { u"min_fen"_s, s.min }, { u"median_fen"_s, s.median },
            { u"max_fen"_s, s.max } };
    }

    QString percentOf(const std::optional<qint64> &value)
    {
        if (!value)
            return u"—"_s;
        return u"%1%2.%3%"_s.arg(*value < 0 ? u"-"_s : QString())
            .arg(std::abs(*value) / 10)
            .arg(std::abs(*value) % 10);
    }

    QString yuan(qint64 fen)
    {
        return u"%1.%2"_s.arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
    }

} // namespace

Result<qint64> PayReport::workersToCsv(QSqlDatabase &db, QDate asOf, const QString &path)
{
    const auto loaded = inputsOn(db, asOf);
    if (!loaded)
        return loaded.error();
    const PayInputs &in = *loaded;
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
    for (const Paid &p : in.workers) {
        QStringList cells { p.employeeNo, p.name, in.sites.value(p.site),
            in.workshops.value(p.workshop),
            p.grade >= 0 ? GradeNames::chinese(Grade(p.grade)) : QString(),
            p.title ? PayStore::titleName(p.title) : QString(), yuan(p.pay) };
        const auto band = p.grade >= 0 ? in.bands.constFind({ u"grade"_s, p.grade })
                                       : in.bands.constFind({ u"title"_s, p.title });
        if (band != in.bands.constEnd() && band->mid > 0)
            cells << yuan(band->min) << yuan(band->mid) << yuan(band->max)
                  << ratio(roundHalfUp(p.pay * 1000, band->mid));
        else
            cells << QString() << QString() << QString() << QString();
        const auto ref = in.reference.byOccupationGrade.constFind({ p.occupation, p.grade });
        if (p.grade >= 0 && ref != in.reference.byOccupationGrade.constEnd()) {
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
    return written;
}

QString PayReport::percent(const std::optional<qint64> &permille)
{
    if (!permille)
        return u"—"_s;
    return (*permille > 0 ? u"+"_s : QString()) + percentOf(permille);
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
                QJsonObject { { u"min_fen"_s, g.band->min }, { u"mid_fen"_s, g.band->mid },
                    { u"max_fen"_s, g.band->max } });
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
            + yuan(g.pay.median) + u'\t'
            + (g.band ? yuan(g.band->min) + u"–"_s + yuan(g.band->mid) + u"–"_s + yuan(g.band->max)
                      : u"—"_s)
            + u'\t' + QString::number(g.belowMin) + u'\t' + QString::number(g.aboveMax) + u'\t'
            + ratio(g.compaPermille) + u'\n';
    }
    text
        += u'\n' + tr("Parity (section 九): median pay of a grade against its title level") + u'\n';
    for (const ParityRow &p : data.parity) {
        if (p.skilled.count == 0 && p.titled.count == 0)
            continue;
        text += (p.site.isEmpty() ? tr("Company") : p.site) + u'\t' + GradeNames::display(p.grade)
            + u'\t' + (p.skilled.count ? yuan(p.skilled.median) : u"—"_s) + u"\t"_s
            + PayStore::titleName(p.titleLevel) + u'\t'
            + (p.titled.count ? yuan(p.titled.median) : u"—"_s) + u'\t' + percent(p.gapPermille)
            + u'\n';
    }
    return text;
}

} // namespace skl
