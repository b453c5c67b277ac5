#include "core/domain/training.h"

#include <algorithm>
#include <array>
#include <map>

#include <QRegularExpression>

#include "core/domain/nametable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr const char *kContext = "skl::TrainingNames";

    const std::array<NameRow, 7> kKinds { {
        { u"post", QT_TRANSLATE_NOOP("skl::TrainingNames", "Post training"), u"岗位培训" },
        { u"study", QT_TRANSLATE_NOOP("skl::TrainingNames", "Skill study"), u"技能研修" },
        { u"continuing", QT_TRANSLATE_NOOP("skl::TrainingNames", "Continuing education"),
            u"继续教育" },
        { u"apprentice", QT_TRANSLATE_NOOP("skl::TrainingNames", "Apprentice training"),
            u"学徒培训" },
        { u"safety", QT_TRANSLATE_NOOP("skl::TrainingNames", "Safety training"), u"安全培训" },
        { u"special", QT_TRANSLATE_NOOP("skl::TrainingNames", "Special operation"), u"特种作业",
            u"特种作业培训" },
        { u"other", QT_TRANSLATE_NOOP("skl::TrainingNames", "Other"), u"其他" },
    } };

    // English spellings officers also write, beside the labels above.
    struct Alias
    {
        QLatin1StringView text;
        TrainingKind kind;
    };
    constexpr std::array kAliases {
        Alias { "post"_L1, TrainingKind::Post },
        Alias { "on-the-job training"_L1, TrainingKind::Post },
        Alias { "skill training"_L1, TrainingKind::Study },
        Alias { "study"_L1, TrainingKind::Study },
        Alias { "apprenticeship"_L1, TrainingKind::Apprentice },
        Alias { "safety"_L1, TrainingKind::Safety },
        Alias { "special operation training"_L1, TrainingKind::Special },
        Alias { "special operations"_L1, TrainingKind::Special },
    };

} // namespace

QList<TrainingKind> TrainingNames::kinds()
{
    QList<TrainingKind> all;
    for (size_t i = 0; i < kKinds.size(); ++i)
        all += TrainingKind(i);
    return all;
}

QString TrainingNames::code(TrainingKind kind)
{
    return codeNamed(kKinds, int(kind));
}

QString TrainingNames::display(TrainingKind kind)
{
    return displayNamed(kContext, kKinds, int(kind));
}

std::optional<TrainingKind> TrainingNames::parseKind(const QString &text)
{
    if (const auto named = parseNamed<TrainingKind>(kKinds, text))
        return named;
    const QString wanted = text.trimmed();
    for (const Alias &alias : kAliases) {
        if (wanted.compare(alias.text, Qt::CaseInsensitive) == 0)
            return alias.kind;
    }
    return std::nullopt;
}

std::optional<int> TrainingNames::parseHours(const QString &text)
{
    static const QRegularExpression hours(u"^([0-9]{1,5})(?:\\.([0-9]))?$"_s);
    const auto match = hours.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int whole = match.captured(1).toInt();
    const int tenth = match.captured(2).isEmpty() ? 0 : match.captured(2).toInt();
    return whole * 10 + tenth;
}

QString TrainingNames::hoursText(int tenths)
{
    if (tenths % 10 == 0)
        return QString::number(tenths / 10);
    return u"%1.%2"_s.arg(tenths / 10).arg(tenths % 10);
}

QString TrainingNames::whyNotHours(const QString &text)
{
    if (parseHours(text))
        return {};
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("The hours are missing.");
    bool isNumber = false;
    const double value = trimmed.toDouble(&isNumber);
    if (!isNumber)
        return tr("\"%1\" is not a number.").arg(trimmed);
    if (value < 0)
        return tr("Hours cannot be below zero (%1).").arg(trimmed);
    return tr("\"%1\" has more than one decimal; write hours as 8 or 7.5.").arg(trimmed);
}

QList<ExpiringCertificate> expiringCertificates(
    const QList<ExpiryCandidate> &records, QDate asOf, int withinDays)
{
    // The latest record of each (worker, course) that ended on or before asOf; of two ending
    // the same day, the one entered later (the higher id).
    std::map<std::pair<qint64, QString>, const ExpiryCandidate *> latest;
    for (const ExpiryCandidate &candidate : records) {
        const TrainingRecord &r = candidate.record;
        if (!r.end.isValid() || r.end > asOf)
            continue;
        const auto key = std::make_pair(r.workerId, r.course.trimmed());
        auto &held = latest[key];
        if (!held || held->record.end < r.end
            || (held->record.end == r.end && held->record.id < r.id))
            held = &candidate;
    }
    const QDate horizon = asOf.addDays(withinDays);
    QList<ExpiringCertificate> listed;
    for (const auto &[key, candidate] : latest) {
        const TrainingRecord &r = candidate->record;
        if (!candidate->inService || !r.expires.isValid() || r.expires > horizon)
            continue;
        listed += ExpiringCertificate { r.employeeNo, r.workerName, r.workshop, r.course,
            r.certificateNo, r.expires, r.expires < asOf };
    }
    sortByExpiry(listed);
    return listed;
}

void sortByExpiry(QList<ExpiringCertificate> &listed)
{
    std::sort(listed.begin(), listed.end(),
        [](const ExpiringCertificate &a, const ExpiringCertificate &b) {
            if (a.expires != b.expires)
                return a.expires < b.expires;
            if (a.employeeNo != b.employeeNo)
                return a.employeeNo < b.employeeNo;
            return a.course < b.course;
        });
}

QString trainingInputProblem(const TrainingInput &input)
{
    if (input.course.trimmed().isEmpty())
        return TrainingNames::tr("The course is missing.");
    if (!input.start.isValid() || !input.end.isValid())
        return TrainingNames::tr("The training needs its start and end dates.");
    if (input.end < input.start)
        return TrainingNames::tr("The training ends (%1) before it starts (%2).")
            .arg(input.end.toString(Qt::ISODate), input.start.toString(Qt::ISODate));
    if (input.hoursTenths < 0)
        return TrainingNames::tr("Hours cannot be below zero.");
    if (input.cost.isNegative())
        return TrainingNames::tr("The cost cannot be below zero.");
    if (input.result.trimmed().isEmpty())
        return TrainingNames::tr("The result is missing (合格, 不合格, 结业 …).");
    if (input.expires.isValid() && input.certificateNo.trimmed().isEmpty())
        return TrainingNames::tr("An expiry date needs the certificate number it belongs to.");
    if (input.expires.isValid() && input.expires < input.start)
        return TrainingNames::tr("The certificate expires (%1) before the training starts (%2).")
            .arg(input.expires.toString(Qt::ISODate), input.start.toString(Qt::ISODate));
    return {};
}

} // namespace skl
