#include "app/cli/rounddocumentcommands.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/store/rounddocumentstore.h"

using namespace Qt::Literals::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

namespace {

    QJsonObject documentJson(const RoundDocument &d)
    {
        return QJsonObject {
            { u"id"_s, d.id },
            { u"volume"_s, int(d.volume) },
            { u"title"_s, d.title },
            { u"file"_s, d.fileName },
            { u"employee_no"_s, d.employeeNo.isEmpty() ? QJsonValue() : QJsonValue(d.employeeNo) },
            { u"part"_s, d.part ? QJsonValue(AssessmentRules::code(*d.part)) : QJsonValue() },
            { u"size_bytes"_s, d.sizeBytes },
            { u"sha256"_s, d.sha256 },
            { u"filed_by"_s, d.addedBy },
            { u"filed_at"_s, d.addedAt.toString(Qt::ISODate) },
            { u"withdrawn"_s, d.withdrawn },
        };
    }

} // namespace

int RoundDocumentCommands::attach(CliArguments &args)
{
    const QString volumeText = args.option(u"--volume"_s);
    const QString title = args.option(u"--title"_s);
    const QString employeeNo = args.option(u"--employee"_s);
    const QString partText = args.option(u"--part"_s);
    if (args.hasErrors())
        return BadUsage;
    qint64 roundId = 0;
    if (args.size() != 2 || !CliArguments::parseId(args.at(0), roundId))
        return m_cli.usageError(
            tr("round attach ID FILE --volume N --title T files a document with round ID."));
    const QString path = args.at(1);
    RoundDocumentInput input;
    const auto volume = AssessmentRules::parseVolume(volumeText);
    if (!volume)
        return m_cli.usageError(tr("--volume: \"%1\" is not a volume of the dossier (1 to 5: "
                                   "报名与资格审核, 备案, 过程管理, 试卷及成绩, 证书管理).")
                                    .arg(volumeText));
    input.volume = *volume;
    if (!partText.isEmpty()) {
        input.part = AssessmentRules::parsePart(partText);
        if (!input.part)
            return m_cli.usageError(
                tr("--part: \"%1\" is not theory, practical or review.").arg(partText));
    }
    input.title = title;
    input.employeeNo = employeeNo;
    input.fileName = QFileInfo(path).fileName();
    if (auto refused = RoundDocumentStore::sizeRefusal(input.fileName, QFileInfo(path).size()))
        return m_cli.failure(Error { *refused, {} });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_cli.failure(
            Error { tr("%1 cannot be read: %2").arg(path, file.errorString()), {} });
    input.data = file.readAll();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto id = RoundDocumentStore::add(connection->db(), roundId, input, m_cli.officer());
    if (!id)
        return m_cli.failure(id.error());
    m_cli.out() << tr("Filed %1 as document %2 in volume %3 (%4) of round %5.")
                       .arg(input.fileName)
                       .arg(*id)
                       .arg(int(input.volume))
                       .arg(AssessmentRules::display(input.volume))
                       .arg(roundId)
                << '\n';
    return Success;
}

int RoundDocumentCommands::documents(CliArguments &args)
{
    const bool asJson = args.flag(u"--json"_s);
    qint64 roundId = 0;
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1 || !CliArguments::parseId(args.first(), roundId))
        return m_cli.usageError(tr("round documents ID lists the documents filed with round ID."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto documents = RoundDocumentStore::list(connection->db(), roundId);
    if (!documents)
        return m_cli.failure(documents.error());
    if (asJson) {
        QJsonArray all;
        for (const RoundDocument &d : *documents)
            all += documentJson(d);
        m_cli.printJson(QJsonObject { { u"round"_s, roundId }, { u"documents"_s, all } });
        return Success;
    }
    for (const RoundDocument &d : *documents)
        m_cli.out() << d.id << '\t' << int(d.volume) << '\t' << d.title << '\t' << d.fileName
                    << '\t' << d.employeeNo << '\t' << d.sizeBytes << '\t'
                    << (d.withdrawn ? tr("withdrawn: %1").arg(d.withdrawnReason) : QString())
                    << '\n';
    return Success;
}

} // namespace skl
