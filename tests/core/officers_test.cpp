#include <QFile>
#include <QSqlQuery>

#include "core/common/passwordhash.h"
#include "core/store/auditlog.h"
#include "core/store/certificationstore.h"
#include "core/store/officerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace Qt::StringLiterals;
using skl::Act;
using skl::Error;
using skl::NewOfficer;
using skl::Officer;
using skl::OfficerStore;
using skl::Role;
using skl::Roles;
using skl::test::password;
using skl::test::TempDatabase;

namespace {

bool refused(const skl::Status &status)
{
    return !status && status.error().kind == Error::Kind::Refused;
}

} // namespace

TEST_CASE("The first officer holds every role and logs in with the password", "[officers]")
{
    TempDatabase db;
    CHECK(db.admin().roles == Roles::all());
    const auto in = OfficerStore::logIn(db.db(), u"ADMIN"_s, password());
    REQUIRE(in.ok());
    CHECK(in->id == db.admin().id);
    const QString stored
        = db.scalar(u"SELECT password_hash FROM officer WHERE login = 'admin'"_s).toString();
    CHECK(stored.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s));
    CHECK_FALSE(stored.contains(password()));
}

TEST_CASE(
    "A wrong password is refused, and five in a row lock the account for 15 minutes", "[officers]")
{
    TempDatabase db;
    db.officer(u"hr-li"_s, Roles { Role::Hr });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const auto wrong = OfficerStore::logIn(db.db(), u"hr-li"_s, u"wrong password!"_s, now);
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().kind == Error::Kind::Refused);
        CHECK(wrong.error().userMessage.contains(u"wrong"_s));
    }
    const auto fifth = OfficerStore::logIn(db.db(), u"hr-li"_s, u"wrong password!"_s, now);
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().userMessage.contains(u"locked for 15 minutes"_s));

    // Locked: even the right password is refused, and says so.
    const auto locked = OfficerStore::logIn(db.db(), u"hr-li"_s, password(), now.addSecs(60));
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().kind == Error::Kind::Refused);
    CHECK(locked.error().userMessage.contains(u"locked"_s));
    // After 15 minutes the right password works again.
    CHECK(OfficerStore::logIn(db.db(), u"hr-li"_s, password(), now.addSecs(15 * 60 + 1)).ok());
    CHECK(db.scalar(u"SELECT count(*) FROM audit_event WHERE action = 'officer-locked'"_s).toInt()
        == 1);
}

TEST_CASE("An admin unlocks a locked account at once", "[officers]")
{
    TempDatabase db;
    db.officer(u"hr-li"_s, Roles { Role::Hr });
    for (int attempt = 0; attempt < OfficerStore::attemptsBeforeLock; ++attempt)
        (void)OfficerStore::logIn(db.db(), u"hr-li"_s, u"wrong password!"_s);
    REQUIRE_FALSE(OfficerStore::logIn(db.db(), u"hr-li"_s, password()).ok());
    const Officer clerk = db.officer(u"clerk"_s, Roles { Role::Hr });
    CHECK(refused(OfficerStore::unlock(db.db(), clerk, u"hr-li"_s)));
    REQUIRE(OfficerStore::unlock(db.db(), db.admin(), u"hr-li"_s).ok());
    CHECK(OfficerStore::logIn(db.db(), u"hr-li"_s, password()).ok());
}

TEST_CASE(
    "A disabled officer can neither log in nor act with a session opened before", "[officers]")
{
    TempDatabase db;
    const Officer hr = db.officer(u"hr-li"_s, Roles { Role::Hr });
    REQUIRE(OfficerStore::require(db.db(), hr, Act::EditRoster).ok());
    REQUIRE(OfficerStore::setDisabled(db.db(), db.admin(), u"hr-li"_s, true).ok());
    const auto in = OfficerStore::logIn(db.db(), u"hr-li"_s, password());
    REQUIRE_FALSE(in.ok());
    CHECK(in.error().userMessage.contains(u"disabled"_s));
    CHECK(refused(OfficerStore::require(db.db(), hr, Act::EditRoster)));
    REQUIRE(OfficerStore::setDisabled(db.db(), db.admin(), u"hr-li"_s, false).ok());
    CHECK(OfficerStore::logIn(db.db(), u"hr-li"_s, password()).ok());
}

