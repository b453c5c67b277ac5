#include "app/cli/talentcommands.h"

#include <QDir>
#include <QJsonDocument>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/printing/talentattestation.h"
#include "core/reports/talentpool.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

int TalentCommands::talent(CliArguments &args)
{
    const QString xlsx = args.option(u"--xlsx"_s);
    const bool asJson = args.flag(u"--json"_s);
    const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent);
    if (!args.finish() || !asOf)
        return BadUsage;
    if (asJson && !xlsx.isEmpty())
        return m_cli.usageError(tr("--json and --xlsx exclude each other."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    const auto pool = TalentPool::compute(db, m_cli.officer(), *asOf);
    if (!pool)
        return m_cli.failure(pool.error());
    if (!xlsx.isEmpty()) {
        if (auto written = TalentPool::toXlsx(db, m_cli.officer(), *pool, pool->workers, xlsx);
            !written)
            return m_cli.failure(written.error());
        m_cli.out() << tr(
            "%n worker(s) of the talent pool written to %1.", nullptr, int(pool->workers.size()))
                           .arg(QDir::toNativeSeparators(xlsx))
                    << '\n';
        return Success;
    }
    if (asJson) {
        m_cli.out() << QString::fromUtf8(
            QJsonDocument(TalentPool::toJson(pool->workers)).toJson(QJsonDocument::Indented));
        return Success;
    }
    m_cli.out() << QStringList { tr("Employee No."), tr("Name"), tr("Workshop"), tr("Grade"),
        tr("Certificate No."), tr("In the pool for"), tr("Honours"), tr("Competition medals") }
                       .join(u'\t')
                << '\n';
    for (const TalentWorker &w : pool->workers)
        m_cli.out() << QStringList { w.employeeNo, w.name, w.workshop,
            w.grade ? GradeNames::display(*w.grade) : QString(), w.certificateNo,
            TalentPool::reasonsText(w), TalentPool::honoursText(w), TalentPool::medalsText(w) }
                           .join(u'\t')
                    << '\n';
    m_cli.out() << tr("%n worker(s) in the talent pool on %1 (honours and medals from %2 level).",
        nullptr, int(pool->workers.size()))
                       .arg(asOf->toString(Qt::ISODate), RecognitionNames::display(pool->minLevel))
                << '\n';
    return Success;
}

int TalentCommands::attest(CliArguments &args)
{
    const QString out = args.option(u"--out"_s);
    const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::Required);
    if (!args.finish() || !asOf)
        return BadUsage;
    if (out.isEmpty())
        return m_cli.usageError(tr("attest needs --out FILE.pdf: where to write the attestation."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    CliProgress progress(m_cli);
    const auto issued
        = TalentAttestation::issue(connection->db(), m_cli.officer(), *asOf, out, progress);
    if (!issued)
        return m_cli.failure(issued.error());
    m_cli.out() << tr("The attestation of high-skilled staffing as of %1 (reference %2, %n "
                      "high-skilled worker(s)) is written to %3.",
        nullptr, int(issued->highSkilled.size()))
                       .arg(asOf->toString(Qt::ISODate), issued->reference,
                           QDir::toNativeSeparators(out))
                << '\n';
    return Success;
}

} // namespace skl
