#include "core/store/certificatestore.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include "core/domain/certificatenumber.h"
#include "core/store/auditlog.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr auto kVerificationTag = u"SKL1";
    constexpr int kDigestHexDigits = 20; // 80 bits

    struct Loaded
    {
        CertificateData data;
        QString status;
    };

    enum class Key { CertificationId, Number };

    Result<std::optional<Loaded>> load(QSqlDatabase &db, Key by, const QVariant &key)
    {
        QSqlQuery q(db);
        if (SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres) {
            // A workshop head prints their own workers' certificates but may not read ID
            // numbers: the server's function returns the same fields, for the certificates the
            // officer may print (ServerPrivileges, issue 14).
            q.prepare(u"SELECT * FROM certificate_fields(?, ?)"_s);
            q.addBindValue(
                by == Key::CertificationId ? key : QVariant(QMetaType::fromType<qint64>()));
            q.addBindValue(by == Key::Number ? key : QVariant(QMetaType::fromType<QString>()));
        } else {
            // Name, ID number and occupation as issued; the photo and gender as on record.
            q.prepare(
                u"SELECT ce.id, c.id, ce.number, ce.issue_date, ce.body_name, co.name, "
                "ce.worker_name, w.gender, coalesce(ce.id_number, ''), w.employee_no, "
                "coalesce(ws.name, ''), ce.occupation, c.grade, p.data, "
                "(SELECT count(*) FROM certificate_print x WHERE x.certificate_id = ce.id), "
                "c.status, (SELECT count(*) FROM certificate_print x WHERE x.certificate_id = "
                "ce.id AND x.reissue_reason IS NOT NULL) FROM certificate ce "
                "JOIN certification c ON c.id = ce.certification_id "
                "JOIN worker w ON w.id = c.worker_id "
                "LEFT JOIN workshop ws ON ws.id = w.workshop_id "
                "LEFT JOIN worker_photo p ON p.worker_id = w.id CROSS JOIN company co WHERE "_s
                + (by == Key::CertificationId ? u"c.id = ?"_s : u"ce.number = ?"_s));
            q.addBindValue(key);
        }
        if (!q.exec())
            return SqlErrors::fromQuery(q, CertificateStore::tr("Reading the certificate"));
        const auto found = nextRow(q, CertificateStore::tr("Reading the certificate"));
        if (!found)
            return found.error();
        if (!*found)
            return std::optional<Loaded>();
        CertificateData d;
        d.certificateId = q.value(0).toLongLong();
        d.certificationId = q.value(1).toLongLong();
        d.number = q.value(2).toString();
        d.issueDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        d.bodyName = q.value(4).toString();
        d.companyName = q.value(5).toString();
        d.workerName = q.value(6).toString();
        const QString gender = q.value(7).toString();
        d.gender = gender == u"M" ? u"男"_s : gender == u"F" ? u"女"_s : QString();
        d.idNumber = q.value(8).toString();
        d.employeeNo = q.value(9).toString();
        d.workshop = q.value(10).toString();
        d.occupation = q.value(11).toString();
        d.grade = gradeFromRank(q.value(12).toInt()).value_or(Grade::Junior);
        d.photo = q.value(13).toByteArray();
        d.timesPrinted = q.value(14).toInt();
        d.reissued = q.value(16).toInt() > 0;
        return std::optional<Loaded>(Loaded { d, q.value(15).toString() });
    }

    Result<QByteArray> verificationKey(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT key_hex FROM verification_key WHERE id = 1"_s))
            return SqlErrors::fromQuery(q, CertificateStore::tr("Reading the verification key"));
        const auto found = nextRow(q, CertificateStore::tr("Reading the verification key"));
        if (!found)
            return found.error();
        if (!*found)
            return Error { CertificateStore::tr("The database has no verification key."), {} };
        return QByteArray::fromHex(q.value(0).toString().toLatin1());
    }

    // On the server no officer reads the key (ServerPrivileges): the owner's function (hex) of an
    // issued certificate as stored, or NULL for one the officer may not read.
    Result<QString> serverSigned(
        QSqlDatabase &db, const QString &function, const QString &number, const QString &whatFailed)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT %1(?)"_s.arg(function));
        q.addBindValue(number);
        if (auto read = execOneRow(q, whatFailed); !read)
            return read.error();
        if (q.value(0).isNull())
            return Error { CertificateStore::tr("Certificate %1 cannot be signed: it is not an "
                                                "issued certificate you may read, or the "
                                                "database has no verification key.")
                               .arg(number),
                {} };
        return q.value(0).toString();
    }

    // The digest of an issued certificate, as digest() below computes it on a file.
    Result<QString> serverDigest(QSqlDatabase &db, const QString &number)
    {
        return serverSigned(db, u"certificate_digest"_s, number,
            CertificateStore::tr("Reading the verification key"));
    }

    // The Ed25519 signature of an issued certificate.
    Result<QByteArray> serverSignature(QSqlDatabase &db, const QString &number)
    {
        const auto hex = serverSigned(db, u"certificate_signature"_s, number,
            CertificateStore::tr("Signing the certificate"));
        if (!hex)
            return hex.error();
        return QByteArray::fromHex(hex->toLatin1());
    }

    Result<QByteArray> companyPublicKey(QSqlDatabase &db)
    {
        if (SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres) {
            QSqlQuery q(db);
            if (auto read = execOneRow(q, CertificateStore::tr("Reading the public key"),
                    u"SELECT certificate_public_key()"_s);
                !read)
                return read.error();
            if (q.value(0).isNull())
                return Error { CertificateStore::tr("The database has no verification key."), {} };
            return QByteArray::fromHex(q.value(0).toString().toLatin1());
        }
        const auto key = verificationKey(db);
        if (!key)
            return key.error();
        return CertificateCode::publicKeyOf(CertificateCode::signingSeed(*key));
    }

    // The printed fields, one per line, in a fixed order.
    QByteArray signedText(const CertificateData &d)
    {
        return QStringList { d.number, d.workerName, d.idNumber, QString::number(rankOf(d.grade)),
            d.occupation, d.issueDate.toString(Qt::ISODate), d.bodyName }
            .join(u'\n')
            .toUtf8();
    }

    QString digest(const QByteArray &key, const CertificateData &d)
    {
        const QByteArray mac
            = QMessageAuthenticationCode::hash(signedText(d), key, QCryptographicHash::Sha256);
        return QString::fromLatin1(mac.toHex().toUpper().left(kDigestHexDigits));
    }

    // The approved certificates where where holds, within scope.
    Result<QList<qint64>> ids(
        QSqlDatabase &db, const QString &where, qint64 key, const WorkshopScope &scope)
    {
        QString within;
        if (!scope.wholeCompany) {
            if (scope.workshops.isEmpty())
                return QList<qint64>();
            QStringList workshops;
            for (const qint64 workshop : scope.workshops)
                workshops += QString::number(workshop);
            within = u" AND w.workshop_id IN (%1)"_s.arg(workshops.join(u", "));
        }
        QSqlQuery q(db);
        q.prepare(u"SELECT c.id FROM certification c JOIN certificate ce "
                  "ON ce.certification_id = c.id JOIN worker w ON w.id = c.worker_id "
                  "WHERE c.status = 'approved' AND "_s
            + where + within + u" ORDER BY w.employee_no, c.id"_s);
        q.addBindValue(key);
        if (!q.exec())
            return SqlErrors::fromQuery(q, CertificateStore::tr("Reading the certificates"));
        QList<qint64> all;
        if (auto read = forEachRow(q, CertificateStore::tr("Reading the certificates"),
                [&all](const QSqlQuery &row) { all += row.value(0).toLongLong(); });
            !read)
            return read.error();
        return all;
    }

    constexpr qsizetype kMaxImageBytes = 4 * 1024 * 1024;

    // PNG or JPEG by their signatures: the certificate page can draw both.
    bool isPrintableImage(const QByteArray &bytes)
    {
        return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xFF\xD8\xFF");
    }

    // Where a printed image is kept: a worker's photo or a company image (the seal).
    struct ImageSlot
    {
        QString table; // worker_photo or company_image; replaced ones go to <table>_replaced
        QString keyColumn;
        QVariant key;
        QString entity; // of the audit change row
        qint64 entityId = 0;
        QString field;
    };

    // What the audit log says of an image: its size and hash, never the picture (DOMAIN.md §7).
    QString describeImage(const QByteArray &image)
    {
        return u"%1 bytes, SHA-256 %2"_s.arg(image.size())
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex()));
    }

    // Sets the image of a slot. A replaced image is kept whole in the slot's history table
    // (certificates printed before still show it) and named, by size and hash, in an audit
    // change row (issue 12 §4); the same image again changes nothing.
    Status storeImage(QSqlDatabase &db, const ImageSlot &slot, const QByteArray &image,
        const QString &action, const QString &summary, const Officer &actor)
    {
        if (!isPrintableImage(image))
            return Error { CertificateStore::tr("Only PNG and JPEG images can be printed on "
                                                "certificates."),
                {} };
        if (image.size() > kMaxImageBytes)
            return Error { CertificateStore::tr("The image is larger than 4 MB; a certificate "
                                                "needs no more than a few hundred KB."),
                {} };
        // The replaced image is read first: under the write lock, so that two officers storing
        // a seal at once each keep the one they replace.
        Transaction transaction(db, Transaction::Lock::Write);
        if (auto begun = transaction.begun(summary); !begun)
            return begun.error();
        QSqlQuery q(db);
        q.prepare(u"SELECT data, event_id FROM %1 WHERE %2 = ?"_s.arg(slot.table, slot.keyColumn));
        q.addBindValue(slot.key);
        if (!q.exec())
            return SqlErrors::fromQuery(q, summary);
        const auto found = nextRow(q, summary);
        if (!found)
            return found.error();
        const bool stored = *found;
        const QByteArray old = stored ? q.value(0).toByteArray() : QByteArray();
        const QVariant oldEvent = stored ? q.value(1) : QVariant();
        q.finish();
        if (stored && old == image)
            return success();
        AuditLog audit(db);
        const auto event = audit.beginEvent(action, summary, actor);
        if (!event)
            return event.error();
        if (stored) {
            q.prepare(u"INSERT INTO %1_replaced (%2, data, event_id, replaced_event_id) "
                      "VALUES (?, ?, ?, ?) RETURNING id"_s.arg(slot.table, slot.keyColumn));
            q.addBindValue(slot.key);
            q.addBindValue(old);
            q.addBindValue(oldEvent);
            q.addBindValue(*event);
            const auto kept = execReturningId(q, summary);
            if (!kept)
                return kept.error();
            const QString keptRow = slot.table + u"_replaced/"_s + QString::number(*kept);
            q.prepare(u"UPDATE %1 SET data = ?, event_id = ? WHERE %2 = ?"_s.arg(
                slot.table, slot.keyColumn));
            q.addBindValue(image);
            q.addBindValue(*event);
            q.addBindValue(slot.key);
            if (auto done = execOrError(q, summary); !done)
                return done;
            if (auto done = audit.recordChange(*event, slot.entity, slot.entityId, slot.field,
                    keptRow + u": "_s + describeImage(old), describeImage(image));
                !done)
                return done;
        } else {
            q.prepare(u"INSERT INTO %1 (%2, data, event_id) VALUES (?, ?, ?)"_s.arg(
                slot.table, slot.keyColumn));
            q.addBindValue(slot.key);
            q.addBindValue(image);
            q.addBindValue(*event);
            if (auto done = execOrError(q, summary); !done)
                return done;
        }
        return transaction.commit(summary);
    }

} // namespace

