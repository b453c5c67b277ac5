#include "core/store/policystore.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include "core/domain/fraction.h"
#include "core/domain/grade.h"
#include "core/domain/recognition.h"
#include "core/domain/talentpolicy.h"
#include "core/domain/training.h"
#include "core/store/auditlog.h"
#include "core/store/companystore.h"
#include "core/store/officerstore.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Defaults hold from long before any roster; the enterprise moves them with later values.
    const QDate kDefaultsEffective(1900, 1, 1);

    enum class Shape {
        Share,
        Years,
        Rungs,
        Count,
        Grade,
        TitleLevel,
        Names,
        Letters1,
        Letters2,
        Digits,
        Text,
        Flag,
        Score, // 0–100, at most one decimal (AssessmentRules::parseScore)
        Months,
        GradeOrNone, // a grade, or 0 / empty for none
        Days, // 0–366
        Percent, // 0–100 with at most two decimals, "8" or "2.5"
        RecognitionLevel // a RecognitionNames level code (talent.min_level)
    };

    struct KeyShape
    {
        Shape shape;
        int width = 0; // Digits: how many
    };

    std::optional<KeyShape> shapeOf(const QString &key)
    {
        using namespace PolicyKeys;
        static const QHash<QString, KeyShape> fixed {
            { QString::fromUtf16(kSkilledShare), { Shape::Share } },
            { QString::fromUtf16(kHighSkilledShare), { Shape::Share } },
            { QString::fromUtf16(kHighSkilledShareEastern), { Shape::Share } },
            { QString::fromUtf16(kApprovers), { Shape::Names } },
            { QString::fromUtf16(kDirectMaxGrade), { Shape::Grade } },
            { QString::fromUtf16(kExceptionalMaxRungs), { Shape::Rungs } },
            { QString::fromUtf16(kCertificateCategory), { Shape::Letters1 } },
            { QString::fromUtf16(kCertificateBodyCode), { Shape::Digits, 4 } },
            { QString::fromUtf16(kCertificateSiteSerial), { Shape::Digits, 6 } },
            { QString::fromUtf16(kCertificateVariantCategory), { Shape::Letters2 } },
            { QString::fromUtf16(kCertificateSpecialCode), { Shape::Digits, 1 } },
            { QString::fromUtf16(kCertificateChiefCode), { Shape::Digits, 1 } },
            { QString::fromUtf16(kCertificateBodyName), { Shape::Text } },
            { QString::fromUtf16(kCertificateProvincialQuery), { Shape::Text } },
            { QString::fromUtf16(kCertificateNumbersConfirmed), { Shape::Flag } },
            { QString::fromUtf16(kMentoringCap), { Shape::Count } },
            { QString::fromUtf16(kMentoringMinGrade), { Shape::Grade } },
            { QString::fromUtf16(kAssessPassMark), { Shape::Score } },
            { QString::fromUtf16(kAssessReviewFrom), { Shape::Grade } },
            { QString::fromUtf16(kAssessKeepPassedMonths), { Shape::Months } },
            { QString::fromUtf16(kAssessNoticeDays), { Shape::Count } },
            { QString::fromUtf16(kAssessReportDays), { Shape::Count } },
            { QString::fromUtf16(kAssessPerInvigilator), { Shape::Count } },
            { QString::fromUtf16(kAssessPerExaminer), { Shape::Count } },
            { QString::fromUtf16(kAssessMinPanel), { Shape::Count } },
            { QString::fromUtf16(kArchivePaperYears), { Shape::Years } },
            { QString::fromUtf16(kArchiveElectronicYears), { Shape::Years } },
            { QString::fromUtf16(kTrainingReminderDaysKey), { Shape::Days } },
            { QString::fromUtf16(kFundCapPercent), { Shape::Percent } },
            { QString::fromUtf16(kFundFrontlineTarget), { Shape::Share } },
            { QString::fromUtf16(kTalentMinLevel), { Shape::RecognitionLevel } },
        };
        if (auto it = fixed.constFind(key); it != fixed.constEnd())
            return *it;
        if (key.startsWith(QString::fromUtf16(kMinYearsPrefix))) {
            bool ok = false;
            const int rank = key.mid(QString::fromUtf16(kMinYearsPrefix).size()).toInt(&ok);
            // Only the canonical spelling: the policy is read back by exactly this key.
            if (ok && rank >= 0 && rank < kGradeCount - 1
                && key == QString::fromUtf16(kMinYearsPrefix) + QString::number(rank))
                return KeyShape { Shape::Years };
        }
        if (key.startsWith(QString::fromUtf16(kParityTitlePrefix))) {
            bool ok = false;
            const int rank = key.mid(QString::fromUtf16(kParityTitlePrefix).size()).toInt(&ok);
            if (ok && rank >= rankOf(Grade::Senior) && rank < kGradeCount
                && key == QString::fromUtf16(kParityTitlePrefix) + QString::number(rank))
                return KeyShape { Shape::TitleLevel };
        }
        if (key.startsWith(QString::fromUtf16(kCompetitionPrefix))) {
            const QStringList parts
                = key.mid(QString::fromUtf16(kCompetitionPrefix).size()).split(u'.');
            const auto level
                = parts.size() == 2 ? CertificationNames::parseLevel(parts[0]) : std::nullopt;
            const auto placing
                = parts.size() == 2 ? CertificationNames::parsePlacing(parts[1]) : std::nullopt;
            if (level && placing && parts[0] == CertificationNames::code(*level)
                && parts[1] == CertificationNames::code(*placing))
                return KeyShape { Shape::Rungs };
        }
        if (key.startsWith(QString::fromUtf16(kAssessConditionPrefix))) {
            static const QRegularExpression code(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
            if (code.match(key.mid(QString::fromUtf16(kAssessConditionPrefix).size())).hasMatch())
                return KeyShape { Shape::GradeOrNone };
        }
        return std::nullopt;
    }

    QString minYearsKey(int rank)
    {
        return QString::fromUtf16(PolicyKeys::kMinYearsPrefix) + QString::number(rank);
    }

    QString competitionKey(CompetitionLevel level, Placing placing)
    {
        return QString::fromUtf16(PolicyKeys::kCompetitionPrefix) + CertificationNames::code(level)
            + u'.' + CertificationNames::code(placing);
    }

    Result<int> intValue(const QHash<QString, QString> &values, const QString &key)
    {
        bool ok = false;
        const int value = values.value(key).toInt(&ok);
        if (!ok)
            return Error { PolicyStore::tr("The policy value %1 is not set.").arg(key), {} };
        return value;
    }

    // "8", "8%", "2.50" as the canonical "8" and "2.5"; nullopt past 100 or two decimals.
    std::optional<QString> percentOf(QString text)
    {
        if (text.endsWith(u'%'))
            text.chop(1);
        const auto share = Fraction::parse(text.trimmed() + u'%');
        if (!share || share->numerator > share->denominator || 10000 % share->denominator != 0)
            return std::nullopt;
        const qint64 hundredths = share->numerator * (10000 / share->denominator);
        QString canonical = QString::number(hundredths / 100);
        if (const qint64 decimals = hundredths % 100; decimals != 0)
            canonical += decimals % 10 == 0 ? u".%1"_s.arg(decimals / 10)
                                            : u".%1"_s.arg(decimals, 2, 10, QChar(u'0'));
        return canonical;
    }

} // namespace

