#include <QSqlQuery>

#include "core/store/certificationstore.h"
#include "core/store/rounddocumentstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;

namespace {

qint64 openRound(TempDatabase &db)
{
    const auto round = CertificationStore::createRound(
        db.db(), QStringLiteral("2025年车工技师考核"), db.admin());
    REQUIRE(round);
    return *round;
}

RoundDocumentInput paper(const QByteArray &bytes)
{
    RoundDocumentInput input;
    input.volume = DossierVolume::Papers;
    input.title = QStringLiteral("理论知识试卷（A卷）");
    input.fileName = QStringLiteral("C:\\扫描\\理论试卷A.pdf");
    input.data = bytes;
    input.part = AssessmentPart::Theory;
    return input;
}

} // namespace

TEST_CASE("A round's documents are filed in a volume, kept as uploaded and read back checked",
    "[rounds][documents]")
{
    TempDatabase db;
    const qint64 round = openRound(db);
    const QByteArray bytes = QByteArray("%PDF-1.4 scanned paper\n").repeated(100);
    const auto id = RoundDocumentStore::add(db.db(), round, paper(bytes), db.admin());
    REQUIRE(id);
    const auto documents = RoundDocumentStore::list(db.db(), round);
    REQUIRE(documents);
    REQUIRE(documents->size() == 1);
    const RoundDocument &d = documents->first();
    CHECK(d.volume == DossierVolume::Papers);
    CHECK(d.fileName == QStringLiteral("理论试卷A.pdf")); // no folders of the uploader's disk
    CHECK(d.part == AssessmentPart::Theory);
    CHECK(d.sizeBytes == bytes.size());
    CHECK_FALSE(d.withdrawn);
    CHECK_FALSE(d.addedBy.isEmpty());
    const auto back = RoundDocumentStore::data(db.db(), *id);
    REQUIRE(back);
    CHECK(*back == bytes);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE entity = "
                                   "'round_document'"))
              .toInt()
        == 1);
}

TEST_CASE(
    "A document filed by mistake is withdrawn with a reason, never deleted", "[rounds][documents]")
{
    TempDatabase db;
    const qint64 round = openRound(db);
    const auto id = RoundDocumentStore::add(db.db(), round, paper("scan"), db.admin());
    REQUIRE(id);
    CHECK_FALSE(RoundDocumentStore::withdraw(db.db(), *id, QStringLiteral("  "), db.admin()));
    REQUIRE(RoundDocumentStore::withdraw(db.db(), *id, QStringLiteral("传错了批次"), db.admin()));
    const auto documents = RoundDocumentStore::list(db.db(), round);
    REQUIRE(documents);
    REQUIRE(documents->size() == 1);
    CHECK(documents->first().withdrawn);
    CHECK(documents->first().withdrawnReason == QStringLiteral("传错了批次"));
    CHECK_FALSE(RoundDocumentStore::withdraw(db.db(), *id, QStringLiteral("again"), db.admin()));
}

TEST_CASE("Filing a document is refused without a title, empty, too large, or for a stranger",
    "[rounds][documents]")
{
    TempDatabase db;
    const qint64 round = openRound(db);
    RoundDocumentInput untitled = paper("scan");
    untitled.title = QStringLiteral(" ");
    CHECK_FALSE(RoundDocumentStore::add(db.db(), round, untitled, db.admin()));
    CHECK_FALSE(RoundDocumentStore::add(db.db(), round, paper({}), db.admin()));
    const auto huge = RoundDocumentStore::add(
        db.db(), round, paper(QByteArray(RoundDocumentStore::kMaxBytes + 1, 'x')), db.admin());
    REQUIRE_FALSE(huge);
    CHECK(huge.error().userMessage.contains(QStringLiteral("50")));
    CHECK_FALSE(RoundDocumentStore::add(db.db(), round + 100, paper("scan"), db.admin()));
    RoundDocumentInput stranger = paper("scan");
    stranger.employeeNo = QStringLiteral("NOBODY");
    CHECK_FALSE(RoundDocumentStore::add(db.db(), round, stranger, db.admin()));
    const Officer auditor = db.officer(QStringLiteral("auditor1"), { Role::Auditor });
    const auto refused = RoundDocumentStore::add(db.db(), round, paper("scan"), auditor);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().isRefusal());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM round_document")).toInt() == 0);
}

TEST_CASE("A document whose bytes changed in the database is reported damaged",
    "[rounds][documents][file]")
{
    TempDatabase db;
    if (db.isServer())
        return;
    const qint64 round = openRound(db);
    const auto id = RoundDocumentStore::add(db.db(), round, paper("original scan"), db.admin());
    REQUIRE(id);
    QSqlQuery damage(db.db());
    REQUIRE(damage.exec(
        QStringLiteral("UPDATE round_document SET data = X'00' WHERE id = %1").arg(*id)));
    const auto back = RoundDocumentStore::data(db.db(), *id);
    REQUIRE_FALSE(back);
    CHECK(back.error().userMessage.contains(QStringLiteral("damaged")));
}
