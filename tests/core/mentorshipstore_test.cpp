#include "core/importing/datafiles.h"
#include "core/store/allowancerunstore.h"
#include "core/store/mentorshipstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;

namespace {

// M1 a 高级工 mentor; P1 and P2 apprentices, P2 leaving on 2025-06-16; W1 a 中级工 (below the
// mentoring minimum); all 车工 in 机加工车间.
void addWorkers(TempDatabase &db)
{
    const auto report = db.importCsv(rosterHeader()
        + QStringLiteral(
            "M1,师傅,男,,,2005-01-01,,济南总厂,山东,机加工车间,车工,高级工,2015-01-01,是,否\n"
            "P1,徒弟一,男,,,2024-01-01,,济南总厂,山东,机加工车间,车工,学徒工,2024-01-01,是,否\n"
            "P2,徒弟二,女,,,2024-01-01,2025-06-16,济南总厂,山东,机加工车间,车工,学徒工,"
            "2024-01-01,是,否\n"
            "W1,工人,男,,,2010-01-01,,济南总厂,山东,机加工车间,车工,中级工,2020-01-01,是,否\n"));
    REQUIRE(report.problems.isEmpty());
}

qint64 idOf(TempDatabase &db, const QString &employeeNo)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
        .toLongLong();
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Mentorship agreement(TempDatabase &db, const QString &mentor, const QString &apprentice,
    const char *start, const char *end = nullptr)
{
    Mentorship a;
    a.mentorId = idOf(db, mentor);
    a.apprenticeId = idOf(db, apprentice);
    a.occupationId
        = db.scalar(QStringLiteral("SELECT id FROM occupation WHERE name = '车工'")).toLongLong();
    a.period = { day(start), end ? day(end) : QDate() };
    return a;
}

QString reasons(const RowProblems &problems)
{
    QStringList all;
    for (const RowProblem &p : problems)
        all += p.field + QStringLiteral(": ") + p.reason;
    return all.join(u'\n');
}

} // namespace

TEST_CASE("An hr officer records a master-apprentice agreement and later its end and outcome, "
          "audited with the old and the new values",
    "[mentorship][editors]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    MentorshipStore store(db.db());
    Mentorship a = agreement(db, QStringLiteral("M1"), QStringLiteral("P1"), "2025-01-01");
    a.plannedEnd = day("2026-12-31");
    const auto recorded = store.save(hr, 0, a);
    REQUIRE(recorded.ok());
    REQUIRE(reasons(recorded->problems).isEmpty());

    a.period.to = day("2026-06-30");
    a.outcome = MentorshipOutcome::Completed;
    a.gradeReached = Grade::Junior;
    const auto ended = store.save(hr, recorded->id, a);
    REQUIRE(ended.ok());
    REQUIRE(reasons(ended->problems).isEmpty());

    const auto listed = store.ofWorker(hr, idOf(db, QStringLiteral("P1")));
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const MentorshipRecord &r = listed->first();
    CHECK(r.mentorNo == QStringLiteral("M1"));
    CHECK(r.apprenticeName == QStringLiteral("徒弟一"));
    CHECK(r.occupation == QStringLiteral("车工"));
    CHECK(r.agreement.plannedEnd == day("2026-12-31"));
    CHECK(r.agreement.period.to == day("2026-06-30"));
    CHECK(r.agreement.outcome == MentorshipOutcome::Completed);
    CHECK(r.agreement.gradeReached == Grade::Junior);
    // The mentor sees it too.
    CHECK(store.ofWorker(hr, idOf(db, QStringLiteral("M1")))->size() == 1);

    const QString change = QStringLiteral(
        "SELECT count(*) FROM audit_change WHERE entity = 'mentorship' AND entity_id = %1 AND "
        "field = '%2' AND coalesce(old_value, '') = '%3' AND new_value = '%4'");
    CHECK(db.scalar(change.arg(recorded->id)
                        .arg(QStringLiteral("end_date"), QString(), QStringLiteral("2026-06-30")))
              .toInt()
        == 1);
    CHECK(db.scalar(change.arg(recorded->id)
                        .arg(QStringLiteral("outcome"), QString(), QStringLiteral("completed")))
              .toInt()
        == 1);
    CHECK(db.scalar(change.arg(recorded->id)
                        .arg(QStringLiteral("mentor"), QString(), QStringLiteral("M1")))
              .toInt()
        == 1);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'mentorship'"))
              .toInt()
        == 2);
}