QList<PolicyEntry> PolicyStore::defaults()
{
    using namespace PolicyKeys;
    QList<PolicyEntry> all {
        { QString::fromUtf16(kSkilledShare), u"3/10"_s, kDefaultsEffective },
        { QString::fromUtf16(kHighSkilledShare), u"1/3"_s, kDefaultsEffective },
        { QString::fromUtf16(kHighSkilledShareEastern), u"35/100"_s, kDefaultsEffective },
    };
    // The usual national vocational standards: 学徒工→初级工 1 year, 初级→中级 4, 中级→高级 5,
    // then 4 years a rung (DOMAIN.md §3).
    const int years[] = { 1, 4, 5, 4, 4, 4, 4 };
    for (int rank = 0; rank < kGradeCount - 1; ++rank)
        all += { minYearsKey(rank), QString::number(years[rank]), kDefaultsEffective };
    all += { QString::fromUtf16(kApprovers), QString(u""_s), kDefaultsEffective };
    all += { QString::fromUtf16(kDirectMaxGrade), QString::number(rankOf(Grade::Intermediate)),
        kDefaultsEffective };
    all += { QString::fromUtf16(kExceptionalMaxRungs), u"2"_s, kDefaultsEffective };
    // A WorldSkills medal two rungs, its medallion and a national medal one, a provincial gold
    // one (DOMAIN.md §3: "e.g. a national-contest medal → one rung up").
    const std::pair<std::pair<CompetitionLevel, Placing>, int> rewards[] = {
        { { CompetitionLevel::World, Placing::Gold }, 2 },
        { { CompetitionLevel::World, Placing::Silver }, 2 },
        { { CompetitionLevel::World, Placing::Bronze }, 2 },
        { { CompetitionLevel::World, Placing::Excellence }, 1 },
        { { CompetitionLevel::National, Placing::Gold }, 1 },
        { { CompetitionLevel::National, Placing::Silver }, 1 },
        { { CompetitionLevel::National, Placing::Bronze }, 1 },
        { { CompetitionLevel::Provincial, Placing::Gold }, 1 },
    };
    for (const auto &[what, rungs] : rewards)
        all += { competitionKey(what.first, what.second), QString::number(rungs),
            kDefaultsEffective };
    const std::pair<const char16_t *, const char16_t *> certificate[] = {
        { kCertificateCategory, u"Y" },
        { kCertificateBodyCode, u"0000" },
        { kCertificateSiteSerial, u"000001" },
        { kCertificateVariantCategory, u"YT" },
        { kCertificateSpecialCode, u"6" },
        { kCertificateChiefCode, u"7" },
        { kCertificateBodyName, u"" },
        { kCertificateProvincialQuery, u"" },
        { kCertificateNumbersConfirmed, u"0" },
    };
    for (const auto &[key, value] : certificate)
        all += { QString::fromUtf16(key), QString::fromUtf16(value), kDefaultsEffective };
    // Issue #6: at most 3 apprentices paid per mentor, mentors from 高级工.
    all += { QString::fromUtf16(kMentoringCap), u"3"_s, kDefaultsEffective };
    all += { QString::fromUtf16(kMentoringMinGrade), QString::number(rankOf(Grade::Senior)),
        kDefaultsEffective };
    // Section 九 and DOMAIN.md §6: 高级工 ~ 助理级, 技师 ~ 中级, 高级技师 ~ 副高级, 特级技师 and
    // 首席技师 ~ 正高级.
    const int titles[] = { 1, 2, 3, 4, 4 };
    for (int rank = rankOf(Grade::Senior); rank < kGradeCount; ++rank)
        all += { QString::fromUtf16(kParityTitlePrefix) + QString::number(rank),
            QString::number(titles[rank - rankOf(Grade::Senior)]), kDefaultsEffective };
    // Issue 16: the usual national-standard practice of employer evaluation bodies.
    const std::pair<const char16_t *, int> assessment[] = {
        { kAssessReviewFrom, rankOf(Grade::Technician) },
        { kAssessKeepPassedMonths, 12 },
        { kAssessNoticeDays, 5 },
        { kAssessReportDays, 10 },
        { kAssessPerInvigilator, 15 },
        { kAssessPerExaminer, 5 },
        { kAssessMinPanel, 3 },
        { kArchivePaperYears, 3 },
        { kArchiveElectronicYears, 5 },
    };
    all += { QString::fromUtf16(kAssessPassMark), u"60.0"_s, kDefaultsEffective };
    for (const auto &[key, value] : assessment)
        all += { QString::fromUtf16(key), QString::number(value), kDefaultsEffective };
    // A technical school's graduates register up to 中级工, a senior technical school's up to
    // 高级工, without the grade and years below (issue 16's example).
    all += { QString::fromUtf16(kAssessConditionPrefix) + u"tech-school"_s,
        QString::number(rankOf(Grade::Intermediate)), kDefaultsEffective };
    all += { QString::fromUtf16(kAssessConditionPrefix) + u"senior-tech-school"_s,
        QString::number(rankOf(Grade::Senior)), kDefaultsEffective };
    // Issue 17: remind of a licence two months before it lapses.
    all += { QString::fromUtf16(kTrainingReminderDaysKey), u"60"_s, kDefaultsEffective };
    // Section 十八: up to 8 % of the wage bill is deductible, at least 60 % of the fund goes to
    // frontline workers.
    all += { QString::fromUtf16(kFundCapPercent), u"8"_s, kDefaultsEffective };
    all += { QString::fromUtf16(kFundFrontlineTarget), u"3/5"_s, kDefaultsEffective };
    // DOMAIN.md §5: the talent pool takes provincial-or-higher honours and medals by default.
    all += { QString::fromUtf16(kTalentMinLevel), RecognitionNames::code(HonourLevel::Provincial),
        kDefaultsEffective };
    return all;
}

