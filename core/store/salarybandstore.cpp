#include "core/store/salarybandstore.h"

#include <array>

#include <QSqlQuery>

#include "core/domain/grade.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString trackKey(PayTrack track)
    {
        return track == PayTrack::Grade ? u"grade"_s : u"title"_s;
    }

    QString isoDate(QDate day)
    {
        return day.toString(Qt::ISODate);
    }

} // namespace

QString SalaryBandStore::levelName(PayTrack track, int level)
{
    if (track == PayTrack::Title)
        return PayStore::titleName(level);
    const auto grade = gradeFromRank(level);
    return grade ? GradeNames::display(*grade) : QString::number(level);
}

QString SalaryBandStore::problem(const SalaryBandRecord &band)
{
    const bool levelKnown = band.track == PayTrack::Grade ? gradeFromRank(band.level).has_value()
                                                          : band.level >= 1 && band.level <= 4;
    if (!levelKnown)
        return tr("Choose the level of the band.");
    if (!band.effectiveFrom.isValid())
        return tr("Give the day the band applies from (YYYY-MM-DD).");
    if (band.min.isNegative())
        return tr("The minimum cannot be below zero.");
    if (band.mid < band.min)
        return tr("The midpoint %1 is below the minimum %2.")
            .arg(band.mid.toYuan(Fen::Grouping::Thousands),
                band.min.toYuan(Fen::Grouping::Thousands));
    if (band.max < band.mid)
        return tr("The maximum %1 is below the midpoint %2.")
            .arg(band.max.toYuan(Fen::Grouping::Thousands),
                band.mid.toYuan(Fen::Grouping::Thousands));
    return {};
}

Result<QList<SalaryBandRecord>> SalaryBandStore::bands(const Officer &by)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::ReadPay); !allowed)
        return allowed.error();
    const QString whatFailed = tr("Reading the salary bands");
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT track, level, effective_from, min_fen, mid_fen, max_fen FROM salary_band "
                "ORDER BY track, level, effective_from"_s))
        return SqlErrors::fromQuery(q, whatFailed);
    QList<SalaryBandRecord> bands;
    if (auto read = forEachRow(q, whatFailed,
            [&](const QSqlQuery &row) {
                SalaryBandRecord b;
                b.track = row.value(0).toString() == u"title" ? PayTrack::Title : PayTrack::Grade;
                b.level = row.value(1).toInt();
                b.effectiveFrom = QDate::fromString(row.value(2).toString(), Qt::ISODate);
                b.min = Fen::fromFen(row.value(3).toLongLong());
                b.mid = Fen::fromFen(row.value(4).toLongLong());
                b.max = Fen::fromFen(row.value(5).toLongLong());
                bands += b;
            });
        !read)
        return read.error();
    return bands;
}

Result<bool> SalaryBandStore::exists(PayTrack track, int level, QDate effectiveFrom)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT count(*) FROM salary_band WHERE track = ? AND level = ? "
              "AND effective_from = ?"_s);
    q.addBindValue(trackKey(track));
    q.addBindValue(level);
    q.addBindValue(isoDate(effectiveFrom));
    if (auto read = execOneRow(q, tr("Checking the salary band")); !read)
        return read.error();
    return q.value(0).toLongLong() > 0;
}

