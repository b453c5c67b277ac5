#include <QCryptographicHash>

#include "core/importing/datafiles.h"
#include "core/store/certificatestore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// Two workers on the roster, for the pay files.
struct PayCompany
{
    TempDatabase db;

    PayCompany()
    {
        REQUIRE(db.importCsv(QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n"
                                            "P1,钱一,2010-01-01,车工,高级工,2020-01-01\n"
                                            "P2,钱二,2010-01-01,车工,技师,2020-01-01\n"))
                    .committed);
    }

    TableImportOutcome import(DataFile kind, const QString &csv)
    {
        const QString file = db.writeFile(QStringLiteral("table.csv"), csv.toUtf8());
        const auto outcome = importDataFile(db.db(), kind, file, db.admin());
        INFO((outcome ? QString() : outcome.error().userMessage).toStdString());
        REQUIRE(outcome.ok());
        REQUIRE(outcome->problems.isEmpty());
        return *outcome;
    }

    int count(const QString &table)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt();
    }
    QVariant scalar(const QString &sql) { return db.scalar(sql); }

    // Every value the audit log holds, old and new, of every change row.
    QString auditValues()
    {
        return scalar(
            QStringLiteral("SELECT %1 FROM (SELECT old_value, new_value FROM "
                           "audit_change ORDER BY id) AS c")
                .arg(skl::test::groupConcat(QStringLiteral("coalesce(old_value, '') || '|' || "
                                                           "coalesce(new_value, '')"),
                    QStringLiteral(";"))))
            .toString();
    }
};

QByteArray png(char tail)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40, tail);
}

} // namespace

TEST_CASE("Re-imported pay keeps the replaced amount in history and out of the audit log",
    "[pay][history]")
{
    PayCompany c;
    const QString header = QStringLiteral("employee_no,effective_from,mode,amount\n");
    CHECK(c.import(DataFile::Pay, header + QStringLiteral("P1,2025-01-01,月薪,99999.00\n")).replaced
        == 0);
    const auto again = c.import(DataFile::Pay,
        header + QStringLiteral("P1,2025-01-01,月薪,5.00\nP2,2025-01-01,月薪,7000\n"));
    CHECK(again.written == 2);
    CHECK(again.replaced == 1); // the import says how many rows replaced a stored value
    CHECK(c.scalar(QStringLiteral("SELECT amount_fen FROM pay_record WHERE worker_id = 1"))
              .toLongLong()
        == 500);
    // The old value is recoverable, with the event that wrote it and the one that replaced it.
    CHECK(c.count(QStringLiteral("pay_record_replaced")) == 1);
    CHECK(c.scalar(QStringLiteral("SELECT amount_fen FROM pay_record_replaced WHERE worker_id = 1 "
                                  "AND effective_from = '2025-01-01'"))
              .toLongLong()
        == 9999900);
    CHECK(c.scalar(QStringLiteral("SELECT r.event_id < r.replaced_event_id AND "
                                  "p.event_id = r.replaced_event_id FROM pay_record_replaced r "
                                  "JOIN pay_record p USING (worker_id, effective_from)"))
              .toBool());
    // The audit change row names what was replaced, never the amount (DOMAIN.md §7).
    CHECK(c.scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE entity = 'pay_record' "
                                  "AND entity_id = 1 AND field = 'amount_fen@2025-01-01'"))
              .toString()
        == QStringLiteral("pay_record_replaced/%1")
               .arg(c.scalar(QStringLiteral("SELECT id FROM pay_record_replaced")).toLongLong()));
    const QString audit = c.auditValues();
    CHECK_FALSE(audit.contains(QStringLiteral("9999900")));
    CHECK_FALSE(audit.contains(QStringLiteral("99999")));
    CHECK_FALSE(audit.contains(QStringLiteral("500|")));

    // The same values again replace nothing and keep nothing more.
    CHECK(c.import(DataFile::Pay,
               header + QStringLiteral("P1,2025-01-01,月薪,5.00\nP2,2025-01-01,月薪,7000\n"))
              .replaced
        == 0);
    CHECK(c.count(QStringLiteral("pay_record_replaced")) == 1);
}