Result<QString> PolicyStore::normalise(const QString &key, const QString &value)
{
    const auto shape = shapeOf(key);
    if (!shape)
        return Error { tr("\"%1\" is not a policy setting; \"policy show\" lists them (as in "
                          "certify.min_years.2 or certify.competition.national.gold).")
                           .arg(key),
            {} };
    const QString text = value.trimmed();
    const auto wrong = [&](const QString &expected) {
        return Error { tr("%1: \"%2\" is not %3.").arg(key, value, expected), {} };
    };
    bool ok = false;
    switch (shape->shape) {
    case Shape::Share:
        if (const auto share = Fraction::parse(text);
            share && share->numerator >= 0 && share->numerator <= share->denominator)
            return share->toString();
        return wrong(tr("a share such as 1/3, 0.35 or 35%"));
    case Shape::Years:
        if (const int years = text.toInt(&ok); ok && years >= 0 && years <= 30)
            return QString::number(years);
        return wrong(tr("a number of years from 0 to 30"));
    case Shape::Rungs:
        if (const int rungs = text.toInt(&ok); ok && rungs >= 0 && rungs < kGradeCount)
            return QString::number(rungs);
        return wrong(tr("a number of rungs from 0 to 7"));
    case Shape::Count:
        if (const int count = text.toInt(&ok); ok && count >= 0 && count <= 99)
            return QString::number(count);
        return wrong(tr("a whole number from 0 to 99"));
    case Shape::TitleLevel:
        if (const int level = text.toInt(&ok); ok && level >= 1 && level <= 4)
            return QString::number(level);
        return wrong(tr("a title level from 1 (助理级) to 4 (正高级)"));
    case Shape::Grade:
        if (const auto grade = GradeNames::parse(text))
            return QString::number(rankOf(*grade));
        return wrong(tr("a grade such as 高级工"));
    case Shape::Names: {
        QStringList names;
        for (const QString &name : text.split(QRegularExpression(u"[,，;；\\s]+"_s)))
            if (!name.isEmpty())
                names += name;
        return names.join(u',');
    }
    case Shape::Letters1:
    case Shape::Letters2: {
        const int size = shape->shape == Shape::Letters1 ? 1 : 2;
        if (QRegularExpression(u"^[A-Z]{%1}$"_s.arg(size)).match(text.toUpper()).hasMatch())
            return text.toUpper();
        return wrong(size == 1 ? tr("one capital letter") : tr("two capital letters"));
    }
    case Shape::Digits:
        if (QRegularExpression(u"^[0-9]{%1}$"_s.arg(shape->width)).match(text).hasMatch())
            return text;
        return wrong(tr("%n digit(s)", nullptr, shape->width));
    case Shape::Text:
        return text;
    case Shape::Flag:
        if (text == u"0" || text == u"1")
            return text;
        return wrong(tr("0 (no) or 1 (yes)"));
    case Shape::Score:
        if (const auto score = AssessmentRules::parseScore(text).score)
            return score->text();
        return wrong(tr("a score from 0 to 100 with at most one decimal"));
    case Shape::Months:
        if (const int months = text.toInt(&ok); ok && months >= 0 && months <= 120)
            return QString::number(months);
        return wrong(tr("a number of months from 0 to 120"));
    case Shape::Days:
        if (const int days = text.toInt(&ok); ok && days >= 0 && days <= 366)
            return QString::number(days);
        return wrong(tr("a number of days from 0 to 366"));
    case Shape::GradeOrNone:
        if (text.isEmpty() || text == u"0")
            return u"0"_s;
        if (const auto grade = GradeNames::parse(text); grade && *grade != Grade::Apprentice)
            return QString::number(rankOf(*grade));
        return wrong(tr("a grade such as 中级工, or 0 for none"));
    case Shape::Percent:
        if (const auto percent = percentOf(text))
            return *percent;
        return wrong(tr("a percentage from 0 to 100 with at most two decimals, such as 8 or 2.5"));
    case Shape::RecognitionLevel:
        if (const auto level = RecognitionNames::parseLevel(text))
            return RecognitionNames::code(*level);
        return wrong(tr("a level such as provincial, 省级 or 市级"));
    }
    return wrong(QString());
}

