#include "app/cli/recognitioncommands.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/importing/honoursimport.h"
#include "core/store/honourstore.h"
#include "core/store/paystore.h"
#include "core/store/projectstore.h"
#include "core/store/studiostore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    QJsonValue dateJson(QDate day)
    {
        return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
    }

    QJsonObject honourJson(const HonourRecord &h)
    {
        return QJsonObject {
            { u"id"_s, h.id },
            { u"employee_no"_s, h.employeeNo },
            { u"name"_s, h.workerName },
            { u"honour"_s, h.name },
            { u"level"_s, RecognitionNames::code(h.level) },
            { u"date"_s, dateJson(h.awardedOn) },
            { u"body"_s, h.body },
            { u"withdrawn"_s, h.withdrawn },
            { u"withdraw_reason"_s, h.withdrawn ? QJsonValue(h.withdrawReason) : QJsonValue() },
        };
    }

    // A hidden worker (outside a workshop head's workshops) is null.
    QJsonValue workerJson(const NamedWorker &w)
    {
        if (w.hidden)
            return QJsonValue();
        return QJsonObject { { u"employee_no"_s, w.employeeNo }, { u"name"_s, w.name },
            { u"workshop"_s, w.workshop } };
    }

    QString workerText(const NamedWorker &w)
    {
        return w.hidden ? RecognitionCommands::tr("(another workshop)")
                        : u"%1 %2"_s.arg(w.employeeNo, w.name);
    }

    QJsonObject studioJson(const StudioRecord &s)
    {
        return QJsonObject {
            { u"id"_s, s.id },
            { u"name"_s, s.name },
            { u"kind"_s, RecognitionNames::code(s.kind) },
            { u"level"_s, RecognitionNames::code(s.level) },
            { u"leader"_s, workerJson(s.leader) },
            { u"occupation"_s, s.occupation },
            { u"founded"_s, dateJson(s.foundedOn) },
            { u"members"_s, s.members },
            { u"results"_s, s.results },
            { u"apprentices"_s, s.apprentices },
        };
    }

    QJsonObject projectJson(const ProjectRecord &p)
    {
        return QJsonObject {
            { u"id"_s, p.id },
            { u"title"_s, p.title },
            { u"kind"_s, RecognitionNames::code(p.kind) },
            { u"lead"_s, workerJson(p.lead) },
            { u"start"_s, dateJson(p.startedOn) },
            { u"status"_s, RecognitionNames::code(p.status) },
            { u"status_date"_s, dateJson(p.statusOn) },
            { u"outcome"_s, p.outcome },
            { u"members"_s, p.members },
        };
    }

    QJsonObject memberJson(const ProjectMemberRecord &m)
    {
        QJsonObject o { { u"id"_s, m.id }, { u"worker"_s, workerJson(m.worker) },
            { u"grade"_s, m.grade ? QJsonValue(GradeNames::chinese(*m.grade)) : QJsonValue() },
            { u"title"_s,
                m.titleLevel > 0 ? QJsonValue(PayStore::titleName(m.titleLevel)) : QJsonValue() },
            { u"withdrawn"_s, m.withdrawn } };
        return o;
    }

    QString qualification(const ProjectMemberRecord &m)
    {
        QStringList parts;
        if (m.grade)
            parts += GradeNames::display(*m.grade);
        if (m.titleLevel > 0)
            parts += PayStore::titleName(m.titleLevel);
        return parts.isEmpty() ? u"-"_s : parts.join(u", ");
    }

} // namespace

qint64 RecognitionCommands::takeId(CliArguments &args, const QString &usage)
{
    qint64 id = 0;
    if (args.hasErrors())
        return 0;
    if (args.size() != 1 || !CliArguments::parseId(args.first(), id)) {
        m_cli.usageError(usage);
        return 0;
    }
    return id;
}

