#include "core/domain/certification.h"

#include <array>

#include "core/domain/nametable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const std::array<NameRow, 6> kWays { {
        { u"regular", QT_TRANSLATE_NOOP("skl::CertificationNames", "Regular promotion"),
            u"正常晋升" },
        { u"direct", QT_TRANSLATE_NOOP("skl::CertificationNames", "Direct certification"),
            u"直接认定" },
        { u"direct-high",
            QT_TRANSLATE_NOOP(
                "skl::CertificationNames", "Direct certification, outstanding frontline worker"),
            u"优秀一线职工直接认定" },
        { u"exceptional", QT_TRANSLATE_NOOP("skl::CertificationNames", "Exceptional promotion"),
            u"破格晋升" },
        { u"competition", QT_TRANSLATE_NOOP("skl::CertificationNames", "Competition result"),
            u"竞赛晋级" },
        { u"import",
            QT_TRANSLATE_NOOP("skl::CertificationNames", "Grade certified elsewhere (import)"),
            u"外部认定（导入）" },
    } };

    const std::array<NameRow, 3> kGrounds { {
        { u"technical-problem",
            QT_TRANSLATE_NOOP("skl::CertificationNames", "Solved a major technical problem"),
            u"解决重大工艺技术难题" },
        { u"award",
            QT_TRANSLATE_NOOP("skl::CertificationNames", "Provincial or higher innovation award"),
            u"省部级以上创新奖项" },
        { u"mentoring",
            QT_TRANSLATE_NOOP("skl::CertificationNames", "Outstanding mentoring results"),
            u"带徒传技成绩突出" },
    } };

    const std::array<NameRow, 4> kStatuses { {
        { u"proposed", QT_TRANSLATE_NOOP("skl::CertificationNames", "Proposed"), u"待审批" },
        { u"approved", QT_TRANSLATE_NOOP("skl::CertificationNames", "Approved"), u"已批准" },
        { u"rejected", QT_TRANSLATE_NOOP("skl::CertificationNames", "Rejected"), u"已驳回" },
        { u"revoked", QT_TRANSLATE_NOOP("skl::CertificationNames", "Revoked"), u"已撤销" },
    } };

    const std::array<NameRow, 6> kLevels { {
        { u"world", QT_TRANSLATE_NOOP("skl::CertificationNames", "WorldSkills Competition"),
            u"世界技能大赛" },
        { u"national", QT_TRANSLATE_NOOP("skl::CertificationNames", "National"), u"全国" },
        { u"provincial", QT_TRANSLATE_NOOP("skl::CertificationNames", "Provincial"), u"省" },
        { u"municipal", QT_TRANSLATE_NOOP("skl::CertificationNames", "Municipal"), u"市" },
        { u"industry", QT_TRANSLATE_NOOP("skl::CertificationNames", "Industry"), u"行业" },
        { u"enterprise", QT_TRANSLATE_NOOP("skl::CertificationNames", "Enterprise"), u"企业" },
    } };

    const std::array<NameRow, 5> kPlacings { {
        { u"gold", QT_TRANSLATE_NOOP("skl::CertificationNames", "Gold medal"), u"金牌" },
        { u"silver", QT_TRANSLATE_NOOP("skl::CertificationNames", "Silver medal"), u"银牌" },
        { u"bronze", QT_TRANSLATE_NOOP("skl::CertificationNames", "Bronze medal"), u"铜牌" },
        { u"excellence", QT_TRANSLATE_NOOP("skl::CertificationNames", "Medallion for excellence"),
            u"优胜奖" },
        { u"rank", QT_TRANSLATE_NOOP("skl::CertificationNames", "Ranked"), u"名次" },
    } };

    template <size_t N> QString codeIn(const std::array<NameRow, N> &table, int index)
    {
        return codeNamed(table, index);
    }
    template <size_t N> QString displayIn(const std::array<NameRow, N> &table, int index)
    {
        return displayNamed("skl::CertificationNames", table, index);
    }
    template <typename Enum, size_t N>
    std::optional<Enum> parseWith(const std::array<NameRow, N> &table, const QString &text)
    {
        return parseNamed<Enum>(table, text);
    }

} // namespace

QString CertificationNames::code(CertificationWay way)
{
    return codeIn(kWays, int(way));
}
QString CertificationNames::display(CertificationWay way)
{
    return displayIn(kWays, int(way));
}
std::optional<CertificationWay> CertificationNames::parseWay(const QString &text)
{
    return parseWith<CertificationWay>(kWays, text);
}

QString CertificationNames::code(ExceptionalGround ground)
{
    return codeIn(kGrounds, int(ground));
}
QString CertificationNames::display(ExceptionalGround ground)
{
    return displayIn(kGrounds, int(ground));
}
std::optional<ExceptionalGround> CertificationNames::parseGround(const QString &text)
{
    return parseWith<ExceptionalGround>(kGrounds, text);
}

QString CertificationNames::code(CertificationStatus status)
{
    return codeIn(kStatuses, int(status));
}
QString CertificationNames::display(CertificationStatus status)
{
    return displayIn(kStatuses, int(status));
}
std::optional<CertificationStatus> CertificationNames::parseStatus(const QString &text)
{
    return parseWith<CertificationStatus>(kStatuses, text);
}

QString CertificationNames::code(CompetitionLevel level)
{
    return codeIn(kLevels, int(level));
}
QString CertificationNames::display(CompetitionLevel level)
{
    return displayIn(kLevels, int(level));
}
std::optional<CompetitionLevel> CertificationNames::parseLevel(const QString &text)
{
    return parseWith<CompetitionLevel>(kLevels, text);
}

QString CertificationNames::code(Placing placing)
{
    return codeIn(kPlacings, int(placing));
}
QString CertificationNames::display(Placing placing)
{
    return displayIn(kPlacings, int(placing));
}
std::optional<Placing> CertificationNames::parsePlacing(const QString &text)
{
    return parseWith<Placing>(kPlacings, text);
}

} // namespace skl
