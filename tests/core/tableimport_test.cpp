#include "core/domain/grade.h"
#include "core/importing/datafiles.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// Cancels once the pipeline has reached the given share of its work (the last third is the
// writing), as an officer pressing Cancel at that moment would; keeps every report.
class CancelAt final : public ProgressSink
{
public:
    explicit CancelAt(double share)
        : m_share(share)
    { }
    void report(qint64 done, qint64 total) override
    {
        reports += std::pair(done, total);
        if (total > 0 && double(done) / double(total) >= m_share)
            m_canceled = true;
    }
    bool isCanceled() const override { return m_canceled; }
    QList<std::pair<qint64, qint64>> reports;

private:
    double m_share;
    bool m_canceled = false;
};

// 1,200 skill rates: eight grades on 150 days each.
QString manyRates()
{
    QString csv = QStringLiteral("kind,grade,amount,effective_from\n");
    for (int day = 0; day < 150; ++day) {
        for (int rank = 0; rank < kGradeCount; ++rank)
            csv += QStringLiteral("skill,%1,%2.50,%3\n")
                       .arg(GradeNames::chinese(Grade(rank)))
                       .arg(100 + rank)
                       .arg(QDate(2025, 1, 1).addDays(day).toString(Qt::ISODate));
    }
    return csv;
}

int count(TempDatabase &db, const QString &sql)
{
    return db.scalar(sql).toInt();
}

} // namespace

TEST_CASE("A table import cancelled while writing writes nothing and says it was cancelled",
    "[import][allowance]")
{
    TempDatabase db;
    const QString file = db.writeFile(QStringLiteral("rates.csv"), manyRates().toUtf8());
    CancelAt cancel(0.7); // with some 500 of the 1,200 rows written
    const auto outcome = importDataFile(db.db(), DataFile::Rates, file, db.admin(), cancel);
    REQUIRE(outcome.ok());
    CHECK(outcome->canceled);
    CHECK(outcome->written == 0);
    CHECK(outcome->problems.isEmpty());
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM allowance_rate")) == 0);
    CHECK(
        count(db, QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'rates'")) == 0);
}

TEST_CASE("A table import cancelled while reading writes nothing", "[import][pay]")
{
    TempDatabase db;
    const QString file = db.writeFile(QStringLiteral("bands.csv"),
        QByteArray("track,level,min,mid,max,effective_from\n技能等级,高级工,4000,5000,6000,"
                   "2025-01-01\n"));
    CancelAt cancel(0.0);
    const auto outcome = importDataFile(db.db(), DataFile::PayBands, file, db.admin(), cancel);
    REQUIRE(outcome.ok());
    CHECK(outcome->canceled);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM salary_band")) == 0);
}

TEST_CASE("A table import reports its progress from reading to the last row written",
    "[import][allowance]")
{
    TempDatabase db;
    const QString file = db.writeFile(QStringLiteral("rates.csv"), manyRates().toUtf8());
    CancelAt never(2.0); // a share never reached
    const auto outcome = importDataFile(db.db(), DataFile::Rates, file, db.admin(), never);
    REQUIRE(outcome.ok());
    CHECK_FALSE(outcome->canceled);
    CHECK(outcome->written == 1200);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM allowance_rate")) == 1200);
    REQUIRE(never.reports.size() > 3);
    CHECK(std::is_sorted(never.reports.begin(), never.reports.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; }));
    CHECK(never.reports.last().first == never.reports.last().second);
}

TEST_CASE(
    "Amounts in every table file are yuan as officers write them, never negative", "[import][pay]")
{
    TempDatabase db;
    const QString file = db.writeFile(QStringLiteral("bands.csv"),
        QStringLiteral("track,level,min,mid,max,effective_from\n"
                       "技能等级,高级工,\"4,000.00\",5000,6000.5,2025-01-01\n"
                       "技能等级,技师,-1,5000,6000,2025-01-01\n")
            .toUtf8());
    const auto refused = importDataFile(db.db(), DataFile::PayBands, file, db.admin());
    REQUIRE(refused.ok());
    REQUIRE(refused->problems.size() == 1);
    CHECK(refused->problems.first().toString().startsWith(QStringLiteral("line 3: min: ")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM salary_band")) == 0);

    const QString good = db.writeFile(QStringLiteral("good.csv"),
        QStringLiteral("track,level,min,mid,max,effective_from\n"
                       "技能等级,高级工,\"4,000.00\",5000,6000.5,2025-01-01\n")
            .toUtf8());
    const auto written = importDataFile(db.db(), DataFile::PayBands, good, db.admin());
    REQUIRE(written.ok());
    CHECK(written->written == 1);
    CHECK(count(db, QStringLiteral("SELECT min_fen FROM salary_band")) == 400000);
    CHECK(count(db, QStringLiteral("SELECT max_fen FROM salary_band")) == 600050);
}

TEST_CASE("A table import that fills the disk says the disk is full, never that it imported",
    "[import][pay][file]")
{
    TempDatabase db;
    QString csv = QStringLiteral("track,level,min,mid,max,effective_from\n");
    for (int day = 0; day < 3000; ++day)
        csv += QStringLiteral("技能等级,高级工,4000,5000,6000,%1\n")
                   .arg(QDate(2020, 1, 1).addDays(day).toString(Qt::ISODate));
    const QString file = db.writeFile(QStringLiteral("bands.csv"), csv.toUtf8());
    // SQLite's own "disk is full" once the file would grow past its present pages.
    const int pages = db.scalar(QStringLiteral("PRAGMA page_count")).toInt();
    db.scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));
    NullProgress progress;
    const auto outcome = importDataFile(db.db(), DataFile::PayBands, file, db.admin(), progress);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().userMessage.contains(QStringLiteral("disk is full")));
    CHECK_FALSE(outcome.error().userMessage.contains(QStringLiteral("Imported")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM salary_band")) == 0);
}