int RecognitionCommands::honours(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(tr("honours needs import, list, add or withdraw."));
    const QString verb = args.takeFirst();
    if (verb == u"import")
        return importHonours(args);
    if (verb == u"list")
        return listHonours(args);
    if (verb == u"add")
        return addHonour(args);
    if (verb == u"withdraw")
        return withdrawHonour(args);
    return m_cli.usageError(tr("Unknown honours command \"%1\".").arg(verb));
}

int RecognitionCommands::importHonours(CliArguments &args)
{
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("honours import FILE.csv|FILE.xlsx imports honours "
                                   "(employee_no, honour, level, date, body)."));
    const QString file = args.first();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    CliProgress progress(m_cli);
    const auto outcome = HonoursImport::run(connection->db(), file, m_cli.officer(), progress);
    if (!outcome)
        return m_cli.failure(outcome.error());
    if (!outcome->problems.isEmpty()) {
        for (const RowProblem &problem : outcome->problems)
            m_cli.err() << problem.toString() << '\n';
        return m_cli.failure(tr(
            "%n problem(s) in %1; no honour was imported.", nullptr, int(outcome->problems.size()))
                                 .arg(QDir::toNativeSeparators(file)));
    }
    m_cli.out() << tr("Imported %n honour(s).", nullptr, outcome->written) << '\n';
    return Success;
}

int RecognitionCommands::listHonours(CliArguments &args)
{
    HonourFilter filter;
    filter.employeeNo = args.option(u"--employee"_s);
    const QString levelText = args.option(u"--level"_s);
    const QString yearText = args.option(u"--year"_s);
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    if (!levelText.isEmpty()) {
        filter.level = RecognitionNames::parseLevel(levelText);
        if (!filter.level)
            return m_cli.usageError(
                tr("--level: \"%1\" is not a level (national, provincial, municipal, industry, "
                   "enterprise).")
                    .arg(levelText));
    }
    if (!yearText.isEmpty()) {
        bool ok = false;
        filter.year = yearText.toInt(&ok);
        if (!ok || filter.year < 1900 || filter.year > 9999)
            return m_cli.usageError(tr("--year: \"%1\" is not a year.").arg(yearText));
    }
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto honours = HonourStore::list(connection->db(), m_cli.officer(), filter);
    if (!honours)
        return m_cli.failure(honours.error());
    if (asJson) {
        QJsonArray all;
        for (const HonourRecord &h : *honours)
            all += honourJson(h);
        m_cli.printJson(QJsonObject { { u"honours"_s, all } });
        return Success;
    }
    for (const HonourRecord &h : *honours)
        m_cli.out() << h.id << '\t' << h.employeeNo << '\t' << h.workerName << '\t' << h.name
                    << '\t' << RecognitionNames::display(h.level) << '\t'
                    << h.awardedOn.toString(Qt::ISODate) << '\t' << h.body
                    << (h.withdrawn ? u"\t"_s + tr("withdrawn: %1").arg(h.withdrawReason)
                                    : QString())
                    << '\n';
    return Success;
}

int RecognitionCommands::addHonour(CliArguments &args)
{
    HonourInput input;
    input.employeeNo = args.option(u"--employee"_s);
    input.name = args.option(u"--honour"_s);
    const QString levelText = args.option(u"--level"_s);
    input.body = args.option(u"--body"_s);
    const auto date = args.date(u"--date"_s, CliArguments::DateRule::Required);
    if (!args.finish() || !date)
        return BadUsage;
    const auto level = RecognitionNames::parseLevel(levelText);
    if (input.employeeNo.isEmpty() || input.name.isEmpty() || !level)
        return m_cli.usageError(tr("honours add needs --employee NO, --honour NAME, --level L "
                                   "(国家级, 省级, 市级, 行业, 企业) and --date YYYY-MM-DD."));
    input.level = *level;
    input.awardedOn = *date;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    input.by = m_cli.officer();
    const auto id = HonourStore::add(connection->db(), input);
    if (!id)
        return m_cli.failure(id.error());
    m_cli.out() << tr("Recorded honour %1.").arg(*id) << '\n';
    return Success;
}

