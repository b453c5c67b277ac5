#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// Honours, studios and projects (issue 17): honours imported, listed and withdrawn; studios with
// their members and results; projects with their members and status. Exit codes and --json as
// RoundCommands.
class RecognitionCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::RecognitionCommands)
public:
    explicit RecognitionCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int honours(CliArguments &args);
    int studio(CliArguments &args);
    int project(CliArguments &args);

private:
    int importHonours(CliArguments &args);
    int listHonours(CliArguments &args);
    int addHonour(CliArguments &args);
    int withdrawHonour(CliArguments &args);

    int addStudio(CliArguments &args);
    int listStudios(CliArguments &args);
    int showStudio(CliArguments &args);
    int addStudioMember(CliArguments &args);
    int leaveStudio(CliArguments &args);
    int addStudioResult(CliArguments &args);
    int withdrawStudioResult(CliArguments &args);

    int addProject(CliArguments &args);
    int listProjects(CliArguments &args);
    int showProject(CliArguments &args);
    int addProjectMember(CliArguments &args);
    int withdrawProjectMember(CliArguments &args);
    int updateProject(CliArguments &args);

    // The one positional number left (an honour, studio, project or membership); 0 after a
    // usage error naming usage.
    qint64 takeId(CliArguments &args, const QString &usage);

    CliContext &m_cli;
};

} // namespace skl
