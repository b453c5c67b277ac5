#pragma once

#include <functional>

#include <QValidator>

namespace skl {

// A score as it is typed (0–100, at most one decimal, AssessmentRules::parseScore): a keystroke
// that cannot lead to a score is refused, and refused receives the reason for the status line
// ("59.95": more than one decimal). Empty is acceptable: not scored.
class ScoreValidator : public QValidator
{
    Q_OBJECT
public:
    explicit ScoreValidator(std::function<void(const QString &reason)> refused, QObject *parent);

    State validate(QString &input, int &pos) const override;

private:
    std::function<void(const QString &)> m_refused;
};

} // namespace skl
