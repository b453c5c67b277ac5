#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace skl {

// The national occupation code (国家职业分类代码) of the 2022 classification
// (中华人民共和国职业分类 大典): major group, middle group, minor group and occupation,
// "6-18-01-01" for 车工. The major group is 1 to 8 (8: 不便分类的其他从业人员); the others are two
// digits each.
class OccupationCode
{
    Q_DECLARE_TR_FUNCTIONS(skl::OccupationCode)
public:
    // The code as stored: spaces around dropped, full-width digits and dashes (as Chinese input
    // methods type them) made ASCII. Empty text is no code; nullopt for text that is not a code.
    static std::optional<QString> normalised(const QString &text);
    // Why text is not a code, naming it and the form wanted; empty when it is one (or empty).
    static QString problem(const QString &text);
};

} // namespace skl
