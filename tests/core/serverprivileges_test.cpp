// The server enforces what the program enforces (issue 14): an officer who connects with their
// own login, as psql would, is refused what the program refuses, and the program still works
// for every role over the officer's own connection. Server-only: tagged [server], which the
// SQLite run leaves out (tests/CMakeLists.txt).
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/domain/certificatecode.h"
#include "core/domain/residentid.h"
#include "core/exporting/rosterexport.h"
#include "core/importing/rosterimport.h"
#include "core/reports/duelist.h"
#include "core/reports/workforcetargets.h"
#include "core/store/allowancerunstore.h"
#include "core/store/allowancestore.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/auditchain.h"
#include "core/store/audittrailstore.h"
#include "core/store/certificatestore.h"
#include "core/store/certificationstore.h"
#include "core/store/connection.h"
#include "core/store/mentorshipstore.h"
#include "core/store/occupationstore.h"
#include "core/store/officerstore.h"
#include "core/store/paystore.h"
#include "core/store/policystore.h"
#include "core/store/salarybandstore.h"
#include "core/store/serverlogin.h"
#include "core/store/serverschema.h"
#include "core/store/teamleaderstore.h"
#include "core/store/unitstore.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::onServer;
using skl::test::rosterHeader;
using skl::test::TempDatabase;
using skl::test::TestServer;
using skl::test::validId;

namespace {

const QString kMachining = QStringLiteral("机加车间");
const QString kAssembly = QStringLiteral("装配车间");

QString idOf(int n)
{
    return validId(QStringLiteral("3701021980010100%1").arg(n));
}

// A1 and A2 in 机加车间, B1 in 装配车间: 中级工 since 2020, so a regular 高级工 in 2025 is due.
struct Company
{
    TempDatabase db;
    QString database;
    qint64 machining = 0;
    qint64 assembly = 0;

    // Without workers: a company whose first import fills an empty roster.
    struct Empty
    {
    };
    explicit Company(Empty)
        : database(db.scalar(QStringLiteral("SELECT current_database()")).toString())
    { }

    Company()
    {
        REQUIRE(db.importCsv(rosterHeader()
                      + QStringLiteral(
                          "A1,张伟,男,%1,1980-01-01,2015-01-01,,济南厂,山东,机加车间,车工,中级工,"
                          "2020-03-01,是,否\n"
                          "A2,李娜,女,%2,1980-01-01,2015-01-01,,济南厂,山东,机加车间,车工,中级工,"
                          "2020-03-01,是,否\n"
                          "B1,周强,男,%3,1980-01-01,2015-01-01,,济南厂,山东,装配车间,车工,中级工,"
                          "2020-03-01,是,否\n")
                            .arg(idOf(1), idOf(2), idOf(3)))
                    .committed);
        database = db.scalar(QStringLiteral("SELECT current_database()")).toString();
        machining
            = db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '%1'").arg(kMachining))
                  .toLongLong();
        assembly
            = db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '%1'").arg(kAssembly))
                  .toLongLong();
    }

    qint64 workerId(const QString &employeeNo)
    {
        return db
            .scalar(
                QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
            .toLongLong();
    }

    // An officer of the program, who on the server is a login role in their groups (named by
    // the officer's login_key) with test::password().
    Officer officer(const QString &login, const Roles &roles, const QList<qint64> &workshops = {})
    {
        return db.officer(login, roles, workshops);
    }

    qint64 propose(const QString &employeeNo, const Officer &by)
    {
        ProposalRequest r;
        r.employeeNo = employeeNo;
        r.occupation = QStringLiteral("车工");
        r.grade = Grade::Senior;
        r.way = CertificationWay::Regular;
        r.date = QDate(2025, 3, 1);
        r.by = by;
        const auto id = CertificationStore::propose(db.db(), r);
        INFO((id ? QString() : id.error().userMessage).toStdString());
        REQUIRE(id.ok());
        return *id;
    }
};

// A connection with an officer's own login and password, as psql would open it.
class Direct
{
public:
    explicit Direct(const Company &company, const Officer &officer)
        : m_name(QStringLiteral("direct-") + officer.login)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(TestServer::port());
        db.setDatabaseName(company.database);
        db.setUserName(officer.login.toCaseFolded());
        db.setPassword(test::password());
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }
    ~Direct() { QSqlDatabase::removeDatabase(m_name); }
    Direct(const Direct &) = delete;
    Direct &operator=(const Direct &) = delete;

    // Whether the server carried the statement out; the SQLSTATE of its refusal in error().
    bool accepts(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        m_error = q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
        m_text = q.lastError().text();
        return m_error.isEmpty();
    }
    // Refused for want of a privilege (42501), not for a mistake in the statement.
    bool refuses(const QString &sql) { return !accepts(sql) && m_error == u"42501"; }
    QString error() const { return m_error + u' ' + m_text; }

    QVariant value(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0) : QVariant();
    }

private:
    QString m_name;
    QString m_error;
    QString m_text;
};

// The program, over an officer's own connection: what the window and the command line open
// once the officer has logged in.
class AsOfficer
{
public:
    AsOfficer(Company &company, const Officer &officer)
        : m_path(company.db.path())
    {
        ServerLogin::remember(m_path, officer.login.toCaseFolded(), test::password());
        auto opened = Connection::open(m_path, Connection::Mode::MustExist);
        INFO((opened ? QString() : opened.error().userMessage).toStdString());
        REQUIRE(opened.ok());
        m_connection = std::move(*opened);
    }
    ~AsOfficer()
    {
        m_connection.reset();
        ServerLogin::remember(m_path, TestServer::dbaLogin(), TestServer::dbaPassword());
    }
    AsOfficer(const AsOfficer &) = delete;
    AsOfficer &operator=(const AsOfficer &) = delete;

    QSqlDatabase &db() { return m_connection->db(); }
    QString auditWarning() const { return m_connection->auditWarning(); }

private:
    QString m_path;
    std::unique_ptr<Connection> m_connection;
};

template <typename T> void requireOk(const Result<T> &result)
{
    INFO((result ? QString() : result.error().userMessage + u' ' + result.error().detail)
             .toStdString());
    REQUIRE(result.ok());
}

} // namespace

