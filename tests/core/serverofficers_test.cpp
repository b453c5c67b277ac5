#include <QAtomicInteger>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "core/store/serverlogin.h"
#include "core/store/serverofficers.h"
#include "core/store/serverschema.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testserver.h"

// What only a company on a server has (issue 14): officers are PostgreSQL login roles, made and
// changed through the owner's functions, and the server refuses what the program refuses to an
// officer who connects around it. These tests are tagged [server]: CTest runs them only on the
// throwaway cluster (the "postgres/…" copies).

using namespace Qt::StringLiterals;
using skl::Error;
using skl::NewOfficer;
using skl::Officer;
using skl::OfficerStore;
using skl::Role;
using skl::Roles;
using skl::ServerOfficers;
using skl::ServerSchema;
using skl::test::password;
using skl::test::TempDatabase;
using skl::test::TestServer;

namespace {

// A connection as psql makes it: a login and its password, straight to the company's database,
// without the program.
class DirectLogin
{
public:
    DirectLogin(const QString &database, const QString &login, const QString &secret)
        : m_name(u"direct-login-%1"_s.arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(TestServer::port());
        db.setDatabaseName(database);
        db.setUserName(login);
        db.setPassword(secret);
        m_opened = db.open();
        m_error = db.lastError().text();
    }
    ~DirectLogin()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    DirectLogin(const DirectLogin &) = delete;
    DirectLogin &operator=(const DirectLogin &) = delete;

    bool opened() const { return m_opened; }
    const QString &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs sql; the SQLSTATE and the server's text of its error, or empty when it worked.
    // Refusals are told apart by their SQLSTATE: 42501 insufficient privilege, 42704 no such
    // role, 22023 an invalid argument; anything else would be a mistake of the functions.
    QString refusal(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString()
                           : q.lastError().nativeErrorCode() + u' ' + q.lastError().databaseText();
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            FAIL(sql.toStdString() + ": " + q.lastError().text().toStdString());
        return q.value(0);
    }

private:
    static QAtomicInteger<quint64> &counter()
    {
        static QAtomicInteger<quint64> made;
        return made;
    }
    QString m_name;
    bool m_opened = false;
    QString m_error;
};

QString databaseOf(TempDatabase &db)
{
    return db.db().databaseName();
}

// The company's group roles a login is a direct member of, sorted.
QStringList groupsOf(TempDatabase &db, const QString &login)
{
    QSqlQuery q(db.db());
    q.prepare(u"SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
              "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = ? ORDER BY 1"_s);
    q.addBindValue(login);
    REQUIRE(q.exec());
    QStringList groups;
    while (q.next())
        groups += q.value(0).toString();
    return groups;
}

bool mayLogIn(TempDatabase &db, const QString &login)
{
    return db.scalar(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1'"_s.arg(login))
        .toBool();
}

} // namespace

TEST_CASE("An officer connects to the server with their own password, and a wrong one is refused",
    "[server][officers]")
{
    if (!skl::test::onServer())
        return;
    TempDatabase db;
    const Officer hr = db.officer(u"Hr-Li"_s, Roles { Role::Hr });
    const QString company = databaseOf(db);

    const DirectLogin own(company, u"hr-li"_s, password());
    REQUIRE(own.opened());
    CHECK(own.scalar(u"SELECT session_user"_s).toString() == u"hr-li"_s);
    // The convention every part of the server shares: the officer's role is their login_key.
    CHECK(own.scalar(u"SELECT id FROM officer WHERE login_key = session_user"_s).toLongLong()
        == hr.id);
    CHECK_FALSE(DirectLogin(company, u"hr-li"_s, u"not the password"_s).opened());
    CHECK_FALSE(DirectLogin(company, u"Hr-Li"_s, password()).opened());

    // The server holds the password; the table keeps no second copy.
    CHECK(db.scalar(u"SELECT password_hash FROM officer WHERE login_key = 'hr-li'"_s)
              .toString()
              .isEmpty());
    CHECK(groupsOf(db, u"hr-li"_s)
        == QStringList { ServerSchema::groupRole(company, u"hr"_s),
            ServerSchema::groupRole(company, u"officer"_s) });
    CHECK(db.scalar(u"SELECT rolcreaterole OR rolcreatedb OR rolsuper FROM pg_roles "
                    "WHERE rolname = 'hr-li'"_s)
              .toBool()
        == false);

    // Logging in on the officer's own connection: the server has checked the password already.
    skl::ServerLogin::remember(db.path(), u"hr-li"_s, password());
    auto connection = skl::Connection::open(db.path(), skl::Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    const auto in = OfficerStore::logIn((*connection)->db(), u"HR-LI"_s, password());
    REQUIRE(in.ok());
    CHECK(in->id == hr.id);
    CHECK(in->roles == Roles { Role::Hr });
    // On the DBA's connection the password is checked by a connection of the officer's own.
    CHECK(OfficerStore::logIn(db.db(), u"hr-li"_s, password()).ok());
    const auto wrong = OfficerStore::logIn(db.db(), u"hr-li"_s, u"not the password"_s);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == Error::Kind::Refused);
    CHECK(wrong.error().userMessage.contains(u"wrong"_s));
}

TEST_CASE(
    "Roles, disabling and passwords change the officer's login role too", "[server][officers]")
{
    if (!skl::test::onServer())
        return;
    TempDatabase db;
    const Officer hr = db.officer(u"hr-li"_s, Roles { Role::Hr });
    const QString company = databaseOf(db);

    REQUIRE(OfficerStore::setRoles(
        db.db(), db.admin(), u"hr-li"_s, Roles { Role::Approver, Role::Auditor }, {})
                .ok());
    CHECK(groupsOf(db, u"hr-li"_s)
        == QStringList { ServerSchema::groupRole(company, u"approver"_s),
            ServerSchema::groupRole(company, u"auditor"_s),
            ServerSchema::groupRole(company, u"officer"_s) });

    REQUIRE(OfficerStore::setDisabled(db.db(), db.admin(), u"hr-li"_s, true).ok());
    CHECK_FALSE(mayLogIn(db, u"hr-li"_s));
    CHECK_FALSE(DirectLogin(company, u"hr-li"_s, password()).opened());
    const auto disabled = OfficerStore::logIn(db.db(), u"hr-li"_s, password());
    REQUIRE_FALSE(disabled.ok());
    CHECK(disabled.error().userMessage.contains(u"disabled"_s));
    REQUIRE(OfficerStore::setDisabled(db.db(), db.admin(), u"hr-li"_s, false).ok());
    CHECK(mayLogIn(db, u"hr-li"_s));
    // Nothing counts wrong passwords on a server, so there is no lock to end.
    const auto unlocked = OfficerStore::unlock(db.db(), db.admin(), u"hr-li"_s);
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().userMessage.contains(u"no account is locked"_s));

