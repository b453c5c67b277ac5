#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>

#include <catch2/catch.hpp>

#include "core/store/auditlog.h"
#include "core/store/transaction.h"
#include "tests/support/tempdatabase.h"

namespace skl::test {

// A training record (schema 21) written as plainly as a test needs it, for the readers of the
// table (the education fund) that do not depend on how records are entered: one audit event by
// the admin, one row; the course, kind and result are fixed.
inline void addTraining(
    TempDatabase &db, const QString &employeeNo, QDate start, qint64 costFen, QDate end = {})
{
    Transaction transaction(db.db());
    const auto event = AuditLog(db.db()).beginEvent(
        QStringLiteral("training"), QStringLiteral("A test's training record."), db.admin());
    REQUIRE(event.ok());
    QSqlQuery q(db.db());
    q.prepare(QStringLiteral(
        "INSERT INTO training_record (worker_id, course, kind, hours_tenths, provider, cost_fen, "
        "start_date, end_date, result, event_id) SELECT id, '数控车削技能研修', 'study', 80, "
        "'省职业技能鉴定中心', ?, ?, ?, '合格', ? FROM worker WHERE employee_no = ?"));
    q.addBindValue(costFen);
    q.addBindValue(start.toString(Qt::ISODate));
    q.addBindValue((end.isValid() ? end : start).toString(Qt::ISODate));
    q.addBindValue(*event);
    q.addBindValue(employeeNo);
    REQUIRE(q.exec());
    REQUIRE(q.numRowsAffected() == 1);
    REQUIRE(transaction.commit(QStringLiteral("test")).ok());
}

} // namespace skl::test