Result<QHash<QString, QString>> PolicyStore::valuesOn(QSqlDatabase &db, QDate day)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT p.key, p.value FROM policy_value p WHERE p.effective_from = "
              "(SELECT max(l.effective_from) FROM policy_value l WHERE l.key = p.key "
              "AND l.effective_from <= ?)"_s);
    q.addBindValue(day.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the policy"));
    QHash<QString, QString> values;
    if (auto read = forEachRow(q, tr("Reading the policy"),
            [&](const QSqlQuery &row) {
                values.insert(row.value(0).toString(), row.value(1).toString());
            });
        !read)
        return read.error();
    return values;
}

Result<QList<PolicyEntry>> PolicyStore::history(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT key, value, effective_from FROM policy_value "
                "ORDER BY key, effective_from"_s))
        return SqlErrors::fromQuery(q, tr("Reading the policy"));
    QList<PolicyEntry> entries;
    if (auto read = forEachRow(q, tr("Reading the policy"),
            [&](const QSqlQuery &row) {
                entries += { row.value(0).toString(), row.value(1).toString(),
                    QDate::fromString(row.value(2).toString(), Qt::ISODate) };
            });
        !read)
        return read.error();
    return entries;
}

Status PolicyStore::set(QSqlDatabase &db, const QList<PolicyEntry> &entries, const Officer &by,
    const QString &reason, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::SetPolicy, today); !allowed)
        return allowed;
    QList<PolicyEntry> checked;
    for (const PolicyEntry &entry : entries) {
        if (!entry.effectiveFrom.isValid())
            return Error { tr("%1: the date from which the value holds is missing.").arg(entry.key),
                {} };
        if (entry.effectiveFrom < today && reason.trimmed().isEmpty())
            return Error { tr("%1 would hold from %2, before today (%3). A change of the policy "
                              "takes effect today or later, unless a written reason says why it "
                              "must hold from an earlier day; give that reason, or choose today "
                              "or a later day.")
                               .arg(entry.key, entry.effectiveFrom.toString(Qt::ISODate),
                                   today.toString(Qt::ISODate)),
                {} };
        const auto value = normalise(entry.key, entry.value);
        if (!value)
            return value.error();
        checked += { entry.key, *value, entry.effectiveFrom };
    }
    if (checked.isEmpty())
        return success();
    Transaction transaction(db);
    AuditLog audit(db);
    QStringList keys;
    for (const PolicyEntry &entry : std::as_const(checked))
        keys += entry.key;
    const QString firstDay = checked.first().effectiveFrom.toString(Qt::ISODate);
    const auto event = audit.beginEvent(u"policy"_s,
        reason.trimmed().isEmpty()
            ? tr("Changed the policy from %1: %2.").arg(firstDay, keys.join(u", "))
            : tr("Changed the policy from %1: %2. Reason: %3")
                  .arg(firstDay, keys.join(u", "), reason.trimmed()),
        by);
    if (!event)
        return event.error();
    QSqlQuery find(db);
    find.prepare(u"SELECT value FROM policy_value WHERE key = ? AND effective_from = ?"_s);
    QSqlQuery write(db);
    for (const PolicyEntry &entry : std::as_const(checked)) {
        const QString from = entry.effectiveFrom.toString(Qt::ISODate);
        find.addBindValue(entry.key);
        find.addBindValue(from);
        if (!find.exec())
            return SqlErrors::fromQuery(find, tr("Changing the policy"));
        const auto found = nextRow(find, tr("Changing the policy"));
        if (!found)
            return found.error();
        const bool replacing = *found;
        const QString old = replacing ? find.value(0).toString() : QString();
        find.finish();
        if (replacing) {
            write.prepare(u"UPDATE policy_value SET value = ?, event_id = ? WHERE key = ? "
                          "AND effective_from = ?"_s);
            write.addBindValue(entry.value);
            write.addBindValue(*event);
            write.addBindValue(entry.key);
            write.addBindValue(from);
        } else {
            write.prepare(u"INSERT INTO policy_value (value, event_id, key, effective_from) "
                          "VALUES (?, ?, ?, ?)"_s);
            write.addBindValue(entry.value);
            write.addBindValue(*event);
            write.addBindValue(entry.key);
            write.addBindValue(from);
        }
        if (auto done = execOrError(write, tr("Changing the policy")); !done)
            return done;
        if (auto done = audit.recordChange(
                *event, u"policy_value"_s, 0, entry.key + u'@' + from, old, entry.value);
            !done)
            return done;
    }
    return transaction.commit(tr("Changing the policy"));
}

