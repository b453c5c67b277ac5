// The certification commands of skillladder-cli (issue #5): certify, round, competition, due,
// plan, certificates, verify, policy.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/clicommands.h"
#include "core/domain/cellvalues.h"
#include "core/printing/certificatepdf.h"
#include "core/reports/duelist.h"
#include "core/reports/targetplanner.h"
#include "core/store/auditlog.h"
#include "core/store/certificatestore.h"
#include "core/store/certificationfacts.h"
#include "core/store/certificationstore.h"
#include "core/store/competitionstore.h"
#include "core/store/connection.h"
#include "core/store/policystore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    class CliPrintProgress final : public ProgressSink
    {
    public:
        CliPrintProgress(QTextStream &err, bool enabled)
            : m_err(err)
            , m_enabled(enabled)
        { }
        void report(qint64 done, qint64 total) override
        {
            if (m_enabled && (done % 100 == 0 || done == total)) {
                m_err << done << '/' << total << '\n';
                m_err.flush();
            }
        }
        bool isCanceled() const override { return false; }

    private:
        QTextStream &m_err;
        bool m_enabled;
    };

    QString json(const QJsonObject &object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    }

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
        };
    }

    bool parseId(const QString &text, qint64 &id)
    {
        bool ok = false;
        id = text.toLongLong(&ok);
        return ok && id > 0;
    }

} // namespace

bool CliCommands::needsGui(const QStringList &arguments)
{
    // certificates prints; demo draws the demo company's seal.
    return arguments.contains(u"certificates"_s) || arguments.contains(u"demo"_s);
}

std::optional<QDate> CliCommands::takeDate(QStringList &args, const QString &name, bool required)
{
    const QString text = takeOption(args, name);
    if (text.isEmpty()) {
        if (required) {
            usageError(tr("%1 YYYY-MM-DD is required.").arg(name));
            m_badUsage = true;
            return std::nullopt;
        }
        return QDate::currentDate();
    }
    const auto parsed = CellValues::parseDate(text);
    if (!parsed) {
        usageError(tr("%1: \"%2\" is not a date; write YYYY-MM-DD.").arg(name, text));
        m_badUsage = true;
    }
    return parsed;
}

QString CliCommands::takeActor(QStringList &args)
{
    const QString by = takeOption(args, u"--by"_s);
    return by.isEmpty() ? AuditLog::currentActor() : by;
}

int CliCommands::certify(QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("certify needs propose, approve, reject, revoke, approve-round or "
                             "list."));
    const QString verb = args.takeFirst();
    if (verb == u"propose")
        return certifyPropose(args);
    if (verb == u"list")
        return certifyList(args);
    if (verb == u"approve" || verb == u"reject" || verb == u"revoke" || verb == u"approve-round")
        return certifyDecide(verb, args);
    return usageError(tr("Unknown certify command \"%1\".").arg(verb));
}