TEST_CASE("On the server an officer's own login is refused what their roles do not allow",
    "[server][privileges]")
{
    if (!onServer())
        return;
    Company c;
    const Officer hr = c.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const Officer approver = c.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    const Officer payroll = c.officer(QStringLiteral("pay-sun"), Roles { Role::Payroll });
    const Officer auditor = c.officer(QStringLiteral("audit-qian"), Roles { Role::Auditor });
    const qint64 proposal = c.propose(QStringLiteral("A1"), hr);
    const QString approve
        = QStringLiteral("UPDATE certification SET status = 'approved' WHERE id = %1")
              .arg(proposal);

    Direct asHr(c, hr);
    CHECK(asHr.value(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 3);
    CHECK(asHr.refuses(approve));
    CHECK(asHr.refuses(QStringLiteral("INSERT INTO policy_value (key, effective_from, value, "
                                      "event_id) VALUES ('x', '2025-01-01', '1', 1)")));
    // hr deletes a worker entered by mistake (issue 15), never grade history: a worker with
    // records is kept by the foreign keys, a grade without its worker by the server.
    CHECK_FALSE(asHr.accepts(QStringLiteral("DELETE FROM worker")));
    CHECK(asHr.refuses(QStringLiteral("DELETE FROM grade_award")));
    CHECK(asHr.refuses(QStringLiteral("DROP TABLE worker")));
    CHECK(asHr.refuses(QStringLiteral("ALTER TABLE worker ADD COLUMN x TEXT")));
    CHECK(asHr.refuses(QStringLiteral("ALTER TABLE worker DISABLE ROW LEVEL SECURITY")));
    CHECK(asHr.refuses(QStringLiteral("UPDATE officer SET disabled = 1")));
    CHECK(asHr.refuses(QStringLiteral("SELECT * FROM pay_record")));

    Direct asAuditor(c, auditor);
    CHECK(asAuditor.value(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 3);
    CHECK(asAuditor.value(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() > 0);
    for (const QString &write : { QStringLiteral("UPDATE worker SET name = 'x'"),
             QStringLiteral("INSERT INTO site (name, created_event_id) VALUES ('x', 1)"),
             QStringLiteral("DELETE FROM grade_award"), approve,
             QStringLiteral("UPDATE policy_value SET value = 'x'"),
             QStringLiteral("DELETE FROM allowance_run"),
             QStringLiteral("UPDATE officer_role SET revoked_on = '2025-01-01'") }) {
        INFO(write.toStdString());
        CHECK(asAuditor.refuses(write));
    }
    CHECK(asAuditor.refuses(QStringLiteral("SELECT * FROM pay_record")));

    Direct asPayroll(c, payroll);
    CHECK(asPayroll.value(QStringLiteral("SELECT count(*) FROM pay_record")).toInt() == 0);
    CHECK(asPayroll.refuses(approve));
    CHECK(asPayroll.refuses(QStringLiteral("DELETE FROM certification")));
    CHECK(asPayroll.refuses(
        QStringLiteral("INSERT INTO certification (worker_id, occupation_id, grade, way, "
                       "effective_date, status, proposed_by, proposed_event_id) "
                       "SELECT worker_id, occupation_id, 6, 'regular', '2025-01-01', 'proposed', "
                       "'x', proposed_event_id FROM certification")));
    CHECK(asPayroll.refuses(QStringLiteral("UPDATE worker SET name = 'x'")));

    Direct asApprover(c, approver);
    // An approver decides; what was proposed is not theirs to change.
    CHECK(asApprover.refuses(
        QStringLiteral("UPDATE certification SET grade = 7 WHERE id = %1").arg(proposal)));
    CHECK(asApprover.refuses(QStringLiteral("UPDATE worker SET name = 'x'")));
    CHECK(
        asApprover.refuses(QStringLiteral("INSERT INTO policy_value (key, effective_from, "
                                          "value, event_id) VALUES ('x', '2025-01-01', '1', 1)")));
    CHECK(asApprover
              .value(QStringLiteral("SELECT status FROM certification WHERE id = %1").arg(proposal))
              .toString()
        == QStringLiteral("proposed"));
}

TEST_CASE("On the server a workshop head sees their workshop's workers and no ID number",
    "[server][privileges]")
{
    if (!onServer())
        return;
    Company c;
    const Officer head
        = c.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { c.machining });
    const qint64 outsider = c.workerId(QStringLiteral("B1"));

    Direct direct(c, head);
    CHECK(direct.value(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 2);
    CHECK(direct.value(QStringLiteral("SELECT count(*) FROM worker WHERE id = %1").arg(outsider))
              .toInt()
        == 0);
    CHECK(direct
              .value(QStringLiteral("SELECT count(*) FROM grade_award WHERE worker_id = %1")
                         .arg(outsider))
              .toInt()
        == 0);
    CHECK(direct.value(QStringLiteral("SELECT count(*) FROM grade_award")).toInt() == 2);
    CHECK(direct.refuses(QStringLiteral("SELECT id_number FROM worker")));
    CHECK(direct.refuses(QStringLiteral("SELECT * FROM worker")));
    CHECK(direct.refuses(QStringLiteral("SELECT id_number FROM certificate")));
    CHECK(direct.refuses(QStringLiteral("UPDATE worker SET name = 'x'")));
    CHECK(direct
              .value(QStringLiteral("SELECT worker_masked_id_number(%1)")
                         .arg(c.workerId(QStringLiteral("A1"))))
              .toString()
        == ResidentId::mask(idOf(1)));
    CHECK(
        direct.value(QStringLiteral("SELECT worker_masked_id_number(%1)").arg(outsider)).isNull());

    // The program over the head's own connection: their roster, masked, and their targets.
    AsOfficer program(c, head);
    WorkerStore workers(program.db());
    const auto page = workers.page(head, RosterQuery {}, std::nullopt, 100);
    requireOk(page);
    REQUIRE(page->size() == 2);
    CHECK(page->at(0).maskedIdNumber == ResidentId::mask(idOf(1)));
    CHECK(*workers.count(head, {}) == 2);
    RosterQuery byId;
    byId.filter.search = idOf(2).right(4);
    const auto found = workers.page(head, byId, std::nullopt, 100);
    requireOk(found);
    REQUIRE(found->size() == 1);
    CHECK(found->first().name == QStringLiteral("李娜"));
    const auto record = workers.record(head, c.workerId(QStringLiteral("A1")));
    requireOk(record);
    CHECK(record->idNumber == ResidentId::mask(idOf(1)));
    const auto outside = workers.record(head, outsider);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().isRefusal());

    const QString path = c.db.filePath(QStringLiteral("head.csv"));
    NullProgress progress;
    const auto written
        = RosterExport::toCsv(program.db(), head, path, CsvWriter::Encoding::Utf8WithBom, progress);
    requireOk(written);
    CHECK(*written == 2);

    const auto targets = WorkforceTargets::compute(program.db(), head, QDate(2025, 1, 1));
    requireOk(targets);
    CHECK(targets->company.employees == 2);

    // Their due list, a proposal for their own worker, and their workshop's certifications.
    const auto due = DueList::compute(program.db(), head, QDate(2025, 3, 1));
    requireOk(due);
    for (const DueWorker &worker : *due)
        CHECK(worker.employeeNo != QStringLiteral("B1"));
    ProposalRequest r;
    r.employeeNo = QStringLiteral("A2");
    r.occupation = QStringLiteral("车工");
    r.grade = Grade::Senior;
    r.way = CertificationWay::Regular;
    r.date = QDate(2025, 3, 1);
    r.by = head;
    requireOk(CertificationStore::propose(program.db(), r));
    r.employeeNo = QStringLiteral("B1");
    CHECK_FALSE(CertificationStore::propose(program.db(), r).ok());
    const auto listed = CertificationStore::list(program.db(), head, {});
    requireOk(listed);
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().employeeNo == QStringLiteral("A2"));
    // Nor can the head write a proposal for another workshop's worker around the program.
    CHECK(direct.refuses(
        QStringLiteral("INSERT INTO certification (worker_id, occupation_id, grade, way, "
                       "effective_date, status, proposed_by, proposed_officer_id, "
                       "proposed_event_id) SELECT %1, occupation_id, 4, 'regular', "
                       "'2025-03-01', 'proposed', 'x', %2, proposed_event_id FROM certification")
            .arg(outsider)
            .arg(head.id)));
}

TEST_CASE("On the server a workshop head reads their own events of the trail only, and opening "
          "warns of nothing",
    "[server][privileges][audit]")
{
    if (!onServer())
        return;
    Company c;
    const Officer head
        = c.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { c.machining });
    const Officer auditor = c.officer(QStringLiteral("auditor-qian"), Roles { Role::Auditor });
    // A correction made around the program (here by the DBA): the server records the old and
    // new ID numbers in full, seals the event, and no check has seen it yet.
    REQUIRE(c.db.scalar(QStringLiteral("UPDATE worker SET id_number = '%1' WHERE employee_no = "
                                       "'B1' RETURNING id")
                            .arg(idOf(4)))
                .isValid());
    const QString fullIds = QStringLiteral("SELECT count(*) FROM audit_change WHERE old_value = "
                                           "'%1' OR new_value = '%2'")
                                .arg(idOf(3), idOf(4));
    REQUIRE(c.db.scalar(fullIds).toInt() == 1);

    Direct direct(c, head);
    CHECK(direct.value(fullIds).toInt() == 0);
    CHECK(direct.value(QStringLiteral("SELECT count(*) FROM audit_event")).toInt() == 0);
    CHECK(direct.value(QStringLiteral("SELECT count(*) FROM audit_change")).toInt() == 0);
    // The auditor verifies the chain, whose seals cover the full values: the whole trail.
    Direct audit(c, auditor);
    CHECK(audit.value(fullIds).toInt() == 1);

    // The head cannot see that event, which must not read as a deleted one.
    {
        AsOfficer program(c, head);
        CHECK(program.auditWarning().isEmpty());
        ProposalRequest r;
        r.employeeNo = QStringLiteral("A2");
        r.occupation = QStringLiteral("车工");
        r.grade = Grade::Senior;
        r.way = CertificationWay::Regular;
        r.date = QDate(2025, 3, 1);
        r.by = head;
        requireOk(CertificationStore::propose(program.db(), r));
    }
    const qint64 ownEvents
        = direct
              .value(QStringLiteral("SELECT count(*) FROM audit_event WHERE officer_id = %1")
                         .arg(head.id))
              .toLongLong();
    CHECK(ownEvents > 0);
    CHECK(
        direct.value(QStringLiteral("SELECT count(*) FROM audit_event")).toLongLong() == ownEvents);

    // The head's writes sealed their events without moving the check point past the change
    // they could not see: the auditor's session still checks it, and finds the chain whole.
    AsOfficer byAuditor(c, auditor);
    CHECK(byAuditor.auditWarning().isEmpty());
    const auto verified = AuditChain::verify(byAuditor.db(), auditor);
    requireOk(verified);
    CHECK(verified->isIntact());
}

