#pragma once

#include <QString>

namespace skl {

// The wage bill of a year from the pay records (issue 17, "monthly pay × months in service"),
// as one statement that both engines run: SQLite as it is, PostgreSQL inside the owner's
// SECURITY DEFINER function fund_wage_bill(year) (ServerPrivileges), because the fund's readers
// may not read individual pay (only payroll and approvers read pay_record) but may read its
// sum.
//
// The rule, exactly (README, "How the education fund is computed"): for each worker and each
// month of the year, Σ over the worker's days in service in that month (hire date included,
// leave date excluded, as WorkerRecord::isInServiceOn) of the monthly amount in force that day
// (pay_record.monthly_fen from effective_from until the next record), divided by the days of
// the month and rounded half up to the fen once per worker and month; the year's bill is the
// sum of those. It is the allowances' pro-rating by calendar days (allowancesOf in
// core/domain/allowancemonth, whose roundHalfUp the division is); a test checks the two give
// the same fen.
//
// One row: bill_fen (NULL when no worker in service in the year has a pay record in force in
// it), in_service (workers in service on at least one day of the year) and without_pay (those
// of them with no pay record in force on any of their days of service in the year).
namespace WageBillQuery {
    // year: the SQL that gives the year, a bound "?" or the function's argument.
    QString statement(const QString &year);
} // namespace WageBillQuery

} // namespace skl
