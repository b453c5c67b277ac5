#include <QJsonDocument>
#include <QJsonObject>

#include "core/domain/role.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"

using namespace Qt::StringLiterals;
using skl::Role;
using skl::Roles;
using skl::test::cliAs;
using skl::test::Run;
using skl::test::TempDatabase;
using skl::test::validId;

TEST_CASE(
    "worker add, move, leave and delete act on the roster as the window does", "[cli][workers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(u"工号,姓名,入职日期,单位,车间,职业,班组长\n"
                         "E1,张伟,2010-07-01,济南总厂,机加工车间,车工,是\n"
                         "E2,张敏,2011-07-01,济南总厂,装配车间,钳工,否\n"_s)
                .committed);
    db.officer(u"hr"_s, Roles { Role::Hr });
    db.officer(u"auditor"_s, Roles { Role::Auditor });
    const QString path = db.path();

    // The import's rules: a wrong check character names the field, and nothing is written.
    const Run bad = cliAs(path, u"hr"_s,
        { u"worker"_s, u"add"_s, u"--employee"_s, u"N1"_s, u"--name"_s, u"赵敏"_s, u"--hire"_s,
            u"2026-03-01"_s, u"--id"_s, u"370102199905050021"_s });
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(u"身份证号"_s));
    CHECK(db.scalar(u"SELECT count(*) FROM worker"_s).toInt() == 2);

    const Run added = cliAs(path, u"hr"_s,
        { u"worker"_s, u"add"_s, u"--employee"_s, u"N1"_s, u"--name"_s, u"赵敏"_s, u"--hire"_s,
            u"2026-03-01"_s, u"--id"_s, validId(u"37010219990505002"_s), u"--site"_s, u"济南总厂"_s,
            u"--workshop"_s, u"装配车间"_s, u"--grade"_s, u"初级工"_s, u"--grade-date"_s,
            u"2024-06-30"_s, u"--json"_s });
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(added.out.toUtf8()).object();
    CHECK(json.value(u"employee_no"_s).toString() == u"N1"_s);
    CHECK(json.value(u"worker_id"_s).toInteger() > 0);

    const Run moved = cliAs(path, u"hr"_s,
        { u"worker"_s, u"move"_s, u"E1"_s, u"E2"_s, u"N1"_s, u"--workshop"_s, u"机加工车间"_s,
            u"--json"_s });
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(QJsonDocument::fromJson(moved.out.toUtf8()).object().value(u"moved"_s).toInt() == 2);

    const Run left = cliAs(path, u"hr"_s,
        { u"worker"_s, u"leave"_s, u"E2"_s, u"--date"_s, u"2026-05-01"_s, u"--reason"_s,
            u"退休"_s });
    INFO(left.err.toStdString());
    REQUIRE(left.exitCode == 0);
    CHECK(db.scalar(u"SELECT leave_date FROM worker WHERE employee_no = 'E2'"_s).toString()
        == u"2026-05-01"_s);

    // E1 leads a team: refused (exit 3), naming the reason; N1 has no history.
    const Run refused = cliAs(path, u"hr"_s, { u"worker"_s, u"delete"_s, u"E1"_s });
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(u"team-leader periods: 1"_s));
    const Run auditor = cliAs(path, u"auditor"_s, { u"worker"_s, u"delete"_s, u"N1"_s });
    CHECK(auditor.exitCode == 3);
    const Run deleted = cliAs(path, u"hr"_s, { u"worker"_s, u"delete"_s, u"N1"_s });
    INFO(deleted.err.toStdString());
    CHECK(deleted.exitCode == 0);
    CHECK(db.scalar(u"SELECT count(*) FROM worker"_s).toInt() == 2);

    const Run unknown = cliAs(path, u"hr"_s, { u"worker"_s, u"delete"_s, u"X9"_s });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"X9"_s));
}