Result<CertificateData> CertificateStore::forCertification(
    QSqlDatabase &db, qint64 certificationId, Code code)
{
    const auto loaded = load(db, Key::CertificationId, certificationId);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return Error { tr("Certification %1 has no certificate: only approved certifications "
                          "have one.")
                           .arg(certificationId),
            {} };
    if ((*loaded)->status == u"revoked")
        return Error {
            tr("Certificate %1 was revoked and cannot be printed.").arg((*loaded)->data.number), {}
        };
    CertificateData data = (*loaded)->data;
    if (code == Code::Left)
        return data;
    const auto verification = verificationString(db, data);
    if (!verification)
        return verification.error();
    data.verification = *verification;
    return data;
}

Status CertificateStore::requirePrintable(
    QSqlDatabase &db, const Officer &by, const QList<qint64> &certificationIds)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::PrintCertificates);
    if (!scope)
        return scope.error();
    constexpr qsizetype kChunk = 500;
    QSqlQuery q(db);
    for (qsizetype start = 0; start < certificationIds.size(); start += kChunk) {
        const QList<qint64> chunk = certificationIds.mid(start, kChunk);
        QStringList marks;
        for (qsizetype i = 0; i < chunk.size(); ++i)
            marks += u"?"_s;
        q.prepare(u"SELECT c.id, c.status, coalesce(ce.number, ''), "
                  "coalesce(w.workshop_id, 0), w.name, w.employee_no FROM certification c "
                  "JOIN worker w ON w.id = c.worker_id "
                  "LEFT JOIN certificate ce ON ce.certification_id = c.id WHERE c.id IN (%1) "
                  "ORDER BY c.id"_s.arg(marks.join(u", ")));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Reading the certificates"));
        QList<qint64> found;
        if (auto read = forEachRow(q, tr("Reading the certificates"),
                [&found, &scope, &by](const QSqlQuery &row) -> Status {
                    found += row.value(0).toLongLong();
                    // A workshop head prints their own workers' certificates only, and learns
                    // nothing of other workshops' workers from the refusal: it names only the
                    // certification asked for.
                    if (!scope->covers(row.value(3).toLongLong()))
                        return CertificationFactsStore::outsideScope(by, Act::PrintCertificates,
                            tr("the worker of certification %1").arg(row.value(0).toLongLong()));
                    if (row.value(1).toString() == u"revoked")
                        return Error { tr("Certificate %1 was revoked and cannot be printed; "
                                          "nothing was printed.")
                                           .arg(row.value(2).toString()),
                            {} };
                    if (row.value(1).toString() != u"approved")
                        return Error { tr("Certification %1 has no certificate: only approved "
                                          "certifications have one.")
                                           .arg(row.value(0).toLongLong()),
                            {} };
                    return success();
                });
            !read)
            return read;
        for (const qint64 id : chunk) {
            if (found.contains(id))
                continue;
            // On the server a workshop head does not see another workshop's certifications at
            // all (row-level security, issue 14): refused as when they are seen elsewhere.
            if (!scope->wholeCompany)
                return CertificationFactsStore::outsideScope(
                    by, Act::PrintCertificates, tr("the worker of certification %1").arg(id));
            return Error { tr("A certification to print is not on record."), {} };
        }
    }
    return success();
}

