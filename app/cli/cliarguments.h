#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace skl {

class CliContext;

// The arguments of one skillladder-cli run, taken out as a command understands them: options
// with a value ("--name VALUE"), flags ("--name"), dates. A usage error is printed through
// the context when it is found, so that every problem is named, and remembered (hasErrors()).
// What no one took is left over: positional arguments, or a usage error (noneLeft()).
class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(skl::CliArguments)
public:
    enum class DateRule {
        Required, // absent is a usage error
        TodayIfAbsent,
    };

    CliArguments(QStringList arguments, CliContext &context)
        : m_arguments(std::move(arguments))
        , m_context(context)
    { }

    // Takes the first "--name VALUE" out; empty if absent. A name without a value is a usage error.
    QString option(const QString &name);
    // Takes every "--name" out: saying it twice means the same as once.
    bool flag(const QString &name);
    // "--name YYYY-MM-DD"; nullopt after a usage error.
    std::optional<QDate> date(const QString &name, DateRule rule);
    // A record's number (a certification, a round, a competition): a whole number above zero.
    static bool parseId(const QString &text, qint64 &id);

    bool hasErrors() const { return m_hasErrors; }
    // True when nothing is left; otherwise a usage error names the first argument left.
    bool noneLeft();
    // No usage error so far and nothing left over: the command may run.
    bool finish() { return !m_hasErrors && noneLeft(); }

    // What is left, in order: the positional arguments once the options are taken.
    const QStringList &rest() const { return m_arguments; }
    bool isEmpty() const { return m_arguments.isEmpty(); }
    qsizetype size() const { return m_arguments.size(); }
    const QString &first() const { return m_arguments.first(); }
    const QString &at(qsizetype i) const { return m_arguments.at(i); }
    QString takeFirst() { return m_arguments.takeFirst(); }

private:
    void usageError(const QString &message);

    QStringList m_arguments;
    CliContext &m_context;
    bool m_hasErrors = false;
};

} // namespace skl