int RecognitionCommands::withdrawHonour(CliArguments &args)
{
    const QString reason = args.option(u"--reason"_s);
    const qint64 id = takeId(args, tr("honours withdraw ID --reason R"));
    if (id == 0)
        return BadUsage;
    if (reason.trimmed().isEmpty())
        return m_cli.usageError(tr("honours withdraw ID --reason R"));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto done = HonourStore::withdraw(connection->db(), id, reason, m_cli.officer()); !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("Withdrew honour %1; its record is kept.").arg(id) << '\n';
    return Success;
}

int RecognitionCommands::studio(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(
            tr("studio needs add, list, show, member, leave, result or withdraw-result."));
    const QString verb = args.takeFirst();
    if (verb == u"add")
        return addStudio(args);
    if (verb == u"list")
        return listStudios(args);
    if (verb == u"show")
        return showStudio(args);
    if (verb == u"member")
        return addStudioMember(args);
    if (verb == u"leave")
        return leaveStudio(args);
    if (verb == u"result")
        return addStudioResult(args);
    if (verb == u"withdraw-result")
        return withdrawStudioResult(args);
    return m_cli.usageError(tr("Unknown studio command \"%1\".").arg(verb));
}

int RecognitionCommands::addStudio(CliArguments &args)
{
    StudioInput input;
    const QString kindText = args.option(u"--kind"_s);
    const QString levelText = args.option(u"--level"_s);
    input.leaderNo = args.option(u"--leader"_s);
    input.occupation = args.option(u"--occupation"_s);
    const bool asJson = args.flag(u"--json"_s);
    const auto founded = args.date(u"--founded"_s, CliArguments::DateRule::Required);
    if (args.hasErrors() || !founded)
        return BadUsage;
    const auto kind = RecognitionNames::parseStudioKind(kindText);
    const auto level = RecognitionNames::parseLevel(levelText);
    if (args.size() != 1 || !kind || !level || input.leaderNo.isEmpty())
        return m_cli.usageError(tr("studio add NAME --kind master|innovation --level L --leader NO "
                                   "--founded YYYY-MM-DD [--occupation OCC]"));
    input.name = args.first();
    input.kind = *kind;
    input.level = *level;
    input.foundedOn = *founded;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    input.by = m_cli.officer();
    const auto id = StudioStore::add(connection->db(), input);
    if (!id)
        return m_cli.failure(id.error());
    if (asJson)
        m_cli.printJson(QJsonObject { { u"id"_s, *id }, { u"name"_s, input.name } });
    else
        m_cli.out() << tr("Recorded studio %1: %2.").arg(*id).arg(input.name) << '\n';
    return Success;
}

int RecognitionCommands::listStudios(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto studios = StudioStore::list(connection->db(), m_cli.officer());
    if (!studios)
        return m_cli.failure(studios.error());
    if (asJson) {
        QJsonArray all;
        for (const StudioRecord &s : *studios)
            all += studioJson(s);
        m_cli.printJson(QJsonObject { { u"studios"_s, all } });
        return Success;
    }
    for (const StudioRecord &s : *studios)
        m_cli.out() << s.id << '\t' << s.name << '\t' << RecognitionNames::display(s.kind) << '\t'
                    << RecognitionNames::display(s.level) << '\t' << workerText(s.leader) << '\t'
                    << s.foundedOn.toString(Qt::ISODate) << '\t' << s.members << '\t' << s.results
                    << '\n';
    return Success;
}

