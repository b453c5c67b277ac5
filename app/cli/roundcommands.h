#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace skl {

class CliArguments;
class CliContext;

// Assessment rounds (issue 16): a round opened with its occupation, grade and assessment date,
// its candidates and panels, the scores file, the results, the public notice and the report.
class RoundCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundCommands)
public:
    explicit RoundCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int round(CliArguments &args);

private:
    int add(CliArguments &args);
    int list(CliArguments &args);
    int registerCandidate(CliArguments &args);
    // All the registrations of a file (employee_no[, condition]), or none.
    int registerFile(QSqlDatabase &db, qint64 roundId, const QString &file);
    int withdraw(CliArguments &args);
    int examiner(CliArguments &args);
    int removeExaminer(CliArguments &args);
    int scores(CliArguments &args);
    int results(CliArguments &args);
    int postNotice(CliArguments &args);
    int overrideNotice(CliArguments &args);
    int report(CliArguments &args);

    // The round's number, the one positional argument left; 0 after a usage error.
    qint64 roundId(CliArguments &args, const QString &verb);

    CliContext &m_cli;
};

} // namespace skl
