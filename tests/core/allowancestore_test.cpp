#include "core/domain/grade.h"
#include "core/store/allowancestore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

TEST_CASE("A rate set in the window replaces that day's amount, audited", "[allowance]")
{
    TempDatabase db;
    const QDate from(2025, 1, 1);
    const auto set = [&](AllowanceKind kind, std::optional<Grade> grade, qint64 fen) {
        return AllowanceStore::setRates(db.db(),
            { AllowanceRate { kind, grade, from, Fen::fromFen(fen) } }, QStringLiteral("hr"))
            .ok();
    };
    REQUIRE(set(AllowanceKind::Skill, Grade::Senior, 30000));
    REQUIRE(set(AllowanceKind::Skill, Grade::Senior, 32000));
    const auto rates = AllowanceStore::rates(db.db());
    REQUIRE(rates.ok());
    REQUIRE(rates->size() == 1);
    CHECK(rates->first().fen == Fen::fromFen(32000));
    CHECK(db.scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE entity = "
                                   "'allowance_rate' ORDER BY id DESC LIMIT 1"))
              .toString()
        == QStringLiteral("30000"));
    // A team-leader rate has no grade; a skill rate needs one.
    CHECK_FALSE(set(AllowanceKind::TeamLeader, Grade::Senior, 100));
    CHECK_FALSE(set(AllowanceKind::Skill, std::nullopt, 100));
}