TEST_CASE("A changed professional title keeps the old level, named in the audit", "[pay][history]")
{
    PayCompany c;
    const QString header = QStringLiteral("employee_no,effective_from,mode,amount,title\n");
    c.import(DataFile::Pay, header + QStringLiteral("P1,2025-01-01,月薪,5000,助理级\n"));
    const auto again
        = c.import(DataFile::Pay, header + QStringLiteral("P1,2025-01-01,月薪,5000,中级\n"));
    CHECK(again.replaced == 1);
    CHECK(c.scalar(QStringLiteral("SELECT level FROM professional_title_replaced")).toInt() == 1);
    CHECK(c.scalar(QStringLiteral("SELECT old_value || '>' || new_value FROM audit_change WHERE "
                                  "entity = 'professional_title' AND field = 'level@2025-01-01'"))
              .toString()
        == QStringLiteral("1>2"));
    CHECK(c.count(QStringLiteral("pay_record_replaced")) == 0); // the pay itself did not change
}

TEST_CASE("Re-imported salary bands and wage references keep the replaced rows", "[pay][history]")
{
    PayCompany c;
    const QString bands = QStringLiteral("track,level,min,mid,max,effective_from\n");
    c.import(
        DataFile::PayBands, bands + QStringLiteral("技能等级,高级工,4000,5000,6000,2025-01-01\n"));
    const auto bandsAgain = c.import(
        DataFile::PayBands, bands + QStringLiteral("技能等级,高级工,4500,5000,6000,2025-01-01\n"));
    CHECK(bandsAgain.replaced == 1);
    CHECK(c.scalar(QStringLiteral("SELECT min_fen FROM salary_band_replaced WHERE track = 'grade' "
                                  "AND level = 3"))
              .toLongLong()
        == 400000);
    CHECK(c.scalar(QStringLiteral("SELECT min_fen FROM salary_band")).toLongLong() == 450000);
    // One change row, for the one field that changed, naming the kept row.
    CHECK(c.scalar(QStringLiteral("SELECT %1 FROM audit_change WHERE entity = 'salary_band'")
                       .arg(skl::test::groupConcat(QStringLiteral("field"))))
              .toString()
        == QStringLiteral("min_fen@grade/3/2025-01-01"));

    const QString wages = QStringLiteral("year,occupation,grade,p10,p25,p50,p75,p90\n");
    c.import(DataFile::WageReference,
        wages + QStringLiteral("2025,车工,高级工,3000,4000,5000,6000,8000\n"));
    const auto wagesAgain = c.import(DataFile::WageReference,
        wages + QStringLiteral("2025,车工,高级工,3000,4000,5500,6000,8000\n"));
    CHECK(wagesAgain.replaced == 1);
    CHECK(c.scalar(QStringLiteral("SELECT p50_fen FROM wage_reference_replaced")).toLongLong()
        == 500000);
    CHECK(c.scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE entity = "
                                  "'wage_reference' AND field = 'p50_fen@2025/车工/3'"))
              .toString()
              .startsWith(QStringLiteral("wage_reference_replaced/")));
    const QString audit = c.auditValues();
    CHECK_FALSE(audit.contains(QStringLiteral("400000")));
    CHECK_FALSE(audit.contains(QStringLiteral("500000")));
}

TEST_CASE("A replaced photo or seal is kept whole and named by size and hash in the audit",
    "[certificate][history]")
{
    PayCompany c;
    const QByteArray first = png('a');
    const QByteArray second = png('b');
    const QString firstHash
        = QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
    REQUIRE(CertificateStore::setPhoto(c.db.db(), 1, first, c.db.admin()).ok());
    REQUIRE(CertificateStore::setPhoto(c.db.db(), 1, second, c.db.admin()).ok());
    CHECK(CertificateStore::photo(c.db.db(), 1).value() == second);
    CHECK(c.scalar(QStringLiteral("SELECT data FROM worker_photo_replaced WHERE worker_id = 1"))
              .toByteArray()
        == first);
    const QString photoChange = c.scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE "
                                                        "entity = 'worker' AND entity_id = 1 "
                                                        "AND field = 'photo'"))
                                    .toString();
    CHECK(photoChange.contains(firstHash));
    CHECK(photoChange.contains(QStringLiteral("48 bytes")));

    REQUIRE(CertificateStore::setSeal(c.db.db(), first, c.db.admin()).ok());
    REQUIRE(CertificateStore::setSeal(c.db.db(), second, c.db.admin()).ok());
    CHECK(CertificateStore::seal(c.db.db()).value() == second);
    CHECK(c.scalar(QStringLiteral("SELECT data FROM company_image_replaced WHERE kind = 'seal'"))
              .toByteArray()
        == first);
    CHECK(c.scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE field = 'seal'"))
              .toString()
              .contains(firstHash));
    // The same image again is no change.
    REQUIRE(CertificateStore::setSeal(c.db.db(), second, c.db.admin()).ok());
    CHECK(c.count(QStringLiteral("company_image_replaced")) == 1);
}