Result<QList<qint64>> CertificateStore::ofWorkshop(
    QSqlDatabase &db, const Officer &by, qint64 workshopId)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::PrintCertificates);
    if (!scope)
        return scope.error();
    if (!scope->covers(workshopId))
        return Error {
            tr("%1 may print the certificates of their own workshops only.").arg(by.label()), {},
            Error::Kind::Refused
        };
    return ids(db, u"w.workshop_id = ?"_s, workshopId, *scope);
}

Result<QList<qint64>> CertificateStore::ofRound(QSqlDatabase &db, const Officer &by, qint64 roundId)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::PrintCertificates);
    if (!scope)
        return scope.error();
    return ids(db, u"c.round_id = ?"_s, roundId, *scope);
}

Result<QList<CertificatePrintRecord>> CertificateStore::printingsOfRound(
    QSqlDatabase &db, const Officer &by, qint64 roundId)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::PrintCertificates);
    if (!scope)
        return scope.error();
    QList<CertificatePrintRecord> printings;
    QString within;
    if (!scope->wholeCompany) {
        if (scope->workshops.isEmpty())
            return printings;
        QStringList workshops;
        for (const qint64 workshop : scope->workshops)
            workshops += QString::number(workshop);
        within = u" AND w.workshop_id IN (%1)"_s.arg(workshops.join(u", "));
    }
    const QString what = tr("Reading the certificates' printings");
    QSqlQuery q(db);
    q.prepare(u"SELECT ce.number, ce.worker_name, w.employee_no, e.at, e.actor, p.duplicate, "
              "coalesce(p.reissue_reason, '') FROM certificate_print p "
              "JOIN certificate ce ON ce.id = p.certificate_id "
              "JOIN certification c ON c.id = ce.certification_id "
              "JOIN worker w ON w.id = c.worker_id "
              "JOIN audit_event e ON e.id = p.event_id WHERE c.round_id = ?"_s
        + within + u" ORDER BY p.id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, what);
    if (auto read = forEachRow(q, what,
            [&printings](const QSqlQuery &row) {
                printings += CertificatePrintRecord { row.value(0).toString(),
                    row.value(1).toString(), row.value(2).toString(),
                    QDateTime::fromString(row.value(3).toString(), Qt::ISODateWithMs),
                    row.value(4).toString(), row.value(5).toInt() != 0, row.value(6).toString() };
            });
        !read)
        return read.error();
    return printings;
}

