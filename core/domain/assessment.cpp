#include "core/domain/assessment.h"

#include <QRegularExpression>

#include "core/domain/certificationrules.h"

using namespace Qt::Literals::StringLiterals;

namespace skl {

namespace {

    constexpr int kFullMarks = 1000; // 100.0 in tenths

    QString gradeName(Grade grade)
    {
        return GradeNames::display(grade);
    }

} // namespace

QString Score::text() const
{
    return u"%1.%2"_s.arg(tenths / 10).arg(tenths % 10);
}

QString AssessmentRules::code(AssessmentPart part)
{
    switch (part) {
    case AssessmentPart::Theory:
        return u"theory"_s;
    case AssessmentPart::Practical:
        return u"practical"_s;
    case AssessmentPart::Review:
        return u"review"_s;
    }
    return {};
}

QString AssessmentRules::display(AssessmentPart part)
{
    switch (part) {
    case AssessmentPart::Theory:
        return tr("Theory");
    case AssessmentPart::Practical:
        return tr("Practical skills");
    case AssessmentPart::Review:
        return tr("Comprehensive review");
    }
    return {};
}

std::optional<AssessmentPart> AssessmentRules::parsePart(const QString &text)
{
    const QString t = text.trimmed();
    for (AssessmentPart part : kAssessmentParts) {
        if (t.compare(code(part), Qt::CaseInsensitive) == 0 || t == display(part))
            return part;
    }
    if (t == u"理论知识" || t == u"理论")
        return AssessmentPart::Theory;
    if (t == u"操作技能" || t == u"实操")
        return AssessmentPart::Practical;
    if (t == u"综合评审")
        return AssessmentPart::Review;
    return std::nullopt;
}

QString AssessmentRules::display(DossierVolume volume)
{
    switch (volume) {
    case DossierVolume::Registration:
        return tr("Registration and eligibility");
    case DossierVolume::Filing:
        return tr("Filing");
    case DossierVolume::Process:
        return tr("Process");
    case DossierVolume::Papers:
        return tr("Papers and scores");
    case DossierVolume::Certificates:
        return tr("Certificates");
    }
    return {};
}

std::optional<DossierVolume> AssessmentRules::parseVolume(const QString &text)
{
    const QString t = text.trimmed();
    bool isNumber = false;
    const int number = t.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= 5 ? std::optional(DossierVolume(number)) : std::nullopt;
    static const char16_t *const chinese[]
        = { u"报名与资格审核", u"备案", u"过程管理", u"试卷及成绩", u"证书管理" };
    for (DossierVolume volume : kDossierVolumes) {
        if (t.compare(display(volume), Qt::CaseInsensitive) == 0
            || t == QString::fromUtf16(chinese[int(volume) - 1]))
            return volume;
    }
    return std::nullopt;
}

QString AssessmentRules::code(RoundStage stage)
{
    switch (stage) {
    case RoundStage::Registration:
        return u"registration"_s;
    case RoundStage::Review:
        return u"review"_s;
    case RoundStage::Assessment:
        return u"assessment"_s;
    case RoundStage::Notice:
        return u"notice"_s;
    case RoundStage::Decision:
        return u"decision"_s;
    case RoundStage::Report:
        return u"report"_s;
    case RoundStage::Archive:
        return u"archive"_s;
    }
    return {};
}

QString AssessmentRules::display(RoundStage stage)
{
    switch (stage) {
    case RoundStage::Registration:
        return tr("Registration");
    case RoundStage::Review:
        return tr("Eligibility review");
    case RoundStage::Assessment:
        return tr("Assessment");
    case RoundStage::Notice:
        return tr("Public notice");
    case RoundStage::Decision:
        return tr("Certification");
    case RoundStage::Report:
        return tr("Report");
    case RoundStage::Archive:
        return tr("Archive");
    }
    return {};
}

AssessmentRules::ParsedScore AssessmentRules::parseScore(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression shape(u"^(\\d{1,3})(?:\\.(\\d))?$"_s);
    const auto match = shape.match(t);
    if (!match.hasMatch()) {
        static const QRegularExpression decimals(u"^\\d+\\.\\d{2,}$"_s);
        if (decimals.match(t).hasMatch())
            return { std::nullopt, tr("\"%1\" has more than one decimal.").arg(t) };
        return { std::nullopt, tr("\"%1\" is not a score from 0 to 100.").arg(t) };
    }
    const int tenths = match.captured(1).toInt() * 10
        + (match.captured(2).isEmpty() ? 0 : match.captured(2).toInt());
    if (tenths > kFullMarks)
        return { std::nullopt, tr("%1 is above 100.").arg(t) };
    return { Score { tenths }, {} };
}

QList<AssessmentPart> AssessmentRules::requiredParts(Grade grade, const AssessmentPolicy &policy)
{
    QList<AssessmentPart> parts { AssessmentPart::Theory, AssessmentPart::Practical };
    if (grade >= policy.reviewFrom)
        parts.append(AssessmentPart::Review);
    return parts;
}

bool AssessmentRules::passes(const PartScore &part, const AssessmentPolicy &policy)
{
    return part.score && *part.score >= policy.passMark;
}

CandidateOutcome AssessmentRules::outcome(
    Grade grade, const PartScores &parts, const AssessmentPolicy &policy)
{
    CandidateOutcome result;
    for (AssessmentPart part : requiredParts(grade, policy)) {
        if (!passes(parts[size_t(part)], policy))
            result.failedParts.append(part);
    }
    result.passed = result.failedParts.isEmpty();
    return result;
}

std::optional<QString> AssessmentRules::panelProblem(
    AssessmentPart part, int staff, int candidates, const AssessmentPolicy &policy)
{
    if (part == AssessmentPart::Theory) {
        const int per = qMax(1, policy.candidatesPerInvigilator);
        const int needed = qMax(1, (candidates + per - 1) / per);
        if (staff < needed)
            return tr("The theory exam of %n candidate(s) needs at least %1 invigilator(s) "
                      "(one per %2); %3 registered.",
                nullptr, candidates)
                .arg(needed)
                .arg(per)
                .arg(staff);
        return std::nullopt;
    }
    const QString name = display(part);
    if (staff < policy.minPanel)
        return tr("The %1 panel has %n examiner(s); it needs an odd number of at least %2.",
            nullptr, staff)
            .arg(name)
            .arg(policy.minPanel);
    if (staff % 2 == 0)
        return tr("The %1 panel has %n examiner(s); it needs an odd number.", nullptr, staff)
            .arg(name);
    const int per = qMax(1, policy.candidatesPerExaminer);
    const int needed = (candidates + per - 1) / per;
    if (part == AssessmentPart::Practical && staff < needed)
        return tr("The practical assessment of %n candidate(s) needs at least %1 examiner(s) "
                  "(one per %2); %3 registered.",
            nullptr, candidates)
            .arg(needed)
            .arg(per)
            .arg(staff);
    return std::nullopt;
}

AssessmentRules::Eligibility AssessmentRules::eligibility(Grade grade, std::optional<Grade> held,
    QDate heldSince, QDate assessmentDate, int minYears, const QString &condition,
    const AssessmentPolicy &policy)
{
    if (!condition.isEmpty()) {
        const auto admits = policy.conditions.constFind(condition);
        if (admits == policy.conditions.constEnd())
            return { tr("\"%1\" is not a condition of registration in the policy.").arg(condition),
                {} };
        if (grade > *admits)
            return { tr("The condition \"%1\" admits registration up to %2, not %3.")
                         .arg(condition, gradeName(*admits), gradeName(grade)),
                {} };
        if (held && *held >= grade)
            return { tr("The worker already holds %1 in this occupation.").arg(gradeName(*held)),
                {} };
        return {};
    }
    if (!held)
        return { tr("Registration for %1 needs %2 held in the occupation; the worker holds no "
                    "grade in it.")
                     .arg(gradeName(grade), gradeName(Grade(qMax(0, rankOf(grade) - 1)))),
            {} };
    if (rankOf(*held) + 1 != rankOf(grade))
        return { tr("Registration for %1 needs %2 held in the occupation; the worker holds %3.")
                     .arg(gradeName(grade), gradeName(Grade(rankOf(grade) - 1)), gradeName(*held)),
            {} };
    const QDate from = CertificationRules::eligibleFrom(heldSince, minYears);
    if (assessmentDate < from)
        return { tr("Registration for %1 needs %n year(s) at %2 by the assessment date %3: held "
                    "since %4, eligible from %5.",
                     nullptr, minYears)
                     .arg(gradeName(grade), gradeName(*held), assessmentDate.toString(Qt::ISODate),
                         heldSince.toString(Qt::ISODate), from.toString(Qt::ISODate)),
            from };
    return { std::nullopt, from };
}

} // namespace skl
