#pragma once

#include <array>
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

// Every grade, 学徒工 first.
inline constexpr std::array<Grade, kGradeCount> kGrades { Grade::Apprentice, Grade::Junior,
    Grade::Intermediate, Grade::Senior, Grade::Technician, Grade::SeniorTechnician,
    Grade::SpecialTechnician, Grade::ChiefTechnician };

// Null for a number that is no rank (a stored grade is read through it).
inline constexpr std::optional<Grade> gradeFromRank(int rank)
{
    if (rank < 0 || rank >= kGradeCount)
        return std::nullopt;
    return static_cast<Grade>(rank);
}

// The number that stands for a grade or none where a column or key cannot hold NULL: the rank,
// or -1 for none. gradeFromRank reads it back.
inline constexpr int storedRank(std::optional<Grade> grade)
{
    return grade ? rankOf(*grade) : -1;
}

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

// Counts of people by the grade they hold, with a slot of its own for those holding none yet
// (std::nullopt): a unit's grade distribution.
class GradeCounts
{
public:
    qint64 operator[](std::optional<Grade> grade) const { return m_counts[slot(grade)]; }
    void add(std::optional<Grade> grade, qint64 count) { m_counts[slot(grade)] += count; }

    // Everybody counted, with a grade or without.
    qint64 total() const
    {
        qint64 sum = 0;
        for (qint64 count : m_counts)
            sum += count;
        return sum;
    }
    // Those holding grade or a higher one: atLeast(Grade::Junior) are the skilled workers.
    qint64 atLeast(Grade grade) const
    {
        qint64 sum = 0;
        for (size_t i = slot(grade); i < m_counts.size(); ++i)
            sum += m_counts[i];
        return sum;
    }
    // Those holding any grade.
    qint64 graded() const { return atLeast(Grade::Apprentice); }

    GradeCounts &operator+=(const GradeCounts &other)
    {
        for (size_t i = 0; i < m_counts.size(); ++i)
            m_counts[i] += other.m_counts[i];
        return *this;
    }
    friend bool operator==(const GradeCounts &, const GradeCounts &) = default;

private:
    static constexpr size_t slot(std::optional<Grade> grade)
    {
        return grade ? 1 + static_cast<size_t>(rankOf(*grade)) : 0;
    }

    std::array<qint64, 1 + kGradeCount> m_counts {};
};

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