int RecognitionCommands::showStudio(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    const qint64 id = takeId(args, tr("studio show ID [--json]"));
    if (id == 0)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto detail = StudioStore::detail(connection->db(), id, m_cli.officer());
    if (!detail)
        return m_cli.failure(detail.error());
    if (asJson) {
        QJsonObject o = studioJson(detail->studio);
        QJsonArray members;
        for (const StudioMemberRecord &m : detail->members)
            members += QJsonObject { { u"id"_s, m.id }, { u"worker"_s, workerJson(m.worker) },
                { u"joined"_s, dateJson(m.joinedOn) }, { u"left"_s, dateJson(m.leftOn) } };
        QJsonArray results;
        for (const StudioResultRecord &r : detail->results)
            results
                += QJsonObject { { u"id"_s, r.id }, { u"kind"_s, RecognitionNames::code(r.kind) },
                       { u"title"_s, r.title }, { u"quantity"_s, r.quantity },
                       { u"date"_s, dateJson(r.achievedOn) }, { u"withdrawn"_s, r.withdrawn } };
        o.insert(u"member_list"_s, members);
        o.insert(u"result_list"_s, results);
        m_cli.printJson(o);
        return Success;
    }
    const StudioRecord &s = detail->studio;
    m_cli.out() << s.name << '\t' << RecognitionNames::display(s.kind) << '\t'
                << RecognitionNames::display(s.level) << '\t' << workerText(s.leader) << '\n';
    for (const StudioMemberRecord &m : detail->members)
        m_cli.out() << tr("member") << '\t' << m.id << '\t' << workerText(m.worker) << '\t'
                    << m.joinedOn.toString(Qt::ISODate) << '\t' << m.leftOn.toString(Qt::ISODate)
                    << '\n';
    for (const StudioResultRecord &r : detail->results)
        m_cli.out() << tr("result") << '\t' << r.id << '\t' << RecognitionNames::display(r.kind)
                    << '\t' << r.title << '\t' << r.quantity << '\t'
                    << r.achievedOn.toString(Qt::ISODate)
                    << (r.withdrawn ? u"\t"_s + tr("withdrawn: %1").arg(r.withdrawReason)
                                    : QString())
                    << '\n';
    return Success;
}

int RecognitionCommands::addStudioMember(CliArguments &args)
{
    const QString employeeNo = args.option(u"--employee"_s);
    const auto joined = args.date(u"--joined"_s, CliArguments::DateRule::TodayIfAbsent);
    const qint64 id = takeId(args, tr("studio member ID --employee NO [--joined YYYY-MM-DD]"));
    if (id == 0 || !joined)
        return BadUsage;
    if (employeeNo.isEmpty())
        return m_cli.usageError(tr("studio member ID --employee NO [--joined YYYY-MM-DD]"));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto member
        = StudioStore::addMember(connection->db(), id, employeeNo, *joined, m_cli.officer());
    if (!member)
        return m_cli.failure(member.error());
    m_cli.out() << tr("%1 joined studio %2 (membership %3).").arg(employeeNo).arg(id).arg(*member)
                << '\n';
    return Success;
}

int RecognitionCommands::leaveStudio(CliArguments &args)
{
    const auto on = args.date(u"--on"_s, CliArguments::DateRule::TodayIfAbsent);
    const qint64 id = takeId(args, tr("studio leave MEMBERSHIP [--on YYYY-MM-DD]"));
    if (id == 0 || !on)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto done = StudioStore::leave(connection->db(), id, *on, m_cli.officer()); !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("Membership %1 ends on %2.").arg(id).arg(on->toString(Qt::ISODate)) << '\n';
    return Success;
}

int RecognitionCommands::addStudioResult(CliArguments &args)
{
    StudioResultInput input;
    const QString kindText = args.option(u"--kind"_s);
    input.title = args.option(u"--title"_s);
    const QString quantityText = args.option(u"--quantity"_s);
    const auto on = args.date(u"--on"_s, CliArguments::DateRule::Required);
    const QString usage = tr("studio result ID --kind patent|process|apprentices|other --title T "
                             "[--quantity N] --on YYYY-MM-DD");
    const qint64 id = takeId(args, usage);
    if (id == 0 || !on)
        return BadUsage;
    const auto kind = RecognitionNames::parseResultKind(kindText);
    bool ok = true;
    if (!quantityText.isEmpty())
        input.quantity = quantityText.toInt(&ok);
    if (!kind || input.title.isEmpty() || !ok)
        return m_cli.usageError(usage);
    input.kind = *kind;
    input.achievedOn = *on;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto result = StudioStore::addResult(connection->db(), id, input, m_cli.officer());
    if (!result)
        return m_cli.failure(result.error());
    m_cli.out() << tr("Recorded result %1 of studio %2.").arg(*result).arg(id) << '\n';
    return Success;
}