Status CertificateStore::recordPrinted(QSqlDatabase &db, const QList<CertificateData> &printed,
    const Officer &by, const QString &reissueReason)
{
    if (auto allowed = OfficerStore::require(db, by, Act::PrintCertificates); !allowed)
        return allowed;
    if (printed.isEmpty())
        return success();
    const QString reason = reissueReason.trimmed();
    const bool reissue = !reason.isEmpty();
    Transaction transaction(db);
    int issued = 0;
    for (const CertificateData &d : printed) {
        if (reissue && !d.isIssued())
            return Error { tr("Certificate %1 was never issued: issue it first; a 补发 replaces a "
                              "certificate already handed out.")
                               .arg(d.number),
                {} };
        issued += d.isIssued() ? 0 : 1;
    }
    const auto event = reissue
        ? AuditLog(db).beginEvent(u"certificate-reissue"_s,
            tr("Reissued (补发) %n certificate(s): %1", nullptr, int(printed.size())).arg(reason),
            by)
        : AuditLog(db).beginEvent(u"certificate-print"_s,
            tr("Issued %n certificate(s); printed %1 already issued again (no 补发).", nullptr,
                issued)
                .arg(printed.size() - issued),
            by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO certificate_print (certificate_id, duplicate, event_id, "
              "reissue_reason) VALUES (?, ?, ?, ?)"_s);
    for (const CertificateData &d : printed) {
        q.bindValue(0, d.certificateId);
        // duplicate: the page showed 补发, which every printing from a 补发 on does.
        q.bindValue(1, reissue || d.reissued ? 1 : 0);
        q.bindValue(2, *event);
        q.bindValue(3, reissue ? QVariant(reason) : QVariant(QMetaType::fromType<QString>()));
        if (auto done = execOrError(q, tr("Logging the printing")); !done)
            return done;
    }
    q.finish();
    return transaction.commit(tr("Logging the printing"));
}

Result<QString> CertificateStore::verificationString(QSqlDatabase &db, const CertificateData &data)
{
    const CertificateFields fields = data.signedFields();
    const auto message = CertificateCode::signedMessage(fields);
    if (!message)
        return message.error();
    QByteArray signature;
    if (SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres) {
        const auto made = serverSignature(db, data.number);
        if (!made)
            return made.error();
        signature = *made;
    } else {
        const auto key = verificationKey(db);
        if (!key)
            return key.error();
        signature = CertificateCode::sign(CertificateCode::signingSeed(*key), *message);
    }
    if (signature.size() != CertificateCode::kSignatureBytes)
        return Error { tr("Certificate %1 cannot be signed: the signing failed.").arg(data.number),
            {} };
    return CertificateCode::encode(fields, signature);
}

namespace {

    QString described(const CertificateData &d)
    {
        return CertificateStore::tr("%1, %2 %3, issued %4 by %5")
            .arg(d.workerName, d.occupation, GradeNames::chineseWithLevel(d.grade),
                d.issueDate.toString(Qt::ISODate), d.bodyName);
    }

    // Whether the certificate as issued is still in force: the verdict once the code matched it.
    VerificationOutcome standing(const CertificateData &d, const QString &status)
    {
        VerificationOutcome outcome;
        outcome.number = d.number;
        if (status == u"revoked") {
            outcome.verdict = VerificationOutcome::Verdict::Revoked;
            outcome.message = CertificateStore::tr("Certificate %1 (%2) was revoked and is no "
                                                   "longer valid.")
                                  .arg(d.number, described(d));
            return outcome;
        }
        outcome.verdict = VerificationOutcome::Verdict::Valid;
        outcome.message
            = CertificateStore::tr("Certificate %1 is valid: %2.").arg(d.number, described(d));
        return outcome;
    }

    Result<VerificationOutcome> verifySigned(QSqlDatabase &db, const QString &text)
    {
        VerificationOutcome outcome;
        const auto code = CertificateCode::parse(text);
        if (!code) {
            outcome.message = code.error().userMessage;
            return outcome;
        }
        outcome.number = code->fields.number;
        const auto publicKey = companyPublicKey(db);
        if (!publicKey)
            return publicKey.error();
        const QString changed
            = CertificateStore::tr("The code does not match certificate %1 as issued: the printed "
                                   "details were changed, or the code was copied wrongly.");
        if (!CertificateCode::verify(*code, *publicKey)) {
            outcome.verdict = VerificationOutcome::Verdict::Tampered;
            outcome.message = changed.arg(code->fields.number);
            return outcome;
        }
        const auto loaded = load(db, Key::Number, code->fields.number);
        if (!loaded)
            return loaded.error();
        if (!*loaded) {
            outcome.verdict = VerificationOutcome::Verdict::Unknown;
            outcome.message = CertificateStore::tr("No certificate numbered %1 was issued by "
                                                   "this company.")
                                  .arg(code->fields.number);
            return outcome;
        }
        // Signed by this company's key: the fields are the issued ones unless the database
        // itself was changed since, which the code then shows.
        if ((*loaded)->data.signedFields() != code->fields) {
            outcome.verdict = VerificationOutcome::Verdict::Tampered;
            outcome.message = changed.arg(code->fields.number);
            return outcome;
        }
        return standing((*loaded)->data, (*loaded)->status);
    }

} // namespace

Result<VerificationOutcome> CertificateStore::verify(QSqlDatabase &db, const QString &text)
{
    if (CertificateCode::isSigned(text))
        return verifySigned(db, text);
    VerificationOutcome outcome;
    const QStringList parts = text.trimmed().split(u'-');
    if (parts.size() != 3 || parts[0] != QString::fromUtf16(kVerificationTag)
        || parts[2].size() != kDigestHexDigits) {
        outcome.message = tr("This is not a SkillLadder certificate code.");
        return outcome;
    }
    outcome.number = parts[1];
    const auto loaded = load(db, Key::Number, parts[1]);
    if (!loaded)
        return loaded.error();
    if (!*loaded) {
        outcome.verdict = VerificationOutcome::Verdict::Unknown;
        outcome.message
            = tr("No certificate numbered %1 was issued by this company.").arg(parts[1]);
        return outcome;
    }
    const CertificateData &d = (*loaded)->data;
    QString expected;
    if (SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres) {
        const auto computed = serverDigest(db, d.number);
        if (!computed)
            return computed.error();
        expected = *computed;
    } else {
        const auto key = verificationKey(db);
        if (!key)
            return key.error();
        expected = digest(*key, d);
    }
    if (expected != parts[2].toUpper()) {
        outcome.verdict = VerificationOutcome::Verdict::Tampered;
        outcome.message = tr("The code does not match certificate %1 as issued: the printed "
                             "details were changed, or the code was copied wrongly.")
                              .arg(d.number);
        return outcome;
    }
    return standing(d, (*loaded)->status);
}

Result<CertificatePublicKey> CertificateStore::publicKey(QSqlDatabase &db)
{
    const auto key = companyPublicKey(db);
    if (!key)
        return key.error();
    QSqlQuery q(db);
    if (auto read = execOneRow(q, tr("Reading the public key"), u"SELECT name FROM company"_s);
        !read)
        return read.error();
    return CertificatePublicKey { q.value(0).toString(), *key };
}

Result<QByteArray> CertificateStore::seal(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT data FROM company_image WHERE kind = 'seal'"_s))
        return SqlErrors::fromQuery(q, tr("Reading the company seal"));
    const auto found = nextRow(q, tr("Reading the company seal"));
    if (!found)
        return found.error();
    return *found ? q.value(0).toByteArray() : QByteArray();
}

Status CertificateStore::setSeal(QSqlDatabase &db, const QByteArray &image, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::SetCompany); !allowed)
        return allowed;
    return storeImage(db,
        { u"company_image"_s, u"kind"_s, u"seal"_s, u"company_image"_s, 0, u"seal"_s }, image,
        u"seal"_s, tr("Set the company seal for certificates"), by);
}

