#include "core/printing/talentattestation.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include "core/printing/documentpages.h"
#include "core/printing/reporttable.h"
#include "core/printing/roundnotice.h"
#include "core/printing/textblock.h"
#include "core/reports/talentpool.h"
#include "core/reports/targetreportformat.h"
#include "core/store/auditlog.h"
#include "core/store/companystore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QMarginsF kMarginsMm(25, 20, 20, 18);
    constexpr double kGapMm = 4;
    constexpr double kTextPoints = 11;

    std::unique_ptr<TextBlock> paragraph(const QString &text)
    {
        return std::make_unique<TextBlock>(u"\u3000\u3000"_s + text, kTextPoints);
    }

    std::unique_ptr<TextBlock> heading(const QString &text)
    {
        return std::make_unique<TextBlock>(text, kTextPoints, true);
    }

    QString count(qint64 n)
    {
        return QString::number(n);
    }

    QString metText(std::optional<bool> met)
    {
        if (!met)
            return u"—"_s;
        return *met ? TalentAttestation::tr("Met") : TalentAttestation::tr("Not met");
    }

    QColor metColor(std::optional<bool> met)
    {
        return met && !*met ? QColor(168, 29, 29) : QColor(Qt::black);
    }

    std::unique_ptr<ReportTable> gradeTable(const UnitTargets &company)
    {
        auto table = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TalentAttestation::tr("Grade") },
                { TalentAttestation::tr("Workers"), Qt::AlignRight } },
            0, 10);
        for (auto grade = kGrades.rbegin(); grade != kGrades.rend(); ++grade)
            table->addRow({ { GradeNames::display(*grade) }, { count(company.byGrade[*grade]) } });
        table->addRow({ { TalentAttestation::tr("No grade yet") },
            { count(company.byGrade[std::nullopt]) } });
        table->addRow(
            { { TalentAttestation::tr("Employees in service") }, { count(company.employees) } },
            true);
        return table;
    }

    std::unique_ptr<ReportTable> siteTable(const TargetReport &report)
    {
        auto table = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TalentAttestation::tr("Site") },
                { TalentAttestation::tr("Employees"), Qt::AlignRight },
                { TalentAttestation::tr("Skilled"), Qt::AlignRight },
                { TalentAttestation::tr("High-skilled"), Qt::AlignRight },
                { TalentAttestation::tr("Skilled ÷ employees"), Qt::AlignRight },
                { TalentAttestation::tr("High-skilled ÷ skilled"), Qt::AlignRight } },
            0, 10);
        const auto row = [&](const UnitTargets &u, bool total) {
            table->addRow(
                { { u.name }, { count(u.employees) }, { count(u.skilled) },
                    { count(u.highSkilled) }, { TargetReportFormat::percent(u.skilledRatio()) },
                    { TargetReportFormat::percent(u.highSkilledRatio()) } },
                total);
        };
        for (const UnitTargets &site : report.sites)
            row(site, false);
        UnitTargets company = report.company;
        company.name = TalentAttestation::tr("Whole company");
        row(company, true);
        return table;
    }

    // T1, T2 and T3 of section 二 for the company: the ratios and their verdicts as the target
    // report computes them; of T2 and T3 only the one of the company's province applies.
    std::unique_ptr<ReportTable> targetTable(const AttestationContent &content)
    {
        const UnitTargets &company = content.targets.company;
        auto table = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TalentAttestation::tr("Target") },
                { TalentAttestation::tr("Actual"), Qt::AlignRight },
                { TalentAttestation::tr("Required"), Qt::AlignRight },
                { TalentAttestation::tr("Verdict"), Qt::AlignHCenter } },
            0, 10);
        const auto atLeast = [](const Fraction &share) {
            return u"≥ "_s + TargetReportFormat::percent(share.toDouble());
        };
        table->addRow({ { TalentAttestation::tr("T1 Skilled workers ÷ employees") },
            { TargetReportFormat::percent(company.skilledRatio()) },
            { atLeast(company.skilledTarget) },
            { metText(company.skilledTargetMet()), metColor(company.skilledTargetMet()) } });
        const auto highSkilled = [&](const QString &name, const Fraction &share, bool applies) {
            const auto met = applies ? company.highSkilledTargetMet() : std::nullopt;
            table->addRow({ { name }, { TargetReportFormat::percent(company.highSkilledRatio()) },
                { atLeast(applies ? company.highSkilledTarget : share) },
                { applies ? metText(met) : TalentAttestation::tr("Not applicable"),
                    metColor(met) } });
        };
        highSkilled(TalentAttestation::tr("T2 High-skilled ÷ skilled workers"),
            content.highSkilledShare, !company.isEastern());
        highSkilled(TalentAttestation::tr("T3 High-skilled ÷ skilled workers (eastern provinces)"),
            content.highSkilledShareEastern, company.isEastern());
        return table;
    }

    std::unique_ptr<ReportTable> workerTable(const QList<TalentWorker> &workers)
    {
        auto table = std::make_unique<ReportTable>(
            QList<ReportTable::Column> { { TalentAttestation::tr("No."), Qt::AlignHCenter },
                { TalentAttestation::tr("Employee No.") }, { TalentAttestation::tr("Name") },
                { TalentAttestation::tr("Workshop") }, { TalentAttestation::tr("Occupation") },
                { TalentAttestation::tr("Grade") }, { TalentAttestation::tr("Certificate No.") },
                { TalentAttestation::tr("ID number") } },
            3, 8.5);
        int number = 0;
        for (const TalentWorker &w : workers)
            table->addRow(
                { { QString::number(++number) }, { w.employeeNo }, { w.name }, { w.workshop },
                    { w.occupation }, { w.grade ? GradeNames::display(*w.grade) : QString() },
                    { w.certificateNo.isEmpty() ? u"—"_s : w.certificateNo },
                    { w.maskedIdNumber.isEmpty() ? u"—"_s : w.maskedIdNumber } });
        return table;
    }

} // namespace

