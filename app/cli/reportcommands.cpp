#include "app/cli/reportcommands.h"

#include <QDir>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/domain/grade.h"
#include "core/printing/leadershipreport.h"
#include "core/printing/rosterprintout.h"
#include "core/store/workerstore.h"

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

namespace {

    // The id of the unit named name (and of site, when given, for a workshop).
    std::optional<qint64> unitNamed(const QList<NamedUnit> &units, const QString &name,
        std::optional<qint64> siteId = std::nullopt)
    {
        std::optional<qint64> found;
        for (const NamedUnit &unit : units) {
            if (unit.name == name.trimmed() && (!siteId || unit.siteId == *siteId)) {
                if (found)
                    return std::nullopt; // two workshops of that name: --site tells which
                found = unit.id;
            }
        }
        return found;
    }

    std::optional<RosterQuery::SortKey> sortKeyNamed(const QString &name)
    {
        using Key = RosterQuery::SortKey;
        if (name.isEmpty() || name == u"employee-no")
            return Key::EmployeeNo;
        if (name == u"name")
            return Key::Name;
        if (name == u"grade")
            return Key::Grade;
        if (name == u"grade-date")
            return Key::GradeDate;
        if (name == u"hire-date")
            return Key::HireDate;
        return std::nullopt;
    }

} // namespace

int ReportCommands::roster(CliArguments &args)
{
    if (args.isEmpty() || args.first() != u"print")
        return m_cli.usageError(tr("roster needs what to do: roster print --out FILE.pdf."));
    args.takeFirst();
    const QString out = args.option(u"--out"_s);
    const QString font = args.option(u"--font"_s);
    const QString site = args.option(u"--site"_s);
    const QString workshop = args.option(u"--workshop"_s);
    const QString occupation = args.option(u"--occupation"_s);
    const QString grade = args.option(u"--grade"_s);
    const QString frontline = args.option(u"--frontline"_s);
    const QString sort = args.option(u"--sort"_s);
    RosterQuery query;
    query.filter.search = args.option(u"--search"_s);
    const bool inService = args.flag(u"--in-service"_s);
    const bool left = args.flag(u"--left"_s);
    query.order = args.flag(u"--descending"_s) ? Qt::DescendingOrder : Qt::AscendingOrder;
    const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent);
    if (!args.finish() || !asOf)
        return BadUsage;
    if (out.isEmpty())
        return m_cli.usageError(tr("roster print needs --out FILE.pdf: where to write it."));
    if (inService && left)
        return m_cli.usageError(tr("--in-service and --left exclude each other."));
    query.filter.service = inService ? RosterFilter::Service::InService
        : left                       ? RosterFilter::Service::Left
                                     : RosterFilter::Service::All;
    query.filter.serviceDate = *asOf;
    const auto sortKey = sortKeyNamed(sort);
    if (!sortKey)
        return m_cli.usageError(
            tr("--sort: \"%1\" is not a column to sort by; use employee-no, name, grade, "
               "grade-date or hire-date.")
                .arg(sort));
    query.sortKey = *sortKey;
    if (!grade.isEmpty()) {
        query.filter.hasGradeFilter = true;
        if (grade != u"none") {
            query.filter.grade = GradeNames::parse(grade);
            if (!query.filter.grade)
                return m_cli.usageError(
                    tr("--grade: \"%1\" is not a grade; write 高级工, 三级 or none.").arg(grade));
        }
    }
    if (!frontline.isEmpty()) {
        if (frontline != u"yes" && frontline != u"no")
            return m_cli.usageError(tr("--frontline takes yes or no."));
        query.filter.frontline = frontline == u"yes";
    }
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    WorkerStore workers(connection->db());
    auto resolve = [&](const Result<QList<NamedUnit>> &units, const QString &name,
                       std::optional<qint64> siteId, const QString &option,
                       std::optional<qint64> &id) -> bool {
        if (name.isEmpty())
            return true;
        if (!units) {
            m_cli.failure(units.error());
            return false;
        }
        id = unitNamed(*units, name, siteId);
        if (!id)
            m_cli.usageError(tr("%1: no single unit is named \"%2\"; write its name as the "
                                "roster lists it (a workshop's site with --site).")
                                 .arg(option, name));
        return id.has_value();
    };
    if (!resolve(workers.sites(), site, std::nullopt, u"--site"_s, query.filter.siteId)
        || !resolve(workers.workshops(), workshop, query.filter.siteId, u"--workshop"_s,
            query.filter.workshopId)
        || !resolve(workers.occupations(), occupation, std::nullopt, u"--occupation"_s,
            query.filter.occupationId))
        return BadUsage;
    CliProgress progress(m_cli);
    // The printout checks the act itself (Act::ExportRoster), first, as the export does.
    const RosterPrintout printout(query, RosterPrintout::allColumns(), { font, {} });
    const auto pages = printout.writePdf(connection->db(), m_cli.officer(), out, progress);
    if (!pages)
        return m_cli.failure(pages.error());
    m_cli.out() << tr("The roster (%n page(s)) is written to %1.", nullptr, *pages)
                       .arg(QDir::toNativeSeparators(out))
                << '\n';
    return Success;
}

} // namespace skl