TEST_CASE("On the server a workshop head prints their own workers' certificates only",
    "[server][privileges]")
{
    if (!onServer())
        return;
    Company c;
    const Officer hr = c.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const Officer approver = c.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    const Officer head
        = c.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { c.machining });
    const qint64 own = c.propose(QStringLiteral("A1"), hr);
    const qint64 other = c.propose(QStringLiteral("B1"), hr);
    requireOk(CertificationStore::approve(c.db.db(), own, approver));
    requireOk(CertificationStore::approve(c.db.db(), other, approver));

    Direct direct(c, head);
    CHECK(
        direct
            .value(QStringLiteral("SELECT f_id_number FROM certificate_fields(%1, NULL)").arg(own))
            .toString()
        == idOf(1));
    CHECK(
        direct.value(QStringLiteral("SELECT count(*) FROM certificate_fields(%1, NULL)").arg(other))
            .toInt()
        == 0);
    CHECK(direct.refuses(QStringLiteral("SELECT id_number FROM certificate")));

    AsOfficer program(c, head);
    const auto printable = CertificateStore::forCertification(program.db(), own);
    requireOk(printable);
    CHECK(printable->idNumber == idOf(1));
    CHECK(printable->workshop == kMachining);
    CHECK_FALSE(CertificateStore::forCertification(program.db(), other).ok());
    requireOk(CertificateStore::requirePrintable(program.db(), head, { own }));
    const Status elsewhere = CertificateStore::requirePrintable(program.db(), head, { own, other });
    REQUIRE_FALSE(elsewhere.ok());
    CHECK(elsewhere.error().isRefusal());
    requireOk(CertificateStore::recordPrinted(program.db(), { *printable }, head));
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM certificate_print")).toInt() == 1);
    // The code on the certificate verifies as the program prints it anywhere.
    const auto verified = CertificateStore::verify(c.db.db(), printable->verification);
    requireOk(verified);
    CHECK(verified->verdict == VerificationOutcome::Verdict::Valid);
}

TEST_CASE("On the server the proposer of a certification cannot approve it by UPDATE",
    "[server][privileges]")
{
    if (!onServer())
        return;
    Company c;
    // Both roles: the program lets them propose and approve, but never their own proposal.
    const Officer both
        = c.officer(QStringLiteral("hr-approver"), Roles { Role::Hr, Role::Approver });
    const Officer approver = c.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    const qint64 proposal = c.propose(QStringLiteral("A1"), both);
    const qint64 event
        = c.db.scalar(QStringLiteral("SELECT proposed_event_id FROM certification WHERE id = %1")
                          .arg(proposal))
              .toLongLong();

    Direct direct(c, both);
    const QString decide = QStringLiteral(
        "UPDATE certification SET status = '%1', decided_by = 'x', decided_officer_id = %2, "
        "decided_event_id = %3 WHERE id = %4");
    CHECK(direct.refuses(
        decide.arg(QStringLiteral("approved")).arg(both.id).arg(event).arg(proposal)));
    CHECK(direct.refuses(
        decide.arg(QStringLiteral("rejected")).arg(both.id).arg(event).arg(proposal)));
    // Nor in another approver's name.
    CHECK(direct.refuses(
        decide.arg(QStringLiteral("approved")).arg(approver.id).arg(event).arg(proposal)));
    CHECK(direct.refuses(QStringLiteral("UPDATE certification SET proposed_officer_id = %1 "
                                        "WHERE id = %2")
                             .arg(approver.id)
                             .arg(proposal)));
    CHECK(
        c.db.scalar(QStringLiteral("SELECT status FROM certification WHERE id = %1").arg(proposal))
            .toString()
        == QStringLiteral("proposed"));
    // Another approver neither decides in the proposer's name nor in a third officer's.
    Direct other(c, approver);
    CHECK(other.refuses(
        decide.arg(QStringLiteral("approved")).arg(both.id).arg(event).arg(proposal)));
    CHECK(other.refuses(
        decide.arg(QStringLiteral("approved")).arg(c.db.admin().id).arg(event).arg(proposal)));

    // Another approver approves through the program over their own connection.
    AsOfficer program(c, approver);
    requireOk(CertificationStore::approve(program.db(), proposal, approver));
    CHECK(
        c.db.scalar(QStringLiteral("SELECT status FROM certification WHERE id = %1").arg(proposal))
            .toString()
        == QStringLiteral("approved"));
}