int CliCommands::certifyPropose(QStringList &args)
{
    ProposalRequest request;
    request.employeeNo = takeOption(args, u"--employee"_s);
    request.occupation = takeOption(args, u"--occupation"_s);
    const QString gradeText = takeOption(args, u"--grade"_s);
    const QString wayText = takeOption(args, u"--way"_s);
    const QString groundText = takeOption(args, u"--ground"_s);
    request.evidence = takeOption(args, u"--evidence"_s);
    const QString roundText = takeOption(args, u"--round"_s);
    const QString resultText = takeOption(args, u"--result"_s);
    request.certificateNumber = takeOption(args, u"--certificate"_s);
    request.actor = takeActor(args);
    const bool asJson = takeFlag(args, u"--json"_s);
    const auto date = takeDate(args, u"--date"_s, true);
    if (m_badUsage || !noneLeft(args) || !date)
        return BadUsage;
    request.date = *date;
    if (request.employeeNo.isEmpty() || request.occupation.isEmpty() || gradeText.isEmpty()
        || wayText.isEmpty())
        return usageError(tr("certify propose needs --employee, --occupation, --grade, --way and "
                             "--date."));
    const auto grade = GradeNames::parse(gradeText);
    if (!grade)
        return usageError(
            tr("--grade: \"%1\" is not a grade (高级工, 三级, Senior Worker …).").arg(gradeText));
    request.grade = *grade;
    const auto way = CertificationNames::parseWay(wayText);
    if (!way)
        return usageError(tr("--way: \"%1\" is not one of regular, direct, direct-high, "
                             "exceptional, competition.")
                              .arg(wayText));
    request.way = *way;
    if (!groundText.isEmpty()) {
        request.ground = CertificationNames::parseGround(groundText);
        if (!request.ground)
            return usageError(tr("--ground: \"%1\" is not one of technical-problem, award, "
                                 "mentoring.")
                                  .arg(groundText));
    }
    if (!roundText.isEmpty() && !parseId(roundText, request.roundId))
        return usageError(tr("--round: \"%1\" is not a round number.").arg(roundText));
    if (!resultText.isEmpty() && !parseId(resultText, request.competitionResultId))
        return usageError(
            tr("--result: \"%1\" is not a competition result number.").arg(resultText));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    QSqlDatabase &db = connection->db();
    const auto id = CertificationStore::propose(db, request);
    if (!id)
        return failure(id.error().userMessage);
    const auto record = CertificationStore::get(db, *id);
    if (!record)
        return failure(record.error().userMessage);
    if (asJson)
        m_out << json(toJson(*record));
    else
        m_out << tr("Proposed certification %1: %2 (%3), %4 %5 from %6; it awaits approval by "
                    "another person.")
                     .arg(*id)
                     .arg(record->workerName, record->employeeNo, record->occupation,
                         GradeNames::display(record->grade), record->date.toString(Qt::ISODate))
              << '\n';
    return Success;
}

int CliCommands::certifyDecide(const QString &verb, QStringList &args)
{
    const QString by = takeOption(args, u"--by"_s);
    const QString reason = takeOption(args, u"--reason"_s);
    if (m_badUsage)
        return BadUsage;
    qint64 id = 0;
    if (args.size() != 1 || !parseId(args.first(), id))
        return usageError(tr("certify %1 needs one certification (or round) number.").arg(verb));
    if (by.isEmpty())
        return usageError(tr("certify %1 needs --by USER: who decides.").arg(verb));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    QSqlDatabase &db = connection->db();
    if (verb == u"approve-round") {
        const auto count = CertificationStore::approveRound(db, id, by);
        if (!count)
            return failure(count.error().userMessage);
        m_out << tr("Approved %n certification(s) of round %1.", nullptr, *count).arg(id) << '\n';
        return Success;
    }
    Status done = verb == u"approve" ? CertificationStore::approve(db, id, by)
        : verb == u"reject"          ? CertificationStore::reject(db, id, by, reason)
                                     : CertificationStore::revoke(db, id, by, reason);
    if (!done)
        return failure(done.error().userMessage);
    const auto record = CertificationStore::get(db, id);
    if (!record)
        return failure(record.error().userMessage);
    if (verb == u"approve")
        m_out << tr("Approved certification %1: certificate %2.")
                     .arg(id)
                     .arg(record->certificateNumber)
              << '\n';
    else if (verb == u"reject")
        m_out << tr("Rejected certification %1.").arg(id) << '\n';
    else
        m_out << tr("Revoked certification %1; certificate %2 is no longer valid.")
                     .arg(id)
                     .arg(record->certificateNumber)
              << '\n';
    return Success;
}

