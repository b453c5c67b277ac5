#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include "core/domain/residentid.h"
#include "core/store/auditlog.h"
#include "core/store/transaction.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::TempDatabase;

namespace {

// A worker whose ID number was corrected: the import records the old and the new number in a
// change row, and an event names the new one in its summary.
struct CorrectedId
{
    QString before;
    QString after;
};

CorrectedId correctAnId(TempDatabase &db)
{
    const CorrectedId ids { skl::test::validId(QStringLiteral("11010519491231002")),
        skl::test::validId(QStringLiteral("37010219800101123")) };
    const QString row
        = QStringLiteral("A1,张三,男,%1,,2010-03-01,,一厂,山东,机加车间,车工,,,是,否\n");
    REQUIRE(db.importCsv(skl::test::rosterHeader() + row.arg(ids.before)).created == 1);
    REQUIRE(db.importCsv(skl::test::rosterHeader() + row.arg(ids.after)).updated == 1);
    REQUIRE(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE field = "
                                     "'id_number' AND new_value = '%1'")
                          .arg(ids.after))
                .toInt()
        == 1);
    Transaction transaction(db.db());
    const auto event = AuditLog(db.db()).beginEvent(QStringLiteral("note"),
        QStringLiteral("Checked the ID %1 of 张三 against the card.").arg(ids.after), db.admin());
    REQUIRE(event.ok());
    REQUIRE(transaction.commit(QStringLiteral("test")).ok());
    return ids;
}

} // namespace

TEST_CASE("audit list never prints a full ID number, in text or JSON", "[audit][cli]")
{
    TempDatabase db;
    const CorrectedId ids = correctAnId(db);
    const auto text = cliOn(db.path(), { QStringLiteral("audit"), QStringLiteral("list") });
    INFO(text.err.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK_FALSE(text.out.contains(ids.before));
    CHECK_FALSE(text.out.contains(ids.after));
    CHECK(text.out.contains(ResidentId::mask(ids.before)));
    CHECK(text.out.contains(ResidentId::mask(ids.after)));
    CHECK(text.out.contains(QStringLiteral("id_number")));

    const auto json = cliOn(
        db.path(), { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(json.exitCode == 0);
    CHECK_FALSE(json.out.contains(ids.before));
    CHECK_FALSE(json.out.contains(ids.after));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
    INFO(json.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray events = document.object().value(QStringLiteral("events")).toArray();
    REQUIRE(!events.isEmpty());
    const QJsonObject newest = events.first().toObject();
    for (const char *key : { "id", "at", "actor", "action", "summary", "changes" })
        CHECK(newest.contains(QLatin1String(key)));
    CHECK(newest.value(QStringLiteral("summary")).toString().contains(ResidentId::mask(ids.after)));
    bool sawIdChange = false;
    for (const QJsonValue &value : events) {
        for (const QJsonValue &change :
            value.toObject().value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = change.toObject();
            for (const char *key : { "entity", "entity_id", "field", "old", "new" })
                CHECK(c.contains(QLatin1String(key)));
            if (c.value(QStringLiteral("field")).toString() == QStringLiteral("id_number")) {
                sawIdChange = true;
                CHECK(c.value(QStringLiteral("old")).toString() == ResidentId::mask(ids.before));
                CHECK(c.value(QStringLiteral("new")).toString() == ResidentId::mask(ids.after));
            }
        }
    }
    CHECK(sawIdChange);
}

TEST_CASE("audit list filters by officer and date", "[audit][cli]")
{
    TempDatabase db;
    db.officer(QStringLiteral("clerk"), { Role::Hr });
    const auto clerks = cliOn(db.path(),
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--actor"),
            QStringLiteral("clerk"), QStringLiteral("--json") });
    REQUIRE(clerks.exitCode == 0);
    CHECK(QJsonDocument::fromJson(clerks.out.toUtf8())
              .object()
              .value(QStringLiteral("events"))
              .toArray()
              .isEmpty());
    const auto admins = cliOn(db.path(),
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--actor"),
            QStringLiteral("admin"), QStringLiteral("--since"),
            QDate::currentDate().toString(Qt::ISODate) });
    REQUIRE(admins.exitCode == 0);
    CHECK(admins.out.contains(QStringLiteral("officer-add")));
    const auto tomorrow = cliOn(db.path(),
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
            QDate::currentDate().addDays(1).toString(Qt::ISODate) });
    REQUIRE(tomorrow.exitCode == 0);
    CHECK_FALSE(tomorrow.out.contains(QStringLiteral("officer-add")));
    CHECK(cliOn(db.path(),
              { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                  QStringLiteral("yesterday") })
              .exitCode
        == 2);
}

TEST_CASE("Auditors and admins read the audit trail; hr is refused with exit 3", "[audit][cli]")
{
    TempDatabase db;
    db.officer(QStringLiteral("auditor"), { Role::Auditor });
    db.officer(QStringLiteral("clerk"), { Role::Hr });
    for (const char *verb : { "list", "verify" }) {
        const QStringList args { QStringLiteral("audit"), QLatin1String(verb) };
        CHECK(cliOn(db.path(), args).exitCode == 0);
        CHECK(cliAs(db.path(), QStringLiteral("auditor"), args).exitCode == 0);
        const auto refused = cliAs(db.path(), QStringLiteral("clerk"), args);
        CHECK(refused.exitCode == 3);
        CHECK(refused.out.isEmpty());
    }
}

TEST_CASE("audit verify exits 1 and names the first broken event", "[audit][cli]")
{
    TempDatabase db;
    db.officer(QStringLiteral("clerk"), { Role::Hr });
    const auto whole = cliOn(db.path(), { QStringLiteral("audit"), QStringLiteral("verify") });
    INFO(whole.err.toStdString());
    REQUIRE(whole.exitCode == 0);
    CHECK(whole.out.contains(QStringLiteral("whole")));

    const qint64 event
        = db.scalar(QStringLiteral("SELECT max(event_id) FROM audit_change")).toLongLong();
    REQUIRE(event > 0);
    skl::test::changeAsAnotherTool(db.path(),
        { QStringLiteral("DELETE FROM audit_change WHERE event_id = %1").arg(event) },
        skl::test::AuditGuards::Dropped);
    const auto broken = cliOn(db.path(), { QStringLiteral("audit"), QStringLiteral("verify") });
    CHECK(broken.exitCode == 1);
    INFO(broken.err.toStdString());
    CHECK(broken.err.contains(QStringLiteral("Change rows of audit event %1").arg(event)));
    CHECK(broken.err.contains(QStringLiteral("admin")));
    // Every later command warns, and still runs.
    const auto listed = cliOn(db.path(), { QStringLiteral("audit"), QStringLiteral("list") });
    CHECK(listed.exitCode == 0);
    CHECK(listed.err.contains(QStringLiteral("audit event %1").arg(event)));
}
