#include "app/cli/roundcommands.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "app/cli/rounddocumentcommands.h"
#include "app/cli/roundoutputcommands.h"
#include "core/importing/roundregistrationsimport.h"
#include "core/importing/roundscoresimport.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/certificationstore.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    QJsonValue scoreJson(const PartScore &part)
    {
        return part.score ? QJsonValue(part.score->tenths / 10.0) : QJsonValue();
    }

    QJsonObject roundJson(const RoundRecord &r)
    {
        return QJsonObject {
            { u"id"_s, r.id },
            { u"name"_s, r.name },
            { u"occupation"_s, r.occupation },
            { u"grade"_s, GradeNames::chinese(r.grade) },
            { u"assessment_start"_s, r.assessmentStart.toString(Qt::ISODate) },
            { u"assessment_end"_s, r.assessmentEnd.toString(Qt::ISODate) },
            { u"stage"_s, AssessmentRules::code(r.stage) },
            { u"candidates"_s, r.candidates },
            { u"passed"_s, r.passed },
            { u"failed"_s, r.failed },
            { u"proposed"_s, r.proposed },
            { u"approved"_s, r.approved },
            { u"notice_posted"_s,
                r.noticePosted.isValid() ? QJsonValue(r.noticePosted.toString(Qt::ISODate))
                                         : QJsonValue() },
            { u"notice_ends"_s,
                r.noticeEnds.isValid() ? QJsonValue(r.noticeEnds.toString(Qt::ISODate))
                                       : QJsonValue() },
            { u"report_due"_s, r.reportDue.toString(Qt::ISODate) },
            { u"working_days_to_report"_s, r.workingDaysToReport },
            { u"reported_on"_s,
                r.reportedOn.isValid() ? QJsonValue(r.reportedOn.toString(Qt::ISODate))
                                       : QJsonValue() },
        };
    }

    QJsonObject candidateJson(const RoundCandidate &c)
    {
        QJsonArray failed;
        for (AssessmentPart part : c.outcome.failedParts)
            failed += AssessmentRules::code(part);
        QJsonArray kept;
        for (AssessmentPart part : kAssessmentParts) {
            if (c.parts[size_t(part)].carried)
                kept += QJsonObject { { u"part"_s, AssessmentRules::code(part) },
                    { u"round"_s, c.parts[size_t(part)].carriedFromRound } };
        }
        return QJsonObject {
            { u"employee_no"_s, c.employeeNo },
            { u"name"_s, c.name },
            { u"workshop"_s, c.workshop },
            { u"theory"_s, scoreJson(c.parts[size_t(AssessmentPart::Theory)]) },
            { u"practical"_s, scoreJson(c.parts[size_t(AssessmentPart::Practical)]) },
            { u"review"_s, scoreJson(c.parts[size_t(AssessmentPart::Review)]) },
            { u"kept"_s, kept },
            { u"passed"_s, c.outcome.passed },
            { u"failed_parts"_s, failed },
            { u"proposal_id"_s, c.proposalId != 0 ? QJsonValue(c.proposalId) : QJsonValue() },
        };
    }

    QString scoreText(const PartScore &part)
    {
        if (!part.score)
            return u"-"_s;
        return part.carried ? part.score->text() + u'*' : part.score->text();
    }

} // namespace

int RoundCommands::round(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(
            tr("round needs add, list, register, withdraw, examiner, remove-examiner, scores, "
               "results, post-notice, override-notice, report, notice, dossier, attach or "
               "documents."));
    const QString verb = args.takeFirst();
    if (verb == u"add")
        return add(args);
    if (verb == u"list")
        return list(args);
    if (verb == u"register")
        return registerCandidate(args);
    if (verb == u"withdraw")
        return withdraw(args);
    if (verb == u"examiner")
        return examiner(args);
    if (verb == u"remove-examiner")
        return removeExaminer(args);
    if (verb == u"scores")
        return scores(args);
    if (verb == u"results")
        return results(args);
    if (verb == u"post-notice")
        return postNotice(args);
    if (verb == u"override-notice")
        return overrideNotice(args);
    if (verb == u"report")
        return report(args);
    if (verb == u"notice")
        return RoundOutputCommands(m_cli).notice(args);
    if (verb == u"dossier")
        return RoundOutputCommands(m_cli).dossier(args);
    if (verb == u"attach")
        return RoundDocumentCommands(m_cli).attach(args);
    if (verb == u"documents")
        return RoundDocumentCommands(m_cli).documents(args);
    return m_cli.usageError(tr("Unknown round command \"%1\".").arg(verb));
}