Result<QByteArray> CertificateStore::photo(QSqlDatabase &db, qint64 workerId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM worker_photo WHERE worker_id = ?"_s);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the worker's photo"));
    const auto found = nextRow(q, tr("Reading the worker's photo"));
    if (!found)
        return found.error();
    return *found ? q.value(0).toByteArray() : QByteArray();
}

Status CertificateStore::setPhoto(
    QSqlDatabase &db, qint64 workerId, const QByteArray &image, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::EditRoster); !allowed)
        return allowed;
    // The photo's change row is the worker's, so the profile's audit trail shows it.
    return storeImage(db,
        { u"worker_photo"_s, u"worker_id"_s, workerId, u"worker"_s, workerId, u"photo"_s }, image,
        u"photo"_s, tr("Set the photo of worker %1").arg(workerId), by);
}

Status CertificateStore::createVerificationKey(QSqlDatabase &db)
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO verification_key (id, key_hex) VALUES (1, ?)"_s);
    q.addBindValue(QString::fromLatin1(key.toHex()));
    return execOrError(q, tr("Creating the verification key"));
}

namespace {

    QString issuingFailed()
    {
        return CertificateStore::tr("Issuing the certificate");
    }

    // The province of the worker's site (the evaluation site), else the company's.
    Result<int> provinceOf(QSqlDatabase &db, qint64 workerId)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT coalesce(s.province_code, c.province_code) FROM worker w "
                  "LEFT JOIN site s ON s.id = w.site_id CROSS JOIN company c WHERE w.id = ?"_s);
        q.addBindValue(workerId);
        if (auto read = execOneRow(q, issuingFailed()); !read)
            return read.error();
        return q.value(0).toInt();
    }

    // The next serial of prefix; the UPDATE comes first so that it takes the write lock.
    Result<int> takeSerial(QSqlDatabase &db, const QString &prefix)
    {
        QSqlQuery q(db);
        q.prepare(
            u"UPDATE certificate_serial SET last_serial = last_serial + 1 WHERE prefix = ?"_s);
        q.addBindValue(prefix);
        if (!q.exec())
            return SqlErrors::fromQuery(q, issuingFailed());
        if (q.numRowsAffected() == 0) {
            q.prepare(u"INSERT INTO certificate_serial (prefix, last_serial) VALUES (?, 1)"_s);
            q.addBindValue(prefix);
            if (!q.exec())
                return SqlErrors::fromQuery(q, issuingFailed());
            return 1;
        }
        q.prepare(u"SELECT last_serial FROM certificate_serial WHERE prefix = ?"_s);
        q.addBindValue(prefix);
        if (auto read = execOneRow(q, issuingFailed()); !read)
            return read.error();
        return q.value(0).toInt();
    }

} // namespace

