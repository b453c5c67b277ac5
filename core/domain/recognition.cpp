#include "core/domain/recognition.h"

#include <array>

#include "core/domain/nametable.h"

namespace skl {

namespace {

    constexpr const char *kContext = "skl::RecognitionNames";

    const std::array<NameRow, 5> kLevels { {
        { u"national", QT_TRANSLATE_NOOP("skl::RecognitionNames", "National"), u"国家级", u"全国" },
        { u"provincial", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Provincial"), u"省级",
            u"省部级" },
        { u"municipal", QT_TRANSLATE_NOOP("skl::RecognitionNames", "City"), u"市级", u"地市级" },
        { u"industry", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Industry"), u"行业", u"行业级" },
        { u"enterprise", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Enterprise"), u"企业",
            u"企业级" },
    } };

    const std::array<NameRow, 2> kStudioKinds { {
        { u"master", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Skill-master studio"),
            u"技能大师工作室" },
        { u"innovation",
            QT_TRANSLATE_NOOP(
                "skl::RecognitionNames", "Model-worker and craftsman innovation studio"),
            u"劳模和工匠人才创新工作室" },
    } };

    const std::array<NameRow, 4> kResultKinds { {
        { u"patent", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Patent"), u"专利" },
        { u"process", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Process improvement"),
            u"工艺改进" },
        { u"apprentices", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Apprentices trained"),
            u"培养徒弟" },
        { u"other", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Other result"), u"其他成果" },
    } };

    const std::array<NameRow, 2> kProjectKinds { {
        { u"challenge", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Open challenge project"),
            u"揭榜领题" },
        { u"team", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Technician and engineer team"),
            u"技师+工程师团队" },
    } };

    const std::array<NameRow, 4> kStatuses { {
        { u"open", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Open"), u"待揭榜" },
        { u"in_progress", QT_TRANSLATE_NOOP("skl::RecognitionNames", "In progress"), u"进行中" },
        { u"finished", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Finished"), u"已完成" },
        { u"abandoned", QT_TRANSLATE_NOOP("skl::RecognitionNames", "Abandoned"), u"已终止" },
    } };

} // namespace

QString RecognitionNames::code(HonourLevel level)
{
    return codeNamed(kLevels, int(level));
}
QString RecognitionNames::display(HonourLevel level)
{
    return displayNamed(kContext, kLevels, int(level));
}
std::optional<HonourLevel> RecognitionNames::parseLevel(const QString &text)
{
    return parseNamed<HonourLevel>(kLevels, text);
}

QString RecognitionNames::code(StudioKind kind)
{
    return codeNamed(kStudioKinds, int(kind));
}
QString RecognitionNames::display(StudioKind kind)
{
    return displayNamed(kContext, kStudioKinds, int(kind));
}
std::optional<StudioKind> RecognitionNames::parseStudioKind(const QString &text)
{
    return parseNamed<StudioKind>(kStudioKinds, text);
}

QString RecognitionNames::code(StudioResultKind kind)
{
    return codeNamed(kResultKinds, int(kind));
}
QString RecognitionNames::display(StudioResultKind kind)
{
    return displayNamed(kContext, kResultKinds, int(kind));
}
std::optional<StudioResultKind> RecognitionNames::parseResultKind(const QString &text)
{
    return parseNamed<StudioResultKind>(kResultKinds, text);
}

QString RecognitionNames::code(ProjectKind kind)
{
    return codeNamed(kProjectKinds, int(kind));
}
QString RecognitionNames::display(ProjectKind kind)
{
    return displayNamed(kContext, kProjectKinds, int(kind));
}
std::optional<ProjectKind> RecognitionNames::parseProjectKind(const QString &text)
{
    return parseNamed<ProjectKind>(kProjectKinds, text);
}

QString RecognitionNames::code(ProjectStatus status)
{
    return codeNamed(kStatuses, int(status));
}
QString RecognitionNames::display(ProjectStatus status)
{
    return displayNamed(kContext, kStatuses, int(status));
}
std::optional<ProjectStatus> RecognitionNames::parseStatus(const QString &text)
{
    return parseNamed<ProjectStatus>(kStatuses, text);
}

int RecognitionRank::of(HonourLevel level)
{
    switch (level) {
    case HonourLevel::National:
        return 5;
    case HonourLevel::Provincial:
        return 4;
    case HonourLevel::Municipal:
        return 3;
    case HonourLevel::Industry:
        return 2;
    case HonourLevel::Enterprise:
        return 1;
    }
    return 0;
}

int RecognitionRank::of(CompetitionLevel level)
{
    switch (level) {
    case CompetitionLevel::World:
        return 6;
    case CompetitionLevel::National:
        return 5;
    case CompetitionLevel::Provincial:
        return 4;
    case CompetitionLevel::Municipal:
        return 3;
    case CompetitionLevel::Industry:
        return 2;
    case CompetitionLevel::Enterprise:
        return 1;
    }
    return 0;
}

} // namespace skl
