#include "core/store/certificateissuer.h"

#include <QSqlQuery>

#include "core/domain/certificatenumber.h"
#include "core/store/policystore.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return CertificateIssuer::tr("Issuing the certificate");
    }

    // The province of the worker's site (the evaluation site), else the company's.
    Result<int> provinceOf(QSqlDatabase &db, qint64 workerId)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT coalesce(s.province_code, c.province_code) FROM worker w "
                  "LEFT JOIN site s ON s.id = w.site_id CROSS JOIN company c WHERE w.id = ?"_s);
        q.addBindValue(workerId);
        if (!q.exec() || !q.next())
            return SqlErrors::fromQuery(q, whatFailed());
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
            return SqlErrors::fromQuery(q, whatFailed());
        if (q.numRowsAffected() == 0) {
            q.prepare(u"INSERT INTO certificate_serial (prefix, last_serial) VALUES (?, 1)"_s);
            q.addBindValue(prefix);
            if (!q.exec())
                return SqlErrors::fromQuery(q, whatFailed());
            return 1;
        }
        q.prepare(u"SELECT last_serial FROM certificate_serial WHERE prefix = ?"_s);
        q.addBindValue(prefix);
        if (!q.exec() || !q.next())
            return SqlErrors::fromQuery(q, whatFailed());
        return q.value(0).toInt();
    }

} // namespace

Result<bool> CertificateIssuer::numberTaken(QSqlDatabase &db, const QString &number)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT (SELECT count(*) FROM certificate WHERE number = ?) + "
              "(SELECT count(*) FROM certification WHERE external_number = ? "
              "AND status = 'proposed')"_s);
    q.addBindValue(number);
    q.addBindValue(number);
    if (!q.exec() || !q.next())
        return SqlErrors::fromQuery(q, tr("Checking the certificate number"));
    return q.value(0).toInt() > 0;
}

Result<QString> CertificateIssuer::nextNumber(QSqlDatabase &db, const Request &request)
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

Result<QString> CertificateIssuer::issue(QSqlDatabase &db, const Request &request)
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
    if (!q.exec() || !q.next())
        return SqlErrors::fromQuery(q, whatFailed());
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
        return SqlErrors::fromQuery(q, whatFailed());
    return number;
}

} // namespace skl
