#include "core/store/recognitiongrounds.h"

#include <QSqlQuery>

#include "core/domain/recognition.h"
#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString honourText(const QString &name, HonourLevel level, QDate on, const QString &body)
    {
        const QString date = SqlDates::text(on);
        return body.isEmpty() ? RecognitionGrounds::tr("%1 (%2, %3)")
                                    .arg(name, RecognitionNames::display(level), date)
                              : RecognitionGrounds::tr("%1 (%2, %3, %4)")
                                    .arg(name, RecognitionNames::display(level), date, body);
    }

    QString projectText(const QString &title, const QString &outcome, QDate finished)
    {
        return RecognitionGrounds::tr("Project %1, finished %2: %3")
            .arg(title, SqlDates::text(finished), outcome);
    }

    // The latest status, outcome and day of a project.
    const auto kLatest = u"(SELECT u.%1 FROM project_update u WHERE u.project_id = p.id "
                         "ORDER BY u.id DESC LIMIT 1)"_s;

    Error refused(const QString &why)
    {
        return Error { why, {} };
    }

    Result<GroundBasis> checkHonour(QSqlDatabase &db, qint64 workerId, qint64 honourId, QDate date)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT worker_id, name, level, awarded_on, body, "
                  "withdrawn_event_id IS NOT NULL FROM honour WHERE id = ?"_s);
        q.addBindValue(honourId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, RecognitionGrounds::tr("Reading the honour"));
        const auto found = nextRow(q, RecognitionGrounds::tr("Reading the honour"));
        if (!found)
            return found.error();
        if (!*found)
            return refused(RecognitionGrounds::tr("There is no honour %1.").arg(honourId));
        const QString name = q.value(1).toString();
        const auto level
            = RecognitionNames::parseLevel(q.value(2).toString()).value_or(HonourLevel::Enterprise);
        const QDate awarded = SqlDates::parse(q.value(3));
        if (q.value(0).toLongLong() != workerId)
            return refused(RecognitionGrounds::tr(
                "Honour %1 (%2) belongs to another worker; a proposal rests on the worker's own.")
                               .arg(honourId)
                               .arg(name));
        if (!RecognitionRank::groundsAward(level))
            return refused(RecognitionGrounds::tr(
                "Honour %1 (%2) is at %3 level; an exceptional promotion rests on an honour at "
                "provincial (省部级) level or above.")
                               .arg(honourId)
                               .arg(name, RecognitionNames::display(level)));
        if (q.value(5).toBool())
            return refused(
                RecognitionGrounds::tr("Honour %1 (%2) is withdrawn.").arg(honourId).arg(name));
        if (awarded > date)
            return refused(RecognitionGrounds::tr(
                "Honour %1 (%2) was awarded on %3, after the certification date %4.")
                               .arg(honourId)
                               .arg(name, SqlDates::text(awarded), SqlDates::text(date)));
        return GroundBasis { honourId, 0, honourText(name, level, awarded, q.value(4).toString()) };
    }

    Result<GroundBasis> checkProject(
        QSqlDatabase &db, qint64 workerId, qint64 projectId, QDate date)
    {
        QSqlQuery q(db);
        q.prepare(
            u"SELECT p.title, %1, coalesce(%2, ''), %3, p.lead_id = ? OR EXISTS (SELECT 1 "
            "FROM project_member m WHERE m.project_id = p.id AND m.worker_id = ? "
            "AND m.withdrawn_event_id IS NULL) FROM project p WHERE p.id = ?"_s.arg(
                kLatest.arg(u"status"_s), kLatest.arg(u"outcome"_s), kLatest.arg(u"on_date"_s)));
        q.addBindValue(workerId);
        q.addBindValue(workerId);
        q.addBindValue(projectId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, RecognitionGrounds::tr("Reading the project"));
        const auto found = nextRow(q, RecognitionGrounds::tr("Reading the project"));
        if (!found)
            return found.error();
        if (!*found)
            return refused(RecognitionGrounds::tr("There is no project %1.").arg(projectId));
        const QString title = q.value(0).toString();
        const auto status = RecognitionNames::parseStatus(q.value(1).toString());
        const QString outcome = q.value(2).toString().trimmed();
        const QDate on = SqlDates::parse(q.value(3));
        if (!q.value(4).toBool())
            return refused(RecognitionGrounds::tr(
                "The worker neither leads project %1 (%2) nor is a member of it.")
                               .arg(projectId)
                               .arg(title));
        if (status != ProjectStatus::Finished)
            return refused(
                RecognitionGrounds::tr(
                    "Project %1 (%2) is %3; only a finished project grounds a promotion.")
                    .arg(projectId)
                    .arg(title, RecognitionNames::display(status.value_or(ProjectStatus::Open))));
        if (outcome.isEmpty())
            return refused(RecognitionGrounds::tr(
                "Project %1 (%2) is finished without an outcome; record what came of it first.")
                               .arg(projectId)
                               .arg(title));
        if (on > date)
            return refused(RecognitionGrounds::tr(
                "Project %1 (%2) was finished on %3, after the certification date %4.")
                               .arg(projectId)
                               .arg(title, SqlDates::text(on), SqlDates::text(date)));
        return GroundBasis { 0, projectId, projectText(title, outcome, on) };
    }

} // namespace