int CliCommands::certifyList(QStringList &args)
{
    const QString statusText = takeOption(args, u"--status"_s);
    const QString roundText = takeOption(args, u"--round"_s);
    const bool asJson = takeFlag(args, u"--json"_s);
    if (m_badUsage || !noneLeft(args))
        return BadUsage;
    CertificationFilter filter;
    if (!statusText.isEmpty()) {
        filter.status = CertificationNames::parseStatus(statusText);
        if (!filter.status)
            return usageError(tr("--status: \"%1\" is not one of proposed, approved, rejected, "
                                 "revoked.")
                                  .arg(statusText));
    }
    if (!roundText.isEmpty() && !parseId(roundText, filter.roundId))
        return usageError(tr("--round: \"%1\" is not a round number.").arg(roundText));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    const auto records = CertificationStore::list(connection->db(), filter);
    if (!records)
        return failure(records.error().userMessage);
    if (asJson) {
        QJsonArray all;
        for (const CertificationRecord &r : *records)
            all += toJson(r);
        m_out << json(QJsonObject { { u"certifications"_s, all } });
        return Success;
    }
    for (const CertificationRecord &r : *records)
        m_out << r.id << '\t' << CertificationNames::display(r.status) << '\t' << r.employeeNo
              << '\t' << r.workerName << '\t' << r.occupation << '\t'
              << GradeNames::display(r.grade) << '\t' << r.date.toString(Qt::ISODate) << '\t'
              << r.certificateNumber << '\n';
    return Success;
}

int CliCommands::round(QStringList &args)
{
    const QString actor = takeActor(args);
    if (m_badUsage)
        return BadUsage;
    if (args.size() != 2 || args.first() != u"add")
        return usageError(tr("round add NAME opens an assessment round."));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    const auto id = CertificationStore::createRound(connection->db(), args.at(1), actor);
    if (!id)
        return failure(id.error().userMessage);
    m_out << tr("Opened assessment round %1: %2.").arg(*id).arg(args.at(1)) << '\n';
    return Success;
}

int CliCommands::competition(QStringList &args)
{
    const QString actor = takeActor(args);
    if (args.isEmpty())
        return usageError(tr("competition needs add or result."));
    const QString verb = args.takeFirst();
    if (verb == u"add") {
        CompetitionInput input;
        input.name = takeOption(args, u"--name"_s);
        const QString levelText = takeOption(args, u"--level"_s);
        input.organiser = takeOption(args, u"--organiser"_s);
        input.occupation = takeOption(args, u"--occupation"_s);
        input.actor = actor;
        const auto date = takeDate(args, u"--date"_s, true);
        if (m_badUsage || !noneLeft(args) || !date)
            return BadUsage;
        input.heldOn = *date;
        const auto level = CertificationNames::parseLevel(levelText);
        if (!level)
            return usageError(tr("--level: \"%1\" is not one of world, national, provincial, "
                                 "municipal, industry, enterprise.")
                                  .arg(levelText));
        input.level = *level;
        const auto connection = openDatabase();
        if (!connection)
            return InvalidData;
        const auto id = CompetitionStore::add(connection->db(), input);
        if (!id)
            return failure(id.error().userMessage);
        m_out << tr("Recorded competition %1: %2.").arg(*id).arg(input.name) << '\n';
        return Success;
    }
    if (verb != u"result")
        return usageError(tr("Unknown competition command \"%1\".").arg(verb));
    const QString employee = takeOption(args, u"--employee"_s);
    const QString placingText = takeOption(args, u"--placing"_s);
    const QString rankText = takeOption(args, u"--rank"_s);
    const bool noPropose = takeFlag(args, u"--no-propose"_s);
    if (m_badUsage)
        return BadUsage;
    bool rankOk = rankText.isEmpty();
    const int rank = rankOk ? 0 : rankText.toInt(&rankOk);
    if (!rankOk || rank < 0)
        return usageError(tr("--rank: \"%1\" is not a rank (1, 2, 3 …).").arg(rankText));
    qint64 competitionId = 0;
    if (args.size() != 1 || !parseId(args.first(), competitionId) || employee.isEmpty())
        return usageError(tr("competition result ID --employee NO --placing P [--rank N]"));
    const auto placing = CertificationNames::parsePlacing(placingText);
    if (!placing)
        return usageError(tr("--placing: \"%1\" is not one of gold, silver, bronze, excellence, "
                             "rank.")
                              .arg(placingText));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    const auto recorded = CompetitionStore::addResult(
        connection->db(), competitionId, employee, *placing, rank, !noPropose, actor);
    if (!recorded)
        return failure(recorded.error().userMessage);
    m_out << tr("Recorded result %1.").arg(recorded->resultId) << '\n';
    if (recorded->certificationId != 0)
        m_out << tr("Proposed certification %1 as the competition policy offers; it awaits "
                    "approval.")
                     .arg(recorded->certificationId)
              << '\n';
    return Success;
}

