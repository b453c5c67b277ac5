#include "core/demo/demofund.h"

#include "core/store/educationfundstore.h"

namespace skl {

Status DemoFund::add(QSqlDatabase &db, const Officer &by)
{
    const auto computed = EducationFundStore::year(db, by, 2024);
    if (!computed)
        return computed.error();
    const std::optional<Fen> bill2024 = computed->figures.wageBill;
    if (!bill2024)
        return success();
    // The company grew into 2024: 92 % and 96 % of its wage bill the two years before.
    const std::pair<int, qint64> earlier[] = { { 2022, 92 }, { 2023, 96 } };
    for (const auto &[year, percent] : earlier) {
        // Whole yuan, as the accounts state it.
        const Fen amount = Fen::fromFen(bill2024->fen() * percent / 100 / 100 * 100);
        if (auto done = EducationFundStore::enterWageBill(
                db, year, amount, tr("Annual accounts %1 (工资总额)").arg(year), by);
            !done)
            return done;
    }
    return success();
}

} // namespace skl