QString TalentAttestation::title()
{
    return tr("Attestation of high-skilled staffing");
}

QString TalentAttestation::referenceFor(QDate issuedOn, qint64 eventId)
{
    return u"SKL-GJ-%1-%2"_s.arg(issuedOn.toString(u"yyyyMMdd"_s))
        .arg(eventId, 6, 10, QLatin1Char('0'));
}

Result<AttestationContent> TalentAttestation::compose(
    QSqlDatabase &db, const Officer &by, QDate asOf, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::IssueAttestation, today); !allowed)
        return allowed.error();
    const auto company = CompanyStore::require(db);
    if (!company)
        return company.error();
    // The company's own report, as the dashboard computes it: the attestation speaks for the
    // whole company, whatever else the issuing officer reads.
    auto targets = WorkforceTargets::companyReport(db, asOf, WorkforceTargets::Detail::ByGrade);
    if (!targets)
        return targets.error();
    const auto t2 = CompanyStore::shareOn(db, PolicyKeys::kHighSkilledShare, asOf);
    if (!t2)
        return t2.error();
    const auto t3 = CompanyStore::shareOn(db, PolicyKeys::kHighSkilledShareEastern, asOf);
    if (!t3)
        return t3.error();
    const auto pool = TalentPool::companyPool(db, asOf);
    if (!pool)
        return pool.error();
    AttestationContent content;
    content.company = company->name;
    content.asOf = asOf;
    content.issuedBy = by.label();
    content.issuedOn = today;
    content.targets = std::move(*targets);
    content.highSkilledShare = *t2;
    content.highSkilledShareEastern = *t3;
    for (const TalentWorker &w : pool->workers)
        if (w.has(TalentReason::HighSkilled))
            content.highSkilled += w;
    return content;
}