Result<bool> CertificateStore::numberTaken(QSqlDatabase &db, const QString &number)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT (SELECT count(*) FROM certificate WHERE number = ?) + "
              "(SELECT count(*) FROM certification WHERE external_number = ? "
              "AND status = 'proposed')"_s);
    q.addBindValue(number);
    q.addBindValue(number);
    if (auto read = execOneRow(q, tr("Checking the certificate number")); !read)
        return read.error();
    return q.value(0).toInt() > 0;
}

Result<QString> CertificateStore::nextNumber(QSqlDatabase &db, const IssueRequest &request)
{
    const auto scheme = PolicyStore::certificateSchemeOn(db, request.issueDate);
    if (!scheme)
        return scheme.error();
    const auto province = provinceOf(db, request.workerId);
    if (!province)
        return province.error();
    const auto prefix = scheme->prefix(*province, request.issueDate.year(), request.grade);
    if (!prefix)
        return Error { tr("%1 has no certificate.").arg(GradeNames::display(request.grade)), {} };
    // A number brought by an earlier proposal may sit on a serial: skip it.
    for (;;) {
        const auto serial = takeSerial(db, *prefix);
        if (!serial)
            return serial.error();
        if (*serial > CertificateNumberScheme::maxSerial(request.grade))
            return Error { tr("The certificate serials of %1 are used up for %2 (%3); change the "
                              "evaluation site serial in the certificate settings.")
                               .arg(GradeNames::display(request.grade))
                               .arg(request.issueDate.year())
                               .arg(*prefix),
                {} };
        const QString number = CertificateNumberScheme::number(*prefix, request.grade, *serial);
        const auto taken = numberTaken(db, number);
        if (!taken)
            return taken.error();
        if (!*taken)
            return number;
    }
}

