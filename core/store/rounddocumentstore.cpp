#include "core/store/rounddocumentstore.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/officerstore.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace skl {

namespace {

    QString sha256Of(const QByteArray &data)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    // The name a file keeps in the dossier: no folders (of Windows or Linux), nothing a file
    // system refuses.
    QString cleanFileName(const QString &name)
    {
        const QString path = name.trimmed();
        QString base = path.mid(qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\')) + 1);
        static const QString forbidden = u"\\/:*?\"<>|"_s;
        for (QChar &c : base) {
            if (forbidden.contains(c) || c.unicode() < 0x20)
                c = u'_';
        }
        return base;
    }

    Status requireRound(QSqlDatabase &db, qint64 roundId, const QString &what)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT count(*) FROM assessment_round WHERE id = ?"_s);
        q.addBindValue(roundId);
        if (auto read = execOneRow(q, what); !read)
            return read;
        if (q.value(0).toInt() == 0)
            return Error { RoundDocumentStore::tr("There is no assessment round %1.").arg(roundId),
                {} };
        return success();
    }

    // Positions q on the columns of document documentId, or says there is none.
    Status findDocument(
        QSqlQuery &q, const QString &columns, qint64 documentId, const QString &what)
    {
        q.prepare(u"SELECT %1 FROM round_document WHERE id = ?"_s.arg(columns));
        q.addBindValue(documentId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, what);
        const auto found = nextRow(q, what);
        if (!found)
            return found.error();
        if (!*found)
            return Error {
                RoundDocumentStore::tr("There is no document %1 of a round.").arg(documentId), {}
            };
        return success();
    }

} // namespace

std::optional<QString> RoundDocumentStore::sizeRefusal(const QString &fileName, qint64 size)
{
    if (size == 0)
        return tr("%1 is empty; nothing was filed.").arg(fileName);
    if (size > kMaxBytes)
        return tr("%1 is %2 MB; a document of the dossier may have at most %3 MB.")
            .arg(fileName)
            .arg(double(size) / (1024 * 1024), 0, 'f', 1)
            .arg(kMaxBytes / (1024 * 1024));
    return std::nullopt;
}

Result<qint64> RoundDocumentStore::add(QSqlDatabase &db, qint64 roundId,
    const RoundDocumentInput &input, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed.error();
    const QString what = tr("Filing a document of the round");
    const QString title = input.title.trimmed();
    const QString fileName = cleanFileName(input.fileName);
    if (title.isEmpty())
        return Error { tr("Give the document a title (what it is, e.g. 理论知识试卷)."), {} };
    if (fileName.isEmpty())
        return Error { tr("The document has no file name."), {} };
    if (auto refused = sizeRefusal(fileName, input.data.size()))
        return Error { *refused, {} };
    Transaction transaction(db);
    if (auto begun = transaction.begun(what); !begun)
        return begun.error();
    if (auto exists = requireRound(db, roundId, what); !exists)
        return exists.error();
    QVariant workerId;
    if (!input.employeeNo.trimmed().isEmpty()) {
        const auto worker
            = CertificationFactsStore::workerByEmployeeNo(db, input.employeeNo.trimmed());
        if (!worker)
            return worker.error();
        workerId = worker->id;
    }
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-document"_s,
        tr("Filed \"%1\" (%2) in volume %3 (%4) of round %5.")
            .arg(title, fileName)
            .arg(int(input.volume))
            .arg(AssessmentRules::display(input.volume))
            .arg(roundId),
        by);
    if (!event)
        return event.error();
    const QString digest = sha256Of(input.data);
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO round_document (round_id, volume, title, file_name, worker_id, part, "
              "size_bytes, sha256, data, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(roundId);
    q.addBindValue(int(input.volume));
    q.addBindValue(title);
    q.addBindValue(fileName);
    q.addBindValue(workerId);
    q.addBindValue(input.part ? QVariant(AssessmentRules::code(*input.part)) : QVariant());
    q.addBindValue(qint64(input.data.size()));
    q.addBindValue(digest);
    q.addBindValue(input.data);
    q.addBindValue(*event);
    if (auto read = execOneRow(q, what); !read)
        return read.error();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (auto done = audit.recordChange(
            *event, u"round_document"_s, id, u"document"_s, {}, fileName + u" sha256:"_s + digest);
        !done)
        return done.error();
    if (auto committed = transaction.commit(what); !committed)
        return committed.error();
    return id;
}

