#pragma once

#include <QDate>
#include <QString>

#include <catch2/catch.hpp>

#include "core/common/rowproblem.h"
#include "core/store/assessmentroundstore.h"
#include "tests/support/tempdatabase.h"

namespace skl::test {

// A hand-made assessment round of 车工 高级工 (issue 16), assessed on 2025-09-26: 张伟 (R1,
// with an ID number) and 李娜 (R2) registered, three examiners of 技师 (X1–X3) on the practical
// panel and an invigilator (V1) in the theory room. Scored, 张伟 passes (85.0 and 60.0) and
// 李娜 fails theory (59.9). The report is due 2025-10-16: ten working days counted from
// 2025-09-28, the Sunday worked before National Day, across the holiday of 10-01 to 10-08.
// Every write is dated today: the officers hold their roles from the day they were made.
struct RoundBuilder
{
    static constexpr auto kRoster
        = u"工号,姓名,身份证号,入职日期,单位,省份,车间,职业,技能等级,取得日期\n"
          "R1,张伟,%1,2010-07-01,济南总厂,山东,机加工车间,车工,中级工,2015-06-30\n"
          "R2,李娜,,2011-07-01,济南总厂,山东,机加工车间,车工,中级工,2016-06-30\n"
          "X1,王强,,2001-07-01,济南总厂,山东,装配车间,车工,技师,2012-06-30\n"
          "X2,赵敏,,2002-07-01,济南总厂,山东,装配车间,车工,技师,2013-06-30\n"
          "X3,孙磊,,2003-07-01,济南总厂,山东,装配车间,车工,技师,2014-06-30\n"
          "V1,周杰,,2004-07-01,济南总厂,山东,装配车间,钳工,高级工,2014-06-30\n";
    static inline const QDate kAssessed { 2025, 9, 26 };

    TempDatabase &db;
    qint64 id = 0;

    static QString idNumber() { return validId(QStringLiteral("37010219850312001")); }

    explicit RoundBuilder(TempDatabase &database)
        : db(database)
    {
        REQUIRE(db.importCsv(QString::fromUtf16(kRoster).arg(idNumber())).committed);
        RoundInput input;
        input.name = QStringLiteral("2025年第三批车工高级工");
        input.occupation = QStringLiteral("车工");
        input.grade = Grade::Senior;
        input.assessmentStart = kAssessed;
        input.assessmentEnd = kAssessed;
        const auto created = AssessmentRoundStore::create(db.db(), input, db.admin());
        INFO((created ? QString() : created.error().userMessage).toStdString());
        REQUIRE(created.ok());
        id = *created;
    }

    RoundBuilder &registered()
    {
        for (const char *no : { "R1", "R2" }) {
            const auto done = AssessmentRoundStore::registerCandidate(
                db.db(), id, QString::fromLatin1(no), {}, db.admin());
            INFO((done ? QString() : done.error().userMessage).toStdString());
            REQUIRE(done.ok());
        }
        for (const char *no : { "X1", "X2", "X3" }) {
            const auto done = AssessmentRoundStore::addStaff(db.db(), id, QString::fromLatin1(no),
                AssessmentPart::Practical, QStringLiteral("KP-%1").arg(QString::fromLatin1(no)),
                db.admin());
            INFO((done ? QString() : done.error().userMessage).toStdString());
            REQUIRE(done.ok());
        }
        const auto invigilator = AssessmentRoundStore::addStaff(
            db.db(), id, QStringLiteral("V1"), AssessmentPart::Theory, {}, db.admin());
        INFO((invigilator ? QString() : invigilator.error().userMessage).toStdString());
        REQUIRE(invigilator.ok());
        return *this;
    }

    RoundBuilder &scored()
    {
        registered();
        const auto entry = [](int line, const char *no, AssessmentPart part, int tenths) {
            return ScoreEntry { line, QString::fromLatin1(no), part, Score { tenths }, {} };
        };
        RowProblems problems;
        const auto applied = AssessmentRoundStore::enterScores(db.db(), id,
            { entry(1, "R1", AssessmentPart::Theory, 850),
                entry(1, "R1", AssessmentPart::Practical, 600),
                entry(2, "R2", AssessmentPart::Theory, 599),
                entry(2, "R2", AssessmentPart::Practical, 700) },
            db.admin(), problems);
        INFO((applied ? QString() : applied.error().userMessage).toStdString());
        REQUIRE(applied.ok());
        REQUIRE(applied->proposals.size() == 1);
        return *this;
    }

    // The notice posted on 2025-10-09 (a Thursday): five working days to 2025-10-14, the
    // Saturday 10-11 worked.
    RoundBuilder &posted()
    {
        scored();
        const auto done
            = AssessmentRoundStore::postNotice(db.db(), id, QDate(2025, 10, 9), db.admin());
        INFO((done ? QString() : done.error().userMessage).toStdString());
        REQUIRE(done.ok());
        return *this;
    }

    RoundRecord record(QDate today)
    {
        const auto round = AssessmentRoundStore::get(db.db(), id, db.admin(), today);
        REQUIRE(round.ok());
        return *round;
    }
};

} // namespace skl::test