TEST_CASE("On the server the officer who computed an allowance run cannot approve it by UPDATE",
    "[server][privileges]")
{
    if (!onServer())
        return;
    Company c;
    const Officer both
        = c.officer(QStringLiteral("pay-approver"), Roles { Role::Payroll, Role::Approver });
    const Officer approver = c.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    const QDate june(2025, 6, 1);
    const QList<AllowanceLine> lines { AllowanceLine { c.workerId(QStringLiteral("A1")), {}, {}, {},
        {}, { Fen::fromFen(30050), Fen::fromFen(0), Fen::fromFen(0) }, Grade::Senior } };

    qint64 run = 0;
    {
        // Computed over the computer's own connection.
        AsOfficer program(c, both);
        const auto saved
            = AllowanceRunStore::save(program.db(), june, lines, QStringLiteral("{}"), both);
        requireOk(saved);
        run = *saved;
    }
    const qint64 computed
        = c.db.scalar(QStringLiteral("SELECT computed_event_id FROM allowance_run WHERE id = %1")
                          .arg(run))
              .toLongLong();

    Direct direct(c, both);
    CHECK(direct.refuses(QStringLiteral("UPDATE allowance_run SET status = 'approved', "
                                        "approved_event_id = %1 WHERE id = %2")
                             .arg(computed)
                             .arg(run)));
    CHECK(direct.refuses(
        QStringLiteral("INSERT INTO allowance_run (month, status, inputs, workers, total_fen, "
                       "computed_event_id, approved_event_id) VALUES ('2025-07', 'approved', "
                       "'{}', 0, 0, %1, %1)")
            .arg(computed)));
    CHECK(c.db.scalar(QStringLiteral("SELECT status FROM allowance_run WHERE id = %1").arg(run))
              .toString()
        == QStringLiteral("draft"));

    AsOfficer program(c, approver);
    requireOk(AllowanceRunStore::approve(program.db(), run, june, approver, QDate(2025, 7, 1)));
    CHECK(c.db.scalar(QStringLiteral("SELECT status FROM allowance_run WHERE id = %1").arg(run))
              .toString()
        == QStringLiteral("approved"));
}

TEST_CASE("On the server payroll and the administrator work through the program with their own "
          "logins",
    "[server][privileges]")
{
    if (!onServer())
        return;
    Company c;
    const Officer payroll = c.officer(QStringLiteral("pay-sun"), Roles { Role::Payroll });
    const Officer admin = c.officer(QStringLiteral("boss"), Roles { Role::Admin });
    {
        AsOfficer program(c, payroll);
        NullProgress progress;
        const QList<AllowanceRate> rates { { AllowanceKind::Skill, Grade::Senior, QDate(2025, 1, 1),
            Fen::fromFen(30000) } };
        requireOk(AllowanceStore::setRates(program.db(), rates, payroll));
        QList<BasePayRecord> pay { { c.workerId(QStringLiteral("A1")), QDate(2025, 1, 1),
            PayMode::Monthly, Fen::fromFen(800000), 2 } };
        requireOk(PayStore::setPay(program.db(), pay, payroll, progress));
        // The same day again replaces the row and keeps the replaced one.
        pay.first().amount = Fen::fromFen(850000);
        const auto replaced = PayStore::setPay(program.db(), pay, payroll, progress);
        requireOk(replaced);
        CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM pay_record_replaced")).toInt() == 1);
        // Policy is the administrator's.
        PolicyEntry entry = PolicyStore::defaults().first();
        entry.effectiveFrom = QDate::currentDate();
        CHECK_FALSE(PolicyStore::set(program.db(), { entry }, payroll).ok());
    }
    Direct direct(c, payroll);
    CHECK(direct.refuses(QStringLiteral("UPDATE policy_value SET value = value")));

    AsOfficer program(c, admin);
    PolicyEntry entry = PolicyStore::defaults().first();
    entry.effectiveFrom = QDate::currentDate();
    requireOk(PolicyStore::set(program.db(), { entry }, admin));
    requireOk(OfficerStore::add(program.db(), admin,
        NewOfficer { QStringLiteral("hr-new"), {}, test::password(), Roles { Role::Hr }, {} }));
    // An administrator reads no pay.
    CHECK(Direct(c, admin).refuses(QStringLiteral("SELECT * FROM pay_record")));
}

TEST_CASE("On the server hr and the auditor work through the program with their own logins",
    "[server][privileges]")
{
    if (!onServer())
        return;
    Company c;
    const Officer hr = c.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const Officer auditor = c.officer(QStringLiteral("audit-qian"), Roles { Role::Auditor });
    {
        AsOfficer program(c, hr);
        WorkerStore workers(program.db());
        const auto revealed = workers.revealIdNumber(hr, c.workerId(QStringLiteral("B1")));
        requireOk(revealed);
        CHECK(*revealed == idOf(3));
        ProposalRequest r;
        r.employeeNo = QStringLiteral("A2");
        r.occupation = QStringLiteral("车工");
        r.grade = Grade::Senior;
        r.way = CertificationWay::Regular;
        r.date = QDate(2025, 3, 1);
        r.by = hr;
        requireOk(CertificationStore::propose(program.db(), r));
    }
    AsOfficer program(c, auditor);
    const auto events = AuditTrailStore::page(program.db(), auditor, {});
    requireOk(events);
    CHECK_FALSE(events->isEmpty());
}

TEST_CASE("On the server hr edits team-leader periods and agreements with their own login, "
          "reading which months are locked but no pay",
    "[server][privileges][editors]")
{
    if (!onServer())
        return;
    Company c;
    REQUIRE(c.db.importCsv(rosterHeader()
                    + QStringLiteral("M1,师傅,男,,,2005-01-01,,济南厂,山东,机加车间,车工,高级工,"
                                     "2015-01-01,是,否\n"))
                .committed);
    const Officer hr = c.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const Officer head
        = c.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { c.assembly });
    {
        AsOfficer program(c, hr);
        const auto period = TeamLeaderStore(program.db())
                                .save(hr, c.workerId(QStringLiteral("A1")), 0,
                                    InclusivePeriod { QDate(2025, 1, 1), QDate() });
        requireOk(period);
        CHECK(period->problems.isEmpty());
        Mentorship a;
        a.mentorId = c.workerId(QStringLiteral("M1"));
        a.apprenticeId = c.workerId(QStringLiteral("A2"));
        a.occupationId
            = c.db.scalar(QStringLiteral("SELECT id FROM occupation WHERE name = '车工'"))
                  .toLongLong();
        a.period = { QDate(2025, 1, 1), QDate() };
        const auto recorded = MentorshipStore(program.db()).save(hr, 0, a);
        requireOk(recorded);
        CHECK(recorded->problems.isEmpty());
        a.period.to = QDate(2025, 12, 31);
        a.outcome = MentorshipOutcome::Terminated;
        const auto ended = MentorshipStore(program.db()).save(hr, recorded->id, a);
        requireOk(ended);
        CHECK(ended->problems.isEmpty());
    }
    CHECK(c.db.scalar(QStringLiteral("SELECT outcome FROM mentorship")).toString()
        == QStringLiteral("terminated"));
    Direct asHr(c, hr);
    CHECK(asHr.value(QStringLiteral("SELECT count(*) FROM allowance_run")).toInt() == 0);
    CHECK(asHr.refuses(QStringLiteral("SELECT total_fen FROM allowance_run")));
    CHECK(asHr.refuses(QStringLiteral("DELETE FROM mentorship")));
    // A workshop head of 装配车间 reads no agreement between 机加车间's workers.
    Direct asHead(c, head);
    CHECK(asHead.value(QStringLiteral("SELECT count(*) FROM mentorship")).toInt() == 0);
}