Result<QString> CertificateStore::issue(QSqlDatabase &db, const IssueRequest &request)
{
    QString number = request.externalNumber;
    if (number.isEmpty()) {
        auto next = nextNumber(db, request);
        if (!next)
            return next.error();
        number = *next;
    }
    const auto body = PolicyStore::evaluatingBodyOn(db, request.issueDate);
    if (!body)
        return body.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM certificate WHERE number = ?"_s);
    q.addBindValue(number);
    if (auto read = execOneRow(q, issuingFailed()); !read)
        return read.error();
    if (q.value(0).toInt() > 0)
        return Error { tr("The certificate number %1 is already in use.").arg(number), {} };
    q.prepare(u"INSERT INTO certificate (certification_id, number, issue_date, body_name, "
              "worker_name, id_number, occupation, created_event_id) "
              "SELECT c.id, ?, ?, ?, w.name, w.id_number, o.name, ? FROM certification c "
              "JOIN worker w ON w.id = c.worker_id JOIN occupation o ON o.id = c.occupation_id "
              "WHERE c.id = ?"_s);
    q.addBindValue(number);
    q.addBindValue(request.issueDate.toString(Qt::ISODate));
    q.addBindValue(*body);
    q.addBindValue(request.eventId);
    q.addBindValue(request.certificationId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, issuingFailed());
    return number;
}

} // namespace skl
