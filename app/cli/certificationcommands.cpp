#include "app/cli/certificationcommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/store/certificationstore.h"
#include "core/store/competitionstore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    QJsonObject toJson(const CertificationRecord &r)
    {
        return QJsonObject {
            { u"id"_s, r.id },
            { u"status"_s, CertificationNames::code(r.status) },
            { u"employee_no"_s, r.employeeNo },
            { u"name"_s, r.workerName },
            { u"occupation"_s, r.occupation },
            { u"grade"_s, GradeNames::chinese(r.grade) },
            { u"from_grade"_s,
                r.fromGrade ? QJsonValue(GradeNames::chinese(*r.fromGrade)) : QJsonValue() },
            { u"way"_s, CertificationNames::code(r.way) },
            { u"ground"_s,
                r.ground ? QJsonValue(CertificationNames::code(*r.ground)) : QJsonValue() },
            { u"evidence"_s, r.evidence },
            { u"date"_s, r.date.toString(Qt::ISODate) },
            { u"proposed_by"_s, r.proposedBy },
            { u"decided_by"_s, r.decidedBy },
            { u"certificate_number"_s, r.certificateNumber },
            { u"round_id"_s, r.roundId },
            { u"honour_id"_s, r.honourId != 0 ? QJsonValue(r.honourId) : QJsonValue() },
            { u"project_id"_s, r.projectId != 0 ? QJsonValue(r.projectId) : QJsonValue() },
        };
    }

} // namespace

int CertificationCommands::certify(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(
            tr("certify needs propose, approve, reject, revoke, approve-round or "
               "list."));
    const QString verb = args.takeFirst();
    if (verb == u"propose")
        return propose(args);
    if (verb == u"list")
        return list(args);
    if (verb == u"approve" || verb == u"reject" || verb == u"revoke" || verb == u"approve-round")
        return decide(verb, args);
    return m_cli.usageError(tr("Unknown certify command \"%1\".").arg(verb));
}

int CertificationCommands::propose(CliArguments &args)
{
    ProposalRequest request;
    request.employeeNo = args.option(u"--employee"_s);
    request.occupation = args.option(u"--occupation"_s);
    const QString gradeText = args.option(u"--grade"_s);
    const QString wayText = args.option(u"--way"_s);
    const QString groundText = args.option(u"--ground"_s);
    request.evidence = args.option(u"--evidence"_s);
    const QString roundText = args.option(u"--round"_s);
    const QString resultText = args.option(u"--result"_s);
    const QString honourText = args.option(u"--honour"_s);
    const QString projectText = args.option(u"--project"_s);
    request.certificateNumber = args.option(u"--certificate"_s);
    const bool asJson = args.flag(u"--json"_s);
    const auto date = args.date(u"--date"_s, CliArguments::DateRule::Required);
    if (!args.finish() || !date)
        return BadUsage;
    request.date = *date;
    if (request.employeeNo.isEmpty() || request.occupation.isEmpty() || gradeText.isEmpty()
        || wayText.isEmpty())
        return m_cli.usageError(
            tr("certify propose needs --employee, --occupation, --grade, --way and "
               "--date."));
    const auto grade = GradeNames::parse(gradeText);
    if (!grade)
        return m_cli.usageError(
            tr("--grade: \"%1\" is not a grade (高级工, 三级, Senior Worker …).").arg(gradeText));
    request.grade = *grade;
    const auto way = CertificationNames::parseWay(wayText);
    if (!way)
        return m_cli.usageError(tr("--way: \"%1\" is not one of regular, direct, direct-high, "
                                   "exceptional, competition.")
                                    .arg(wayText));
    request.way = *way;
    if (!groundText.isEmpty()) {
        request.ground = CertificationNames::parseGround(groundText);
        if (!request.ground)
            return m_cli.usageError(tr("--ground: \"%1\" is not one of technical-problem, award, "
                                       "mentoring.")
                                        .arg(groundText));
    }
    if (!roundText.isEmpty() && !CliArguments::parseId(roundText, request.roundId))
        return m_cli.usageError(tr("--round: \"%1\" is not a round number.").arg(roundText));
    if (!resultText.isEmpty() && !CliArguments::parseId(resultText, request.competitionResultId))
        return m_cli.usageError(
            tr("--result: \"%1\" is not a competition result number.").arg(resultText));
    if (!honourText.isEmpty() && !CliArguments::parseId(honourText, request.honourId))
        return m_cli.usageError(tr("--honour: \"%1\" is not an honour number.").arg(honourText));
    if (!projectText.isEmpty() && !CliArguments::parseId(projectText, request.projectId))
        return m_cli.usageError(tr("--project: \"%1\" is not a project number.").arg(projectText));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    if (auto allowed = OfficerStore::require(db, m_cli.officer(), Act::ProposeCertification);
        !allowed)
        return m_cli.failure(allowed.error());
    request.by = m_cli.officer();
    const auto id = CertificationStore::propose(db, request);
    if (!id)
        return m_cli.failure(id.error());
    const auto record = CertificationStore::get(db, *id);
    if (!record)
        return m_cli.failure(record.error());
    if (asJson)
        m_cli.printJson(toJson(*record));
    else
        m_cli.out() << tr(
            "Proposed certification %1: %2 (%3), %4 %5 from %6; it awaits approval by "
            "another person.")
                           .arg(*id)
                           .arg(record->workerName, record->employeeNo, record->occupation,
                               GradeNames::display(record->grade),
                               record->date.toString(Qt::ISODate))
                    << '\n';
    return Success;
}

