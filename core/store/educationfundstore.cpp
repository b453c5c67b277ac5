#include "core/store/educationfundstore.h"

#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"
#include "core/store/wagebillquery.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString firstDay(int year)
    {
        return QDate(year, 1, 1).toString(Qt::ISODate);
    }

    std::optional<Fen> optionalFen(const QVariant &value)
    {
        if (value.isNull())
            return std::nullopt;
        return Fen::fromFen(value.toLongLong());
    }

    Status checkedYear(int year)
    {
        if (!EducationFundStore::isYear(year))
            return Error { EducationFundStore::tr("%1 is not a year from 1900 to 9998.").arg(year),
                {} };
        return success();
    }

    // The training cost of the year, in all and on frontline workers: records that start in it.
    struct Spending
    {
        Fen spent;
        Fen frontline;
    };

    Result<Spending> spendingOf(QSqlDatabase &db, int year)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT coalesce(sum(t.cost_fen), 0), "
                  "coalesce(sum(CASE WHEN w.frontline = 1 THEN t.cost_fen ELSE 0 END), 0) "
                  "FROM training_record t JOIN worker w ON w.id = t.worker_id "
                  "WHERE t.start_date >= ? AND t.start_date < ?"_s);
        q.addBindValue(firstDay(year));
        q.addBindValue(firstDay(year + 1));
        const QString failed = EducationFundStore::tr("Reading the training costs of %1").arg(year);
        if (auto done = execOneRow(q, failed); !done)
            return done.error();
        return Spending { Fen::fromFen(q.value(0).toLongLong()),
            Fen::fromFen(q.value(1).toLongLong()) };
    }

} // namespace

Result<FundYear> EducationFundStore::year(QSqlDatabase &db, const Officer &by, int year)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadFund); !allowed)
        return allowed.error();
    if (auto valid = checkedYear(year); !valid)
        return valid.error();
    return yearRead(db, year);
}

Result<QList<FundYear>> EducationFundStore::trend(
    QSqlDatabase &db, const Officer &by, int lastYear, int years)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadFund); !allowed)
        return allowed.error();
    QList<FundYear> all;
    for (int year = lastYear - years + 1; year <= lastYear; ++year) {
        if (auto valid = checkedYear(year); !valid)
            return valid.error();
        const auto one = yearRead(db, year);
        if (!one)
            return one.error();
        all += *one;
    }
    return all;
}

Result<FundYear> EducationFundStore::yearRead(QSqlDatabase &db, int year)
{
    // The policy in force on the year's last day: a target changed in the year holds for it.
    const auto policy = PolicyStore::fundOn(db, QDate(year, 12, 31));
    if (!policy)
        return policy.error();
    const auto bill = wageBillOf(db, year);
    if (!bill)
        return bill.error();
    const auto spending = spendingOf(db, year);
    if (!spending)
        return spending.error();
    return FundYear { EducationFund::compute(
                          year, bill->amount, spending->spent, spending->frontline, *policy),
        *bill };
}

Result<WageBill> EducationFundStore::wageBillOf(QSqlDatabase &db, int year)
{
    const QString failed = tr("Reading the wage bill of %1").arg(year);
    QSqlQuery q(db);
    q.prepare(u"SELECT e.amount_fen, coalesce(e.note, ''), a.actor, a.at FROM wage_bill_entry e "
              "JOIN audit_event a ON a.id = e.event_id WHERE e.year = ? ORDER BY e.id DESC "
              "LIMIT 1"_s);
    q.addBindValue(year);
    if (!q.exec())
        return SqlErrors::fromQuery(q, failed);
    const auto found = nextRow(q, failed);
    if (!found)
        return found.error();
    WageBill bill;
    if (*found && !q.value(0).isNull()) {
        bill.amount = Fen::fromFen(q.value(0).toLongLong());
        bill.source = WageBillSource::Entered;
        bill.note = q.value(1).toString();
        bill.enteredBy = q.value(2).toString();
        bill.enteredAt = q.value(3).toString();
        return bill;
    }
    q.finish();
    // On a server the sum comes from the owner's function: the fund's readers read no pay.
    const bool server = SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres;
    q.prepare(server ? u"SELECT f_bill, f_in_service, f_without_pay FROM fund_wage_bill(?)"_s
                     : WageBillQuery::statement(u"?"_s));
    q.addBindValue(year);
    if (auto done = execOneRow(q, failed); !done)
        return done.error();
    bill.amount = optionalFen(q.value(0));
    bill.source = bill.amount ? WageBillSource::PayRecords : WageBillSource::None;
    bill.workersInService = q.value(1).toLongLong();
    bill.workersWithoutPay = q.value(2).toLongLong();
    return bill;
}