TEST_CASE("Roles are checked against the table, as held on the day of the act", "[officers]")
{
    TempDatabase db;
    const Officer payroll = db.officer(u"pay-wang"_s, Roles { Role::Payroll });
    CHECK(OfficerStore::require(db.db(), payroll, Act::ComputeAllowances).ok());
    const auto approve = OfficerStore::require(db.db(), payroll, Act::ApproveAllowances);
    REQUIRE(refused(approve));
    CHECK(approve.error().userMessage.contains(u"Approver"_s));

    // A role granted today does not reach back: it was not held yesterday.
    REQUIRE(OfficerStore::setRoles(
        db.db(), db.admin(), u"pay-wang"_s, Roles { Role::Payroll, Role::Approver }, {})
                .ok());
    CHECK(OfficerStore::require(db.db(), payroll, Act::ApproveAllowances).ok());
    CHECK(refused(OfficerStore::require(
        db.db(), payroll, Act::ApproveAllowances, QDate::currentDate().addDays(-1))));

    // An Officer value claiming more roles than the database holds counts for nothing.
    Officer forged = payroll;
    forged.roles = Roles::all();
    CHECK(refused(OfficerStore::require(db.db(), forged, Act::ManageOfficers)));
    // Nor does a made-up officer.
    Officer stranger;
    stranger.id = 999;
    stranger.login = u"stranger"_s;
    stranger.roles = Roles::all();
    CHECK(refused(OfficerStore::require(db.db(), stranger, Act::ReadRoster)));
}

TEST_CASE("Only an admin manages officers, and the last admin stays", "[officers]")
{
    TempDatabase db;
    const Officer hr = db.officer(u"hr-li"_s, Roles { Role::Hr });
    const auto byHr = OfficerStore::add(
        db.db(), hr, NewOfficer { u"friend"_s, {}, password(), Roles { Role::Approver }, {} });
    REQUIRE_FALSE(byHr.ok());
    CHECK(byHr.error().kind == Error::Kind::Refused);
    CHECK(refused(OfficerStore::setRoles(db.db(), hr, u"hr-li"_s, Roles::all(), {})));

    CHECK_FALSE(OfficerStore::setDisabled(db.db(), db.admin(), u"admin"_s, true).ok());
    CHECK_FALSE(
        OfficerStore::setRoles(db.db(), db.admin(), u"admin"_s, Roles { Role::Hr }, {}).ok());
}

TEST_CASE("Login names and passwords are checked before an officer is made", "[officers]")
{
    TempDatabase db;
    auto add = [&](const QString &login, const QString &pw) {
        return OfficerStore::add(
            db.db(), db.admin(), NewOfficer { login, {}, pw, Roles { Role::Hr }, {} });
    };
    CHECK_FALSE(add(u"short"_s, u"elevenchars"_s).ok());
    CHECK_FALSE(add(u"has space"_s, password()).ok());
    CHECK_FALSE(add(u"-dash"_s, password()).ok());
    REQUIRE(add(u"wang"_s, password()).ok());
    const auto twice = add(u"WANG"_s, password());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().userMessage.contains(u"taken"_s));
    // A full-width look-alike of an existing login is that login.
    const auto lookalike = add(u"ａｄｍｉｎ"_s, password());
    REQUIRE_FALSE(lookalike.ok());
    CHECK(lookalike.error().userMessage.contains(u"taken"_s));
    CHECK(add(u"王科长"_s, u"十二个汉字组成的一个长密码啊"_s).ok());
    CHECK(OfficerStore::logIn(db.db(), u"王科长"_s, u"十二个汉字组成的一个长密码啊"_s).ok());

    const auto head = OfficerStore::add(db.db(), db.admin(),
        NewOfficer { u"head"_s, {}, password(), Roles { Role::WorkshopHead }, {} });
    REQUIRE_FALSE(head.ok());
    CHECK(head.error().userMessage.contains(u"workshop"_s));
}

TEST_CASE("A new company file is readable by its owner only", "[officers][file]")
{
#ifndef Q_OS_WIN
    TempDatabase db;
    const QFileDevice::Permissions permissions = QFile::permissions(db.path());
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));
#endif
}

TEST_CASE("Every officer change is an audit event by the officer who made it", "[officers]")
{
    TempDatabase db;
    const Officer hr = db.officer(u"hr-li"_s, Roles { Role::Hr });
    REQUIRE(OfficerStore::setPassword(db.db(), hr, u"hr-li"_s, u"another long password"_s).ok());
    CHECK(db.scalar(u"SELECT actor || '/' || officer_id FROM audit_event WHERE action = "
                    "'officer-password'"_s)
              .toString()
        == u"hr-li/%1"_s.arg(hr.id));
    CHECK(db.scalar(u"SELECT actor FROM audit_event WHERE action = 'officer-add'"_s).toString()
        == u"admin"_s);
    // Somebody else's password only by an admin.
    CHECK(refused(OfficerStore::setPassword(db.db(), hr, u"admin"_s, u"another long password"_s)));
}
