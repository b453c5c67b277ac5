#include "core/printing/roundnotice.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include "core/domain/certification.h"
#include "core/domain/grade.h"
#include "core/printing/documentpages.h"
#include "core/printing/outlinedtext.h"
#include "core/printing/reporttable.h"
#include "core/printing/textblock.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/companystore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/workcalendarstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QMarginsF kMarginsMm(25, 22, 22, 18);
    constexpr double kGapMm = 5;
    constexpr double kTextPoints = 12;

    // A paragraph indented by two characters, as Chinese documents set their sentences.
    std::unique_ptr<TextBlock> paragraph(const QString &text)
    {
        return std::make_unique<TextBlock>(u"\u3000\u3000"_s + text, kTextPoints);
    }

    // 草稿 across the page, drawn as outlines so that the text layer holds only the notice.
    void drawDraftMark(QPainter &painter, const QRectF &area)
    {
        const QRectF box(area.center().x() - area.width() * 0.35,
            area.center().y() - area.height() * 0.12, area.width() * 0.7, area.height() * 0.24);
        QFont font(painter.font());
        font.setBold(true);
        OutlinedText::draw(
            painter, box, RoundNotice::tr("DRAFT"), font, QColor(200, 40, 40, 60), -30);
    }

} // namespace

Result<RoundNoticeContent> RoundNotice::compose(
    QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadCertifications, today); !allowed)
        return allowed.error();
    if (by.isConfinedToWorkshops(Act::ReadCertifications))
        return Error { tr("The public notice lists the whole round, and a workshop head reads "
                          "only their own workshops' candidates: the human resources officer "
                          "prints it."),
            {}, Error::Kind::Refused };
    const auto company = CompanyStore::require(db);
    if (!company)
        return company.error();
    const auto round = AssessmentRoundStore::get(db, roundId, by, today);
    if (!round)
        return round.error();
    const auto candidates = AssessmentRoundStore::candidates(db, roundId, by, today);
    if (!candidates)
        return candidates.error();
    const auto calendar = WorkCalendarStore::load(db);
    if (!calendar)
        return calendar.error();

    RoundNoticeContent content;
    content.company = company->name;
    content.roundId = round->id;
    content.roundName = round->name;
    content.occupation = round->occupation;
    content.grade = round->grade;
    content.assessmentStart = round->assessmentStart;
    content.assessmentEnd = round->assessmentEnd;
    for (const RoundCandidate &c : *candidates) {
        // A proposal an approver turned down is no longer proposed to anyone.
        const bool turnedDown = c.proposalStatus
            && (*c.proposalStatus == CertificationStatus::Rejected
                || *c.proposalStatus == CertificationStatus::Revoked);
        if (!c.outcome.passed || turnedDown)
            continue;
        content.rows += RoundNoticeRow { c.name, c.workshop, round->occupation, round->grade,
            CertificationNames::display(CertificationWay::Regular) };
    }
    if (content.rows.isEmpty())
        return Error { tr("No candidate of round %1 \"%2\" has passed every part yet: the "
                          "notice would name no one.")
                           .arg(round->id)
                           .arg(round->name),
            {} };
    if (round->noticePosted.isValid()) {
        content.draft = false;
        content.postedOn = round->noticePosted;
        content.lastDay = round->noticeEnds;
        content.workingDays
            = calendar->workingDaysBetween(content.postedOn.addDays(-1), content.lastDay);
    } else {
        const auto policy = PolicyStore::assessmentOn(db, today);
        if (!policy)
            return policy.error();
        content.postedOn = today;
        content.workingDays = policy->noticeWorkingDays;
        content.lastDay = calendar->workingDaysFrom(today, policy->noticeWorkingDays);
    }
    return content;
}

QString RoundNotice::dayInWords(QDate day)
{
    //: A day in words, as a notice writes it: %1 year, %2 month, %3 day (2025年10月9日).
    return tr("%2/%3/%1").arg(day.year()).arg(day.month()).arg(day.day());
}