    // An admin sets another officer's password through the owner's function.
    const QString second = u"a second long password"_s;
    REQUIRE(OfficerStore::setPassword(db.db(), db.admin(), u"hr-li"_s, second).ok());
    CHECK_FALSE(DirectLogin(company, u"hr-li"_s, password()).opened());
    CHECK(DirectLogin(company, u"hr-li"_s, second).opened());

    // The officer changes their own on their own connection (ALTER ROLE CURRENT_USER).
    skl::ServerLogin::remember(db.path(), u"hr-li"_s, second);
    {
        auto own = skl::Connection::open(db.path(), skl::Connection::Mode::MustExist);
        REQUIRE(own.ok());
        const auto done = OfficerStore::setPassword((*own)->db(), hr, u"hr-li"_s, password());
        INFO((done ? QString() : done.error().detail).toStdString());
        REQUIRE(done.ok());
    }
    CHECK(DirectLogin(company, u"hr-li"_s, password()).opened());
    CHECK(db.scalar(u"SELECT count(*) FROM audit_event WHERE action = 'officer-password'"_s).toInt()
        == 2);
}

TEST_CASE("A login name taken on the cluster is refused and the role is left as it was",
    "[server][officers]")
{
    if (!skl::test::onServer())
        return;
    TempDatabase db;
    const QString company = databaseOf(db);
    TestServer::exec(company, { u"CREATE ROLE bob LOGIN PASSWORD 'bobs own password'"_s });

    const auto taken = OfficerStore::add(
        db.db(), db.admin(), NewOfficer { u"Bob"_s, {}, password(), Roles { Role::Hr }, {} });
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().userMessage.contains(u"already taken on this server"_s));
    // The officer row went with the refused role: one transaction.
    CHECK(db.scalar(u"SELECT count(*) FROM officer WHERE login_key = 'bob'"_s).toInt() == 0);
    CHECK(groupsOf(db, u"bob"_s).isEmpty());
    CHECK(DirectLogin(u"postgres"_s, u"bob"_s, u"bobs own password"_s).opened());
    // Nor is the DBA's own login, or a group of the company, ever an officer.
    for (const QString &login :
        { TestServer::dbaLogin(), ServerSchema::groupRole(company, u"owner"_s),
            ServerSchema::groupRole(company, u"admin"_s) }) {
        const auto made = OfficerStore::add(
            db.db(), db.admin(), NewOfficer { login, {}, password(), Roles { Role::Hr }, {} });
        CHECK_FALSE(made.ok());
    }
}

