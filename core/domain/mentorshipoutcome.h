#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace skl {

// How a master-apprentice agreement (师带徒) ended (issue 15). The grade the apprentice reached
// alone cannot tell an apprentice who did not pass (未出师) from an agreement broken off early
// (中止): both end without a grade, and ground 4.4 of exceptional promotion counts only
// apprentices who completed (出师).
enum class MentorshipOutcome { Completed, NotCompleted, Terminated };

class MentorshipOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(skl::MentorshipOutcomes)
public:
    // completed, not_completed, terminated: what the database and files store.
    static QString code(MentorshipOutcome outcome);
    // 出师, 未出师, 中止 in the UI language.
    static QString display(MentorshipOutcome outcome);
    // The code, the Chinese name or the English label, whatever the UI language.
    static std::optional<MentorshipOutcome> parse(const QString &text);
};

} // namespace skl
