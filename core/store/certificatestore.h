#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/certificatecode.h"
#include "core/domain/grade.h"
#include "core/domain/iddocument.h"
#include "core/domain/officer.h"

namespace skl {

// Everything printed on one certificate (issue #5), the full ID number included: the certificate
// is the one place it is shown unmasked (DOMAIN.md §7).
struct CertificateData
{
    qint64 certificateId = 0;
    qint64 certificationId = 0;
    QString number;
    QDate issueDate;
    QString bodyName;
    QString companyName;
    QString workerName;
    QString gender; // 男 / 女, empty when unknown
    QString idNumber;
    QString employeeNo;
    QString workshop;
    QString occupation;
    Grade grade = Grade::Junior;
    QByteArray photo; // PNG/JPEG bytes, empty when none
    int timesPrinted = 0; // before this printing: the first printing issues the certificate
    // A 补发 is on record (issue 15): the page shows 补发, on its reissue and every later printing.
    bool reissued = false;
    QString verification; // the string in the QR code

    bool isIssued() const { return timesPrinted > 0; }
    QString idType() const { return IdDocuments::typeOf(idNumber); }
    CertificateFields signedFields() const
    {
        return { number, workerName, idNumber, grade, occupation, issueDate, bodyName };
    }
};

// One printing of a certificate as the trail keeps it (issue 16: the dossier's print log): when,
// by whom, a first issue or a later printing, and a 补发's reason.
struct CertificatePrintRecord
{
    QString number;
    QString workerName;
    QString employeeNo;
    QDateTime at;
    QString by;
    bool duplicate = false; // not the first printing
    QString reissueReason; // a 补发's, empty for any other printing
};

struct VerificationOutcome
{
    enum class Verdict { Valid, Revoked, Unknown, Tampered, Malformed };
    Verdict verdict = Verdict::Malformed;
    QString message; // for the user, in the UI language
    QString number;
};

class CertificateStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificateStore)
public:
    // The certificate of an approved certification; a revoked one is refused (it must never be
    // printed again). Without its code it is only read, not signed: enough to check a batch
    // before its first page (on a server the signing takes a tenth of a second).
    enum class Code { Signed, Left };
    static Result<CertificateData> forCertification(
        QSqlDatabase &db, qint64 certificationId, Code code = Code::Signed);
    // Approved certifications with certificates, by employee number: of a workshop, a round.
    // Every one approved and not revoked, or an Error naming the first that is not: checked before
    // a batch prints its first page. by must be allowed to print (issue 13); a workshop head
    // prints the certificates of their own workshops' workers only.
    static Status requirePrintable(
        QSqlDatabase &db, const Officer &by, const QList<qint64> &certificationIds);
    // by must be allowed to print; a workshop head's lists hold their own workshops only, and
    // another workshop is refused.
    static Result<QList<qint64>> ofWorkshop(QSqlDatabase &db, const Officer &by, qint64 workshopId);
    static Result<QList<qint64>> ofRound(QSqlDatabase &db, const Officer &by, qint64 roundId);
    // Every printing of the certificates of an assessment round, oldest first; by must be
    // allowed to print, and a workshop head reads their own workshops' only.
    static Result<QList<CertificatePrintRecord>> printingsOfRound(
        QSqlDatabase &db, const Officer &by, qint64 roundId);
    // Logs a printing of each (after the pages were written): the first issues the certificate,
    // a later one prints it again and is no 补发 (issue 15). With a reissueReason every one is a
    // 补发, a true second issue of a certificate already issued, and the reason is kept with
    // each. One transaction, one audit event, by the officer who printed.
    static Status recordPrinted(QSqlDatabase &db, const QList<CertificateData> &printed,
        const Officer &by, const QString &reissueReason = {});

    // The code printed in the QR: the certificate's fields signed with the company's Ed25519
    // key (CertificateCode, issue 15), which anyone holding the public key checks. On a server
    // the owner's certificate_signature() signs, for a certificate the officer may print.
    static Result<QString> verificationString(QSqlDatabase &db, const CertificateData &data);
    // Both kinds of code: the signed ones, and the older "SKL1-<number>-<20 hex digits>" whose
    // digest is an HMAC-SHA256 under the database's own key of the printed fields, which only
    // the issuing database can check. Either way a changed name, ID, grade or number no longer
    // verifies, and the database adds whether the certificate was revoked.
    static Result<VerificationOutcome> verify(QSqlDatabase &db, const QString &text);
    // The company's public key and name, for publishing (certificates publish-key).
    static Result<CertificatePublicKey> publicKey(QSqlDatabase &db);

    // The company seal printed on certificates (PNG bytes); empty when none is set. Setting a
    // seal or photo that replaces another keeps the replaced image (<table>_replaced) and names
    // it by size and hash in an audit change row; the same image again changes nothing.
    static Result<QByteArray> seal(QSqlDatabase &db);
    // Setting the seal is a company setting: admin only (issue 13).
    static Status setSeal(QSqlDatabase &db, const QByteArray &image, const Officer &by);
    // A worker's photo (PNG/JPEG bytes); empty when none is set.
    static Result<QByteArray> photo(QSqlDatabase &db, qint64 workerId);
    // By an officer who may edit the roster (hr), checked first.
    static Status setPhoto(
        QSqlDatabase &db, qint64 workerId, const QByteArray &image, const Officer &by);

    // Writes the certificate of an approved certification inside the approval's transaction,
    // which holds the write lock, so serials never repeat across concurrent approvals.
    struct IssueRequest
    {
        qint64 certificationId = 0;
        qint64 workerId = 0;
        Grade grade = Grade::Junior;
        QDate issueDate;
        QString externalNumber; // issued elsewhere; empty: the next serial of the scheme
        qint64 eventId = 0;
    };
    // The certificate's number.
    static Result<QString> issue(QSqlDatabase &db, const IssueRequest &request);
    // Is the number taken by a certificate or by a proposal that brings its own?
    static Result<bool> numberTaken(QSqlDatabase &db, const QString &number);

    // Made once by the upgrade to schema 4.
    static Status createVerificationKey(QSqlDatabase &db);

private:
    static Result<QString> nextNumber(QSqlDatabase &db, const IssueRequest &request);
};

} // namespace skl
