#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/educationfund.h"
#include "core/domain/officer.h"

namespace skl {

// Where a year's wage bill comes from: entered by payroll (it wins), the pay records, or
// nowhere (then the wage bill and the cap are none).
enum class WageBillSource { None, PayRecords, Entered };

struct WageBill
{
    std::optional<Fen> amount;
    WageBillSource source = WageBillSource::None;
    // Entered: who entered it, when (the event's time, as stored) and why.
    QString enteredBy;
    QString enteredAt;
    QString note;
    // From the pay records: the workers in service on some day of the year, and how many of
    // them have no pay record in force on any of those days (their pay is missing from the bill).
    qint64 workersInService = 0;
    qint64 workersWithoutPay = 0;
};

struct FundYear
{
    FundFigures figures;
    WageBill wageBill;
};

// The spending of one site and workshop (the workers' current ones) in a year.
struct FundUnitRow
{
    QString site; // empty: workers without a site
    QString workshop; // empty: without a workshop
    Fen spent;
    Fen frontline;
    std::optional<Fraction> share;
    std::optional<bool> met;
};

// The employee-education fund (职工教育经费, issue 17, section 十八, DOMAIN.md §5): a year's
// figures from the pay records, the entered wage bills, the training records (schema 21) and the
// policy in force on the year's last day. Reads need Act::ReadFund, entering a wage bill
// Act::EnterWageBill.
class EducationFundStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::EducationFundStore)
public:
    static Result<FundYear> year(QSqlDatabase &db, const Officer &by, int year);
    // Spending and the frontline share by site and workshop, ordered by site then workshop.
    static Result<QList<FundUnitRow>> byUnit(QSqlDatabase &db, const Officer &by, int year);
    // The years lastYear - years + 1 … lastYear, oldest first.
    static Result<QList<FundYear>> trend(
        QSqlDatabase &db, const Officer &by, int lastYear, int years = 5);

    // Enters the year's wage bill as payroll knows it (a figure the pay records do not hold);
    // audited with the note. The latest entry of a year counts.
    static Status enterWageBill(
        QSqlDatabase &db, int year, Fen amount, const QString &note, const Officer &by);
    // Takes the entered figure back: the pay records count again.
    static Status clearWageBill(QSqlDatabase &db, int year, const QString &note, const Officer &by);

    static bool isYear(int year) { return year >= 1900 && year <= 9998; }

private:
    static Result<FundYear> yearRead(QSqlDatabase &db, int year);
    static Result<WageBill> wageBillOf(QSqlDatabase &db, int year);
    static Status writeEntry(QSqlDatabase &db, int year, std::optional<Fen> amount,
        const QString &note, const Officer &by);
};

} // namespace skl
