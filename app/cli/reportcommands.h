#pragma once

#include <QCoreApplication>

namespace skl {

class CliArguments;
class CliContext;

// The leadership report (目标看板 ▸ 打印报告) as a PDF, the same as the window's, for a monthly
// scheduled job; and the roster printed as filtered (文件 ▸ 打印花名册).
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(skl::ReportCommands)
public:
    explicit ReportCommands(CliContext &cli)
        : m_cli(cli)
    { }

    int report(CliArguments &args);
    // roster print --out FILE.pdf [filters]: the roster as the window's 打印花名册 prints it.
    int roster(CliArguments &args);

private:
    CliContext &m_cli;
};

} // namespace skl