TEST_CASE("On the server hr runs an assessment round, a workshop head registers their own "
          "workers and an approver lets the notice go, each with their own login",
    "[server][privileges][rounds]")
{
    if (!onServer())
        return;
    Company c;
    REQUIRE(c.db.importCsv(rosterHeader()
                    + QStringLiteral("E1,考评一,男,,,2005-01-01,,济南厂,山东,装配车间,车工,技师,"
                                     "2010-01-01,是,否\n"
                                     "E2,考评二,男,,,2005-01-01,,济南厂,山东,装配车间,车工,技师,"
                                     "2010-01-01,是,否\n"
                                     "E3,考评三,男,,,2005-01-01,,济南厂,山东,装配车间,车工,技师,"
                                     "2010-01-01,是,否\n"
                                     "I1,监考一,男,,,2005-01-01,,济南厂,山东,装配车间,车工,"
                                     "中级工,2010-01-01,是,否\n"))
                .committed);
    const Officer hr = c.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const Officer head
        = c.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { c.machining });
    const Officer approver = c.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    qint64 round = 0;
    {
        AsOfficer program(c, hr);
        RoundInput input { QStringLiteral("2025年车工高级工"), QStringLiteral("车工"),
            Grade::Senior, {}, QDate(2025, 9, 26) };
        const auto id = AssessmentRoundStore::create(program.db(), input, hr);
        requireOk(id);
        round = *id;
        requireOk(AssessmentRoundStore::addStaff(
            program.db(), round, QStringLiteral("I1"), AssessmentPart::Theory, {}, hr));
        for (const QString &no :
            { QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3") })
            requireOk(AssessmentRoundStore::addStaff(program.db(), round, no,
                AssessmentPart::Practical, QStringLiteral("KP-") + no, hr));
    }
    {
        AsOfficer program(c, head);
        requireOk(AssessmentRoundStore::registerCandidate(
            program.db(), round, QStringLiteral("A1"), {}, head));
        const auto outside = AssessmentRoundStore::registerCandidate(
            program.db(), round, QStringLiteral("B1"), {}, head);
        // The server shows the head no worker of 装配车间: refused without naming them.
        REQUIRE_FALSE(outside.ok());
        CHECK_FALSE(outside.error().userMessage.contains(QStringLiteral("周强")));
    }
    qint64 proposal = 0;
    {
        AsOfficer program(c, hr);
        requireOk(AssessmentRoundStore::registerCandidate(
            program.db(), round, QStringLiteral("B1"), {}, hr));
        RowProblems problems;
        QList<ScoreEntry> entries;
        for (const QString &no : { QStringLiteral("A1"), QStringLiteral("B1") })
            for (AssessmentPart part : { AssessmentPart::Theory, AssessmentPart::Practical })
                entries += ScoreEntry { 2, no, part, Score { 800 }, {} };
        const auto applied
            = AssessmentRoundStore::enterScores(program.db(), round, entries, hr, problems);
        INFO((problems.isEmpty() ? QString() : problems.first().toString()).toStdString());
        requireOk(applied);
        REQUIRE(applied->proposals.size() == 2);
        proposal = applied->proposals.first();
        requireOk(AssessmentRoundStore::postNotice(program.db(), round, QDate::currentDate(), hr));
    }
    {
        AsOfficer program(c, approver);
        CHECK_FALSE(CertificationStore::approve(program.db(), proposal, approver).ok());
        requireOk(AssessmentRoundStore::overrideNotice(
            program.db(), round, QStringLiteral("省里提前汇总"), approver));
        requireOk(CertificationStore::approve(program.db(), proposal, approver));
    }
    Direct asHead(c, head);
    CHECK(asHead.value(QStringLiteral("SELECT count(*) FROM round_candidate")).toInt() == 1);
    CHECK(asHead.value(QStringLiteral("SELECT count(*) FROM round_score")).toInt() == 2);
    CHECK(asHead.refuses(QStringLiteral("INSERT INTO round_score (candidate_id, part, tenths, "
                                        "event_id) VALUES (1, 'theory', 1000, 1)")));
    Direct asApprover(c, approver);
    CHECK(asApprover.refuses(QStringLiteral("UPDATE round_notice SET posted_on = '2025-01-01'")));
}

TEST_CASE("On the server every table is some role's to use, and only the owner's to alter",
    "[server][privileges]")
{
    if (!onServer())
        return;
    Company c;
    // A table no group may touch is one a later schema added without saying who uses it: every
    // officer's program would fail on it.
    const QString groups = QStringLiteral("pg_get_userbyid(a.grantee) LIKE '%1\\_%' "
                                          "AND pg_get_userbyid(a.grantee) <> '%1_owner'")
                               .arg(c.database);
    QSqlQuery q(c.db.db());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM "
        "aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a WHERE %1) "
        "AND NOT EXISTS (SELECT 1 FROM pg_attribute t, aclexplode(t.attacl) a "
        "WHERE t.attrelid = c.oid AND %1) ORDER BY 1")
                       .arg(groups)));
    QStringList unused;
    while (q.next())
        unused += q.value(0).toString();
    // The certificates' key is read by the owner's certificate_digest() alone, and a bulk
    // load's deferred schema by the owner's bulk_load_* functions.
    CHECK(unused
        == QStringList {
            QStringLiteral("bulk_load_deferred"), QStringLiteral("verification_key") });
    // TRUNCATE, REFERENCES and TRIGGER change a table beyond its rows' reads and writes.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT c.relname || ' ' || a.privilege_type FROM pg_class c JOIN pg_namespace n "
        "ON n.oid = c.relnamespace, aclexplode(c.relacl) a WHERE n.nspname = 'public' AND %1 "
        "AND a.privilege_type NOT IN ('SELECT', 'INSERT', 'UPDATE', 'DELETE') ORDER BY 1")
                       .arg(groups)));
    QStringList beyondRows;
    while (q.next())
        beyondRows += q.value(0).toString();
    CHECK(beyondRows == QStringList {});
    REQUIRE(q.exec(QStringLiteral(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND pg_get_userbyid(c.relowner) <> '%1_owner'")
                       .arg(c.database)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("On the server no officer reads the certificates' key, and every role that may prints "
          "and verifies their codes",
    "[server][privileges][certificates]")
{
    if (!onServer())
        return;
    Company c;
    const Officer hr = c.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const Officer approver = c.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });
    const Officer head
        = c.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { c.machining });
    const Officer auditor = c.officer(QStringLiteral("auditor-qian"), Roles { Role::Auditor });
    const qint64 own = c.propose(QStringLiteral("A1"), hr);
    const qint64 other = c.propose(QStringLiteral("B1"), hr);
    requireOk(CertificationStore::approve(c.db.db(), own, approver));
    requireOk(CertificationStore::approve(c.db.db(), other, approver));

    // With the key anyone could compute the code of a certificate never issued.
    for (const Officer &officer : { hr, approver, head, auditor }) {
        Direct direct(c, officer);
        INFO(officer.login.toStdString());
        CHECK(direct.refuses(QStringLiteral("SELECT key_hex FROM verification_key")));
    }

    // The server's digest and signature are the ones the program computes on a file with the
    // same key: the older HMAC codes keep verifying, the signed ones are libsodium's Ed25519.
    AsOfficer program(c, head);
    const auto printable = CertificateStore::forCertification(program.db(), own);
    requireOk(printable);
    const QByteArray key = QByteArray::fromHex(
        c.db.scalar(QStringLiteral("SELECT key_hex FROM verification_key")).toString().toLatin1());
    const QString rank
        = c.db.scalar(QStringLiteral("SELECT grade FROM certification WHERE id = %1").arg(own))
              .toString();
    const QByteArray text = QStringList { printable->number, printable->workerName,
        printable->idNumber, rank, printable->occupation,
        printable->issueDate.toString(Qt::ISODate), printable->bodyName }
                                .join(u'\n')
                                .toUtf8();
    const QString older = QStringLiteral("SKL1-%1-%2")
                              .arg(printable->number,
                                  QString::fromLatin1(QMessageAuthenticationCode::hash(
                                      text, key, QCryptographicHash::Sha256)
                                                          .toHex()
                                                          .toUpper()
                                                          .left(20)));
    const QByteArray seed = CertificateCode::signingSeed(key);
    const auto message = CertificateCode::signedMessage(printable->signedFields());
    requireOk(message);
    CHECK(printable->verification
        == CertificateCode::encode(
            printable->signedFields(), CertificateCode::sign(seed, *message)));
    const auto published = CertificateStore::publicKey(program.db());
    requireOk(published);
    CHECK(published->key == CertificateCode::publicKeyOf(seed));
    // RFC 8032 7.1, test 2, through the server's own Ed25519.
    const QString rfcSeed = QStringLiteral(
        "decode('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb', 'hex')");
    CHECK(c.db.scalar(QStringLiteral("SELECT encode(ed25519_sign(%1, ed25519_public_key(%1), "
                                     "'\\x72'::bytea), 'hex')")
                          .arg(rfcSeed))
              .toString()
        == QStringLiteral("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1"
                          "e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"));

    // The signing seed and the arithmetic that would sign any text are the owner's alone; a
    // head's digest and signature stop at their workshops, as what they print does.
    const QString otherNumber
        = c.db.scalar(QStringLiteral("SELECT number FROM certificate WHERE certification_id = %1")
                          .arg(other))
              .toString();
    for (const Officer &officer : { hr, approver, head, auditor }) {
        Direct direct(c, officer);
        INFO(officer.login.toStdString());
        CHECK(direct.refuses(QStringLiteral("SELECT certificate_signing_seed()")));
        CHECK(direct.refuses(
            QStringLiteral("SELECT ed25519_sign('\\x01'::bytea, '\\x02'::bytea, '\\x03'::bytea)")));
        CHECK(direct.refuses(QStringLiteral("SELECT ed25519_base_times(5)")));
    }
    Direct direct(c, head);
    CHECK(
        direct.value(QStringLiteral("SELECT certificate_digest('%1')").arg(otherNumber)).isNull());
    CHECK(direct.value(QStringLiteral("SELECT certificate_signature('%1')").arg(otherNumber))
              .isNull());
    // The public key the function keeps for the session cannot be swapped by the session: a
    // signature under another public key would reveal the secret.
    const QString ownNumber = printable->number;
    const QString genuine
        = direct.value(QStringLiteral("SELECT certificate_signature('%1')").arg(ownNumber))
              .toString();
    CHECK(QByteArray::fromHex(genuine.toLatin1()) == CertificateCode::sign(seed, *message));
    REQUIRE(direct.accepts(QStringLiteral("SELECT set_config('skl.certificate_public_key', "
                                          "repeat('ab', 64), false)")));
    CHECK(
        direct.value(QStringLiteral("SELECT certificate_signature('%1')").arg(ownNumber)).toString()
        == genuine);

    for (const QString &code : { printable->verification, older }) {
        INFO(code.toStdString());
        const auto byHead = CertificateStore::verify(program.db(), code);
        requireOk(byHead);
        CHECK(byHead->verdict == VerificationOutcome::Verdict::Valid);
        AsOfficer audit(c, auditor);
        const auto byAuditor = CertificateStore::verify(audit.db(), code);
        requireOk(byAuditor);
        CHECK(byAuditor->verdict == VerificationOutcome::Verdict::Valid);
        QString tampered = code;
        const qsizetype at = tampered.size() - 5;
        tampered[at] = tampered[at] == u'0' ? u'1' : u'0';
        const auto forged = CertificateStore::verify(audit.db(), tampered);
        requireOk(forged);
        CHECK(forged->verdict == VerificationOutcome::Verdict::Tampered);
    }
}