Result<QList<RoundDocument>> RoundDocumentStore::list(QSqlDatabase &db, qint64 roundId)
{
    const QString what = tr("Reading the documents of the round");
    QSqlQuery q(db);
    q.prepare(u"SELECT d.id, d.volume, d.title, d.file_name, w.employee_no, w.name, d.part, "
              "d.size_bytes, d.sha256, coalesce(nullif(o.display_name, ''), e.actor), e.at, "
              "d.withdrawn_event_id, d.withdrawn_reason "
              "FROM round_document d JOIN audit_event e ON e.id = d.event_id "
              "LEFT JOIN officer o ON o.id = e.officer_id "
              "LEFT JOIN worker w ON w.id = d.worker_id "
              "WHERE d.round_id = ? ORDER BY d.volume, d.id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, what);
    QList<RoundDocument> documents;
    if (auto read = forEachRow(q, what,
            [&](const QSqlQuery &row) {
                RoundDocument d;
                d.id = row.value(0).toLongLong();
                d.roundId = roundId;
                d.volume = DossierVolume(row.value(1).toInt());
                d.title = row.value(2).toString();
                d.fileName = row.value(3).toString();
                d.employeeNo = row.value(4).toString();
                d.workerName = row.value(5).toString();
                d.part = AssessmentRules::parsePart(row.value(6).toString());
                d.sizeBytes = row.value(7).toLongLong();
                d.sha256 = row.value(8).toString();
                d.addedBy = row.value(9).toString();
                d.addedAt = QDateTime::fromString(row.value(10).toString(), Qt::ISODate);
                d.withdrawn = !row.value(11).isNull();
                d.withdrawnReason = row.value(12).toString();
                documents += d;
            });
        !read)
        return read.error();
    return documents;
}

Result<QByteArray> RoundDocumentStore::data(QSqlDatabase &db, qint64 documentId)
{
    const QString what = tr("Reading a document of the round");
    QSqlQuery q(db);
    if (auto found = findDocument(q, u"data, sha256, file_name"_s, documentId, what); !found)
        return found.error();
    const QByteArray bytes = q.value(0).toByteArray();
    if (sha256Of(bytes) != q.value(1).toString())
        return Error { tr("The document %1 (%2) no longer matches what was filed: the database "
                          "may be damaged. Restore a backup.")
                           .arg(documentId)
                           .arg(q.value(2).toString()),
            {} };
    return bytes;
}

Status RoundDocumentStore::withdraw(
    QSqlDatabase &db, qint64 documentId, const QString &reason, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error { tr("Write why the document is withdrawn: the reason is kept."), {} };
    const QString what = tr("Withdrawing a document of the round");
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    QSqlQuery q(db);
    if (auto found = findDocument(q, u"round_id, title, withdrawn_event_id"_s, documentId, what);
        !found)
        return found;
    const qint64 roundId = q.value(0).toLongLong();
    const QString title = q.value(1).toString();
    if (!q.value(2).isNull())
        return Error { tr("\"%1\" is withdrawn already.").arg(title), {} };
    q.finish();
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-document"_s,
        tr("Withdrew \"%1\" from round %2: %3").arg(title).arg(roundId).arg(reason.trimmed()), by);
    if (!event)
        return event.error();
    q.prepare(u"UPDATE round_document SET withdrawn_reason = ?, withdrawn_event_id = ? "
              "WHERE id = ?"_s);
    q.addBindValue(reason.trimmed());
    q.addBindValue(*event);
    q.addBindValue(documentId);
    if (auto done = execOrError(q, what); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"round_document"_s, documentId, u"withdrawn"_s, {}, reason.trimmed());
        !done)
        return done;
    return transaction.commit(what);
}

} // namespace skl