Result<AttestationContent> TalentAttestation::issue(QSqlDatabase &db, const Officer &by, QDate asOf,
    const QString &path, ProgressSink &progress, QDate today)
{
    auto content = compose(db, by, asOf, today);
    if (!content)
        return content.error();
    progress.report(1, 3);
    if (progress.isCanceled())
        return Error { tr("Issuing the attestation was cancelled; nothing was recorded."), {} };
    const QString whatFailed = tr("Recording the attestation in the audit log");
    Transaction transaction(db);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    {
        AuditLog log(db); // finished before the commit
        const auto event = log.beginEvent(u"issue-attestation"_s, title(), by);
        if (!event)
            return event.error();
        content->reference = referenceFor(today, *event);
        if (auto summary = log.setSummary(*event,
                tr("Issued the attestation of high-skilled staffing as of %1, reference %2 (%n "
                   "high-skilled worker(s) named).",
                    nullptr, int(content->highSkilled.size()))
                    .arg(asOf.toString(Qt::ISODate), content->reference));
            !summary)
            return summary.error();
    }
    progress.report(2, 3);
    // The event commits once the pages are painted, and the file is put in place after: a
    // failed painting records nothing and leaves no file.
    const Status written = DocumentPages::writePdf(path, title(), [&](QPagedPaintDevice &device) {
        setUp(device);
        if (auto painted = paint(device, *content); !painted)
            return painted;
        return transaction.commit(whatFailed);
    });
    if (!written)
        return written.error();
    progress.report(3, 3);
    return content;
}

void TalentAttestation::setUp(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
}

Status TalentAttestation::paint(QPagedPaintDevice &device, const AttestationContent &content)
{
    const ReportStyle style = DocumentPages::styleFor(device, {});
    const double mm = style.mm;
    const QRectF area(0, 0, device.width(), device.height());
    const QFont small = style.font(8.5);
    const double footHeight = style.metrics(small).lineSpacing();
    const UnitTargets &company = content.targets.company;

    DocumentPages::Blocks blocks;
    blocks.push_back(std::make_unique<TextBlock>(title(), 18, true, Qt::AlignHCenter));
    blocks.push_back(std::make_unique<TextBlock>(
        tr("Reference: %1").arg(content.reference), 9.5, false, Qt::AlignRight));
    blocks.push_back(paragraph(
        tr("This is to certify that on %1, %2 had %3 employees in service, of whom %4 are skilled "
           "workers (初级工 or above) and %5 high-skilled workers (高级工 or above), as recorded "
           "in its skill grade records. The details are as follows.")
            .arg(RoundNotice::dayInWords(content.asOf), content.company, count(company.employees),
                count(company.skilled), count(company.highSkilled))));
    blocks.push_back(heading(tr("1. Workers by skill grade")));
    blocks.push_back(gradeTable(company));
    blocks.push_back(heading(tr("2. Workers by site")));
    blocks.push_back(siteTable(content.targets));
    blocks.push_back(heading(tr("3. The workforce targets (section 二 of the 2022 opinion)")));
    blocks.push_back(targetTable(content));
    blocks.push_back(heading(
        tr("4. High-skilled workers (%n person(s))", nullptr, int(content.highSkilled.size()))));
    blocks.push_back(workerTable(content.highSkilled));
    blocks.push_back(paragraph(tr("ID numbers are shown masked. This is hereby certified.")));
    blocks.push_back(std::make_unique<TextBlock>(
        tr("Issued by: %1    Issued on: %2")
            .arg(content.issuedBy, content.issuedOn.toString(Qt::ISODate)),
        9.5));
    blocks.push_back(std::make_unique<TextBlock>(u"\n"_s
            + tr("Prepared by: ____________    Checked by: ____________    Head of the unit: "
                 "____________"),
        kTextPoints));
    blocks.push_back(std::make_unique<TextBlock>(
        u"\n"_s + tr("Unit (seal): %1").arg(content.company), kTextPoints, false, Qt::AlignRight));
    blocks.push_back(std::make_unique<TextBlock>(
        RoundNotice::dayInWords(content.issuedOn), kTextPoints, false, Qt::AlignRight));

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
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF foot(area.left(), area.bottom() - footHeight, area.width(), footHeight);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, content.reference);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
            DocumentPages::pageOf(int(i + 1), int(pages.size())));
    }
    painter.end();
    return success();
}

} // namespace skl
