#include "ui/rounds/scorevalidator.h"

#include "core/domain/assessment.h"

using namespace Qt::StringLiterals;

namespace skl {

ScoreValidator::ScoreValidator(std::function<void(const QString &)> refused, QObject *parent)
    : QValidator(parent)
    , m_refused(std::move(refused))
{ }

QValidator::State ScoreValidator::validate(QString &input, int &) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Acceptable;
    // "60." is on its way to "60.5".
    const bool unfinished = text.endsWith(u'.');
    const auto parsed = AssessmentRules::parseScore(unfinished ? text.chopped(1) : text);
    if (!parsed.error.isEmpty()) {
        m_refused(parsed.error);
        return Invalid;
    }
    return unfinished ? Intermediate : Acceptable;
}

} // namespace skl
