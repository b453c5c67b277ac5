#include "core/reports/talentpool.h"

#include <algorithm>
#include <array>

#include <QJsonObject>

#include "core/domain/nametable.h"
#include "core/domain/talentpolicy.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/exportlog.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const std::array<NameRow, 3> kReasons { {
        { u"high-skilled", QT_TRANSLATE_NOOP("skl::TalentPool", "High-skilled"), u"高技能",
            u"高技能人才" },
        { u"honour", QT_TRANSLATE_NOOP("skl::TalentPool", "Honour"), u"荣誉" },
        { u"medal", QT_TRANSLATE_NOOP("skl::TalentPool", "Competition medal"), u"竞赛奖牌",
            u"奖牌" },
    } };

    const QList<HonourLevel> kHonourLevels { HonourLevel::National, HonourLevel::Provincial,
        HonourLevel::Municipal, HonourLevel::Industry, HonourLevel::Enterprise };
    const QList<CompetitionLevel> kCompetitionLevels { CompetitionLevel::World,
        CompetitionLevel::National, CompetitionLevel::Provincial, CompetitionLevel::Municipal,
        CompetitionLevel::Industry, CompetitionLevel::Enterprise };

    // "；" between items: an item may hold commas of its own.
    QString joined(const QStringList &items)
    {
        return items.join(u"；"_s);
    }

    // The level in force on day; a database older than the key holds the default until the
    // migration inserts it.
    Result<HonourLevel> minLevelOn(QSqlDatabase &db, QDate day)
    {
        const auto values = PolicyStore::valuesOn(db, day);
        if (!values)
            return values.error();
        const QString key = QString::fromUtf16(PolicyKeys::kTalentMinLevel);
        const QString value = values->value(key, RecognitionNames::code(HonourLevel::Provincial));
        const auto level = RecognitionNames::parseLevel(value);
        if (!level)
            return Error {
                TalentPool::tr("The policy value %1 is not a level: \"%2\".").arg(key, value), {}
            };
        return *level;
    }

} // namespace

bool TalentFilter::accepts(const TalentWorker &w) const
{
    if (siteId && w.siteId != *siteId)
        return false;
    if (workshopId && w.workshopId != *workshopId)
        return false;
    if (grade && w.grade != grade)
        return false;
    if (reason && !w.has(*reason))
        return false;
    if (occupationId && w.occupationId != *occupationId)
        return false;
    const QString wanted = text.trimmed();
    return wanted.isEmpty() || w.name.contains(wanted, Qt::CaseInsensitive)
        || w.employeeNo.contains(wanted, Qt::CaseInsensitive);
}

bool TalentPool::qualifies(HonourLevel level, HonourLevel minLevel)
{
    return RecognitionRank::of(level) >= RecognitionRank::of(minLevel);
}

bool TalentPool::qualifies(CompetitionLevel level, HonourLevel minLevel)
{
    return RecognitionRank::of(level) >= RecognitionRank::of(minLevel);
}

QList<TalentReason> TalentPool::reasonsOf(const TalentWorker &worker, HonourLevel minLevel)
{
    QList<TalentReason> reasons;
    if (worker.grade && isHighSkilled(*worker.grade))
        reasons += TalentReason::HighSkilled;
    if (std::any_of(worker.honours.cbegin(), worker.honours.cend(),
            [&](const TalentHonour &h) { return qualifies(h.level, minLevel); }))
        reasons += TalentReason::Honour;
    // The store reads medals only (gold, silver, bronze): 优胜奖 and ranks are no medals.
    if (std::any_of(worker.medals.cbegin(), worker.medals.cend(),
            [&](const TalentMedal &m) { return qualifies(m.level, minLevel); }))
        reasons += TalentReason::Medal;
    return reasons;
}

Result<TalentPoolData> TalentPool::build(
    QSqlDatabase &db, QDate asOf, const std::optional<QList<qint64>> &workshops)
{
    const auto minLevel = minLevelOn(db, asOf);
    if (!minLevel)
        return minLevel.error();
    TalentPoolStore::Levels levels;
    for (HonourLevel level : kHonourLevels)
        if (qualifies(level, *minLevel))
            levels.honours += level;
    for (CompetitionLevel level : kCompetitionLevels)
        if (qualifies(level, *minLevel))
            levels.competitions += level;
    auto candidates = TalentPoolStore::read(db, asOf, levels, workshops);
    if (!candidates)
        return candidates.error();
    TalentPoolData pool { asOf, *minLevel, {} };
    for (TalentWorker &w : *candidates) {
        w.reasons = reasonsOf(w, *minLevel);
        if (!w.reasons.isEmpty())
            pool.workers += std::move(w);
    }
    return pool;
}

Result<TalentPoolData> TalentPool::compute(QSqlDatabase &db, const Officer &by, QDate asOf)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    return build(db, asOf,
        scope->wholeCompany ? std::nullopt : std::optional<QList<qint64>>(scope->workshops));
}

Result<TalentPoolData> TalentPool::companyPool(QSqlDatabase &db, QDate asOf)
{
    return build(db, asOf, std::nullopt);
}

QList<TalentWorker> TalentPool::filtered(const QList<TalentWorker> &workers, const TalentFilter &f)
{
    QList<TalentWorker> kept;
    for (const TalentWorker &w : workers)
        if (f.accepts(w))
            kept += w;
    return kept;
}

QString TalentPool::code(TalentReason reason)
{
    return codeNamed(kReasons, int(reason));
}

QString TalentPool::display(TalentReason reason)
{
    return displayNamed("skl::TalentPool", kReasons, int(reason));
}

