#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/store/certificationstore.h"
#include "core/store/rounddocumentstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/roundbuilder.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::cliAs;
using skl::test::cliOn;
using skl::test::RoundBuilder;
using skl::test::Run;
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

TEST_CASE("round attach files a scan, and the dossier copies it beside its volume as filed",
    "[rounds][documents][dossier][cli]")
{
    TempDatabase db;
    RoundBuilder round(db);
    round.posted();
    const QByteArray scan = QByteArray("%PDF-1.4 theory paper of 张伟\n").repeated(50);
    const QString file = db.writeFile(QStringLiteral("理论试卷-张伟.pdf"), scan);
    const Run attached = cliOn(db.path(),
        { QStringLiteral("round"), QStringLiteral("attach"), QString::number(round.id), file,
            QStringLiteral("--volume"), QStringLiteral("4"), QStringLiteral("--title"),
            QStringLiteral("理论知识试卷"), QStringLiteral("--employee"), QStringLiteral("R1"),
            QStringLiteral("--part"), QStringLiteral("theory") });
    INFO(attached.err.toStdString());
    REQUIRE(attached.exitCode == 0);
    // A second document, filed by mistake and withdrawn: listed with its reason, not copied.
    const QString wrong = db.writeFile(QStringLiteral("别的批次.pdf"), "other round");
    REQUIRE(cliOn(db.path(),
                { QStringLiteral("round"), QStringLiteral("attach"), QString::number(round.id),
                    wrong, QStringLiteral("--volume"), QStringLiteral("过程管理"),
                    QStringLiteral("--title"), QStringLiteral("签到表") })
                .exitCode
        == 0);
    const auto documents = RoundDocumentStore::list(db.db(), round.id);
    REQUIRE(documents);
    REQUIRE(documents->size() == 2);
    REQUIRE(RoundDocumentStore::withdraw(
        db.db(), documents->at(0).id, QStringLiteral("传错了批次"), db.admin()));

    const Run listed = cliOn(db.path(),
        { QStringLiteral("round"), QStringLiteral("documents"), QString::number(round.id),
            QStringLiteral("--json") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray json
        = QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"documents").toArray();
    REQUIRE(json.size() == 2);
    CHECK(json.at(1).toObject().value(u"employee_no").toString() == QStringLiteral("R1"));
    CHECK(json.at(1).toObject().value(u"part").toString() == QStringLiteral("theory"));

    QTemporaryDir out;
    const Run dossier = cliOn(db.path(),
        { QStringLiteral("round"), QStringLiteral("dossier"), QString::number(round.id),
            QStringLiteral("--out"), out.path() });
    INFO(dossier.err.toStdString());
    REQUIRE(dossier.exitCode == 0);
    const QDir folder(
        QDir(out.path()).filePath(QStringLiteral("考核批次-%1-车工-高级工").arg(round.id)));
    const QDir papers(folder.filePath(QStringLiteral("04-试卷及成绩-附件")));
    const QStringList copied = papers.entryList(QDir::Files);
    REQUIRE(copied.size() == 1);
    QFile copy(papers.filePath(copied.first()));
    REQUIRE(copy.open(QIODevice::ReadOnly));
    CHECK(copy.readAll() == scan);
    CHECK_FALSE(QDir(folder.filePath(QStringLiteral("03-过程管理-附件"))).exists());
    QFile volume4(folder.filePath(QStringLiteral("04-试卷及成绩.csv")));
    REQUIRE(volume4.open(QIODevice::ReadOnly));
    const QString table = QString::fromUtf8(volume4.readAll());
    CHECK(table.contains(QStringLiteral("理论知识试卷")));
    CHECK(table.contains(documents->at(1).sha256));
    QFile volume3(folder.filePath(QStringLiteral("03-过程管理.csv")));
    REQUIRE(volume3.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(volume3.readAll()).contains(QStringLiteral("传错了批次")));
}

TEST_CASE("round attach refuses what it cannot file, and files nothing", "[rounds][documents][cli]")
{
    TempDatabase db;
    RoundBuilder round(db);
    const QString file = db.writeFile(QStringLiteral("scan.pdf"), "scan");
    const auto attach = [&](const QStringList &options) {
        return cliOn(db.path(),
            QStringList {
                QStringLiteral("round"), QStringLiteral("attach"), QString::number(round.id), file }
                + options);
    };
    CHECK(attach({ QStringLiteral("--volume"), QStringLiteral("6"), QStringLiteral("--title"),
                     QStringLiteral("x") })
              .exitCode
        == 2);
    CHECK(attach({ QStringLiteral("--volume"), QStringLiteral("4") }).exitCode == 1); // no title
    CHECK(attach({ QStringLiteral("--volume"), QStringLiteral("4"), QStringLiteral("--title"),
                     QStringLiteral("x"), QStringLiteral("--part"), QStringLiteral("oral") })
              .exitCode
        == 2);
    const QString empty = db.writeFile(QStringLiteral("empty.pdf"), {});
    CHECK(cliOn(db.path(),
              { QStringLiteral("round"), QStringLiteral("attach"), QString::number(round.id), empty,
                  QStringLiteral("--volume"), QStringLiteral("4"), QStringLiteral("--title"),
                  QStringLiteral("x") })
              .exitCode
        == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM round_document")).toInt() == 0);
}
