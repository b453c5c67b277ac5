#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"
#include "core/store/allowancestore.h"
#include "core/store/tablewrite.h"

namespace skl {

enum class PayMode { Monthly, Annual, Negotiated, SpecialPost };

// What a salary band is for: a grade (技能等级) or a professional title level (职称).
enum class PayTrack { Grade, Title };

// A salary band from its day on, a month's pay.
struct SalaryBandRecord
{
    PayTrack track = PayTrack::Grade;
    int level = 0; // the grade's rank, or the title level 1 助理级 … 4 正高级
    QDate effectiveFrom;
    Fen min;
    Fen mid;
    Fen max;
};

// A worker's base pay from a day on, and the professional title held from then if any.
struct BasePayRecord
{
    qint64 workerId = 0;
    QDate effectiveFrom;
    PayMode mode = PayMode::Monthly;
    Fen amount; // a year for 年薪制, else a month
    std::optional<int> title; // 1 助理级 … 4 正高级
};

// The wage-price reference (工资价位) of an occupation and grade in a year, a month's pay.
struct WageReferenceRecord
{
    int year = 0;
    QString occupation;
    Grade grade = Grade::Apprentice;
    std::array<Fen, 5> percentiles; // P10, P25, P50, P75, P90
};

// Pay tiers (issue #6, section 九): salary bands by grade and by professional title level, each
// worker's base pay and title, and the wage-price reference; each write is one transaction and
// one audit event by an officer holding payroll (issue 13: checked before anything else), the
// files HR keeps are read and checked in core/importing. Amounts never
// reach the audit log (DOMAIN.md §7): it records who imported what, not the pay.
class PayStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::PayStore)
public:
    static QString code(PayMode mode);
    // monthly / annual / negotiated / special_post, or 月薪 / 年薪制 / 协议工资制 / 特岗特酬.
    static std::optional<PayMode> parseMode(const QString &text);
    // 1 助理级 … 4 正高级; accepts the level, its name, the engineering title or the number.
    static std::optional<int> parseTitle(const QString &text);
    static QString titleName(int level);
    // The monthly amount compared with bands: an annual salary ÷ 12, rounded half up.
    static Fen monthly(PayMode mode, Fen amount);

    // Each write sets its rows from their day on, with progress; a Cancel rolls back. A row for
    // the same key and day with other values replaces the stored one, which is kept in its
    // history table (<table>_replaced) and named by an audit change row per changed field; the
    // result counts the rows replaced (issue 12 §4).
    static Result<WriteEnd> setBands(QSqlDatabase &db, const QList<SalaryBandRecord> &bands,
        const Officer &by, ProgressSink &progress);
    static Result<WriteEnd> setPay(QSqlDatabase &db, const QList<BasePayRecord> &pay,
        const Officer &by, ProgressSink &progress);
    static Result<WriteEnd> setWageReference(QSqlDatabase &db,
        const QList<WageReferenceRecord> &reference, const Officer &by, ProgressSink &progress);
    // Records in the audit log that by exported the pay of rows workers as of asOf to file
    // (issue 13: who, what, how many rows, which file); no amount reaches the log.
    static Status recordExport(
        QSqlDatabase &db, const Officer &by, QDate asOf, qint64 rows, const QString &file);
};

} // namespace skl