TEST_CASE("A master-apprentice agreement against the rules is refused with the field and the "
          "reason, and nothing is written",
    "[mentorship][editors]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    MentorshipStore store(db.db());
    REQUIRE(
        store.save(hr, 0, agreement(db, QStringLiteral("M1"), QStringLiteral("P1"), "2025-01-01"))
            ->problems.isEmpty());
    const QString before = db.dump();
    const auto refused = [&](const Mentorship &a) {
        const auto saved = store.save(hr, 0, a);
        REQUIRE(saved.ok());
        return reasons(saved->problems);
    };

    CHECK(refused(agreement(db, QStringLiteral("M1"), QStringLiteral("M1"), "2025-01-01"))
              .contains(QStringLiteral("apprentice_no: A worker cannot be their own apprentice")));
    CHECK(refused(
        agreement(db, QStringLiteral("M1"), QStringLiteral("P2"), "2025-03-01", "2025-02-01"))
              .startsWith(QStringLiteral("end: The agreement ends (2025-02-01) before")));
    Mentorship planned = agreement(db, QStringLiteral("M1"), QStringLiteral("P2"), "2025-03-01");
    planned.plannedEnd = day("2025-01-31");
    CHECK(refused(planned).startsWith(QStringLiteral("planned_end:")));
    CHECK(refused(agreement(db, QStringLiteral("M1"), QStringLiteral("P2"), "2023-06-01"))
              .contains(QStringLiteral("apprentice_no: 徒弟二 (P2) is not in service on "
                                       "2023-06-01")));
    CHECK(refused(
        agreement(db, QStringLiteral("M1"), QStringLiteral("P2"), "2025-03-01", "2025-06-30"))
              .contains(QStringLiteral("end: 徒弟二 (P2) left on 2025-06-16")));
    CHECK(refused(agreement(db, QStringLiteral("W1"), QStringLiteral("P2"), "2025-03-01"))
              .contains(QStringLiteral("a mentor needs at least")));
    CHECK(refused(agreement(db, QStringLiteral("M1"), QStringLiteral("P1"), "2025-06-01"))
              .contains(QStringLiteral("one mentor per occupation at a time")));
    Mentorship early = agreement(db, QStringLiteral("M1"), QStringLiteral("P2"), "2025-03-01");
    early.outcome = MentorshipOutcome::Terminated;
    CHECK(refused(early).contains(QStringLiteral("outcome:")));
    early.period.to = day("2025-05-31");
    early.outcome = MentorshipOutcome::Completed;
    CHECK(refused(early).contains(QStringLiteral("names the grade the apprentice reached")));
    CHECK(db.dump() == before);
    early.outcome = MentorshipOutcome::Terminated;
    CHECK(refused(early).isEmpty());
}

TEST_CASE("An agreement that would change an approved allowance month is refused until the "
          "month is reopened; its outcome alone may change",
    "[mentorship][editors][allowance]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    MentorshipStore store(db.db());
    Mentorship a = agreement(db, QStringLiteral("M1"), QStringLiteral("P1"), "2025-01-01");
    const auto recorded = store.save(hr, 0, a);
    REQUIRE(recorded.ok());
    const auto run
        = AllowanceRunStore::save(db.db(), day("2025-06-01"), {}, QStringLiteral("{}"), pay);
    REQUIRE(run.ok());
    REQUIRE(AllowanceRunStore::approve(db.db(), *run, day("2025-06-01"), chief, day("2026-01-01"),
        AllowanceRunStore::EmptyRun::Confirmed)
                .ok());

    Mentorship endedInMay = a;
    endedInMay.period.to = day("2025-05-31");
    endedInMay.outcome = MentorshipOutcome::Terminated;
    const auto refused = store.save(hr, recorded->id, endedInMay);
    REQUIRE(refused.ok());
    CHECK(reasons(refused->problems).contains(QStringLiteral("start: The allowances of 2025-06")));
    // The planned end pays nothing: it may change.
    Mentorship replanned = a;
    replanned.plannedEnd = day("2026-12-31");
    CHECK(store.save(hr, recorded->id, replanned)->problems.isEmpty());
    // A new agreement in June is refused by the import as by the editor.
    const QString file = db.writeFile(QStringLiteral("agreements.csv"),
        QStringLiteral("mentor_no,apprentice_no,occupation,start,end\nM1,P2,车工,2025-06-01,\n")
            .toUtf8());
    const auto imported = importDataFile(db.db(), DataFile::Mentorships, file, pay);
    REQUIRE(imported.ok());
    CHECK(imported->written == 0);
    REQUIRE(imported->problems.size() == 1);
    CHECK(imported->problems.first().toString().contains(QStringLiteral("line 2: start")));

    REQUIRE(AllowanceRunStore::reopen(db.db(), day("2025-06-01"), chief, QStringLiteral("中止补录"))
                .ok());
    CHECK(store.save(hr, recorded->id, endedInMay)->problems.isEmpty());
}