int CertificationCommands::decide(const QString &verb, CliArguments &args)
{
    const QString reason = args.option(u"--reason"_s);
    if (args.hasErrors())
        return BadUsage;
    qint64 id = 0;
    if (args.size() != 1 || !CliArguments::parseId(args.first(), id))
        return m_cli.usageError(
            tr("certify %1 needs one certification (or round) number.").arg(verb));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const Officer &by = m_cli.officer();
    QSqlDatabase &db = connection->db();
    if (auto allowed = OfficerStore::require(db, by, Act::DecideCertification); !allowed)
        return m_cli.failure(allowed.error());
    if (verb == u"approve-round") {
        const auto count = CertificationStore::approveRound(db, id, by);
        if (!count)
            return m_cli.failure(count.error());
        m_cli.out() << tr("Approved %n certification(s) of round %1.", nullptr, *count).arg(id)
                    << '\n';
        return Success;
    }
    Status done = verb == u"approve" ? CertificationStore::approve(db, id, by)
        : verb == u"reject"          ? CertificationStore::reject(db, id, by, reason)
                                     : CertificationStore::revoke(db, id, by, reason);
    if (!done)
        return m_cli.failure(done.error());
    const auto record = CertificationStore::get(db, id);
    if (!record)
        return m_cli.failure(record.error());
    if (verb == u"approve")
        m_cli.out() << tr("Approved certification %1: certificate %2.")
                           .arg(id)
                           .arg(record->certificateNumber)
                    << '\n';
    else if (verb == u"reject")
        m_cli.out() << tr("Rejected certification %1.").arg(id) << '\n';
    else
        m_cli.out() << tr("Revoked certification %1; certificate %2 is no longer valid.")
                           .arg(id)
                           .arg(record->certificateNumber)
                    << '\n';
    return Success;
}

int CertificationCommands::list(CliArguments &args)
{
    const QString statusText = args.option(u"--status"_s);
    const QString roundText = args.option(u"--round"_s);
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    CertificationFilter filter;
    if (!statusText.isEmpty()) {
        filter.status = CertificationNames::parseStatus(statusText);
        if (!filter.status)
            return m_cli.usageError(
                tr("--status: \"%1\" is not one of proposed, approved, rejected, "
                   "revoked.")
                    .arg(statusText));
    }
    if (!roundText.isEmpty() && !CliArguments::parseId(roundText, filter.roundId))
        return m_cli.usageError(tr("--round: \"%1\" is not a round number.").arg(roundText));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto allowed
        = OfficerStore::require(connection->db(), m_cli.officer(), Act::ReadCertifications);
        !allowed)
        return m_cli.failure(allowed.error());
    const auto records = CertificationStore::list(connection->db(), m_cli.officer(), filter);
    if (!records)
        return m_cli.failure(records.error());
    if (asJson) {
        QJsonArray all;
        for (const CertificationRecord &r : *records)
            all += toJson(r);
        m_cli.printJson(QJsonObject { { u"certifications"_s, all } });
        return Success;
    }
    for (const CertificationRecord &r : *records)
        m_cli.out() << r.id << '\t' << CertificationNames::display(r.status) << '\t' << r.employeeNo
                    << '\t' << r.workerName << '\t' << r.occupation << '\t'
                    << GradeNames::display(r.grade) << '\t' << r.date.toString(Qt::ISODate) << '\t'
                    << r.certificateNumber << '\n';
    return Success;
}

