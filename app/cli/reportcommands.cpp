#include "app/cli/reportcommands.h"

#include <QDir>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/printing/leadershipreport.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

int ReportCommands::report(CliArguments &args)
{
    const QString out = args.option(u"--out"_s);
    const QString font = args.option(u"--font"_s);
    const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent);
    if (!args.finish() || !asOf)
        return BadUsage;
    if (out.isEmpty())
        return m_cli.usageError(tr("report needs --out FILE.pdf: where to write the report."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    // The window's 打印报告 reads as the dashboard does: Act::ReadTargets, checked first.
    const auto figures = LeadershipReport::collect(connection->db(), m_cli.officer(), *asOf);
    if (!figures)
        return m_cli.failure(figures.error());
    CliProgress progress(m_cli);
    const auto pages = LeadershipReport(*figures, { font }).writePdf(out, progress);
    if (!pages)
        return m_cli.failure(pages.error());
    m_cli.out() << tr("The report on %1 as of %2 (%n page(s)) is written to %3.", nullptr, *pages)
                       .arg(figures->report.company.name, asOf->toString(Qt::ISODate),
                           QDir::toNativeSeparators(out))
                << '\n';
    return Success;
}

} // namespace skl