TEST_CASE("The company's admin can neither make roles nor change other logins directly",
    "[server][officers]")
{
    if (!skl::test::onServer())
        return;
    TempDatabase db;
    db.officer(u"hr-li"_s, Roles { Role::Hr });
    const QString company = databaseOf(db);
    TestServer::exec(company, { u"CREATE ROLE bob LOGIN PASSWORD 'bobs own password'"_s });

    const DirectLogin admin(company, u"admin"_s, password());
    REQUIRE(admin.opened());
    CHECK(admin
              .scalar(u"SELECT rolcreaterole OR rolsuper FROM pg_roles "
                      "WHERE rolname = session_user"_s)
              .toBool()
        == false);
    const QString owner = ServerSchema::groupRole(company, u"owner"_s);
    for (const QString &sql : { u"CREATE ROLE mallory LOGIN PASSWORD 'x'"_s,
             u"GRANT pg_read_all_data TO admin"_s, u"ALTER ROLE bob PASSWORD 'taken over'"_s,
             u"ALTER ROLE \"hr-li\" PASSWORD 'taken over'"_s, u"GRANT %1 TO admin"_s.arg(owner),
             u"SET ROLE %1"_s.arg(owner) }) {
        INFO(sql.toStdString());
        CHECK(admin.refusal(sql).startsWith(u"42501"_s));
    }
    CHECK(DirectLogin(u"postgres"_s, u"bob"_s, u"bobs own password"_s).opened());
    CHECK(DirectLogin(company, u"hr-li"_s, password()).opened());
    CHECK(db.scalar(u"SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'"_s).toInt() == 0);
}

TEST_CASE("The officer functions refuse a non-admin and every login that is not this company's "
          "officer",
    "[server][officers]")
{
    if (!skl::test::onServer())
        return;
    TempDatabase db;
    db.officer(u"hr-li"_s, Roles { Role::Hr });
    db.officer(u"audit-wu"_s, Roles { Role::Auditor });
    const QString company = databaseOf(db);
    const auto verifier = ServerOfficers::verifier(db.db(), u"a password for someone"_s);
    REQUIRE(verifier.ok());
    CHECK(verifier->startsWith(u"SCRAM-SHA-256$"_s));
    TestServer::exec(company,
        { u"CREATE ROLE bob LOGIN PASSWORD 'bobs own password'"_s,
            // An officer given more by the DBA is no longer the company's alone to change: a
            // new password would hand pg_read_all_data to whoever set it.
            u"GRANT pg_read_all_data TO \"audit-wu\""_s });
    const QString create = u"SELECT skl_create_officer('eve', '%1', '{hr}')"_s.arg(*verifier);

    {
        const DirectLogin hr(company, u"hr-li"_s, password());
        REQUIRE(hr.opened());
        CHECK(hr.refusal(create).startsWith(u"42501"_s));
        // Even if EXECUTE were granted more widely, the function checks the caller itself.
        TestServer::exec(company,
            { u"GRANT EXECUTE ON FUNCTION skl_create_officer(text, text, text[]) TO %1"_s.arg(
                ServerSchema::groupRole(company, u"officer"_s)) });
        const QString refusal = hr.refusal(create);
        CHECK(refusal.startsWith(u"42501"_s));
        CHECK(refusal.contains(u"does not administer"_s));
    }
    CHECK(db.scalar(u"SELECT count(*) FROM pg_roles WHERE rolname = 'eve'"_s).toInt() == 0);

    const DirectLogin admin(company, u"admin"_s, password());
    REQUIRE(admin.opened());
    const QString setPassword = u"SELECT skl_set_officer_password('%2', '%1')"_s.arg(*verifier);
    for (const QString &login :
        { u"bob"_s, TestServer::dbaLogin(), ServerSchema::groupRole(company, u"owner"_s),
            ServerSchema::groupRole(company, u"admin"_s), u"audit-wu"_s, u"nobody-at-all"_s }) {
        INFO(login.toStdString());
        const QString expected = login == u"nobody-at-all" ? u"42704"_s : u"42501"_s;
        CHECK(admin.refusal(setPassword.arg(login)).startsWith(expected));
        CHECK(admin.refusal(u"SELECT skl_set_officer_login('%1', false)"_s.arg(login))
                  .startsWith(expected));
        CHECK(admin.refusal(u"SELECT skl_set_officer_groups('%1', '{admin}')"_s.arg(login))
                  .startsWith(expected));
    }
    CHECK(DirectLogin(u"postgres"_s, u"bob"_s, u"bobs own password"_s).opened());
    // Only this company's groups, and only a verifier, never a password in clear.
    CHECK(admin.refusal(u"SELECT skl_create_officer('eve', '%1', '{owner}')"_s.arg(*verifier))
              .startsWith(u"22023"_s));
    CHECK(admin.refusal(u"SELECT skl_create_officer('eve', 'a clear password', '{hr}')"_s)
              .startsWith(u"22023"_s));
    CHECK(admin.refusal(u"SELECT skl_set_officer_groups('hr-li', '{hr,pg_read_all_data}')"_s)
              .startsWith(u"22023"_s));
    CHECK(admin.refusal(QString(create).replace(u"'eve'"_s, u"'bob'"_s)).startsWith(u"42710"_s));
    CHECK(db.scalar(u"SELECT count(*) FROM pg_roles WHERE rolname = 'eve'"_s).toInt() == 0);
    // The admin's own officer works through them.
    CHECK(admin.refusal(setPassword.arg(u"hr-li"_s)).isEmpty());
    CHECK(DirectLogin(company, u"hr-li"_s, u"a password for someone"_s).opened());
}

