#include "core/store/paystore.h"

#include "core/domain/allowancemonth.h"

using namespace Qt::StringLiterals;

namespace skl {

QString PayStore::code(PayMode mode)
{
    switch (mode) {
    case PayMode::Monthly:
        return u"monthly"_s;
    case PayMode::Annual:
        return u"annual"_s;
    case PayMode::Negotiated:
        return u"negotiated"_s;
    case PayMode::SpecialPost:
        return u"special_post"_s;
    }
    return {};
}

std::optional<PayMode> PayStore::parseMode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"monthly" || t == u"月薪" || t == u"月薪制")
        return PayMode::Monthly;
    if (t == u"annual" || t == u"年薪制" || t == u"年薪")
        return PayMode::Annual;
    if (t == u"negotiated" || t == u"协议工资制" || t == u"协议工资")
        return PayMode::Negotiated;
    if (t == u"special_post" || t == u"特岗特酬")
        return PayMode::SpecialPost;
    return std::nullopt;
}

std::optional<int> PayStore::parseTitle(const QString &text)
{
    static const QList<QStringList> names { { u"1"_s, u"助理级"_s, u"助理工程师"_s, u"初级"_s },
        { u"2"_s, u"中级"_s, u"工程师"_s }, { u"3"_s, u"副高级"_s, u"高级工程师"_s, u"副高"_s },
        { u"4"_s, u"正高级"_s, u"正高级工程师"_s, u"正高"_s } };
    const QString t = text.trimmed();
    for (int level = 0; level < names.size(); ++level) {
        if (names[level].contains(t))
            return level + 1;
    }
    return std::nullopt;
}

QString PayStore::titleName(int level)
{
    static const QStringList names { u"助理级"_s, u"中级"_s, u"副高级"_s, u"正高级"_s };
    return names.value(level - 1);
}

Fen PayStore::monthly(PayMode mode, Fen amount)
{
    return mode == PayMode::Annual ? amount.dividedRoundingHalfUp(12) : amount;
}

Result<WriteEnd> PayStore::setBands(QSqlDatabase &db, const QList<SalaryBandRecord> &bands,
    const QString &actor, ProgressSink &progress)
{
    StatementRows upsert { u"INSERT INTO salary_band (track, level, effective_from, min_fen, "
                           "mid_fen, max_fen, event_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (track, level, effective_from) "
                           "DO UPDATE SET min_fen = excluded.min_fen, mid_fen = excluded.mid_fen, "
                           "max_fen = excluded.max_fen, event_id = excluded.event_id"_s,
        {} };
    for (const SalaryBandRecord &b : bands)
        upsert.rows += QVariantList { b.track == PayTrack::Grade ? u"grade"_s : u"title"_s, b.level,
            b.effectiveFrom.toString(Qt::ISODate), b.min.fen(), b.mid.fen(), b.max.fen() };
    return writeInOneEvent(db, u"paybands"_s,
        tr("Imported %n salary band(s).", nullptr, int(bands.size())), actor, { upsert }, progress);
}

Result<WriteEnd> PayStore::setPay(
    QSqlDatabase &db, const QList<BasePayRecord> &pay, const QString &actor, ProgressSink &progress)
{
    StatementRows payRows { u"INSERT INTO pay_record (worker_id, effective_from, mode, "
                            "amount_fen, monthly_fen, event_id) VALUES (?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (worker_id, effective_from) DO UPDATE SET "
                            "mode = excluded.mode, amount_fen = excluded.amount_fen, "
                            "monthly_fen = excluded.monthly_fen, event_id = excluded.event_id"_s,
        {} };
    StatementRows titleRows { u"INSERT INTO professional_title (worker_id, effective_from, level, "
                              "event_id) VALUES (?, ?, ?, ?) ON CONFLICT (worker_id, "
                              "effective_from) DO UPDATE SET level = excluded.level, "
                              "event_id = excluded.event_id"_s,
        {} };
    for (const BasePayRecord &p : pay) {
        const QString day = p.effectiveFrom.toString(Qt::ISODate);
        payRows.rows += QVariantList { p.workerId, day, code(p.mode), p.amount.fen(),
            monthly(p.mode, p.amount).fen() };
        if (p.title)
            titleRows.rows += QVariantList { p.workerId, day, *p.title };
    }
    return writeInOneEvent(db, u"pay"_s,
        tr("Imported the base pay of %n worker(s).", nullptr, int(pay.size())), actor,
        { payRows, titleRows }, progress);
}

Result<WriteEnd> PayStore::setWageReference(QSqlDatabase &db,
    const QList<WageReferenceRecord> &reference, const QString &actor, ProgressSink &progress)
{
    StatementRows upsert { u"INSERT INTO wage_reference (year, occupation, grade, p10_fen, "
                           "p25_fen, p50_fen, p75_fen, p90_fen, event_id) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (year, occupation, grade) DO UPDATE SET "
                           "p10_fen = excluded.p10_fen, p25_fen = excluded.p25_fen, "
                           "p50_fen = excluded.p50_fen, p75_fen = excluded.p75_fen, "
                           "p90_fen = excluded.p90_fen, event_id = excluded.event_id"_s,
        {} };
    for (const WageReferenceRecord &r : reference) {
        QVariantList values { r.year, r.occupation, rankOf(r.grade) };
        for (const Fen p : r.percentiles)
            values += p.fen();
        upsert.rows += values;
    }
    return writeInOneEvent(db, u"wage-reference"_s,
        tr("Imported %n wage-price reference row(s).", nullptr, int(reference.size())), actor,
        { upsert }, progress);
}

} // namespace skl
