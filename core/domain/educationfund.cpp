#include "core/domain/educationfund.h"

#include <numeric>

#include "core/domain/allowancemonth.h"

using namespace Qt::StringLiterals;

namespace skl {

FundFigures EducationFund::compute(
    int year, std::optional<Fen> wageBill, Fen spent, Fen frontline, const FundPolicy &policy)
{
    FundFigures f;
    f.year = year;
    f.wageBill = wageBill;
    f.cap = capOf(wageBill, policy.capShare);
    f.spent = spent;
    f.frontline = frontline;
    f.frontlineShare = shareOf(frontline, spent);
    f.frontlineTarget = policy.frontlineTarget;
    if (f.frontlineShare)
        f.met = policy.frontlineTarget.isMetBy(frontline.fen(), spent.fen());
    return f;
}

std::optional<Fen> EducationFund::capOf(std::optional<Fen> wageBill, Fraction share)
{
    if (!wageBill || share.denominator <= 0)
        return std::nullopt;
    // The policy's percentage has at most two decimals, so the reduced denominator divides
    // 10,000 and the numerator is at most that: the product stays within 64 bits for a wage
    // bill under 9 × 10^14 fen (nine trillion yuan).
    return Fen::fromFen(roundHalfUp(wageBill->fen() * share.numerator, share.denominator));
}

std::optional<Fraction> EducationFund::shareOf(Fen frontline, Fen spent)
{
    if (spent.fen() <= 0)
        return std::nullopt;
    const qint64 divisor = std::gcd(frontline.fen(), spent.fen());
    return Fraction { frontline.fen() / divisor, spent.fen() / divisor };
}

QString EducationFund::percentText(Fraction share)
{
    // Hundredths of a percent, rounded half up: 5999/10000 shows as 59.99%, 2/3 as 66.67%.
    const qint64 basisPoints = roundHalfUp(share.numerator * 10000, share.denominator);
    const qint64 whole = basisPoints / 100;
    const qint64 decimals = basisPoints % 100;
    if (decimals == 0)
        return u"%1%"_s.arg(whole);
    if (decimals % 10 == 0)
        return u"%1.%2%"_s.arg(whole).arg(decimals / 10);
    return u"%1.%2%"_s.arg(whole).arg(decimals, 2, 10, QChar(u'0'));
}

QString EducationFund::verdictText(std::optional<bool> met)
{
    if (!met)
        return tr("No spending");
    return *met ? tr("Met") : tr("Not met");
}

} // namespace skl