TEST_CASE("On the server an hr officer's own login imports new workers into a roster that has some",
    "[server][privileges][import]")
{
    if (!onServer())
        return;
    Company c;
    const Officer hr = c.officer(QStringLiteral("hr-zhou"), Roles { Role::Hr });
    // worker has row-level security: the server refuses COPY into it for a login that does not
    // own it, and dropping its indexes needs the owner too; the import must need neither.
    const QString file = c.db.writeFile(QStringLiteral("more.csv"),
        (rosterHeader()
            + QStringLiteral("C1,王强,男,%1,1980-01-01,2015-01-01,,济南厂,山东,装配车间,钳工,"
                             "高级工,2019-05-01,是,否\n")
                  .arg(idOf(7)))
            .toUtf8());
    {
        AsOfficer as(c, hr);
        NullProgress progress;
        const auto report = RosterImport::run(as.db(), hr, file, {}, progress);
        requireOk(report);
        CHECK(report->problems.isEmpty());
        CHECK(report->created == 1);
        CHECK(report->committed);
    }
    CHECK(c.db.scalar(QStringLiteral(
                          "SELECT count(*) FROM grade_award g JOIN worker w ON w.id = g.worker_id "
                          "WHERE w.employee_no = 'C1'"))
              .toInt()
        == 1);
}

namespace {

// The indexes and constraints of the tables an import fills, as the server lists them.
QString importedTablesSchema(Company &c)
{
    return c.db
        .scalar(QStringLiteral(
            "SELECT string_agg(d, E'\\n' ORDER BY d) FROM ("
            "SELECT indexdef AS d FROM pg_indexes WHERE tablename IN ('worker', 'grade_award') "
            "UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE conrelid IN ('worker'::regclass, 'grade_award'::regclass)) s"))
        .toString();
}

} // namespace