int CliCommands::due(QStringList &args)
{
    const QString workshop = takeOption(args, u"--workshop"_s);
    const QString csv = takeOption(args, u"--csv"_s);
    const QString xlsx = takeOption(args, u"--xlsx"_s);
    const bool asJson = takeFlag(args, u"--json"_s);
    const auto asOf = takeDate(args, u"--as-of"_s, false);
    if (m_badUsage || !noneLeft(args) || !asOf)
        return BadUsage;
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    QSqlDatabase &db = connection->db();
    qint64 workshopId = 0;
    if (!workshop.isEmpty()) {
        const auto id = CertificateStore::workshopByName(db, workshop);
        if (!id)
            return failure(id.error().userMessage);
        workshopId = *id;
    }
    const auto list = DueList::compute(db, *asOf, workshopId);
    if (!list)
        return failure(list.error().userMessage);
    const auto planned = TargetPlanner::plan(db, *asOf, *list);
    if (!planned)
        return failure(planned.error().userMessage);
    if (!csv.isEmpty() || !xlsx.isEmpty()) {
        const QString path = csv.isEmpty() ? xlsx : csv;
        const Status written = csv.isEmpty() ? DueList::toXlsx(*list, &*planned, path)
                                             : DueList::toCsv(*list, &*planned, path);
        if (!written)
            return failure(written.error().userMessage);
        m_out << tr("%n worker(s) due for assessment written to %1.", nullptr, int(list->size()))
                     .arg(QDir::toNativeSeparators(path))
              << '\n';
        return Success;
    }
    if (asJson) {
        // Streamed one worker per line: a million-worker company may have 100,000s due.
        m_out << "{\n    \"as_of\": \"" << asOf->toString(Qt::ISODate) << "\",\n    \"workers\": [";
        bool first = true;
        for (const DueWorker &w : *list) {
            const QJsonObject worker {
                { u"employee_no"_s, w.employeeNo },
                { u"name"_s, w.name },
                { u"site"_s, w.site },
                { u"workshop"_s, w.workshop },
                { u"occupation"_s, w.occupation },
                { u"grade"_s, GradeNames::chinese(w.grade) },
                { u"since"_s, w.since.toString(Qt::ISODate) },
                { u"eligible_from"_s, w.eligibleFrom.toString(Qt::ISODate) },
                { u"next_grade"_s, GradeNames::chinese(w.next) },
                { u"recommended_for"_s, planned->recommendedBy.value(w.workerId) },
            };
            m_out << (first ? "\n        " : ",\n        ")
                  << QString::fromUtf8(QJsonDocument(worker).toJson(QJsonDocument::Compact));
            first = false;
        }
        m_out << "\n    ]\n}\n";
        return Success;
    }
    m_out << DueList::header().join(u'\t') << '\n';
    for (const DueWorker &w : *list)
        m_out << DueList::cells(w, &*planned).join(u'\t') << '\n';
    m_out << tr("%n worker(s) due for assessment on %1.", nullptr, int(list->size()))
                 .arg(asOf->toString(Qt::ISODate))
          << '\n';
    return Success;
}