Status PolicyStore::insertMissingDefaults(QSqlDatabase &db, qint64 eventId)
{
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO policy_value (key, effective_from, value, event_id) "
              "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM policy_value WHERE key = ?)"_s);
    for (const PolicyEntry &entry : defaults()) {
        q.bindValue(0, entry.key);
        q.bindValue(1, entry.effectiveFrom.toString(Qt::ISODate));
        q.bindValue(2, entry.value);
        q.bindValue(3, eventId);
        q.bindValue(4, entry.key);
        if (auto done = execOrError(q, tr("Recording the policy defaults")); !done)
            return done;
    }
    return success();
}

Result<CertificationPolicy> PolicyStore::certificationOn(QSqlDatabase &db, QDate day)
{
    const auto values = valuesOn(db, day);
    if (!values)
        return values.error();
    CertificationPolicy policy;
    for (int rank = 0; rank < kGradeCount - 1; ++rank) {
        const auto years = intValue(*values, minYearsKey(rank));
        if (!years)
            return years.error();
        policy.minYears[size_t(rank)] = *years;
    }
    const QString approvers = values->value(QString::fromUtf16(PolicyKeys::kApprovers));
    policy.approvers = approvers.split(u',', Qt::SkipEmptyParts);
    const auto direct = intValue(*values, QString::fromUtf16(PolicyKeys::kDirectMaxGrade));
    if (!direct)
        return direct.error();
    policy.directMaxGrade = gradeFromRank(*direct).value_or(Grade::Intermediate);
    const auto rungs = intValue(*values, QString::fromUtf16(PolicyKeys::kExceptionalMaxRungs));
    if (!rungs)
        return rungs.error();
    policy.exceptionalMaxRungs = *rungs;
    const QString prefix = QString::fromUtf16(PolicyKeys::kCompetitionPrefix);
    for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            policy.competitionRungs.insert(it.key().mid(prefix.size()), it.value().toInt());
    }
    return policy;
}

