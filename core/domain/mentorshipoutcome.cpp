#include "core/domain/mentorshipoutcome.h"

using namespace Qt::StringLiterals;

namespace skl {

QString MentorshipOutcomes::code(MentorshipOutcome outcome)
{
    switch (outcome) {
    case MentorshipOutcome::Completed:
        return u"completed"_s;
    case MentorshipOutcome::NotCompleted:
        return u"not_completed"_s;
    case MentorshipOutcome::Terminated:
        return u"terminated"_s;
    }
    return {};
}

QString MentorshipOutcomes::display(MentorshipOutcome outcome)
{
    switch (outcome) {
    case MentorshipOutcome::Completed:
        return tr("Completed");
    case MentorshipOutcome::NotCompleted:
        return tr("Not completed");
    case MentorshipOutcome::Terminated:
        return tr("Terminated");
    }
    return {};
}

std::optional<MentorshipOutcome> MentorshipOutcomes::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"completed" || t == u"出师")
        return MentorshipOutcome::Completed;
    if (t == u"not_completed" || t == u"not completed" || t == u"未出师")
        return MentorshipOutcome::NotCompleted;
    if (t == u"terminated" || t == u"中止" || t == u"终止")
        return MentorshipOutcome::Terminated;
    return std::nullopt;
}

} // namespace skl