int RecognitionCommands::withdrawStudioResult(CliArguments &args)
{
    const QString reason = args.option(u"--reason"_s);
    const qint64 id = takeId(args, tr("studio withdraw-result RESULT --reason R"));
    if (id == 0)
        return BadUsage;
    if (reason.trimmed().isEmpty())
        return m_cli.usageError(tr("studio withdraw-result RESULT --reason R"));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto done = StudioStore::withdrawResult(connection->db(), id, reason, m_cli.officer());
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("Withdrew result %1; its record is kept.").arg(id) << '\n';
    return Success;
}

int RecognitionCommands::project(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(
            tr("project needs add, list, show, member, withdraw-member or update."));
    const QString verb = args.takeFirst();
    if (verb == u"add")
        return addProject(args);
    if (verb == u"list")
        return listProjects(args);
    if (verb == u"show")
        return showProject(args);
    if (verb == u"member")
        return addProjectMember(args);
    if (verb == u"withdraw-member")
        return withdrawProjectMember(args);
    if (verb == u"update")
        return updateProject(args);
    return m_cli.usageError(tr("Unknown project command \"%1\".").arg(verb));
}

int RecognitionCommands::addProject(CliArguments &args)
{
    ProjectInput input;
    const QString kindText = args.option(u"--kind"_s);
    input.leadNo = args.option(u"--lead"_s);
    const QString membersText = args.option(u"--members"_s);
    const QString statusText = args.option(u"--status"_s);
    const bool asJson = args.flag(u"--json"_s);
    const auto start = args.date(u"--start"_s, CliArguments::DateRule::Required);
    if (args.hasErrors() || !start)
        return BadUsage;
    const auto kind = RecognitionNames::parseProjectKind(kindText);
    const auto status = statusText.isEmpty() ? std::optional(ProjectStatus::Open)
                                             : RecognitionNames::parseStatus(statusText);
    if (args.size() != 1 || !kind || !status || input.leadNo.isEmpty())
        return m_cli.usageError(tr("project add TITLE --kind challenge|team --lead NO --start "
                                   "YYYY-MM-DD [--members NO,NO…] [--status open|in_progress]"));
    input.title = args.first();
    input.kind = *kind;
    input.status = *status;
    input.startedOn = *start;
    for (const QString &no : membersText.split(u',', Qt::SkipEmptyParts))
        input.memberNos += no.trimmed();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    input.by = m_cli.officer();
    const auto id = ProjectStore::add(connection->db(), input);
    if (!id)
        return m_cli.failure(id.error());
    if (asJson)
        m_cli.printJson(QJsonObject { { u"id"_s, *id }, { u"title"_s, input.title } });
    else
        m_cli.out() << tr("Recorded project %1: %2.").arg(*id).arg(input.title) << '\n';
    return Success;
}

int RecognitionCommands::listProjects(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto projects = ProjectStore::list(connection->db(), m_cli.officer());
    if (!projects)
        return m_cli.failure(projects.error());
    if (asJson) {
        QJsonArray all;
        for (const ProjectRecord &p : *projects)
            all += projectJson(p);
        m_cli.printJson(QJsonObject { { u"projects"_s, all } });
        return Success;
    }
    for (const ProjectRecord &p : *projects)
        m_cli.out() << p.id << '\t' << p.title << '\t' << RecognitionNames::display(p.kind) << '\t'
                    << workerText(p.lead) << '\t' << p.startedOn.toString(Qt::ISODate) << '\t'
                    << RecognitionNames::display(p.status) << '\t' << p.outcome << '\n';
    return Success;
}