int CertificationCommands::competition(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(tr("competition needs add or result."));
    const QString verb = args.takeFirst();
    if (verb == u"add") {
        CompetitionInput input;
        input.name = args.option(u"--name"_s);
        const QString levelText = args.option(u"--level"_s);
        input.organiser = args.option(u"--organiser"_s);
        input.occupation = args.option(u"--occupation"_s);
        const auto date = args.date(u"--date"_s, CliArguments::DateRule::Required);
        if (!args.finish() || !date)
            return BadUsage;
        input.heldOn = *date;
        const auto level = CertificationNames::parseLevel(levelText);
        if (!level)
            return m_cli.usageError(tr("--level: \"%1\" is not one of world, national, provincial, "
                                       "municipal, industry, enterprise.")
                                        .arg(levelText));
        input.level = *level;
        const auto connection = m_cli.openDatabase();
        if (!connection)
            return m_cli.openFailure();
        if (auto allowed
            = OfficerStore::require(connection->db(), m_cli.officer(), Act::RecordCompetition);
            !allowed)
            return m_cli.failure(allowed.error());
        input.by = m_cli.officer();
        const auto id = CompetitionStore::add(connection->db(), input);
        if (!id)
            return m_cli.failure(id.error());
        m_cli.out() << tr("Recorded competition %1: %2.").arg(*id).arg(input.name) << '\n';
        return Success;
    }
    if (verb != u"result")
        return m_cli.usageError(tr("Unknown competition command \"%1\".").arg(verb));
    const QString employee = args.option(u"--employee"_s);
    const QString placingText = args.option(u"--placing"_s);
    const QString rankText = args.option(u"--rank"_s);
    const bool noPropose = args.flag(u"--no-propose"_s);
    if (args.hasErrors())
        return BadUsage;
    bool rankOk = rankText.isEmpty();
    const int rank = rankOk ? 0 : rankText.toInt(&rankOk);
    if (!rankOk || rank < 0)
        return m_cli.usageError(tr("--rank: \"%1\" is not a rank (1, 2, 3 …).").arg(rankText));
    qint64 competitionId = 0;
    if (args.size() != 1 || !CliArguments::parseId(args.first(), competitionId)
        || employee.isEmpty())
        return m_cli.usageError(tr("competition result ID --employee NO --placing P [--rank N]"));
    const auto placing = CertificationNames::parsePlacing(placingText);
    if (!placing)
        return m_cli.usageError(
            tr("--placing: \"%1\" is not one of gold, silver, bronze, excellence, "
               "rank.")
                .arg(placingText));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto allowed
        = OfficerStore::require(connection->db(), m_cli.officer(), Act::RecordCompetition);
        !allowed)
        return m_cli.failure(allowed.error());
    const auto recorded = CompetitionStore::addResult(
        connection->db(), competitionId, employee, *placing, rank, !noPropose, m_cli.officer());
    if (!recorded)
        return m_cli.failure(recorded.error());
    m_cli.out() << tr("Recorded result %1.").arg(recorded->resultId) << '\n';
    if (recorded->certificationId != 0)
        m_cli.out() << tr("Proposed certification %1 as the competition policy offers; it awaits "
                          "approval.")
                           .arg(recorded->certificationId)
                    << '\n';
    return Success;
}

int CertificationCommands::policy(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(tr("policy needs show or set."));
    const QString verb = args.takeFirst();
    if (verb == u"show") {
        const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::TodayIfAbsent);
        if (!args.finish() || !asOf)
            return BadUsage;
        const auto connection = m_cli.openDatabase();
        if (!connection)
            return m_cli.openFailure();
        // Every role reads the rules its certifications follow.
        if (auto allowed
            = OfficerStore::require(connection->db(), m_cli.officer(), Act::ReadCertifications);
            !allowed)
            return m_cli.failure(allowed.error());
        const auto values = PolicyStore::valuesOn(connection->db(), *asOf);
        if (!values)
            return m_cli.failure(values.error());
        QStringList keys = values->keys();
        keys.sort();
        for (const QString &key : std::as_const(keys))
            m_cli.out() << key << '\t' << values->value(key) << '\n';
        return Success;
    }
    if (verb != u"set")
        return m_cli.usageError(tr("Unknown policy command \"%1\".").arg(verb));
    const auto from = args.date(u"--from"_s, CliArguments::DateRule::TodayIfAbsent);
    const QString reason = args.option(u"--reason"_s);
    if (args.hasErrors() || !from)
        return BadUsage;
    if (args.size() != 2)
        return m_cli.usageError(tr("policy set needs KEY and VALUE."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto allowed = OfficerStore::require(connection->db(), m_cli.officer(), Act::SetPolicy);
        !allowed)
        return m_cli.failure(allowed.error());
    if (auto done = PolicyStore::set(
            connection->db(), { { args.at(0), args.at(1), *from } }, m_cli.officer(), reason);
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("%1 is %2 from %3.").arg(args.at(0), args.at(1), from->toString(Qt::ISODate))
                << '\n';
    return Success;
}

} // namespace skl