Result<AssessmentPolicy> PolicyStore::assessmentOn(QSqlDatabase &db, QDate day)
{
    const auto values = valuesOn(db, day);
    if (!values)
        return values.error();
    using namespace PolicyKeys;
    AssessmentPolicy policy;
    const QString passMark = values->value(QString::fromUtf16(kAssessPassMark));
    const auto mark = AssessmentRules::parseScore(passMark).score;
    if (!mark)
        return Error {
            tr("The policy value %1 is not set.").arg(QString::fromUtf16(kAssessPassMark)), {}
        };
    policy.passMark = *mark;
    const std::pair<const char16_t *, int *> counts[] = {
        { kAssessKeepPassedMonths, &policy.keepPassedMonths },
        { kAssessNoticeDays, &policy.noticeWorkingDays },
        { kAssessReportDays, &policy.reportWorkingDays },
        { kAssessPerInvigilator, &policy.candidatesPerInvigilator },
        { kAssessPerExaminer, &policy.candidatesPerExaminer },
        { kAssessMinPanel, &policy.minPanel },
        { kArchivePaperYears, &policy.paperRetentionYears },
        { kArchiveElectronicYears, &policy.electronicRetentionYears },
    };
    for (const auto &[key, field] : counts) {
        const auto value = intValue(*values, QString::fromUtf16(key));
        if (!value)
            return value.error();
        *field = *value;
    }
    const auto reviewFrom = intValue(*values, QString::fromUtf16(kAssessReviewFrom));
    if (!reviewFrom)
        return reviewFrom.error();
    policy.reviewFrom = gradeFromRank(*reviewFrom).value_or(Grade::Technician);
    const QString prefix = QString::fromUtf16(kAssessConditionPrefix);
    for (auto it = values->constBegin(); it != values->constEnd(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        // 0 (or a value of no grade) switches the condition off.
        const auto admits = gradeFromRank(it.value().toInt());
        if (admits && *admits != Grade::Apprentice)
            policy.conditions.insert(it.key().mid(prefix.size()), *admits);
    }
    return policy;
}

Result<CertificateNumberScheme> PolicyStore::certificateSchemeOn(QSqlDatabase &db, QDate day)
{
    const auto values = valuesOn(db, day);
    if (!values)
        return values.error();
    using namespace PolicyKeys;
    const auto value = [&](const char16_t *key) { return values->value(QString::fromUtf16(key)); };
    CertificateNumberScheme scheme;
    scheme.category = value(kCertificateCategory);
    scheme.bodyCode = value(kCertificateBodyCode);
    scheme.siteSerial = value(kCertificateSiteSerial);
    scheme.variantCategory = value(kCertificateVariantCategory);
    scheme.specialCode = value(kCertificateSpecialCode);
    scheme.chiefCode = value(kCertificateChiefCode);
    if (const auto problem = CertificateNumbers::schemeProblem(scheme))
        return Error { *problem, {} };
    return scheme;
}

Result<QString> PolicyStore::evaluatingBodyOn(QSqlDatabase &db, QDate day)
{
    const auto values = valuesOn(db, day);
    if (!values)
        return values.error();
    const QString body = values->value(QString::fromUtf16(PolicyKeys::kCertificateBodyName));
    if (!body.isEmpty())
        return body;
    const auto company = CompanyStore::require(db);
    if (!company)
        return company.error();
    return company->name;
}

Result<CertificateSettings> PolicyStore::certificateSettingsOn(QSqlDatabase &db, QDate day)
{
    const auto scheme = certificateSchemeOn(db, day);
    if (!scheme)
        return scheme.error();
    const auto values = valuesOn(db, day);
    if (!values)
        return values.error();
    using namespace PolicyKeys;
    CertificateSettings settings;
    settings.scheme = *scheme;
    settings.bodyName = values->value(QString::fromUtf16(kCertificateBodyName));
    settings.provincialQueryAddress
        = values->value(QString::fromUtf16(kCertificateProvincialQuery));
    settings.numbersConfirmed
        = values->value(QString::fromUtf16(kCertificateNumbersConfirmed)) == u"1";
    return settings;
}

Result<FundPolicy> PolicyStore::fundOn(QSqlDatabase &db, QDate day)
{
    const auto values = valuesOn(db, day);
    if (!values)
        return values.error();
    using namespace PolicyKeys;
    const QString capKey = QString::fromUtf16(kFundCapPercent);
    const QString targetKey = QString::fromUtf16(kFundFrontlineTarget);
    const auto cap = Fraction::parse(values->value(capKey) + u'%');
    if (!values->contains(capKey) || !cap)
        return Error { tr("The policy value %1 is not set.").arg(capKey), {} };
    const auto target = Fraction::parse(values->value(targetKey));
    if (!values->contains(targetKey) || !target)
        return Error { tr("The policy value %1 is not set.").arg(targetKey), {} };
    return FundPolicy { *cap, *target };
}

} // namespace skl
