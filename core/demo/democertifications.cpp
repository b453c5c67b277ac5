#include "core/demo/democertifications.h"

#include "core/demo/democompany.h"
#include "core/reports/duelist.h"
#include "core/store/certificationstore.h"
#include "core/store/competitionstore.h"
#include "core/store/democompetitionstore.h"
#include "core/store/policystore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The demo's sample officers (DemoOfficers): the HR officer proposes, the approver decides
    // (four eyes).
    const QString kOfficer = u"hr-zhang"_s;
    const QString kApprover = u"approver-li"_s;
    constexpr int kRoundSize = 30;
    constexpr int kApproved = 18;

    Status settings(QSqlDatabase &db)
    {
        const QDate from(2023, 1, 1);
        return PolicyStore::set(db,
            { { QString::fromUtf16(PolicyKeys::kCertificateBodyCode), u"0001"_s, from },
                { QString::fromUtf16(PolicyKeys::kCertificateSiteSerial), u"000123"_s, from },
                { QString::fromUtf16(PolicyKeys::kCertificateBodyName),
                    u"齐鲁重工职业技能等级认定中心"_s, from } },
            kOfficer);
    }

    Status assessmentRound(QSqlDatabase &db, QDate day)
    {
        const auto due = DueList::compute(db, day);
        if (!due)
            return due.error();
        if (due->isEmpty())
            return success();
        const auto round
            = CertificationStore::createRound(db, u"2026年上半年技能等级认定"_s, kOfficer);
        if (!round)
            return round.error();
        QList<ProposalRequest> requests;
        for (const DueWorker &w : *due) {
            if (requests.size() == kRoundSize)
                break;
            if (w.occupation.isEmpty())
                continue;
            ProposalRequest r;
            r.employeeNo = w.employeeNo;
            r.occupation = w.occupation;
            r.grade = w.next;
            r.way = CertificationWay::Regular;
            r.date = day;
            r.roundId = *round;
            r.actor = kOfficer;
            requests += r;
        }
        const auto ids = CertificationStore::proposeAll(db, requests);
        if (!ids)
            return ids.error();
        if (const auto approved
            = CertificationStore::approveAll(db, ids->mid(0, kApproved), kApprover);
            !approved)
            return approved.error();
        if (ids->size() > kApproved)
            return CertificationStore::reject(
                db, ids->at(kApproved), kApprover, u"业绩材料不全，请补充后重报"_s);
        return success();
    }

    // Three medallists below 技师 in the most common occupation.
    Status competition(QSqlDatabase &db)
    {
        const auto occupation = DemoCompetitionStore::mostCommonOccupation(db);
        if (!occupation)
            return occupation.error();
        if (!*occupation)
            return success();
        const QDate held(2026, 5, 18);
        const auto medallists = DemoCompetitionStore::entrants(
            db, **occupation, Grade::Intermediate, Grade::Senior, held, 3);
        if (!medallists)
            return medallists.error();
        CompetitionInput input;
        input.name = u"2026年全国机械行业职业技能竞赛"_s;
        input.level = CompetitionLevel::National;
        input.organiser = u"中国机械工业联合会"_s;
        input.heldOn = held;
        input.occupation = **occupation;
        input.actor = kOfficer;
        const auto id = CompetitionStore::add(db, input);
        if (!id)
            return id.error();
        const Placing placings[] = { Placing::Gold, Placing::Silver, Placing::Excellence };
        for (int i = 0; i < medallists->size(); ++i) {
            if (auto done = CompetitionStore::addResult(
                    db, *id, medallists->at(i), placings[i], i + 1, true, kOfficer);
                !done)
                return done.error();
        }
        const auto rounds = CompetitionStore::list(db);
        if (!rounds || rounds->isEmpty())
            return success();
        const auto approved
            = CertificationStore::approveRound(db, rounds->first().roundId, kApprover);
        return approved || medallists->isEmpty() ? success() : Status(approved.error());
    }

} // namespace

Status DemoCertifications::add(QSqlDatabase &db)
{
    if (auto done = settings(db); !done)
        return done;
    if (auto done = competition(db); !done)
        return done;
    return assessmentRound(db, DemoCompany::referenceDate());
}

} // namespace skl
