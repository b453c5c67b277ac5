#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace skl {

// The eight-grade ladder (八级工, DOMAIN.md §1); the enum value is the rank.
enum class Grade {
    Apprentice = 0,
    Junior = 1,
    Intermediate = 2,
    Senior = 3,
    Technician = 4,
    SeniorTechnician = 5,
    SpecialTechnician = 6,
    ChiefTechnician = 7,
};

inline constexpr int kGradeCount = 8;

inline constexpr int rankOf(Grade grade)
{
    return static_cast<int>(grade);
}

std::optional<Grade> gradeFromRank(int rank);

// 技能人才: a grade of 初级工 or above in force.
inline constexpr bool isSkilled(Grade grade)
{
    return grade >= Grade::Junior;
}

// 高技能人才: 高级工 or above ("高级工以上").
inline constexpr bool isHighSkilled(Grade grade)
{
    return grade >= Grade::Senior;
}

class GradeNames
{
    Q_DECLARE_TR_FUNCTIONS(skl::GradeNames)
public:
    // The official Chinese term, used in files we write whatever the UI language (学徒工 ...).
    static QString chinese(Grade grade);
    // The DOMAIN.md identifier (SeniorTechnician), stable across languages.
    static QString identifier(Grade grade);
    // The English label (Senior Technician).
    static QString english(Grade grade);
    // The label in the UI language: English source, Chinese translation.
    static QString display(Grade grade);
    // National level (国家职业资格等级): 5 for 初级工 ... 1 for 高级技师; 0 where the grade has
    // none.
    static int nationalLevel(Grade grade);
    // "高级工（三级）" as printed on certificates; the bare name where there is no national level.
    static QString chineseWithLevel(Grade grade);

    // Accepts every spelling of DOMAIN.md §1 whatever the UI language: the Chinese name, the
    // national level (五级 ... 一级, 5 ... 1, 三级工), the English label, the identifier, and the
    // printed form "高级工（三级）". Surrounding and inner spaces and letter case do not matter.
    static std::optional<Grade> parse(const QString &text);
};

} // namespace skl