Result<QList<FundUnitRow>> EducationFundStore::byUnit(QSqlDatabase &db, const Officer &by, int year)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadFund); !allowed)
        return allowed.error();
    if (auto valid = checkedYear(year); !valid)
        return valid.error();
    const auto policy = PolicyStore::fundOn(db, QDate(year, 12, 31));
    if (!policy)
        return policy.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(s.name, ''), coalesce(ws.name, ''), sum(t.cost_fen), "
              "sum(CASE WHEN w.frontline = 1 THEN t.cost_fen ELSE 0 END) "
              "FROM training_record t JOIN worker w ON w.id = t.worker_id "
              "LEFT JOIN site s ON s.id = w.site_id LEFT JOIN workshop ws ON ws.id = w.workshop_id "
              "WHERE t.start_date >= ? AND t.start_date < ? "
              "GROUP BY coalesce(s.name, ''), coalesce(ws.name, '') "
              "ORDER BY coalesce(s.name, ''), coalesce(ws.name, '')"_s);
    q.addBindValue(firstDay(year));
    q.addBindValue(firstDay(year + 1));
    const QString failed = tr("Reading the training costs of %1 by workshop").arg(year);
    if (!q.exec())
        return SqlErrors::fromQuery(q, failed);
    QList<FundUnitRow> rows;
    if (auto read = forEachRow(q, failed,
            [&](const QSqlQuery &row) {
                FundUnitRow r;
                r.site = row.value(0).toString();
                r.workshop = row.value(1).toString();
                r.spent = Fen::fromFen(row.value(2).toLongLong());
                r.frontline = Fen::fromFen(row.value(3).toLongLong());
                r.share = EducationFund::shareOf(r.frontline, r.spent);
                if (r.share)
                    r.met = policy->frontlineTarget.isMetBy(r.frontline.fen(), r.spent.fen());
                rows += r;
            });
        !read)
        return read.error();
    return rows;
}

Status EducationFundStore::enterWageBill(
    QSqlDatabase &db, int year, Fen amount, const QString &note, const Officer &by)
{
    if (amount.isNegative())
        return Error { tr("A wage bill cannot be negative."), {} };
    return writeEntry(db, year, amount, note, by);
}

Status EducationFundStore::clearWageBill(
    QSqlDatabase &db, int year, const QString &note, const Officer &by)
{
    return writeEntry(db, year, std::nullopt, note, by);
}

Status EducationFundStore::writeEntry(
    QSqlDatabase &db, int year, std::optional<Fen> amount, const QString &note, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::EnterWageBill); !allowed)
        return allowed;
    if (auto valid = checkedYear(year); !valid)
        return valid;
    Transaction transaction(db, Transaction::Lock::Write);
    const QString failed = tr("Entering the wage bill of %1").arg(year);
    // The figure it replaces, for the audit's old value.
    QSqlQuery q(db);
    q.prepare(u"SELECT amount_fen FROM wage_bill_entry WHERE year = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(year);
    if (!q.exec())
        return SqlErrors::fromQuery(q, failed);
    const auto found = nextRow(q, failed);
    if (!found)
        return found.error();
    const std::optional<Fen> old = *found ? optionalFen(q.value(0)) : std::nullopt;
    q.finish();
    if (!amount && !old)
        return Error {
            tr("No wage bill of %1 was entered: there is nothing to take back.").arg(year), {}
        };
    const QString trimmed = note.trimmed();
    AuditLog audit(db);
    const QString summary = amount
        ? tr("Entered the wage bill of %1: %2 yuan.")
              .arg(year)
              .arg(amount->toYuan(Fen::Grouping::Thousands))
        : tr("Took back the entered wage bill of %1: the pay records count again.").arg(year);
    const auto event = audit.beginEvent(
        u"wage-bill"_s, trimmed.isEmpty() ? summary : tr("%1 Note: %2").arg(summary, trimmed), by);
    if (!event)
        return event.error();
    q.prepare(u"INSERT INTO wage_bill_entry (year, amount_fen, note, event_id) "
              "VALUES (?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(year);
    q.addBindValue(amount ? QVariant(amount->fen()) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(
        trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed));
    q.addBindValue(*event);
    const auto id = execReturningId(q, failed);
    if (!id)
        return id.error();
    if (auto done = audit.recordChange(*event, u"wage_bill_entry"_s, *id, u"amount_fen"_s,
            old ? old->toYuan() : QString(), amount ? amount->toYuan() : QString());
        !done)
        return done;
    return transaction.commit(failed);
}

} // namespace skl