int RecognitionCommands::showProject(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    const qint64 id = takeId(args, tr("project show ID [--json]"));
    if (id == 0)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto detail = ProjectStore::detail(connection->db(), id, m_cli.officer());
    if (!detail)
        return m_cli.failure(detail.error());
    if (asJson) {
        QJsonObject o = projectJson(detail->project);
        o.insert(u"lead_qualification"_s, memberJson(detail->lead));
        QJsonArray members;
        for (const ProjectMemberRecord &m : detail->members)
            members += memberJson(m);
        QJsonArray updates;
        for (const ProjectUpdateRecord &u : detail->updates)
            updates += QJsonObject { { u"status"_s, RecognitionNames::code(u.status) },
                { u"outcome"_s, u.outcome }, { u"date"_s, dateJson(u.onDate) } };
        o.insert(u"member_list"_s, members);
        o.insert(u"updates"_s, updates);
        m_cli.printJson(o);
        return Success;
    }
    const ProjectRecord &p = detail->project;
    m_cli.out() << p.title << '\t' << RecognitionNames::display(p.kind) << '\t'
                << RecognitionNames::display(p.status) << '\t' << p.outcome << '\n';
    m_cli.out() << tr("lead") << '\t' << workerText(p.lead) << '\t' << qualification(detail->lead)
                << '\n';
    for (const ProjectMemberRecord &m : detail->members)
        m_cli.out() << tr("member") << '\t' << m.id << '\t' << workerText(m.worker) << '\t'
                    << qualification(m)
                    << (m.withdrawn ? u"\t"_s + tr("withdrawn: %1").arg(m.withdrawReason)
                                    : QString())
                    << '\n';
    for (const ProjectUpdateRecord &u : detail->updates)
        m_cli.out() << tr("status") << '\t' << u.onDate.toString(Qt::ISODate) << '\t'
                    << RecognitionNames::display(u.status) << '\t' << u.outcome << '\n';
    return Success;
}

int RecognitionCommands::addProjectMember(CliArguments &args)
{
    const QString employeeNo = args.option(u"--employee"_s);
    const qint64 id = takeId(args, tr("project member ID --employee NO"));
    if (id == 0)
        return BadUsage;
    if (employeeNo.isEmpty())
        return m_cli.usageError(tr("project member ID --employee NO"));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto member = ProjectStore::addMember(connection->db(), id, employeeNo, m_cli.officer());
    if (!member)
        return m_cli.failure(member.error());
    m_cli.out() << tr("%1 joined project %2 (membership %3).").arg(employeeNo).arg(id).arg(*member)
                << '\n';
    return Success;
}

int RecognitionCommands::withdrawProjectMember(CliArguments &args)
{
    const QString reason = args.option(u"--reason"_s);
    const qint64 id = takeId(args, tr("project withdraw-member MEMBERSHIP --reason R"));
    if (id == 0)
        return BadUsage;
    if (reason.trimmed().isEmpty())
        return m_cli.usageError(tr("project withdraw-member MEMBERSHIP --reason R"));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto done = ProjectStore::withdrawMember(connection->db(), id, reason, m_cli.officer());
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("Withdrew membership %1; its record is kept.").arg(id) << '\n';
    return Success;
}

int RecognitionCommands::updateProject(CliArguments &args)
{
    const QString statusText = args.option(u"--status"_s);
    const QString outcome = args.option(u"--outcome"_s);
    const auto on = args.date(u"--on"_s, CliArguments::DateRule::TodayIfAbsent);
    const QString usage = tr("project update ID --status open|in_progress|finished|abandoned "
                             "[--outcome TEXT] [--on YYYY-MM-DD]");
    const qint64 id = takeId(args, usage);
    if (id == 0 || !on)
        return BadUsage;
    const auto status = RecognitionNames::parseStatus(statusText);
    if (!status)
        return m_cli.usageError(usage);
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto done
        = ProjectStore::update(connection->db(), id, *status, outcome, *on, m_cli.officer());
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("Project %1 is %2 from %3.")
                       .arg(id)
                       .arg(RecognitionNames::display(*status), on->toString(Qt::ISODate))
                << '\n';
    return Success;
}

} // namespace skl