TEST_CASE("On the server the first import of a roster defers its indexes and foreign keys, and "
          "puts every one back",
    "[server][privileges][import]")
{
    if (!onServer())
        return;
    Company c { Company::Empty {} };
    const Officer hr = c.officer(QStringLiteral("hr-zhou"), Roles { Role::Hr });
    const QString before = importedTablesSchema(c);
    REQUIRE(before.contains(QStringLiteral("FOREIGN KEY (site_id)")));
    REQUIRE(before.contains(QStringLiteral("worker_name")));
    const QString file = c.db.writeFile(QStringLiteral("first.csv"),
        (rosterHeader()
            + QStringLiteral("A1,张伟,男,%1,1980-01-01,2015-01-01,,济南厂,山东,机加车间,车工,"
                             "中级工,2020-03-01,是,否\n"
                             "A2,李娜,女,%2,1980-01-01,2015-01-01,,济南厂,山东,装配车间,钳工,"
                             "高级工,2019-05-01,是,否\n")
                  .arg(idOf(1), idOf(2)))
            .toUtf8());
    {
        AsOfficer as(c, hr);
        NullProgress progress;
        const auto report = RosterImport::run(as.db(), hr, file, {}, progress);
        requireOk(report);
        CHECK(report->created == 2);
        CHECK(report->committed);
    }
    CHECK(importedTablesSchema(c) == before);
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM bulk_load_deferred")).toInt() == 0);
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM grade_award")).toInt() == 2);
}

TEST_CASE("On the server an officer cannot use the bulk load to leave the roster without its "
          "constraints",
    "[server][privileges][import]")
{
    if (!onServer())
        return;
    Company c { Company::Empty {} };
    const QString before = importedTablesSchema(c);
    const Officer hr = c.officer(QStringLiteral("hr-zhou"), Roles { Role::Hr });
    const Officer auditor = c.officer(QStringLiteral("audit-li"), Roles { Role::Auditor });

    SECTION("a commit with the constraints still deferred fails, and nothing is dropped")
    {
        Direct direct(c, hr);
        REQUIRE(direct.accepts(QStringLiteral("BEGIN")));
        CHECK(direct.value(QStringLiteral("SELECT bulk_load_defer('worker')")).toBool());
        CHECK_FALSE(direct.accepts(QStringLiteral("COMMIT")));
        CHECK(importedTablesSchema(c) == before);
    }
    SECTION("rows that break a foreign key are refused when it is added again")
    {
        Direct direct(c, hr);
        REQUIRE(direct.accepts(QStringLiteral("BEGIN")));
        REQUIRE(direct.value(QStringLiteral("SELECT bulk_load_defer('worker')")).toBool());
        CHECK(direct.accepts(QStringLiteral(
            "INSERT INTO worker (employee_no, name, hire_date, site_id, created_event_id) "
            "VALUES ('X1', '某', '2020-01-01', 99999, 1)")));
        CHECK_FALSE(direct.accepts(QStringLiteral("SELECT bulk_load_restore()")));
        direct.accepts(QStringLiteral("ROLLBACK"));
        CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 0);
        CHECK(importedTablesSchema(c) == before);
    }
    SECTION("only the tables an import fills, and only for a login that may write them")
    {
        Direct asHr(c, hr);
        CHECK(asHr.refuses(QStringLiteral("SELECT bulk_load_defer('officer')")));
        CHECK(asHr.refuses(QStringLiteral("SELECT * FROM bulk_load_deferred")));
        Direct asAuditor(c, auditor);
        CHECK(asAuditor.refuses(QStringLiteral("SELECT bulk_load_defer('worker')")));
        CHECK(importedTablesSchema(c) == before);
    }
    SECTION("a roster that has workers keeps its constraints")
    {
        REQUIRE(
            c.db.importCsv(rosterHeader()
                    + QStringLiteral("A1,张伟,男,%1,1980-01-01,2015-01-01,,济南厂,山东,机加车间,"
                                     "车工,中级工,2020-03-01,是,否\n")
                          .arg(idOf(1)))
                .committed);
        Direct direct(c, hr);
        REQUIRE(direct.accepts(QStringLiteral("BEGIN")));
        CHECK_FALSE(direct.value(QStringLiteral("SELECT bulk_load_defer('worker')")).toBool());
        CHECK(direct.accepts(QStringLiteral("COMMIT")));
        CHECK(importedTablesSchema(c) == before);
    }
}

TEST_CASE("On the server only officers who import may create temporary tables, and none can "
          "stand in for the company's tables",
    "[server][privileges][import]")
{
    if (!onServer())
        return;
    Company c;
    const Officer hr = c.officer(QStringLiteral("hr-zhou"), Roles { Role::Hr });
    const Officer payroll = c.officer(QStringLiteral("pay-wu"), Roles { Role::Payroll });
    Direct asPayroll(c, payroll);
    CHECK(asPayroll.refuses(QStringLiteral("CREATE TEMPORARY TABLE scratch (x int)")));
    // A function that reads a table without its own search_path would read the caller's
    // temporary table of that name instead: every one of the company's names it.
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM pg_proc p WHERE p.pronamespace = "
                                     "'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM "
                                     "unnest(p.proconfig) s WHERE s LIKE 'search_path=%')"))
              .toInt()
        == 0);
    Direct asHr(c, hr);
    CHECK(asHr.accepts(QStringLiteral("CREATE TEMPORARY TABLE audit_seal (event_id bigint)")));
}

namespace {

// What the program installs on the server beside the tables, in a fixed order: the privileges
// of every table, column and function, row-level security and its policies, the functions'
// code and settings, the triggers. Equal after applying again means applying is idempotent.
QString privilegesSnapshot(TempDatabase &db)
{
    return db
        .scalar(QStringLiteral(
            "SELECT string_agg(x, E'\\n' ORDER BY x) FROM ("
            "SELECT 'table ' || c.relname || ' ' || coalesce(c.relacl::text, '') || ' ' || "
            "c.relrowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' "
            "UNION ALL SELECT 'column ' || c.relname || '.' || a.attname || ' ' || "
            "a.attacl::text FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' "
            "AND a.attacl IS NOT NULL "
            "UNION ALL SELECT 'function ' || p.oid::regprocedure::text || ' ' || "
            "coalesce(p.proacl::text, '') || ' ' || p.prosecdef || ' ' || md5(p.prosrc) || ' ' "
            "|| coalesce(array_to_string(p.proconfig, ','), '') || ' ' || "
            "pg_get_userbyid(p.proowner) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
            "p.pronamespace WHERE n.nspname = 'public' "
            "UNION ALL SELECT 'policy ' || pol.polrelid::regclass::text || ' ' || pol.polname "
            "|| ' ' || pol.polroles::text || ' ' || coalesce(pg_get_expr(pol.polqual, "
            "pol.polrelid), '') FROM pg_policy pol "
            "UNION ALL SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t "
            "WHERE NOT t.tgisinternal) AS s(x)"))
        .toString();
}

// Opens the company as login, as the window or the command line would.
Result<std::unique_ptr<Connection>> openAs(
    TempDatabase &db, const QString &login, const QString &secret)
{
    ServerLogin::remember(db.path(), login, secret);
    auto opened = Connection::open(db.path(), Connection::Mode::MustExist);
    ServerLogin::remember(db.path(), TestServer::dbaLogin(), TestServer::dbaPassword());
    return opened;
}

void storePrivilegesVersion(const Company &company, int version)
{
    TestServer::exec(company.database,
        { QStringLiteral("COMMENT ON DATABASE \"%1\" IS 'SkillLadder server privileges %2'")
                .arg(company.database)
                .arg(version) });
}

} // namespace