qint64 RoundCommands::roundId(CliArguments &args, const QString &verb)
{
    qint64 id = 0;
    if (args.hasErrors())
        return 0;
    if (args.size() != 1 || !CliArguments::parseId(args.first(), id)) {
        m_cli.usageError(tr("round %1 needs one round number.").arg(verb));
        return 0;
    }
    return id;
}

int RoundCommands::add(CliArguments &args)
{
    RoundInput input;
    input.occupation = args.option(u"--occupation"_s);
    const QString gradeText = args.option(u"--grade"_s);
    const QString startText = args.option(u"--assessment-start"_s);
    const QString endText = args.option(u"--assessment-end"_s);
    const bool asJson = args.flag(u"--json"_s);
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("round add NAME [--occupation OCC --grade G --assessment-end "
                                   "YYYY-MM-DD] opens an assessment round."));
    input.name = args.first();
    const bool assessed = !input.occupation.isEmpty() || !gradeText.isEmpty() || !endText.isEmpty();
    if (assessed) {
        if (input.occupation.isEmpty() || gradeText.isEmpty() || endText.isEmpty())
            return m_cli.usageError(tr("An assessment round needs --occupation, --grade and "
                                       "--assessment-end together."));
        const auto grade = GradeNames::parse(gradeText);
        if (!grade)
            return m_cli.usageError(
                tr("--grade: \"%1\" is not a grade (高级工, 三级, Senior Worker …).")
                    .arg(gradeText));
        input.grade = *grade;
        input.assessmentEnd = QDate::fromString(endText, Qt::ISODate);
        if (!input.assessmentEnd.isValid())
            return m_cli.usageError(tr("%1: \"%2\" is not a date; write YYYY-MM-DD.")
                                        .arg(u"--assessment-end"_s, endText));
        if (!startText.isEmpty()) {
            input.assessmentStart = QDate::fromString(startText, Qt::ISODate);
            if (!input.assessmentStart.isValid())
                return m_cli.usageError(tr("%1: \"%2\" is not a date; write YYYY-MM-DD.")
                                            .arg(u"--assessment-start"_s, startText));
        }
    }
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    const Officer &by = m_cli.officer();
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds); !allowed)
        return m_cli.failure(allowed.error());
    // A plain round gathers proposals approved together, as before issue 16.
    const auto id = assessed ? AssessmentRoundStore::create(db, input, by)
                             : CertificationStore::createRound(db, input.name, by);
    if (!id)
        return m_cli.failure(id.error());
    if (!assessed) {
        if (asJson)
            m_cli.printJson(QJsonObject { { u"id"_s, *id }, { u"name"_s, input.name } });
        else
            m_cli.out() << tr("Opened assessment round %1: %2.").arg(*id).arg(input.name) << '\n';
        return Success;
    }
    const auto record = AssessmentRoundStore::get(db, *id, by);
    if (!record)
        return m_cli.failure(record.error());
    if (asJson) {
        m_cli.printJson(roundJson(*record));
        return Success;
    }
    m_cli.out() << tr("Opened assessment round %1: %2, %3 %4, assessed on %5; results are due at "
                      "the provincial system by %6.")
                       .arg(*id)
                       .arg(record->name, record->occupation, GradeNames::display(record->grade),
                           record->assessmentEnd.toString(Qt::ISODate),
                           record->reportDue.toString(Qt::ISODate))
                << '\n';
    return Success;
}