Result<GroundBasis> RecognitionGrounds::check(QSqlDatabase &db, qint64 workerId,
    CertificationWay way, std::optional<ExceptionalGround> ground, qint64 honourId,
    qint64 projectId, QDate date)
{
    if (honourId == 0 && projectId == 0)
        return GroundBasis {};
    if (honourId != 0 && projectId != 0)
        return refused(tr("A proposal rests on an honour or on a project, not on both."));
    if (way != CertificationWay::Exceptional)
        return refused(tr("Only an exceptional promotion (破格晋升) rests on an honour or a "
                          "project."));
    if (honourId != 0) {
        if (ground != ExceptionalGround::Award)
            return refused(tr("An honour is the ground award; the proposal names another "
                              "ground."));
        return checkHonour(db, workerId, honourId, date);
    }
    if (ground != ExceptionalGround::TechnicalProblem)
        return refused(tr("A project is the ground technical-problem; the proposal names another "
                          "ground."));
    return checkProject(db, workerId, projectId, date);
}

Result<QList<GroundBasis>> RecognitionGrounds::eligible(
    QSqlDatabase &db, qint64 workerId, ExceptionalGround ground, QDate date)
{
    QList<GroundBasis> all;
    QSqlQuery q(db);
    if (ground == ExceptionalGround::Award) {
        q.prepare(u"SELECT id, name, level, awarded_on, body FROM honour WHERE worker_id = ? "
                  "AND level IN ('national', 'provincial') AND withdrawn_event_id IS NULL "
                  "AND awarded_on <= ? ORDER BY awarded_on DESC, id DESC"_s);
        q.addBindValue(workerId);
        q.addBindValue(SqlDates::text(date));
        if (!q.exec())
            return SqlErrors::fromQuery(q, tr("Reading the honours"));
        if (auto read = forEachRow(q, tr("Reading the honours"),
                [&](const QSqlQuery &row) {
                    const auto level = RecognitionNames::parseLevel(row.value(2).toString())
                                           .value_or(HonourLevel::Enterprise);
                    // The SQL names the levels; the rank decides, should the scale grow.
                    if (RecognitionRank::groundsAward(level))
                        all += GroundBasis { row.value(0).toLongLong(), 0,
                            honourText(row.value(1).toString(), level,
                                SqlDates::parse(row.value(3)), row.value(4).toString()) };
                });
            !read)
            return read.error();
        return all;
    }
    if (ground != ExceptionalGround::TechnicalProblem)
        return all;
    q.prepare(u"SELECT p.id, p.title, coalesce(%1, ''), %2 FROM project p "
              "WHERE %3 = 'finished' AND %2 <= ? AND (p.lead_id = ? OR EXISTS (SELECT 1 "
              "FROM project_member m WHERE m.project_id = p.id AND m.worker_id = ? "
              "AND m.withdrawn_event_id IS NULL)) ORDER BY p.id DESC"_s.arg(
                  kLatest.arg(u"outcome"_s), kLatest.arg(u"on_date"_s), kLatest.arg(u"status"_s)));
    q.addBindValue(SqlDates::text(date));
    q.addBindValue(workerId);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the projects"));
    if (auto read = forEachRow(q, tr("Reading the projects"),
            [&](const QSqlQuery &row) {
                const QString outcome = row.value(2).toString().trimmed();
                if (!outcome.isEmpty())
                    all += GroundBasis { 0, row.value(0).toLongLong(),
                        projectText(
                            row.value(1).toString(), outcome, SqlDates::parse(row.value(3))) };
            });
        !read)
        return read.error();
    return all;
}

} // namespace skl