TEST_CASE("On the server the privileges of an earlier release are applied again by the DBA, and "
          "an officer is told to have them applied",
    "[server][upgrade]")
{
    if (!onServer())
        return;
    Company company;
    company.officer(QStringLiteral("wang"), Roles { { Role::Hr, {} } });
    const auto current = ServerSchema::privilegesVersion(company.db.db());
    requireOk(current);
    CHECK(*current == ServerSchema::kPrivilegesVersion);

    // An earlier release: its version, and a grant it made that this one no longer makes.
    const QString officers = ServerSchema::groupRole(company.database, QStringLiteral("officer"));
    const QString insertsSeals
        = QStringLiteral("SELECT has_table_privilege('%1', 'audit_seal', 'INSERT')").arg(officers);
    storePrivilegesVersion(company, ServerSchema::kPrivilegesVersion - 1);
    TestServer::exec(
        company.database, { QStringLiteral("GRANT INSERT ON audit_seal TO \"%1\"").arg(officers) });
    REQUIRE(company.db.scalar(insertsSeals).toBool());

    const auto refused = openAs(company.db, QStringLiteral("wang"), test::password());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("older than this version")));
    CHECK(refused.error().userMessage.contains(QStringLiteral("DBA login")));
    CHECK(
        *ServerSchema::privilegesVersion(company.db.db()) == ServerSchema::kPrivilegesVersion - 1);
    CHECK(company.db.scalar(insertsSeals).toBool());

    const auto byDba = openAs(company.db, TestServer::dbaLogin(), TestServer::dbaPassword());
    INFO((byDba ? QString() : byDba.error().userMessage).toStdString());
    REQUIRE(byDba.ok());
    CHECK(*ServerSchema::privilegesVersion(company.db.db()) == ServerSchema::kPrivilegesVersion);
    CHECK_FALSE(company.db.scalar(insertsSeals).toBool());
    const auto officer = openAs(company.db, QStringLiteral("wang"), test::password());
    INFO((officer ? QString() : officer.error().userMessage).toStdString());
    CHECK(officer.ok());
}

TEST_CASE("On the server privileges applied again are the same as before", "[server][upgrade]")
{
    if (!onServer())
        return;
    Company company;
    company.officer(
        QStringLiteral("head"), Roles { { Role::WorkshopHead, {} } }, { company.machining });
    const QString applied = privilegesSnapshot(company.db);
    REQUIRE(applied.contains(QStringLiteral("audit_seal_own_event")));
    for (int time = 1; time <= 2; ++time) {
        INFO("applied again " << time << " time(s)");
        storePrivilegesVersion(company, 0);
        const auto opened = openAs(company.db, TestServer::dbaLogin(), TestServer::dbaPassword());
        INFO((opened ? QString() : opened.error().userMessage).toStdString());
        REQUIRE(opened.ok());
        CHECK(
            *ServerSchema::privilegesVersion(company.db.db()) == ServerSchema::kPrivilegesVersion);
        CHECK(privilegesSnapshot(company.db) == applied);
    }
}

TEST_CASE("On the server a company whose privileges are of a newer release is refused and left as "
          "it is",
    "[server][upgrade]")
{
    if (!onServer())
        return;
    Company company;
    company.officer(QStringLiteral("wang"), Roles { { Role::Hr, {} } });
    const QString applied = privilegesSnapshot(company.db);
    storePrivilegesVersion(company, ServerSchema::kPrivilegesVersion + 1);
    for (const auto &[login, secret] :
        { std::pair { TestServer::dbaLogin(), TestServer::dbaPassword() },
            std::pair { QStringLiteral("wang"), test::password() } }) {
        INFO(login.toStdString());
        const auto refused = openAs(company.db, login, secret);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().userMessage.contains(QStringLiteral("newer version")));
    }
    CHECK(
        *ServerSchema::privilegesVersion(company.db.db()) == ServerSchema::kPrivilegesVersion + 1);
    CHECK(privilegesSnapshot(company.db) == applied);
}

TEST_CASE("On the server hr edits sites, workshops and occupations and payroll edits salary "
          "bands through the program with their own logins",
    "[server][privileges][referencedata]")
{
    if (!onServer())
        return;
    Company c;
    const Officer hr = c.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    const Officer payroll = c.officer(QStringLiteral("pay-wang"), Roles { Role::Payroll });
    const Officer head
        = c.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { c.machining });
    {
        AsOfficer program(c, hr);
        UnitStore units(program.db());
        const auto site = units.addSite(
            hr, QStringLiteral("成都分厂"), *Province::parse(QStringLiteral("四川")));
        requireOk(site);
        requireOk(units.updateWorkshop(hr, c.machining, *site, QStringLiteral("精加工车间")));
        const auto spare = units.addWorkshop(hr, *site, QStringLiteral("备件车间"));
        requireOk(spare);
        requireOk(units.removeWorkshop(hr, *spare));
        OccupationStore occupations(program.db());
        const auto listed = occupations.occupations();
        requireOk(listed);
        REQUIRE(listed->size() == 1);
        requireOk(occupations.update(hr, listed->first().id, QStringLiteral("车工"),
            Grade::SeniorTechnician, QStringLiteral("6-18-01-01")));
        requireOk(occupations.add(
            hr, QStringLiteral("铣工"), Grade::SeniorTechnician, QStringLiteral("6-18-01-02")));
    }
    CHECK(c.db.scalar(QStringLiteral("SELECT s.name FROM worker w JOIN site s ON s.id = "
                                     "w.site_id WHERE w.employee_no = 'A1'"))
              .toString()
        == QStringLiteral("成都分厂"));
    {
        AsOfficer program(c, payroll);
        SalaryBandStore bands(program.db());
        SalaryBandRecord band;
        band.level = 3;
        band.effectiveFrom = QDate(2026, 1, 1);
        band.min = Fen::fromFen(500000);
        band.mid = Fen::fromFen(600000);
        band.max = Fen::fromFen(700000);
        requireOk(bands.add(payroll, band));
        band.mid = Fen::fromFen(650000);
        requireOk(bands.correct(payroll, band));
        CHECK_FALSE(UnitStore(program.db())
                        .addSite(payroll, QStringLiteral("兰州分厂"),
                            *Province::parse(QStringLiteral("甘肃")))
                        .ok());
    }
    CHECK(c.db.scalar(QStringLiteral("SELECT mid_fen FROM salary_band_replaced")).toLongLong()
        == 600000);
    // The workshop head still sees their workshop, renamed and moved, and can rename nothing.
    Direct asHead(c, head);
    CHECK(asHead.value(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 2);
    CHECK(asHead.refuses(QStringLiteral("UPDATE workshop SET name = 'x'")));
    CHECK(asHead.refuses(QStringLiteral("UPDATE occupation SET national_code = '1-01-01-01'")));
}