std::optional<TalentReason> TalentPool::parseReason(const QString &text)
{
    return parseNamed<TalentReason>(kReasons, text);
}

QString TalentPool::reasonsText(const TalentWorker &worker)
{
    QStringList items;
    for (TalentReason reason : worker.reasons)
        items += display(reason);
    return items.join(u"、"_s);
}

QString TalentPool::honoursText(const TalentWorker &worker)
{
    QStringList items;
    for (const TalentHonour &h : worker.honours)
        // %1 the honour's name, %2 its level, %3 the year awarded.
        items += tr("%1 (%2, %3)")
                     .arg(h.name, RecognitionNames::display(h.level))
                     .arg(h.awarded.year());
    return joined(items);
}

QString TalentPool::medalsText(const TalentWorker &worker)
{
    QStringList items;
    for (const TalentMedal &m : worker.medals)
        // %1 the competition, %2 its level, %3 the medal, %4 the year.
        items += tr("%1 (%2, %3, %4)")
                     .arg(m.competition, CertificationNames::display(m.level),
                         CertificationNames::display(m.placing))
                     .arg(m.held.year());
    return joined(items);
}

QString TalentPool::studiosText(const TalentWorker &worker)
{
    QStringList items;
    for (const TalentStudio &s : worker.studios)
        items += s.leader ? tr("%1 (leader)").arg(s.name) : s.name;
    return joined(items);
}

QString TalentPool::projectsText(const TalentWorker &worker)
{
    QStringList items;
    for (const TalentProject &p : worker.projects)
        items += p.lead ? tr("%1 (lead)").arg(p.title) : p.title;
    return joined(items);
}

QJsonArray TalentPool::toJson(const QList<TalentWorker> &workers)
{
    QJsonArray list;
    for (const TalentWorker &w : workers) {
        QJsonArray reasons;
        for (TalentReason reason : w.reasons)
            reasons.append(code(reason));
        QJsonArray honours;
        for (const TalentHonour &h : w.honours)
            honours.append(QJsonObject { { u"name"_s, h.name },
                { u"level"_s, RecognitionNames::code(h.level) }, { u"year"_s, h.awarded.year() },
                { u"date"_s, h.awarded.toString(Qt::ISODate) } });
        QJsonArray medals;
        for (const TalentMedal &m : w.medals)
            medals.append(QJsonObject { { u"competition"_s, m.competition },
                { u"level"_s, CertificationNames::code(m.level) },
                { u"medal"_s, CertificationNames::code(m.placing) }, { u"year"_s, m.held.year() },
                { u"date"_s, m.held.toString(Qt::ISODate) } });
        QJsonArray studios;
        for (const TalentStudio &s : w.studios)
            studios.append(QJsonObject {
                { u"name"_s, s.name }, { u"role"_s, s.leader ? u"leader"_s : u"member"_s } });
        QJsonArray projects;
        for (const TalentProject &p : w.projects)
            projects.append(QJsonObject {
                { u"title"_s, p.title }, { u"role"_s, p.lead ? u"lead"_s : u"member"_s } });
        list.append(QJsonObject {
            { u"employee_no"_s, w.employeeNo },
            { u"name"_s, w.name },
            { u"site"_s, w.site },
            { u"workshop"_s, w.workshop },
            { u"occupation"_s, w.occupation },
            { u"grade"_s,
                w.grade ? QJsonValue(GradeNames::chinese(*w.grade))
                        : QJsonValue(QJsonValue::Null) },
            { u"certificate_no"_s,
                w.certificateNo.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(w.certificateNo) },
            { u"reasons"_s, reasons },
            { u"honours"_s, honours },
            { u"medals"_s, medals },
            { u"studios"_s, studios },
            { u"projects"_s, projects },
            { u"apprentices_trained"_s, w.apprenticesTrained },
        });
    }
    return list;
}

Status TalentPool::toXlsx(QSqlDatabase &db, const Officer &by, const TalentPoolData &pool,
    const QList<TalentWorker> &workers, const QString &path)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ExportRoster); !allowed)
        return allowed;
    using K = XlsxSheetWriter::Kind;
    XlsxSheetWriter writer(path, tr("Talent pool %1").arg(pool.asOf.toString(Qt::ISODate)),
        { { tr("Employee No."), K::Text, 12 }, { tr("Name"), K::Text, 10 },
            { tr("Site"), K::Text, 16 }, { tr("Workshop"), K::Text, 16 },
            { tr("Occupation"), K::Text, 14 }, { tr("Grade"), K::Text, 10 },
            { tr("Certificate No."), K::Text, 24 }, { tr("In the pool for"), K::Text, 18 },
            { tr("Honours"), K::Text, 40 }, { tr("Competition medals"), K::Text, 40 },
            { tr("Studios"), K::Text, 30 }, { tr("Projects"), K::Text, 30 },
            { tr("Apprentices trained"), K::Count, 10 } });
    if (auto opened = writer.open(); !opened)
        return opened;
    for (const TalentWorker &w : workers) {
        if (auto written = writer.writeRow({ w.employeeNo, w.name, w.site, w.workshop, w.occupation,
                w.grade ? GradeNames::display(*w.grade) : QString(), w.certificateNo,
                reasonsText(w), honoursText(w), medalsText(w), studiosText(w), projectsText(w),
                QString::number(w.apprenticesTrained) });
            !written)
            return written;
    }
    if (auto committed = writer.commit(); !committed)
        return committed;
    return ExportLog::record(db, by, u"export-talent-pool"_s,
        tr("the talent pool as of %1").arg(pool.asOf.toString(Qt::ISODate)), workers.size(), path);
}

} // namespace skl
