// Issues #5 and #6's benchmark helper: prepares approved certifications in a demo database so
// that bench/run can time printing them with the CLI, and times core work in-process.
// Usage: skl_issuebench DATABASE prepare SMALL LARGE   → prints the two round ids
//        skl_issuebench DATABASE due YYYY-MM-DD         → workers due, milliseconds
//        skl_issuebench DATABASE allowances YYYY-MM     → workers paid, milliseconds (not saved)
//        skl_issuebench DATABASE audit LOGIN            → events, milliseconds of an opening,
//                                                         of its audit check, of a full verify
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTextStream>

#include "core/demo/democompany.h"
#include "core/demo/demoofficers.h"
#include "core/reports/duelist.h"
#include "core/reports/monthlyallowances.h"
#include "core/store/auditchain.h"
#include "core/store/certificationstore.h"
#include "core/store/connection.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;
using namespace skl;

namespace {

int fail(QTextStream &err, const QString &message)
{
    err << message << '\n';
    return 1;
}

// The demo's sample officer of a role (issue 13: every act is an officer's).
Result<Officer> demoOfficer(QSqlDatabase &db, Role role)
{
    for (const DemoOfficers::Sample &sample : DemoOfficers::samples()) {
        if (sample.role == role)
            return OfficerStore::load(db, sample.login);
    }
    return Error { u"The demo has no sample officer of that role."_s, {} };
}

// A round of `size` regular promotions from the due list (skipping `skip`), proposed by the
// demo's hr officer and approved by its approver.
Result<qint64> approvedRound(
    QSqlDatabase &db, const QList<DueWorker> &due, qsizetype skip, int size)
{
    const auto proposer = demoOfficer(db, Role::Hr);
    if (!proposer)
        return proposer.error();
    const auto approver = demoOfficer(db, Role::Approver);
    if (!approver)
        return approver.error();
    const auto round = CertificationStore::createRound(db,
        // A copied company may hold the rounds of an earlier run: names are unique.
        u"bench %1 (%2)"_s.arg(size).arg(QDateTime::currentDateTime().toString(Qt::ISODate)),
        *proposer);
    if (!round)
        return round.error();
    QList<ProposalRequest> requests;
    for (qsizetype i = skip; i < due.size() && requests.size() < size; ++i) {
        if (due[i].occupation.isEmpty())
            continue;
        ProposalRequest r;
        r.employeeNo = due[i].employeeNo;
        r.occupation = due[i].occupation;
        r.grade = due[i].next;
        r.way = CertificationWay::Regular;
        // Today: the demo's own rounds may have approved grades after its reference date.
        r.date = QDate::currentDate();
        r.roundId = *round;
        r.by = *proposer;
        requests += r;
    }
    const auto ids = CertificationStore::proposeAll(db, requests);
    if (!ids)
        return ids.error();
    if (const auto approved = CertificationStore::approveAll(db, *ids, *approver); !approved)
        return approved.error();
    return *round;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail(err, u"usage: skl_issuebench DATABASE prepare SMALL LARGE | due DATE"_s);
    auto connection = Connection::open(args[1], Connection::Mode::MustExist);
    if (!connection)
        return fail(err, connection.error().userMessage);
    QSqlDatabase &db = (*connection)->db();
    if (args[2] == u"due") {
        const QDate day = QDate::fromString(args[3], Qt::ISODate);
        QElapsedTimer timer;
        timer.start();
        const auto hr = demoOfficer(db, Role::Hr);
        if (!hr)
            return fail(err, hr.error().userMessage);
        const auto due = DueList::compute(db, *hr, day);
        if (!due)
            return fail(err, due.error().userMessage);
        out << due->size() << ' ' << timer.elapsed() << '\n';
        return 0;
    }
    if (args[2] == u"allowances") {
        QElapsedTimer timer;
        timer.start();
        NullProgress progress;
        const auto lines = MonthlyAllowances::compute(
            db, QDate::fromString(args[3] + u"-01"_s, Qt::ISODate), progress);
        if (!lines)
            return fail(err, lines.error().userMessage);
        out << lines->size() << ' ' << timer.elapsed() << '\n';
        return 0;
    }
    if (args[2] == u"audit") {
        // Issue 13: opening checks only the events since the last check; a full verify all.
        const auto officer = OfficerStore::load(db, args[3]);
        if (!officer)
            return fail(err, officer.error().userMessage);
        QElapsedTimer timer;
        timer.start();
        constexpr int kOpenings = 20;
        for (int i = 0; i < kOpenings; ++i) {
            if (auto again = Connection::open(args[1], Connection::Mode::MustExist); !again)
                return fail(err, again.error().userMessage);
        }
        const double opening = double(timer.nsecsElapsed()) / 1e6 / kOpenings;
        timer.restart();
        for (int i = 0; i < kOpenings; ++i) {
            if (auto checked = AuditChain::checkSinceLastCheck(db); !checked)
                return fail(err, checked.error().userMessage);
        }
        const double check = double(timer.nsecsElapsed()) / 1e6 / kOpenings;
        timer.restart();
        const auto verified = AuditChain::verify(db, *officer);
        if (!verified)
            return fail(err, verified.error().userMessage);
        const qint64 full = timer.elapsed();
        out << verified->eventCount << ' ' << opening << ' ' << check << ' ' << full
            << (verified->isIntact() ? " whole" : " broken") << '\n';
        return 0;
    }
    if (args[2] != u"prepare" || args.size() < 5)
        return fail(err, u"usage: skl_issuebench DATABASE prepare SMALL LARGE"_s);
    const auto hr = demoOfficer(db, Role::Hr);
    if (!hr)
        return fail(err, hr.error().userMessage);
    const auto due = DueList::compute(db, *hr, QDate::currentDate());
    if (!due)
        return fail(err, due.error().userMessage);
    const int small = args[3].toInt();
    const int large = args[4].toInt();
    const auto first = approvedRound(db, *due, 0, small);
    if (!first)
        return fail(err, first.error().userMessage);
    const auto second = approvedRound(db, *due, small, large);
    if (!second)
        return fail(err, second.error().userMessage);
    out << *first << ' ' << *second << '\n';
    return 0;
}