int RoundCommands::list(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto rounds = AssessmentRoundStore::list(connection->db(), m_cli.officer());
    if (!rounds)
        return m_cli.failure(rounds.error());
    if (asJson) {
        QJsonArray all;
        for (const RoundRecord &r : *rounds)
            all += roundJson(r);
        m_cli.printJson(QJsonObject { { u"rounds"_s, all } });
        return Success;
    }
    for (const RoundRecord &r : *rounds)
        m_cli.out() << r.id << '\t' << r.name << '\t' << r.occupation << '\t'
                    << GradeNames::display(r.grade) << '\t' << r.assessmentEnd.toString(Qt::ISODate)
                    << '\t' << AssessmentRules::display(r.stage) << '\t' << r.candidates << '\t'
                    << r.reportDue.toString(Qt::ISODate) << '\n';
    return Success;
}

int RoundCommands::registerCandidate(CliArguments &args)
{
    const QString employeeNo = args.option(u"--employee"_s);
    const QString condition = args.option(u"--condition"_s);
    const QString file = args.option(u"--file"_s);
    const qint64 id = roundId(args, u"register"_s);
    if (id == 0)
        return BadUsage;
    if (employeeNo.isEmpty() == file.isEmpty())
        return m_cli.usageError(tr("round register needs --employee NO or --file FILE.csv."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (!file.isEmpty())
        return registerFile(connection->db(), id, file);
    const auto candidate = AssessmentRoundStore::registerCandidate(
        connection->db(), id, employeeNo, condition, m_cli.officer());
    if (!candidate)
        return m_cli.failure(candidate.error());
    m_cli.out()
        << tr("Registered %1 in round %2 (candidate %3).").arg(employeeNo).arg(id).arg(*candidate)
        << '\n';
    return Success;
}

int RoundCommands::registerFile(QSqlDatabase &db, qint64 roundId, const QString &file)
{
    if (auto allowed = OfficerStore::require(db, m_cli.officer(), Act::ProposeCertification);
        !allowed)
        return m_cli.failure(allowed.error());
    RowProblems problems;
    CliProgress progress(m_cli);
    const auto registrations = RoundRegistrationsImport::read(file, problems, progress);
    if (!registrations)
        return m_cli.failure(registrations.error());
    // The rows read are checked too, whatever the file's bad cells: every bad line is named.
    const auto ids
        = AssessmentRoundStore::registerAll(db, roundId, *registrations, m_cli.officer(), problems);
    if (ids) {
        m_cli.out()
            << tr("Registered %n candidate(s) in round %1.", nullptr, int(ids->size())).arg(roundId)
            << '\n';
        return Success;
    }
    if (problems.isEmpty())
        return m_cli.failure(ids.error());
    for (const RowProblem &problem : std::as_const(problems))
        m_cli.err() << problem.toString() << '\n';
    return m_cli.failure(
        tr("%n problem(s) in %1; nobody was registered.", nullptr, int(problems.size()))
            .arg(QDir::toNativeSeparators(file)));
}

int RoundCommands::withdraw(CliArguments &args)
{
    const QString employeeNo = args.option(u"--employee"_s);
    const QString reason = args.option(u"--reason"_s);
    const qint64 id = roundId(args, u"withdraw"_s);
    if (id == 0)
        return BadUsage;
    if (employeeNo.isEmpty() || reason.trimmed().isEmpty())
        return m_cli.usageError(tr("round withdraw needs --employee NO and --reason R."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto candidates = AssessmentRoundStore::candidates(connection->db(), id, m_cli.officer());
    if (!candidates)
        return m_cli.failure(candidates.error());
    const auto found = std::find_if(candidates->cbegin(), candidates->cend(),
        [&](const RoundCandidate &c) { return c.employeeNo == employeeNo; });
    if (found == candidates->cend())
        return m_cli.failure(
            Error { tr("%1 is not a candidate of round %2.").arg(employeeNo).arg(id), {} });
    if (auto done
        = AssessmentRoundStore::withdraw(connection->db(), found->id, reason, m_cli.officer());
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("Withdrew %1 from round %2.").arg(employeeNo).arg(id) << '\n';
    return Success;
}

int RoundCommands::removeExaminer(CliArguments &args)
{
    const QString employeeNo = args.option(u"--employee"_s);
    const auto part = AssessmentRules::parsePart(args.option(u"--part"_s));
    const qint64 id = roundId(args, u"remove-examiner"_s);
    if (id == 0)
        return BadUsage;
    if (employeeNo.isEmpty() || !part)
        return m_cli.usageError(tr(
            "round remove-examiner needs --employee NO and --part theory, practical or review."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto panels = AssessmentRoundStore::panels(connection->db(), id);
    if (!panels)
        return m_cli.failure(panels.error());
    const auto found = std::find_if(panels->staff.cbegin(), panels->staff.cend(),
        [&](const RoundStaffMember &m) { return m.employeeNo == employeeNo && m.part == *part; });
    if (found == panels->staff.cend())
        return m_cli.failure(Error { tr("%1 is not on the %2 panel of round %3.")
                                         .arg(employeeNo, AssessmentRules::display(*part))
                                         .arg(id),
            {} });
    if (auto done = AssessmentRoundStore::removeStaff(connection->db(), found->id, m_cli.officer());
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("Removed %1 from the %2 panel of round %3.")
                       .arg(employeeNo, AssessmentRules::display(*part))
                       .arg(id)
                << '\n';
    return Success;
}

int RoundCommands::examiner(CliArguments &args)
{
    const QString employeeNo = args.option(u"--employee"_s);
    const QString partText = args.option(u"--part"_s);
    const QString certificate = args.option(u"--certificate"_s);
    const qint64 id = roundId(args, u"examiner"_s);
    if (id == 0)
        return BadUsage;
    const auto part = AssessmentRules::parsePart(partText);
    if (employeeNo.isEmpty() || !part)
        return m_cli.usageError(
            tr("round examiner needs --employee NO and --part theory, practical or review."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto staff = AssessmentRoundStore::addStaff(
        connection->db(), id, employeeNo, *part, certificate, m_cli.officer());
    if (!staff)
        return m_cli.failure(staff.error());
    m_cli.out() << (*part == AssessmentPart::Theory
            ? tr("Added %1 as an invigilator of the theory exam of round %2.")
                  .arg(employeeNo)
                  .arg(id)
            : tr("Added %1 to the %2 panel of round %3.")
                  .arg(employeeNo, AssessmentRules::display(*part))
                  .arg(id))
                << '\n';
    return Success;
}

int RoundCommands::scores(CliArguments &args)
{
    if (args.hasErrors())
        return BadUsage;
    qint64 id = 0;
    if (args.size() != 2 || !CliArguments::parseId(args.first(), id))
        return m_cli.usageError(tr("round scores ID FILE.csv records a round's scores."));
    const QString file = args.at(1);
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    if (auto allowed = OfficerStore::require(db, m_cli.officer(), Act::ManageRounds); !allowed)
        return m_cli.failure(allowed.error());
    RowProblems problems;
    CliProgress progress(m_cli);
    const auto entries = RoundScoresImport::read(file, problems, progress);
    if (!entries)
        return m_cli.failure(entries.error());
    const auto applied
        = AssessmentRoundStore::enterScores(db, id, *entries, m_cli.officer(), problems);
    if (!problems.isEmpty()) {
        for (const RowProblem &problem : std::as_const(problems))
            m_cli.err() << problem.toString() << '\n';
        return m_cli.failure(
            tr("%n problem(s) in %1; no score was recorded.", nullptr, int(problems.size()))
                .arg(QDir::toNativeSeparators(file)));
    }
    if (!applied)
        return m_cli.failure(applied.error());
    m_cli.out() << tr("Recorded %n score(s) in round %1.", nullptr, applied->written).arg(id)
                << '\n';
    if (!applied->proposals.isEmpty())
        m_cli.out() << tr("%n candidate(s) passed every part and were proposed for approval.",
            nullptr, int(applied->proposals.size()))
                    << '\n';
    return Success;
}

int RoundCommands::results(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    const qint64 id = roundId(args, u"results"_s);
    if (id == 0)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    const auto record = AssessmentRoundStore::get(db, id, m_cli.officer());
    if (!record)
        return m_cli.failure(record.error());
    const auto candidates = AssessmentRoundStore::candidates(db, id, m_cli.officer());
    if (!candidates)
        return m_cli.failure(candidates.error());
    if (asJson) {
        QJsonArray all;
        for (const RoundCandidate &c : *candidates)
            all += candidateJson(c);
        QJsonObject object = roundJson(*record);
        object.remove(u"id"_s);
        object.insert(u"round"_s, record->id);
        object.insert(u"candidates"_s, all);
        m_cli.printJson(object);
        return Success;
    }
    m_cli.out() << tr("Round %1: %2, %3 %4; stage %5; results due by %6.")
                       .arg(record->id)
                       .arg(record->name, record->occupation, GradeNames::display(record->grade),
                           AssessmentRules::display(record->stage),
                           record->reportDue.toString(Qt::ISODate))
                << '\n';
    for (const RoundCandidate &c : *candidates) {
        QStringList failed;
        for (AssessmentPart part : c.outcome.failedParts)
            failed += AssessmentRules::display(part);
        m_cli.out() << c.employeeNo << '\t' << c.name << '\t'
                    << scoreText(c.parts[size_t(AssessmentPart::Theory)]) << '\t'
                    << scoreText(c.parts[size_t(AssessmentPart::Practical)]) << '\t'
                    << scoreText(c.parts[size_t(AssessmentPart::Review)]) << '\t'
                    << (c.outcome.passed ? tr("passed")
                                         : tr("not passed: %1").arg(failed.join(u", ")))
                    << '\t' << (c.proposalId != 0 ? QString::number(c.proposalId) : QString())
                    << '\n';
    }
    return Success;
}

int RoundCommands::postNotice(CliArguments &args)
{
    const auto day = args.date(u"--on"_s, CliArguments::DateRule::TodayIfAbsent);
    const qint64 id = roundId(args, u"post-notice"_s);
    if (id == 0 || !day)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto record
        = AssessmentRoundStore::postNotice(connection->db(), id, *day, m_cli.officer());
    if (!record)
        return m_cli.failure(record.error());
    m_cli.out() << tr("The results of round %1 are posted from %2 until %3; approvals may begin "
                      "after that.")
                       .arg(id)
                       .arg(record->noticePosted.toString(Qt::ISODate),
                           record->noticeEnds.toString(Qt::ISODate))
                << '\n';
    return Success;
}

int RoundCommands::overrideNotice(CliArguments &args)
{
    const QString reason = args.option(u"--reason"_s);
    const qint64 id = roundId(args, u"override-notice"_s);
    if (id == 0)
        return BadUsage;
    if (reason.trimmed().isEmpty())
        return m_cli.usageError(tr("round override-notice needs --reason."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto done
        = AssessmentRoundStore::overrideNotice(connection->db(), id, reason, m_cli.officer());
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("The certifications of round %1 may be decided before its notice period "
                      "ends.")
                       .arg(id)
                << '\n';
    return Success;
}

int RoundCommands::report(CliArguments &args)
{
    const auto on = args.date(u"--on"_s, CliArguments::DateRule::Required);
    const QString reference = args.option(u"--reference"_s);
    const qint64 id = roundId(args, u"report"_s);
    if (id == 0 || !on)
        return BadUsage;
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    if (auto done
        = AssessmentRoundStore::recordReport(connection->db(), id, *on, reference, m_cli.officer());
        !done)
        return m_cli.failure(done.error());
    m_cli.out()
        << tr("Recorded the report of round %1 on %2.").arg(id).arg(on->toString(Qt::ISODate))
        << '\n';
    return Success;
}

} // namespace skl