Status SalaryBandStore::add(const Officer &by, const SalaryBandRecord &band)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditSalaryBands); !allowed)
        return allowed;
    if (const QString wrong = problem(band); !wrong.isEmpty())
        return Error { wrong, {} };
    const QString level = levelName(band.track, band.level);
    const QString day = isoDate(band.effectiveFrom);
    const QString whatFailed = tr("Adding the salary band of %1 from %2").arg(level, day);
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto taken = exists(band.track, band.level, band.effectiveFrom);
    if (!taken)
        return taken.error();
    if (*taken)
        return Error { tr("A band of %1 already applies from %2: choose another day, or correct "
                          "that band.")
                           .arg(level, day),
            {} };
    AuditLog audit(m_db);
    // The row names its event; the amounts stay out of the log (DOMAIN.md §7).
    const auto event = audit.beginEvent(
        u"add-band"_s, tr("Added the salary band of %1 from %2.").arg(level, day), by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO salary_band (track, level, effective_from, min_fen, mid_fen, max_fen, "
              "event_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(trackKey(band.track));
    q.addBindValue(band.level);
    q.addBindValue(day);
    q.addBindValue(band.min.fen());
    q.addBindValue(band.mid.fen());
    q.addBindValue(band.max.fen());
    q.addBindValue(*event);
    if (auto done = execOrError(q, whatFailed); !done)
        return done;
    return transaction.commit(whatFailed);
}

Status SalaryBandStore::correct(const Officer &by, const SalaryBandRecord &band)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditSalaryBands); !allowed)
        return allowed;
    if (const QString wrong = problem(band); !wrong.isEmpty())
        return Error { wrong, {} };
    const QString level = levelName(band.track, band.level);
    const QString day = isoDate(band.effectiveFrom);
    const QString whatFailed = tr("Correcting the salary band of %1 from %2").arg(level, day);
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT min_fen, mid_fen, max_fen, event_id FROM salary_band WHERE track = ? "
              "AND level = ? AND effective_from = ?"_s);
    q.addBindValue(trackKey(band.track));
    q.addBindValue(band.level);
    q.addBindValue(day);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    const auto found = nextRow(q, whatFailed);
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("No band of %1 applies from %2 to correct; another officer may have "
                          "changed the bands. Close the editor and open it again.")
                           .arg(level, day),
            {} };
    const std::array<qint64, 3> old { q.value(0).toLongLong(), q.value(1).toLongLong(),
        q.value(2).toLongLong() };
    const qint64 oldEvent = q.value(3).toLongLong();
    q.finish();
    const std::array<qint64, 3> now { band.min.fen(), band.mid.fen(), band.max.fen() };
    if (old == now)
        return success();

    AuditLog audit(m_db);
    const auto event = audit.beginEvent(
        u"correct-band"_s, tr("Corrected the salary band of %1 from %2.").arg(level, day), by);
    if (!event)
        return event.error();
    q.prepare(u"INSERT INTO salary_band_replaced (track, level, effective_from, min_fen, mid_fen, "
              "max_fen, event_id, replaced_event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
              "RETURNING id"_s);
    q.addBindValue(trackKey(band.track));
    q.addBindValue(band.level);
    q.addBindValue(day);
    for (const qint64 fen : old)
        q.addBindValue(fen);
    q.addBindValue(oldEvent);
    q.addBindValue(*event);
    const auto kept = execReturningId(q, whatFailed);
    if (!kept)
        return kept.error();
    q.finish();
    q.prepare(u"UPDATE salary_band SET min_fen = ?, mid_fen = ?, max_fen = ?, event_id = ? "
              "WHERE track = ? AND level = ? AND effective_from = ?"_s);
    for (const qint64 fen : now)
        q.addBindValue(fen);
    q.addBindValue(*event);
    q.addBindValue(trackKey(band.track));
    q.addBindValue(band.level);
    q.addBindValue(day);
    if (auto done = execOrError(q, whatFailed); !done)
        return done;
    // As a re-import records it (PayStore): a change row per changed amount, naming the kept
    // row instead of the amount.
    const QString keptRow = u"salary_band_replaced/"_s + QString::number(*kept);
    const QString key = trackKey(band.track) + u'/' + QString::number(band.level) + u'/' + day;
    const std::array<QString, 3> columns { u"min_fen"_s, u"mid_fen"_s, u"max_fen"_s };
    for (size_t i = 0; i < columns.size(); ++i) {
        if (old[i] == now[i])
            continue;
        if (auto done = audit.recordChange(
                *event, u"salary_band"_s, 0, columns[i] + u'@' + key, keptRow, QString());
            !done)
            return done;
    }
    return transaction.commit(whatFailed);
}

} // namespace skl
