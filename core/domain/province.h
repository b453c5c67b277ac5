#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace skl {

// A province-level division by its GB/T 2260 code (37 = 山东), DOMAIN.md §2 and §6.
class Province
{
public:
    static std::optional<Province> fromCode(int code);
    // Every province-level division, by code (for choosers).
    static QList<Province> all();
    // Accepts the short name (山东), the full name (山东省, 广西壮族自治区), the pinyin or English
    // name (Shandong, Shaanxi for 陕西 and Shanxi for 山西, Inner Mongolia) and the two-digit code.
    static std::optional<Province> parse(const QString &text);

    int code() const { return m_code; }
    QString shortName() const; // 山东
    QString fullName() const; // 山东省
    QString pinyin() const; // Shandong
    // 东部地区 by the National Bureau of Statistics division: its high-skilled target is 35 %.
    bool isEastern() const;

    friend bool operator==(const Province &, const Province &) = default;

private:
    explicit Province(int code)
        : m_code(code)
    { }
    int m_code;
};

} // namespace skl
