#include "core/domain/grade.h"

#include <array>

#include <QHash>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    struct GradeSpelling
    {
        const char16_t *chinese;
        const char16_t *identifier;
        const char *english;
        int nationalLevel;
    };

    // QT_TR_NOOP marks the English labels for lupdate; GradeNames::display() translates them.
    constexpr std::array<GradeSpelling, kGradeCount> kSpellings { {
        { u"学徒工", u"Apprentice", QT_TRANSLATE_NOOP("skl::GradeNames", "Apprentice"), 0 },
        { u"初级工", u"Junior", QT_TRANSLATE_NOOP("skl::GradeNames", "Junior Worker"), 5 },
        { u"中级工", u"Intermediate", QT_TRANSLATE_NOOP("skl::GradeNames", "Intermediate Worker"),
            4 },
        { u"高级工", u"Senior", QT_TRANSLATE_NOOP("skl::GradeNames", "Senior Worker"), 3 },
        { u"技师", u"Technician", QT_TRANSLATE_NOOP("skl::GradeNames", "Technician"), 2 },
        { u"高级技师", u"SeniorTechnician",
            QT_TRANSLATE_NOOP("skl::GradeNames", "Senior Technician"), 1 },
        { u"特级技师", u"SpecialTechnician",
            QT_TRANSLATE_NOOP("skl::GradeNames", "Special-Grade Technician"), 0 },
        { u"首席技师", u"ChiefTechnician", QT_TRANSLATE_NOOP("skl::GradeNames", "Chief Technician"),
            0 },
    } };

    constexpr std::array<char16_t, 6> kChineseLevelDigits { u'〇', u'一', u'二', u'三', u'四',
        u'五' };

    const GradeSpelling &spelling(Grade grade)
    {
        return kSpellings[static_cast<size_t>(rankOf(grade))];
    }

    // Lower-case, without spaces, full-width brackets folded to ASCII: the form all spellings are
    // compared in.
    QString folded(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (QChar c : text) {
            if (c.isSpace())
                continue;
            if (c == u'（')
                c = u'(';
            else if (c == u'）')
                c = u')';
            out += c.toLower();
        }
        return out;
    }

    std::optional<Grade> gradeFromNationalLevel(int level)
    {
        for (int rank = 0; rank < kGradeCount; ++rank) {
            if (kSpellings[static_cast<size_t>(rank)].nationalLevel == level && level > 0)
                return static_cast<Grade>(rank);
        }
        return std::nullopt;
    }

    // "五级", "5级", "5", "三级工": a national level alone.
    std::optional<Grade> parseNationalLevel(QString text)
    {
        if (text.endsWith(u"级工"))
            text.chop(1);
        if (text.endsWith(u'级'))
            text.chop(1);
        if (text.size() != 1)
            return std::nullopt;
        const QChar c = text.front();
        if (c >= u'1' && c <= u'5')
            return gradeFromNationalLevel(c.unicode() - u'0');
        for (int level = 1; level <= 5; ++level) {
            if (c == QChar(kChineseLevelDigits[static_cast<size_t>(level)]))
                return gradeFromNationalLevel(level);
        }
        return std::nullopt;
    }

    std::optional<Grade> parseName(const QString &text)
    {
        for (int rank = 0; rank < kGradeCount; ++rank) {
            const GradeSpelling &s = kSpellings[static_cast<size_t>(rank)];
            if (text == folded(QString::fromUtf16(s.chinese))
                || text == folded(QString::fromUtf16(s.identifier))
                || text == folded(QString::fromLatin1(s.english)))
                return static_cast<Grade>(rank);
        }
        if (text == u"specialgradetechnician") // "Special Grade Technician" without the hyphen
            return Grade::SpecialTechnician;
        return std::nullopt;
    }

} // namespace

QString GradeNames::chinese(Grade grade)
{
    return QString::fromUtf16(spelling(grade).chinese);
}

QString GradeNames::identifier(Grade grade)
{
    return QString::fromUtf16(spelling(grade).identifier);
}

QString GradeNames::english(Grade grade)
{
    return QString::fromLatin1(spelling(grade).english);
}

QString GradeNames::display(Grade grade)
{
    return tr(spelling(grade).english);
}

int GradeNames::nationalLevel(Grade grade)
{
    return spelling(grade).nationalLevel;
}

QString GradeNames::chineseWithLevel(Grade grade)
{
    const int level = nationalLevel(grade);
    if (level == 0)
        return chinese(grade);
    return u"%1（%2级）"_s.arg(chinese(grade), QString(QChar(kChineseLevelDigits[size_t(level)])));
}

// The Chinese names as written, looked up first: a roster names a grade on most rows.
static const QHash<QString, Grade> &exactChineseNames()
{
    static const QHash<QString, Grade> names = [] {
        QHash<QString, Grade> map;
        for (int rank = 0; rank < kGradeCount; ++rank)
            map.insert(QString::fromUtf16(kSpellings[size_t(rank)].chinese), Grade(rank));
        return map;
    }();
    return names;
}

std::optional<Grade> GradeNames::parse(const QString &text)
{
    if (const auto exact = exactChineseNames().constFind(text); exact != exactChineseNames().cend())
        return *exact;
    const QString key = folded(text);
    if (key.isEmpty())
        return std::nullopt;
    if (auto grade = parseName(key))
        return grade;
    if (auto grade = parseNationalLevel(key))
        return grade;
    // "高级工(三级)": name and level must agree.
    const qsizetype open = key.indexOf(u'(');
    if (open > 0 && key.endsWith(u')')) {
        const auto name = parseName(key.left(open));
        const auto level = parseNationalLevel(key.mid(open + 1, key.size() - open - 2));
        if (name && level && *name == *level)
            return name;
    }
    return std::nullopt;
}

} // namespace skl
