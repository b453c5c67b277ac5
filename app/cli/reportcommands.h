#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The leadership report (目标看板 ▸ 打印报告) as a PDF, the same as the window's, for a monthly
// scheduled job.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::ReportCommands)
public:
    explicit ReportCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int report(CliArguments &args);

private:
    CliContext &m_cli;
};

} // namespace skl
