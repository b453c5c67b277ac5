#include "core/common/productinfo.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The product's owner. A setting would let any installation claim the copyright: it is
    // changed here, by whoever owns the code.
    constexpr auto kOwner = u"SkillLadder 项目组";
    constexpr int kFirstYear = 2026;

} // namespace

QString ProductInfo::version()
{
    return QStringLiteral(SKL_VERSION);
}

QString ProductInfo::owner()
{
    return QString::fromUtf16(kOwner);
}

QString ProductInfo::licence()
{
    //: The licence line of the About box: 专有软件，版权所有 (proprietary, all rights reserved).
    return tr("Proprietary software, all rights reserved. Copyright © %1 %2.")
        .arg(kFirstYear)
        .arg(owner());
}

} // namespace skl
