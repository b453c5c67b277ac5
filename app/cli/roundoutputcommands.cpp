#include "app/cli/roundoutputcommands.h"

#include <QDir>
#include <QFileInfo>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/printing/rounddossier.h"
#include "core/printing/roundnotice.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    // The round's number, the first argument left once the options are taken.
    std::optional<qint64> roundId(CliArguments &args)
    {
        qint64 id = 0;
        if (args.isEmpty() || !CliArguments::parseId(args.first(), id))
            return std::nullopt;
        args.takeFirst();
        return id;
    }

} // namespace

int RoundOutputCommands::notice(CliArguments &args)
{
    const QString out = args.option(u"--out"_s);
    const auto id = roundId(args);
    if (!args.finish())
        return BadUsage;
    if (!id || out.isEmpty())
        return m_cli.usageError(tr("round notice needs the round's number and --out FILE.pdf."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto content = RoundNotice::compose(connection->db(), *id, m_cli.officer());
    if (!content)
        return m_cli.failure(content.error());
    if (auto written = RoundNotice::writePdf(*content, out); !written)
        return m_cli.failure(written.error());
    m_cli.out() << (content->draft
            ? tr("The draft notice of round %1 (not posted yet; %n candidate(s)) "
                 "is written to %2.",
                nullptr, int(content->rows.size()))
            : tr("The notice of round %1 (%n candidate(s)) is written to %2.", nullptr,
                int(content->rows.size())))
                       .arg(*id)
                       .arg(QDir::toNativeSeparators(out))
                << '\n';
    return Success;
}

int RoundOutputCommands::dossier(CliArguments &args)
{
    const QString out = args.option(u"--out"_s);
    const auto id = roundId(args);
    if (!args.finish())
        return BadUsage;
    if (!id || out.isEmpty())
        return m_cli.usageError(tr("round dossier needs the round's number and --out DIR."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    CliProgress progress(m_cli);
    const auto files = RoundDossier::write(connection->db(), *id, m_cli.officer(), out, progress);
    if (!files)
        return m_cli.failure(files.error());
    m_cli.out() << tr(
        "The dossier of round %1 (%n file(s)) is written to %2.", nullptr, int(files->size()))
                       .arg(*id)
                       .arg(QDir::toNativeSeparators(QFileInfo(files->constFirst()).absolutePath()))
                << '\n';
    for (const QString &file : *files)
        m_cli.out() << QDir::toNativeSeparators(file) << '\n';
    return Success;
}

} // namespace skl