QString RoundNotice::title(const RoundNoticeContent &content)
{
    //: The notice's title: %1 the occupation, %2 the grade
    //: (关于车工技师职业技能等级认定结果的公示).
    return tr("Public notice of the skill grade results: %1, %2")
        .arg(content.occupation, GradeNames::display(content.grade));
}

Status RoundNotice::paint(QPagedPaintDevice &device, const RoundNoticeContent &content)
{
    const ReportStyle style = DocumentPages::styleFor(device, {});
    const double mm = style.mm;
    const QRectF area(0, 0, device.width(), device.height());
    const QFont small = style.font(9);
    const double footHeight = style.metrics(small).lineSpacing();

    const QString assessed
        = content.assessmentStart.isValid() && content.assessmentStart != content.assessmentEnd
        ? tr("from %1 to %2")
              .arg(dayInWords(content.assessmentStart), dayInWords(content.assessmentEnd))
        : tr("on %1").arg(dayInWords(content.assessmentEnd));
    DocumentPages::Blocks blocks;
    blocks.push_back(std::make_unique<TextBlock>(title(content), 16, true, Qt::AlignHCenter));
    blocks.push_back(paragraph(
        tr("Following the national occupational skill standards and the company's assessment "
           "plan, %1 assessed the round \"%2\" %3. The following %n candidate(s) passed every "
           "part of the assessment and are proposed for the skill grade shown; this is made "
           "public as follows.",
            nullptr, int(content.rows.size()))
            .arg(content.company, content.roundName, assessed)));
    auto table = std::make_unique<ReportTable>(
        QList<ReportTable::Column> { { tr("No."), Qt::AlignHCenter }, { tr("Name") },
            { tr("Workshop") }, { tr("Occupation (trade)") }, { tr("Grade") },
            { tr("Way of certification") } },
        2, 10.5);
    int number = 0;
    for (const RoundNoticeRow &row : content.rows)
        table->addRow({ { QString::number(++number) }, { row.name }, { row.workshop },
            { row.occupation }, { GradeNames::display(row.grade) }, { row.way } });
    blocks.push_back(std::move(table));
    blocks.push_back(
        paragraph(tr("Notice period: %1 to %2 (%n working day(s)).", nullptr, content.workingDays)
                      .arg(dayInWords(content.postedOn), dayInWords(content.lastDay))));
    blocks.push_back(paragraph(
        tr("Anyone who objects to these results may raise it during the notice period, in "
           "writing and under their own name, with the human resources department of %1. "
           "Anonymous objections are not dealt with.")
            .arg(content.company)));
    // The foot of the notice: the company and the day, set right, a line apart from the text.
    blocks.push_back(
        std::make_unique<TextBlock>(u"\n"_s + content.company, kTextPoints, false, Qt::AlignRight));
    blocks.push_back(std::make_unique<TextBlock>(
        dayInWords(content.postedOn), kTextPoints, false, Qt::AlignRight));

    const QRectF body = area.adjusted(0, 0, 0, -(footHeight + 3 * mm));
    const QList<DocumentPages::Page> pages = DocumentPages::flow(blocks, style, body, kGapMm);

    QPainter painter;
    if (!painter.begin(&device))
        return Error { tr("The printer or file cannot be opened for printing."), {} };
    painter.setFont(style.font(kTextPoints));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device.newPage();
        DocumentPages::paint(painter, pages[i]);
        if (pages.size() > 1) {
            painter.setFont(small);
            painter.setPen(Qt::black);
            painter.drawText(
                QRectF(area.left(), area.bottom() - footHeight, area.width(), footHeight),
                Qt::AlignHCenter | Qt::AlignVCenter,
                DocumentPages::pageOf(int(i + 1), int(pages.size())));
        }
        if (content.draft) {
            painter.setFont(style.font(40, true));
            drawDraftMark(painter, area);
        }
    }
    painter.end();
    return success();
}

void RoundNotice::setUp(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
}

Status RoundNotice::writePdf(const RoundNoticeContent &content, const QString &path)
{
    return DocumentPages::writePdf(path, title(content), [&content](QPagedPaintDevice &device) {
        setUp(device);
        return paint(device, content);
    });
}

} // namespace skl