int CliCommands::plan(QStringList &args)
{
    const QString csv = takeOption(args, u"--csv"_s);
    const bool asJson = takeFlag(args, u"--json"_s);
    const auto asOf = takeDate(args, u"--as-of"_s, false);
    if (m_badUsage || !noneLeft(args) || !asOf)
        return BadUsage;
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    QSqlDatabase &db = connection->db();
    const auto list = DueList::compute(db, *asOf);
    if (!list)
        return failure(list.error().userMessage);
    const auto planned = TargetPlanner::plan(db, *asOf, *list);
    if (!planned)
        return failure(planned.error().userMessage);
    if (!csv.isEmpty()) {
        if (auto done = TargetPlanner::toCsv(*planned, csv); !done)
            return failure(done.error().userMessage);
        m_out << tr("The plan is written to %1.").arg(QDir::toNativeSeparators(csv)) << '\n';
        return Success;
    }
    if (!asJson) {
        m_out << TargetPlanner::header().join(u'\t') << '\n';
        for (const UnitPlan &u : planned->units)
            m_out << TargetPlanner::cells(u).join(u'\t') << '\n';
        return Success;
    }
    QHash<qint64, QString> employeeNo;
    for (const DueWorker &w : *list)
        employeeNo.insert(w.workerId, w.employeeNo);
    const auto numbers = [&](const QList<qint64> &ids) {
        QJsonArray all;
        for (const qint64 id : ids)
            all += employeeNo.value(id);
        return all;
    };
    static const QStringList kLevels { u"company"_s, u"site"_s, u"workshop"_s };
    QJsonArray units;
    for (const UnitPlan &u : planned->units)
        units += QJsonObject {
            { u"level"_s, kLevels.at(int(u.level)) },
            { u"name"_s, u.unit.name },
            { u"site"_s, u.unit.site },
            { u"employees"_s, u.unit.employees },
            { u"skilled"_s, u.unit.skilled },
            { u"high_skilled"_s, u.unit.highSkilled },
            { u"skilled_needed"_s, u.skilledNeeded },
            { u"skilled_candidates"_s, u.skilledCandidates },
            { u"skilled_picks"_s, numbers(u.skilledPicks) },
            { u"skilled_shortfall"_s, u.skilledShortfall() },
            { u"high_skilled_needed"_s, u.highSkilledNeeded },
            { u"high_skilled_candidates"_s, u.highSkilledCandidates },
            { u"high_skilled_picks"_s, numbers(u.highSkilledPicks) },
            { u"high_skilled_shortfall"_s, u.highSkilledShortfall() },
        };
    m_out << json(
        QJsonObject { { u"as_of"_s, asOf->toString(Qt::ISODate) }, { u"units"_s, units } });
    return Success;
}

int CliCommands::certificates(QStringList &args)
{
    const QString workshop = takeOption(args, u"--workshop"_s);
    const QString roundText = takeOption(args, u"--round"_s);
    const QString idText = takeOption(args, u"--id"_s);
    const QString out = takeOption(args, u"--out"_s);
    const QString font = takeOption(args, u"--font"_s);
    const bool a5 = takeFlag(args, u"--a5"_s);
    const QString actor = takeActor(args);
    if (m_badUsage || !noneLeft(args))
        return BadUsage;
    if (out.isEmpty()
        || int(!workshop.isEmpty()) + int(!roundText.isEmpty()) + int(!idText.isEmpty()) != 1)
        return usageError(tr("certificates needs one of --workshop W, --round ID, --id ID, and "
                             "--out FILE.pdf."));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    QSqlDatabase &db = connection->db();
    Result<QList<qint64>> ids = QList<qint64>();
    qint64 id = 0;
    if (!workshop.isEmpty()) {
        const auto workshopId = CertificateStore::workshopByName(db, workshop);
        if (!workshopId)
            return failure(workshopId.error().userMessage);
        ids = CertificateStore::ofWorkshop(db, *workshopId);
    } else if (!parseId(roundText.isEmpty() ? idText : roundText, id)) {
        return usageError(tr("\"%1\" is not a number.").arg(roundText + idText));
    } else {
        ids = roundText.isEmpty() ? Result<QList<qint64>>(QList<qint64> { id })
                                  : CertificateStore::ofRound(db, id);
    }
    if (!ids)
        return failure(ids.error().userMessage);
    CertificatePdf::Options options;
    options.format = a5 ? CertificateFormat::A5Landscape : CertificateFormat::A4Landscape;
    options.fontFamily = font;
    options.actor = actor;
    CliPrintProgress progress(m_err, m_progress);
    const auto pages = CertificatePdf::write(db, *ids, out, options, progress);
    if (!pages)
        return failure(pages.error().userMessage);
    m_out << tr("%n certificate(s) written to %1.", nullptr, *pages)
                 .arg(QDir::toNativeSeparators(out))
          << '\n';
    return Success;
}

