#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/grade.h"

namespace skl {

// Writes the certificate of an approved certification, inside the approval's transaction (which
// holds the write lock, so serials never repeat across concurrent approvals).
class CertificateIssuer
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificateIssuer)
public:
    struct Request
    {
        qint64 certificationId = 0;
        qint64 workerId = 0;
        Grade grade = Grade::Junior;
        QDate issueDate;
        QString externalNumber; // issued elsewhere; empty: the next serial of the scheme
        qint64 eventId = 0;
    };
    // The certificate's number.
    static Result<QString> issue(QSqlDatabase &db, const Request &request);
    // Is the number taken by a certificate or by a proposal that brings its own?
    static Result<bool> numberTaken(QSqlDatabase &db, const QString &number);

private:
    static Result<QString> nextNumber(QSqlDatabase &db, const Request &request);
};

} // namespace skl
