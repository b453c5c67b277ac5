#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/store/paystore.h"

namespace skl {

// The salary bands (薪酬等级带) edited one at a time at the desk (基础数据, issue 15), beside their
// import (PayStore::setBands). A band is effective-dated: a change from a day on is a new row for
// that day; a correction of a stored row moves the old amounts to salary_band_replaced (schema 9)
// first, as a re-import does, so nothing is silently overwritten. Writes are by an officer who
// may edit bands (Act::EditSalaryBands: whoever imports them), one transaction and one audit
// event; amounts never reach the audit log (DOMAIN.md §7), whose change rows name the kept row.
class SalaryBandStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::SalaryBandStore)
public:
    explicit SalaryBandStore(QSqlDatabase &db)
        : m_db(db)
    { }

    // The level as officers name it: 高级工 for the grade track, 副高级 for the title track.
    static QString levelName(PayTrack track, int level);
    // Why the band's figures cannot be saved (a level outside its track, a negative amount,
    // min > mid or mid > max), one sentence; empty when they can.
    static QString problem(const SalaryBandRecord &band);

    // Every band, by track, level and day; for officers who read pay (Act::ReadPay).
    Result<QList<SalaryBandRecord>> bands(const Officer &by);
    // Whether a band of this track and level starts on that day already.
    Result<bool> exists(PayTrack track, int level, QDate effectiveFrom);

    // A new row from its day on; refused when a band of the track and level starts that day
    // (correct() changes that one).
    Status add(const Officer &by, const SalaryBandRecord &band);
    // New figures for the stored row of the band's track, level and day; the old row is kept in
    // salary_band_replaced. Nothing when the figures are as stored.
    Status correct(const Officer &by, const SalaryBandRecord &band);

private:
    QSqlDatabase &m_db;
};

} // namespace skl
