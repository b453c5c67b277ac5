#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/fen.h"
#include "core/store/allowancestore.h"

namespace skl {

enum class PayMode { Monthly, Annual, Negotiated, SpecialPost };

// Pay tiers (issue #6, section 九): salary bands by grade and by professional title level, each
// worker's base pay and title, and the wage-price reference, imported from HR's files with every
// row checked and nothing written unless the whole file is good. Amounts never reach the audit
// log (DOMAIN.md §7): it records who imported what, not the pay.
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

    // track,level,min,mid,max,effective_from (track grade|title or 技能等级|职称; yuan a month).
    static Result<AllowanceImport> importBands(
        QSqlDatabase &db, const QString &path, const QString &actor);
    // employee_no,effective_from,mode,amount[,title] (yuan; a year for 年薪制, else a month).
    static Result<AllowanceImport> importPay(
        QSqlDatabase &db, const QString &path, const QString &actor);
    // year,occupation,grade,p10,p25,p50,p75,p90 (yuan a month).
    static Result<AllowanceImport> importWageReference(
        QSqlDatabase &db, const QString &path, const QString &actor);
};

} // namespace skl