TEST_CASE("The agreements import reads planned_end and outcome, under English or Chinese "
          "headers, and files without them as before",
    "[mentorship][import]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const auto import = [&](const QString &name, const QString &csv) {
        const auto outcome
            = importDataFile(db.db(), DataFile::Mentorships, db.writeFile(name, csv.toUtf8()), pay);
        REQUIRE(outcome.ok());
        return *outcome;
    };
    // An old file: no planned end, no outcome.
    CHECK(import(QStringLiteral("old.csv"),
              QStringLiteral("mentor_no,apprentice_no,occupation,start,end\nM1,P1,车工,2024-02-01,"
                             "2024-12-31\n"))
              .written
        == 1);
    // The new columns under their Chinese names: a grade reached with the end is 出师.
    const auto chinese = import(QStringLiteral("new.csv"),
        QStringLiteral("师傅工号,徒弟工号,工种,开始日期,结束日期,计划结束日期,出师情况\n"
                       "M1,P1,车工,2025-01-01,2025-12-31,2026-06-30,初级工\n"
                       "M1,P2,车工,2025-01-01,2025-05-31,2025-12-31,中止\n"));
    INFO((chinese.problems.isEmpty() ? QString() : chinese.problems.first().toString())
             .toStdString());
    CHECK(chinese.written == 2);

    const auto p1 = MentorshipStore(db.db()).ofWorker(hr, idOf(db, QStringLiteral("P1")));
    REQUIRE(p1.ok());
    REQUIRE(p1->size() == 2);
    CHECK_FALSE(p1->at(0).agreement.plannedEnd.isValid());
    CHECK_FALSE(p1->at(0).agreement.outcome.has_value());
    CHECK(p1->at(1).agreement.plannedEnd == day("2026-06-30"));
    CHECK(p1->at(1).agreement.outcome == MentorshipOutcome::Completed);
    CHECK(p1->at(1).agreement.gradeReached == Grade::Junior);
    const auto p2 = MentorshipStore(db.db()).ofWorker(hr, idOf(db, QStringLiteral("P2")));
    REQUIRE(p2.ok());
    REQUIRE(p2->size() == 1);
    CHECK(p2->first().agreement.outcome == MentorshipOutcome::Terminated);
    CHECK_FALSE(p2->first().agreement.gradeReached.has_value());

    // An outcome that is no grade and no ending, or an ending without the end date, is named.
    const auto bad = import(QStringLiteral("bad.csv"),
        QStringLiteral("mentor_no,apprentice_no,occupation,start,end,planned_end,outcome\n"
                       "M1,W1,车工,2025-01-01,,,优秀\n"
                       "M1,W1,车工,2025-01-01,,,未出师\n"));
    CHECK(bad.written == 0);
    REQUIRE(bad.problems.size() == 2);
    CHECK(bad.problems.at(0).toString().startsWith(QStringLiteral("line 2: outcome")));
    CHECK(bad.problems.at(1).toString().startsWith(QStringLiteral("line 3: outcome")));
}

TEST_CASE("Only hr edits master-apprentice agreements", "[mentorship][editors][officers]")
{
    TempDatabase db;
    addWorkers(db);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const QString before = db.dump();
    const auto refused = MentorshipStore(db.db()).save(
        pay, 0, agreement(db, QStringLiteral("M1"), QStringLiteral("P1"), "2025-01-01"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Refused);
    CHECK(db.dump() == before);
}
