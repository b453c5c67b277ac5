#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace skl {

// The five ways to a grade (DOMAIN.md §3), and the grade an import brings in.
enum class CertificationWay {
    Regular, // one rung up after the minimum years at the current grade
    Direct, // 直接认定 from daily performance, no prior grade needed
    DirectHigh, // 直接认定 at 高级工 or above for outstanding frontline workers
    Exceptional, // 破格晋升 on one of three grounds, skipping time (or rungs)
    Competition, // 职业技能竞赛 result, per the competition policy
    // A grade certified elsewhere that a roster import brings for an existing worker (issue 13):
    // no time rule, its certificate number kept; it waits for an approver like any other way.
    Import,
};

// The grounds of an exceptional promotion.
enum class ExceptionalGround {
    TechnicalProblem, // solved a major process, technical or quality problem
    Award, // an innovation award at provincial/ministerial level or above
    Mentoring, // outstanding master-apprentice results
};

enum class CertificationStatus { Proposed, Approved, Rejected, Revoked };

// 世界技能大赛 / 全国 / 省 / 市 / 行业 / 企业.
enum class CompetitionLevel { World, National, Provincial, Municipal, Industry, Enterprise };

// A medal, 优胜奖 (excellence), or a bare rank.
enum class Placing { Gold, Silver, Bronze, Excellence, Rank };

// Stable codes (database, command line, policy keys) and labels in the UI language. parse*
// accepts the code, the English label and the Chinese label alike.
class CertificationNames
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificationNames)
public:
    static QString code(CertificationWay way);
    static QString display(CertificationWay way);
    static std::optional<CertificationWay> parseWay(const QString &text);

    static QString code(ExceptionalGround ground);
    static QString display(ExceptionalGround ground);
    static std::optional<ExceptionalGround> parseGround(const QString &text);

    static QString code(CertificationStatus status);
    static QString display(CertificationStatus status);
    static std::optional<CertificationStatus> parseStatus(const QString &text);

    static QString code(CompetitionLevel level);
    static QString display(CompetitionLevel level);
    static std::optional<CompetitionLevel> parseLevel(const QString &text);

    static QString code(Placing placing);
    static QString display(Placing placing);
    static std::optional<Placing> parsePlacing(const QString &text);
};

} // namespace skl
