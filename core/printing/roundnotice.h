#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"

class QPagedPaintDevice;

namespace skl {

// One person on a round's public notice: who passed every part and is proposed for the grade.
struct RoundNoticeRow
{
    QString name; // never masked: a notice names people
    QString workshop;
    QString occupation;
    Grade grade = Grade::Junior;
    QString way; // 认定方式, in the interface's language
};

// What a round's public notice (公示) says.
struct RoundNoticeContent
{
    QString company;
    qint64 roundId = 0;
    QString roundName;
    QString occupation;
    Grade grade = Grade::Junior;
    QDate assessmentStart;
    QDate assessmentEnd;
    QList<RoundNoticeRow> rows;
    // The period: posted on postedOn, ending on lastDay, workingDays working days. A draft's
    // period is the one it would have if posted on the day it was printed.
    bool draft = true; // not posted yet (AssessmentRoundStore::postNotice)
    QDate postedOn;
    QDate lastDay;
    int workingDays = 0;
};

// The public notice of an assessment round's results (公示, issue 16), A4 portrait as Chinese
// companies post it: the title, a sentence on the round, the passing candidates in a table
// (序号, 姓名, 车间, 职业（工种）, 等级, 认定方式), the period in words with its working days,
// where to raise an objection, and the company and the date at the foot; page numbers when it
// takes more than one page. Names are printed whole (a notice names people) and no ID number
// appears at all. A round whose notice is not posted yet prints as a draft: 草稿 drawn across
// every page as outlines, which the PDF's text layer does not hold. Printing posts nothing.
class RoundNotice
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundNotice)
public:
    // The round's notice as by may print it (hr runs rounds, an approver decides them): the
    // candidates who passed every part. Refused for a round with none (nothing to post).
    static Result<RoundNoticeContent> compose(
        QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today = QDate::currentDate());
    // A4 portrait with the notice's margins (a printer's dialog may change them after).
    static void setUp(QPagedPaintDevice &device);
    // Paints the notice on device, which setUp() prepared.
    static Status paint(QPagedPaintDevice &device, const RoundNoticeContent &content);
    static Status writePdf(const RoundNoticeContent &content, const QString &path);

    // "关于车工技师职业技能等级认定结果的公示": the title and the PDF's.
    static QString title(const RoundNoticeContent &content);
    // "2025年10月9日": a day as the notice writes it.
    static QString dayInWords(QDate day);
};

} // namespace skl
