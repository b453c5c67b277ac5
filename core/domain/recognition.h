#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "core/domain/certification.h"

namespace skl {

// The level of an honour or a studio (DOMAIN.md §5): 国家级, 省级, 市级, 行业, 企业, in that order
// of rank as DOMAIN.md lists them.
enum class HonourLevel { National, Provincial, Municipal, Industry, Enterprise };

// 技能大师工作室 or 劳模和工匠人才创新工作室 (section 三).
enum class StudioKind { Master, Innovation };

// What a studio achieved: a patent, a process improvement, apprentices trained, or other.
enum class StudioResultKind { Patent, Process, Apprentices, Other };

// 揭榜领题 or a "技师+工程师" team (section 八).
enum class ProjectKind { Challenge, Team };

enum class ProjectStatus { Open, InProgress, Finished, Abandoned };

// Stable codes (database, command line, policy keys) and labels in the UI language. parse*
// accepts the code, the English label and the Chinese label alike.
class RecognitionNames
{
    Q_DECLARE_TR_FUNCTIONS(skl::RecognitionNames)
public:
    static QString code(HonourLevel level);
    static QString display(HonourLevel level);
    static std::optional<HonourLevel> parseLevel(const QString &text);

    static QString code(StudioKind kind);
    static QString display(StudioKind kind);
    static std::optional<StudioKind> parseStudioKind(const QString &text);

    static QString code(StudioResultKind kind);
    static QString display(StudioResultKind kind);
    static std::optional<StudioResultKind> parseResultKind(const QString &text);

    static QString code(ProjectKind kind);
    static QString display(ProjectKind kind);
    static std::optional<ProjectKind> parseProjectKind(const QString &text);

    static QString code(ProjectStatus status);
    static QString display(ProjectStatus status);
    static std::optional<ProjectStatus> parseStatus(const QString &text);
};

// One scale for honours and competitions, so that the talent pool's policy level ("provincial
// or above") applies to both: enterprise 1, industry 2, municipal 3, provincial 4, national 5,
// and a world competition 6.
class RecognitionRank
{
public:
    static int of(HonourLevel level);
    static int of(CompetitionLevel level);
    // An honour that can be the ground "award" of an exceptional promotion: provincial (省部级)
    // or above (DOMAIN.md §3).
    static bool groundsAward(HonourLevel level) { return of(level) >= of(HonourLevel::Provincial); }
};

} // namespace skl
