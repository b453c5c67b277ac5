#include "core/store/trainingarchivestore.h"

#include <QSqlQuery>

#include "core/domain/certification.h"
#include "core/domain/residentid.h"
#include "core/store/companystore.h"
#include "core/store/exportlog.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QDate dateOf(const QVariant &value)
    {
        return QDate::fromString(value.toString(), Qt::ISODate);
    }

    Status readHeader(QSqlDatabase &db, qint64 workerId, TrainingArchive &archive)
    {
        const QString whatFailed = TrainingArchiveStore::tr("Reading the worker");
        QSqlQuery q(db);
        // The ID number is read masked whoever reads it: the archive is handed out on paper.
        q.prepare(u"SELECT coalesce("_s + SqlDialect::of(db).maskedIdNumber(u"w"_s)
            + u", ''), coalesce(s.name, ''), coalesce(ws.name, ''), coalesce(o.name, '') "
              "FROM worker w LEFT JOIN site s ON s.id = w.site_id "
              "LEFT JOIN workshop ws ON ws.id = w.workshop_id "
              "LEFT JOIN occupation o ON o.id = w.occupation_id WHERE w.id = ?"_s);
        q.addBindValue(workerId);
        if (auto found = execOneRow(q, whatFailed); !found)
            return found;
        const QString id = q.value(0).toString();
        archive.maskedId = id.isEmpty() ? QString() : ResidentId::mask(id);
        archive.site = q.value(1).toString();
        archive.workshop = q.value(2).toString();
        archive.occupation = q.value(3).toString();
        return success();
    }

    Status readGrades(QSqlDatabase &db, qint64 workerId, TrainingArchive &archive)
    {
        const QString whatFailed = TrainingArchiveStore::tr("Reading the grades");
        QSqlQuery q(db);
        q.prepare(u"SELECT coalesce(o.name, ''), g.grade, g.effective_date, g.way, "
                  "coalesce(g.revoked_date, '') FROM grade_award g "
                  "LEFT JOIN occupation o ON o.id = g.occupation_id "
                  "WHERE g.worker_id = ? ORDER BY g.effective_date, g.id"_s);
        q.addBindValue(workerId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        int highest = -1;
        auto read = forEachRow(q, whatFailed, [&](const QSqlQuery &row) {
            TrainingArchive::GradeRow g;
            g.occupation = row.value(0).toString();
            g.grade = Grade(row.value(1).toInt());
            g.effective = dateOf(row.value(2));
            const auto way = CertificationNames::parseWay(row.value(3).toString());
            g.way = way ? CertificationNames::display(*way) : row.value(3).toString();
            g.revoked = dateOf(row.value(4));
            if (!g.revoked.isValid() && g.effective <= archive.printedOn)
                highest = std::max(highest, rankOf(g.grade));
            archive.grades += g;
        });
        if (highest >= 0)
            archive.grade = GradeNames::display(Grade(highest));
        return read;
    }

    Status readCompetitions(QSqlDatabase &db, qint64 workerId, TrainingArchive &archive)
    {
        const QString whatFailed = TrainingArchiveStore::tr("Reading the competition results");
        QSqlQuery q(db);
        q.prepare(u"SELECT c.name, c.level, c.held_on, r.\"placing\", coalesce(r.rank, 0) "
                  "FROM competition_result r JOIN competition c ON c.id = r.competition_id "
                  "WHERE r.worker_id = ? ORDER BY c.held_on, r.id"_s);
        q.addBindValue(workerId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        return forEachRow(q, whatFailed, [&](const QSqlQuery &row) {
            TrainingArchive::CompetitionRow c;
            c.name = row.value(0).toString();
            const auto level = CertificationNames::parseLevel(row.value(1).toString());
            c.level = level ? CertificationNames::display(*level) : row.value(1).toString();
            c.heldOn = dateOf(row.value(2));
            const auto placing = CertificationNames::parsePlacing(row.value(3).toString());
            c.placing = placing == Placing::Rank
                ? TrainingArchiveStore::tr("Rank %1").arg(row.value(4).toInt())
                : placing ? CertificationNames::display(*placing)
                          : row.value(3).toString();
            archive.competitions += c;
        });
    }

    // The honours of schema 22, read here directly (the honours screens are their own part);
    // a withdrawn honour is no longer the worker's.
    Status readHonours(QSqlDatabase &db, qint64 workerId, TrainingArchive &archive)
    {
        const QString whatFailed = TrainingArchiveStore::tr("Reading the honours");
        QSqlQuery q(db);
        q.prepare(u"SELECT name, level, awarded_on, body FROM honour "
                  "WHERE worker_id = ? AND withdrawn_event_id IS NULL "
                  "ORDER BY awarded_on, id"_s);
        q.addBindValue(workerId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        return forEachRow(q, whatFailed, [&](const QSqlQuery &row) {
            archive.honours += TrainingArchive::HonourRow { row.value(0).toString(),
                row.value(1).toString(), dateOf(row.value(2)), row.value(3).toString() };
        });
    }

} // namespace

int TrainingArchive::totalHoursTenths() const
{
    int total = 0;
    for (const TrainingRecord &r : records)
        total += r.hoursTenths;
    return total;
}

Fen TrainingArchive::totalCost() const
{
    Fen total;
    for (const TrainingRecord &r : records)
        total += r.cost;
    return total;
}

Result<TrainingArchive> TrainingArchiveStore::read(
    QSqlDatabase &db, const QString &employeeNo, const Officer &by, QDate printedOn)
{
    // The records first: they check the officer's roles and scope.
    const auto training = TrainingStore::ofWorker(db, employeeNo, by);
    if (!training)
        return training.error();
    TrainingArchive archive;
    const auto company = CompanyStore::load(db);
    if (!company)
        return company.error();
    if (*company)
        archive.company = (*company)->name;
    archive.employeeNo = training->employeeNo;
    archive.name = training->name;
    archive.printedOn = printedOn;
    archive.records = training->records;
    for (const auto &read : { readHeader, readGrades, readCompetitions, readHonours }) {
        if (auto done = read(db, training->workerId, archive); !done)
            return done.error();
    }
    return archive;
}

Status TrainingArchiveStore::recordExport(
    QSqlDatabase &db, const TrainingArchive &archive, const QString &path, const Officer &by)
{
    return ExportLog::record(db, by, u"export-training-archive"_s,
        tr("the training archive of %1 (%2)").arg(archive.name, archive.employeeNo),
        archive.records.size(), path);
}

} // namespace skl
