#include "app/cli/certificatecommands.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include "app/cli/cliarguments.h"
#include "app/cli/clicontext.h"
#include "core/domain/certificatecode.h"
#include "core/exporting/verificationpage.h"
#include "core/printing/certificatepdf.h"
#include "core/store/certificatestore.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"

using namespace Qt::StringLiterals;

namespace skl {

using enum CliContext::ExitCode;

int CertificateCommands::certificates(CliArguments &args)
{
    if (!args.isEmpty() && (args.first() == u"publish-key" || args.first() == u"publish-page"))
        return publish(args);
    const QString workshop = args.option(u"--workshop"_s);
    const QString roundText = args.option(u"--round"_s);
    const QString idText = args.option(u"--id"_s);
    const QString out = args.option(u"--out"_s);
    const QString font = args.option(u"--font"_s);
    const bool a5 = args.flag(u"--a5"_s);
    const bool proof = args.flag(u"--proof"_s);
    const QString reissue = args.option(u"--reissue"_s);
    if (!args.finish())
        return BadUsage;
    if (proof && !reissue.isEmpty())
        return m_cli.usageError(tr("--proof prints a proof and --reissue a 补发: choose one."));
    if (out.isEmpty()
        || int(!workshop.isEmpty()) + int(!roundText.isEmpty()) + int(!idText.isEmpty()) != 1)
        return m_cli.usageError(
            tr("certificates needs one of --workshop W, --round ID, --id ID, and "
               "--out FILE.pdf."));
    qint64 id = 0;
    if (workshop.isEmpty() && !CliArguments::parseId(roundText.isEmpty() ? idText : roundText, id))
        return m_cli.usageError(tr("\"%1\" is not a number.").arg(roundText + idText));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const Officer &by = m_cli.officer();
    QSqlDatabase &db = connection->db();
    if (auto allowed = OfficerStore::require(db, by, Act::PrintCertificates); !allowed)
        return m_cli.failure(allowed.error());
    Result<QList<qint64>> ids = QList<qint64>();
    if (!workshop.isEmpty()) {
        // An unknown or ambiguous workshop is invalid data (exit 1), named with the choices.
        const auto workshopId = OfficerStore::workshopNamed(db, workshop);
        if (!workshopId)
            return m_cli.failure(workshopId.error());
        ids = CertificateStore::ofWorkshop(db, by, *workshopId);
    } else {
        ids = roundText.isEmpty() ? Result<QList<qint64>>(QList<qint64> { id })
                                  : CertificateStore::ofRound(db, by, id);
    }
    if (!ids)
        return m_cli.failure(ids.error());
    CertificatePdf::Options options;
    options.format = a5 ? CertificateFormat::A5Landscape : CertificateFormat::A4Landscape;
    options.fontFamily = font;
    options.by = by;
    options.purpose = proof ? CertificatePdf::Purpose::Proof
        : reissue.isEmpty() ? CertificatePdf::Purpose::Issue
                            : CertificatePdf::Purpose::Reissue;
    options.reissueReason = reissue;
    CliProgress progress(m_cli, CliProgress::Style::Count);
    const auto pages = CertificatePdf::write(db, *ids, out, options, progress);
    if (!pages)
        return m_cli.failure(withAdvice(db, options.today, pages.error()));
    const QString file = QDir::toNativeSeparators(out);
    switch (options.purpose) {
    case CertificatePdf::Purpose::Proof:
        m_cli.out() << tr("%n proof(s) (样张) written to %1; nothing was issued.", nullptr, *pages)
                           .arg(file)
                    << '\n';
        break;
    case CertificatePdf::Purpose::Issue:
        m_cli.out() << tr("%n certificate(s) written to %1.", nullptr, *pages).arg(file) << '\n';
        break;
    case CertificatePdf::Purpose::Reissue:
        m_cli.out() << tr("%n certificate(s) reissued (补发) to %1.", nullptr, *pages).arg(file)
                    << '\n';
        break;
    }
    return Success;
}

Error CertificateCommands::withAdvice(QSqlDatabase &db, QDate today, Error error)
{
    const auto settings = PolicyStore::certificateSettingsOn(db, today);
    if (!settings || CertificatePdf::placeholderProblem(*settings) != error.userMessage)
        return error;
    // Refused for the placeholder codes: the command line says how to set or confirm them.
    error.userMessage += u"\n"_s
        + tr("An administrator sets them with \"skillladder-cli --db FILE policy set "
             "certificate.body_code NNNN\" and \"... policy set certificate.site_serial "
             "NNNNNN\", or confirms the company is filed with them with \"... policy set "
             "certificate.numbers_confirmed 1\"; \"--proof\" prints a proof meanwhile.");
    return error;
}

int CertificateCommands::publish(CliArguments &args)
{
    const bool page = args.takeFirst() == u"publish-page";
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(page ? tr("certificates publish-page needs the file to write "
                                          "(OUT.html).")
                                     : tr("certificates publish-key needs the file to write."));
    const QString out = args.first();
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto key = CertificateStore::publicKey(connection->db());
    if (!key)
        return m_cli.failure(key.error());
    if (page) {
        if (auto written = VerificationPage::write(out, *key); !written)
            return m_cli.failure(written.error());
        m_cli.out() << tr("The verification page of %1 is written to %2: publish it, or give it "
                          "to whoever checks certificates; it needs no network.")
                           .arg(key->companyName, QDir::toNativeSeparators(out))
                    << '\n';
        return Success;
    }
    QSaveFile file(out);
    const QByteArray bytes = key->toText().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return m_cli.failure(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
    m_cli.out() << tr("The public key of %1 is written to %2: anyone may have it; with it, "
                      "\"skillladder-cli verify --key %2 CODE\" checks a certificate without the "
                      "database.")
                       .arg(key->companyName, QDir::toNativeSeparators(out))
                << '\n';
    return Success;
}

int CertificateCommands::verify(CliArguments &args)
{
    const QString keyFile = args.option(u"--key"_s);
    if (args.hasErrors())
        return BadUsage;
    if (args.size() != 1)
        return m_cli.usageError(tr("verify needs the string of the certificate's QR code."));
    if (!keyFile.isEmpty())
        return verifyWithKey(keyFile, args.first());
    if (m_cli.databasePath().isEmpty())
        return m_cli.usageError(tr("verify needs --db FILE (the issuing company's database) or "
                                   "--key KEYFILE (its published public key)."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    const auto outcome = CertificateStore::verify(connection->db(), args.first());
    if (!outcome)
        return m_cli.failure(outcome.error().userMessage);
    if (outcome->verdict != VerificationOutcome::Verdict::Valid)
        return m_cli.failure(outcome->message);
    m_cli.out() << outcome->message << '\n';
    return Success;
}

int CertificateCommands::verifyWithKey(const QString &keyFile, const QString &code)
{
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly))
        return m_cli.failure(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(keyFile), file.errorString()));
    const auto key = CertificatePublicKey::fromText(QString::fromUtf8(file.read(64 * 1024)));
    if (!key)
        return m_cli.failure(
            tr("%1: %2").arg(QDir::toNativeSeparators(keyFile), key.error().userMessage));
    if (!CertificateCode::isSigned(code) && code.trimmed().startsWith(u"SKL1-"))
        return m_cli.failure(tr("This is an older certificate code, which only the issuing "
                                "company's database can check: use --db FILE instead of --key."));
    const auto parsed = CertificateCode::parse(code);
    if (!parsed)
        return m_cli.failure(parsed.error());
    if (!CertificateCode::verify(*parsed, key->key))
        return m_cli.failure(tr("Invalid: the code's signature does not match its details: they "
                                "were changed, the code was copied wrongly, or it was not issued "
                                "by %1.")
                                 .arg(key->companyName));
    m_cli.out() << tr("Valid: %1, signed by %2. Whether it was revoked since, only %2 can say.")
                       .arg(CertificateCode::describe(parsed->fields), key->companyName)
                << '\n';
    return Success;
}

int CertificateCommands::photo(CliArguments &args)
{
    const QString employee = args.option(u"--employee"_s);
    if (args.hasErrors())
        return BadUsage;
    if (employee.isEmpty() || args.size() != 1)
        return m_cli.usageError(tr("photo needs --employee NO and one image file."));
    const auto connection = m_cli.openDatabase();
    if (!connection)
        return m_cli.openFailure();
    // The role first, before the file or the worker is looked at (issue 13).
    if (auto allowed = OfficerStore::require(connection->db(), m_cli.officer(), Act::EditRoster);
        !allowed)
        return m_cli.failure(allowed.error());
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return m_cli.failure(tr("%1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(args.first()), file.errorString()));
    const auto worker = CertificationFactsStore::workerByEmployeeNo(connection->db(), employee);
    if (!worker)
        return m_cli.failure(worker.error().userMessage);
    if (auto done
        = CertificateStore::setPhoto(connection->db(), worker->id, file.readAll(), m_cli.officer());
        !done)
        return m_cli.failure(done.error());
    m_cli.out() << tr("The photo of %1 (%2) is set.").arg(worker->name, worker->employeeNo) << '\n';
    return Success;
}

} // namespace skl