TEST_CASE("On a server the DBA creates the company and its admin adds officers who log in",
    "[server][officers][cli]")
{
    if (!skl::test::onServer())
        return;
    const QString company = TestServer::freshDatabase();
    const QString url = TestServer::url(company);
    TestServer::exec(company, { u"CREATE ROLE bob LOGIN PASSWORD 'bobs own password'"_s });
    auto environment = [](const QString &secret, const QString &newPassword) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"SKL_PASSWORD"_s, secret);
        env.insert(u"SKL_NEW_PASSWORD"_s, newPassword);
        return env;
    };
    auto cli = [&](const QString &user, const QString &secret, QStringList args) {
        args = QStringList { u"--db"_s, url, u"--user"_s, user } + args
            + QStringList { u"--lang"_s, u"en"_s };
        return skl::test::run(QStringLiteral(SKL_CLI_PATH), args, environment(secret, password()));
    };

    const auto init = cli(TestServer::dbaLogin(), TestServer::dbaPassword(),
        { u"init"_s, u"--company"_s, u"测试公司"_s, u"--province"_s, u"山东"_s, u"--admin"_s,
            u"Boss"_s });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    {
        const DirectLogin boss(company, u"boss"_s, password());
        REQUIRE(boss.opened());
        CHECK(boss.scalar(u"SELECT rolcreaterole OR rolsuper OR rolcreatedb FROM pg_roles "
                          "WHERE rolname = session_user"_s)
                  .toBool()
            == false);
        CHECK(boss.scalar(u"SELECT pg_has_role(session_user, '%1', 'MEMBER')"_s.arg(
                              ServerSchema::groupRole(company, u"admin"_s)))
                  .toBool());
        CHECK(boss.refusal(u"CREATE ROLE mallory"_s).startsWith(u"42501"_s));
    }

    const auto added
        = cli(u"boss"_s, password(), { u"user"_s, u"add"_s, u"clerk"_s, u"--role"_s, u"hr"_s });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(cli(u"Clerk"_s, password(), { u"targets"_s }).exitCode == 0);
    const auto wrong = cli(u"clerk"_s, u"not the password"_s, { u"targets"_s });
    CHECK(wrong.exitCode == 3);
    const auto notAdmin
        = cli(u"clerk"_s, password(), { u"user"_s, u"add"_s, u"pal"_s, u"--role"_s, u"hr"_s });
    CHECK(notAdmin.exitCode == 3);

    const auto bob
        = cli(u"boss"_s, password(), { u"user"_s, u"add"_s, u"bob"_s, u"--role"_s, u"hr"_s });
    CHECK(bob.exitCode == 1);
    CHECK(bob.err.contains(u"already taken on this server"_s));
    CHECK(DirectLogin(u"postgres"_s, u"bob"_s, u"bobs own password"_s).opened());
    const auto dbaAsOfficer
        = cli(TestServer::dbaLogin(), TestServer::dbaPassword(), { u"targets"_s });
    CHECK(dbaAsOfficer.exitCode == 3);
    CHECK(dbaAsOfficer.err.contains(u"not an officer of this company"_s));

    // An officer disabled by the admin can no longer connect at all.
    REQUIRE(cli(u"boss"_s, password(), { u"user"_s, u"disable"_s, u"clerk"_s }).exitCode == 0);
    CHECK(cli(u"clerk"_s, password(), { u"targets"_s }).exitCode == 3);
    CHECK_FALSE(DirectLogin(company, u"clerk"_s, password()).opened());
    TestServer::release(company);
}