int CliCommands::verify(QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("verify needs the string of the certificate's QR code."));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    const auto outcome = CertificateStore::verify(connection->db(), args.first());
    if (!outcome)
        return failure(outcome.error().userMessage);
    if (outcome->verdict != VerificationOutcome::Verdict::Valid)
        return failure(outcome->message);
    m_out << outcome->message << '\n';
    return Success;
}

int CliCommands::photo(QStringList &args)
{
    const QString employee = takeOption(args, u"--employee"_s);
    const QString actor = takeActor(args);
    if (m_badUsage)
        return BadUsage;
    if (employee.isEmpty() || args.size() != 1)
        return usageError(tr("photo needs --employee NO and one image file."));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("%1 cannot be read: %2")
                           .arg(QDir::toNativeSeparators(args.first()), file.errorString()));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    const auto worker = CertificationFacts::workerByEmployeeNo(connection->db(), employee);
    if (!worker)
        return failure(worker.error().userMessage);
    if (auto done = CertificateStore::setPhoto(connection->db(), worker->id, file.readAll(), actor);
        !done)
        return failure(done.error().userMessage);
    m_out << tr("The photo of %1 (%2) is set.").arg(worker->name, worker->employeeNo) << '\n';
    return Success;
}

int CliCommands::policy(QStringList &args)
{
    const QString actor = takeActor(args);
    if (args.isEmpty())
        return usageError(tr("policy needs show or set."));
    const QString verb = args.takeFirst();
    if (verb == u"show") {
        const auto asOf = takeDate(args, u"--as-of"_s, false);
        if (m_badUsage || !noneLeft(args) || !asOf)
            return BadUsage;
        const auto connection = openDatabase();
        if (!connection)
            return InvalidData;
        const auto values = PolicyStore::valuesOn(connection->db(), *asOf);
        if (!values)
            return failure(values.error().userMessage);
        QStringList keys = values->keys();
        keys.sort();
        for (const QString &key : std::as_const(keys))
            m_out << key << '\t' << values->value(key) << '\n';
        return Success;
    }
    if (verb != u"set")
        return usageError(tr("Unknown policy command \"%1\".").arg(verb));
    const auto from = takeDate(args, u"--from"_s, false);
    if (m_badUsage || !from)
        return BadUsage;
    if (args.size() != 2)
        return usageError(tr("policy set needs KEY and VALUE."));
    const auto connection = openDatabase();
    if (!connection)
        return InvalidData;
    if (auto done
        = PolicyStore::set(connection->db(), { { args.at(0), args.at(1), *from } }, actor);
        !done)
        return failure(done.error().userMessage);
    m_out << tr("%1 is %2 from %3.").arg(args.at(0), args.at(1), from->toString(Qt::ISODate))
          << '\n';
    return Success;
}

} // namespace skl
