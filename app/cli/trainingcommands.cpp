#include "app/cli/trainingcommands.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/importing/datafiles.h"
#include "core/printing/trainingarchiveprintout.h"
#include "core/store/trainingarchivestore.h"
#include "core/store/trainingstore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    QJsonValue dateJson(QDate date)
    {
        return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
    }

    QJsonValue textJson(const QString &text)
    {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    }

    QJsonObject recordJson(const TrainingRecord &r, qsizetype corrections)
    {
        return QJsonObject {
            { u"id"_s, r.id },
            { u"employee_no"_s, r.employeeNo },
            { u"name"_s, r.workerName },
            { u"course"_s, r.course },
            { u"kind"_s, TrainingNames::code(r.kind) },
            { u"hours"_s, r.hoursTenths / 10.0 },
            { u"provider"_s, r.provider },
            { u"cost_fen"_s, r.cost.fen() },
            { u"start"_s, dateJson(r.start) },
            { u"end"_s, dateJson(r.end) },
            { u"result"_s, r.result },
            { u"certificate_no"_s, textJson(r.certificateNo) },
            { u"expires"_s, dateJson(r.expires) },
            { u"corrections"_s, int(corrections) },
        };
    }

} // namespace

int TrainingCommands::training(CliArguments &args)
{
    if (args.isEmpty())
        return m_cli.usageError(tr("training needs import, list, expiring or archive."));
    const QString verb = args.takeFirst();
    if (verb == u"import")
        return import(args);
    if (verb == u"list")
        return list(args);
    if (verb == u"expiring")
        return expiring(args);
    if (verb == u"archive")
        return archive(args);
    return m_cli.usageError(tr("Unknown training command \"%1\".").arg(verb));
}

int TrainingCommands::import(CliArguments &args)
{
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("training import FILE.csv|FILE.xlsx reads the file."));
    const QString file = args.first();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto outcome
        = importDataFile(connection->db(), DataFile::Training, file, m_cli.officer());
    if (!outcome)
        return m_cli.failure(outcome.error());
    if (!outcome->problems.isEmpty()) {
        for (const RowProblem &problem : outcome->problems)
            m_cli.err() << problem.toString() << '\n';
        return m_cli.failure(
            tr("%n problem(s) in %1; nothing was imported.", nullptr, int(outcome->problems.size()))
                .arg(QDir::toNativeSeparators(file)));
    }
    m_cli.out() << tr("%n training record(s) imported from %1.", nullptr, outcome->written)
                       .arg(QDir::toNativeSeparators(file))
                << '\n';
    return Success;
}

int TrainingCommands::list(CliArguments &args)
{
    const QString employeeNo = args.option(u"--employee"_s);
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish())
        return BadUsage;
    if (employeeNo.isEmpty())
        return m_cli.usageError(tr("training list needs --employee NO."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto archive = TrainingStore::ofWorker(connection->db(), employeeNo, m_cli.officer());
    if (!archive)
        return m_cli.failure(archive.error());
    if (asJson) {
        QJsonArray all;
        for (const TrainingRecord &r : archive->records)
            all += recordJson(r, archive->corrections.value(r.id).size());
        m_cli.out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const TrainingRecord &r : archive->records)
        m_cli.out() << r.start.toString(Qt::ISODate) << '\t' << r.end.toString(Qt::ISODate) << '\t'
                    << r.course << '\t' << TrainingNames::display(r.kind) << '\t'
                    << TrainingNames::hoursText(r.hoursTenths) << '\t' << r.provider << '\t'
                    << r.cost.toYuan() << '\t' << r.result << '\t' << r.certificateNo << '\t'
                    << (r.expires.isValid() ? r.expires.toString(Qt::ISODate) : QString()) << '\n';
    return Success;
}

int TrainingCommands::expiring(CliArguments &args)
{
    const auto asOf = args.date(u"--as-of"_s, CliArguments::DateRule::Required);
    const QString withinText = args.option(u"--within"_s);
    const bool asJson = args.flag(u"--json"_s);
    if (!args.finish() || !asOf)
        return BadUsage;
    bool ok = false;
    const int within = withinText.toInt(&ok);
    if (!ok || within < 0)
        return m_cli.usageError(
            tr("--within: \"%1\" is not a number of days (0 or more).").arg(withinText));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto listed = TrainingStore::expiring(connection->db(), *asOf, within, m_cli.officer());
    if (!listed)
        return m_cli.failure(listed.error());
    if (asJson) {
        QJsonArray all;
        for (const ExpiringCertificate &c : *listed)
            all += QJsonObject { { u"employee_no"_s, c.employeeNo }, { u"name"_s, c.name },
                { u"course"_s, c.course }, { u"certificate_no"_s, textJson(c.certificateNo) },
                { u"expires"_s, c.expires.toString(Qt::ISODate) } };
        m_cli.out() << QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const ExpiringCertificate &c : *listed)
        m_cli.out() << c.expires.toString(Qt::ISODate) << '\t' << c.employeeNo << '\t' << c.name
                    << '\t' << c.course << '\t' << c.certificateNo << '\t'
                    << (c.expired ? tr("expired") : QString()) << '\n';
    return Success;
}

int TrainingCommands::archive(CliArguments &args)
{
    const QString employeeNo = args.option(u"--employee"_s);
    const QString out = args.option(u"--out"_s);
    if (!args.finish())
        return BadUsage;
    const bool pdf = out.endsWith(u".pdf"_s, Qt::CaseInsensitive);
    const bool xlsx = out.endsWith(u".xlsx"_s, Qt::CaseInsensitive);
    if (employeeNo.isEmpty() || (!pdf && !xlsx))
        return m_cli.usageError(
            tr("training archive needs --employee NO and --out FILE.pdf or FILE.xlsx."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    QSqlDatabase &db = connection->db();
    const auto archive
        = TrainingArchiveStore::read(db, employeeNo, m_cli.officer(), QDate::currentDate());
    if (!archive)
        return m_cli.failure(archive.error());
    const Status written = pdf ? TrainingArchivePrintout::writePdf(*archive, out)
                               : TrainingArchivePrintout::writeXlsx(*archive, out);
    if (!written)
        return m_cli.failure(written.error());
    if (auto logged = TrainingArchiveStore::recordExport(db, *archive, out, m_cli.officer());
        !logged)
        return m_cli.failure(logged.error());
    m_cli.out() << tr("Wrote the training archive of %1 (%2) to %3.")
                       .arg(archive->name, archive->employeeNo, QDir::toNativeSeparators(out))
                << '\n';
    return Success;
}

} // namespace skl
