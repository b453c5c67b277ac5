#include "core/printing/rounddossier.h"

#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>

#include "core/domain/assessment.h"
#include "core/domain/certification.h"
#include "core/domain/grade.h"
#include "core/exporting/csvwriter.h"
#include "core/printing/documentpages.h"
#include "core/printing/reporttable.h"
#include "core/printing/textblock.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/certificatestore.h"
#include "core/store/companystore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/rounddocumentstore.h"
#include "core/store/workcalendarstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QMarginsF kMarginsMm(12, 10, 12, 9);
    // The folder of a volume's documents beside its files, "04-试卷及成绩-附件": Chinese whatever
    // the language, as the volumes' own names.
    QString attachmentsFolder(const QString &stem)
    {
        return stem + u"-附件"_s;
    }
    constexpr double kGapMm = 4;

    // A table of a volume: its heading, its columns and its rows, as printed and as in the CSV.
    struct Section
    {
        QString title;
        QStringList columns;
        QList<QStringList> rows;
        int wrapping = -1; // the column that wraps first when the table is too wide
    };

    struct Volume
    {
        QString stem; // "01-报名与资格审核": the files' name without extension
        QString title;
        QList<Section> sections;
    };

    // Everything the volumes are made of, read before the first file is written.
    struct Facts
    {
        QString company;
        RoundRecord round;
        QList<RoundCandidate> candidates;
        RoundPanels panels;
        QList<ScoreRecord> scores;
        AssessmentPolicy policy;
        WorkCalendar calendar;
        QList<CertificateData> certificates;
        QList<CertificatePrintRecord> printings;
        QList<RoundDocument> documents; // filed with the round, withdrawn ones too
        QDate today;
        QDate archiveDay; // the day retention counts from
        bool archived = false; // false: a preliminary copy of a round not yet reported
        QDate paperUntil;
        QDate electronicUntil;
    };

    QString dash()
    {
        return u"—"_s;
    }

    QString day(QDate d)
    {
        return d.isValid() ? d.toString(Qt::ISODate) : dash();
    }

    QString moment(const QDateTime &at)
    {
        return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : dash();
    }

    QString gradeOrNone(std::optional<Grade> grade)
    {
        return grade ? GradeNames::display(*grade) : RoundDossier::tr("none");
    }

    QString orDash(const QString &text)
    {
        return text.trimmed().isEmpty() ? dash() : text;
    }

    QString safeName(QString name);

    // A filed document's name in the dossier: its number first, so that two scans of the same
    // name stay apart.
    QString attachmentName(const RoundDocument &d)
    {
        return safeName(u"%1-%2"_s.arg(d.id).arg(d.fileName));
    }

    QString staffRole(AssessmentPart part)
    {
        switch (part) {
        case AssessmentPart::Theory:
            return RoundDossier::tr("Invigilator, %1").arg(AssessmentRules::display(part));
        case AssessmentPart::Practical:
        case AssessmentPart::Review:
            return RoundDossier::tr("Examiner, %1").arg(AssessmentRules::display(part));
        }
        return {};
    }

    QString partScore(const PartScore &part, bool required)
    {
        if (!required)
            return dash();
        if (!part.score)
            return RoundDossier::tr("not scored");
        if (!part.carried)
            return part.score->text();
        return RoundDossier::tr("%1 (kept from round %2)")
            .arg(part.score->text())
            .arg(part.carriedFromRound);
    }

    QString partList(const QList<AssessmentPart> &parts)
    {
        QStringList names;
        for (const AssessmentPart part : parts)
            names += AssessmentRules::display(part);
        return names.isEmpty() ? dash() : names.join(u"、"_s);
    }

    // The volumes' header line on retention: the archive's day and the two dates it keeps to.
    QString retention(const Facts &f)
    {
        const QString keep
            = RoundDossier::tr("keep on paper until %1 (%2 years), electronically until %3 (%4 "
                               "years)")
                  .arg(day(f.paperUntil))
                  .arg(f.policy.paperRetentionYears)
                  .arg(day(f.electronicUntil))
                  .arg(f.policy.electronicRetentionYears);
        return f.archived
            ? RoundDossier::tr("Archived %1: %2.").arg(day(f.archiveDay), keep)
            : RoundDossier::tr("Preliminary copy of %1: the round is not reported to the "
                               "provincial system yet, so it is not archived. Counted from "
                               "today: %2.")
                  .arg(day(f.archiveDay), keep);
    }

    Volume registrations(const Facts &f)
    {
        Section s { RoundDossier::tr(
                        "Candidates registered (%n)", nullptr, int(f.candidates.size())),
            { RoundDossier::tr("No."), RoundDossier::tr("Employee no."), RoundDossier::tr("Name"),
                RoundDossier::tr("Site"), RoundDossier::tr("Workshop"),
                RoundDossier::tr("Grade held"), RoundDossier::tr("Held since"),
                RoundDossier::tr("Condition of registration"),
                RoundDossier::tr("Eligibility on %1").arg(day(f.round.assessmentEnd)),
                RoundDossier::tr("Registered by"), RoundDossier::tr("Registered at") },
            {}, 4 };
        int n = 0;
        for (const RoundCandidate &c : f.candidates) {
            // Registration refuses whoever is not eligible on the assessment date: every
            // candidate listed was checked, by the years or by the condition named.
            const QString eligibility = c.condition.isEmpty()
                ? RoundDossier::tr("eligible: the years at the grade held are met")
                : RoundDossier::tr("eligible by condition %1").arg(c.condition);
            s.rows += QStringList { QString::number(++n), c.employeeNo, c.name, c.site, c.workshop,
                gradeOrNone(c.held), day(c.heldSince),
                c.condition.isEmpty() ? RoundDossier::tr("years at the grade held") : c.condition,
                eligibility, c.registeredBy, moment(c.registeredAt) };
        }
        return { u"01-报名与资格审核"_s, RoundDossier::tr("Volume 1: registration and eligibility"),
            { s } };
    }

    Volume filing(const Facts &f)
    {
        const RoundRecord &r = f.round;
        const AssessmentPolicy &p = f.policy;
        Section s {
            RoundDossier::tr("The round and the policy in force on %1").arg(day(r.assessmentEnd)),
            { RoundDossier::tr("Item"), RoundDossier::tr("Value") }, {}, 1
        };
        auto add = [&s](const QString &item, const QString &value) {
            s.rows += QStringList { item, value };
        };
        add(RoundDossier::tr("Round"), RoundDossier::tr("%1 (no. %2)").arg(r.name).arg(r.id));
        add(RoundDossier::tr("Occupation"), r.occupation);
        add(RoundDossier::tr("Grade assessed"), GradeNames::display(r.grade));
        add(RoundDossier::tr("Assessment"),
            RoundDossier::tr("%1 to %2")
                .arg(day(r.assessmentStart.isValid() ? r.assessmentStart : r.assessmentEnd),
                    day(r.assessmentEnd)));
        add(RoundDossier::tr("Opened by"),
            RoundDossier::tr("%1, %2").arg(r.createdBy, moment(r.createdAt)));
        add(RoundDossier::tr("Stage"), AssessmentRules::display(r.stage));
        add(RoundDossier::tr("Candidates"),
            RoundDossier::tr("%1 registered, %2 passed, %3 failed, %4 approved, %5 rejected")
                .arg(r.candidates)
                .arg(r.passed)
                .arg(r.failed)
                .arg(r.approved)
                .arg(r.rejected));
        add(RoundDossier::tr("Parts required"),
            partList(AssessmentRules::requiredParts(r.grade, p)));
        add(RoundDossier::tr("Pass mark of every part"), p.passMark.text());
        add(RoundDossier::tr("Comprehensive review from"), GradeNames::display(p.reviewFrom));
        add(RoundDossier::tr("A passed part is kept for a retake"),
            RoundDossier::tr("%n month(s)", nullptr, p.keepPassedMonths));
        add(RoundDossier::tr("Examiners per panel"),
            RoundDossier::tr("an odd number, at least %1").arg(p.minPanel));
        add(RoundDossier::tr("Staffing"),
            RoundDossier::tr("1 invigilator per %1 candidates in theory, 1 examiner per %2 in "
                             "practical")
                .arg(p.candidatesPerInvigilator)
                .arg(p.candidatesPerExaminer));
        add(RoundDossier::tr("Notice period"),
            RoundDossier::tr("%n working day(s)", nullptr, p.noticeWorkingDays));
        add(RoundDossier::tr("Notice posted"),
            r.noticePosted.isValid()
                ? RoundDossier::tr("%1, period ends %2").arg(day(r.noticePosted), day(r.noticeEnds))
                : RoundDossier::tr("not posted"));
        if (!r.noticeOverrideBy.isEmpty())
            add(RoundDossier::tr("Decisions before the period ended"),
                RoundDossier::tr("allowed by %1: %2")
                    .arg(r.noticeOverrideBy, r.noticeOverrideReason));
        add(RoundDossier::tr("Report to the provincial system"),
            RoundDossier::tr(
                "%n working day(s) after the assessment ends", nullptr, p.reportWorkingDays));
        add(RoundDossier::tr("Report due (working-day calendar)"), day(r.reportDue));
        add(RoundDossier::tr("Reported"),
            r.reportedOn.isValid() ? RoundDossier::tr("%1, reference %2")
                                         .arg(day(r.reportedOn), orDash(r.reportReference))
                                   : RoundDossier::tr("not reported"));
        QStringList years;
        for (const int year : f.calendar.knownYears())
            years += QString::number(year);
        add(RoundDossier::tr("Calendar years known"),
            years.isEmpty() ? dash() : years.join(u", "_s));
        add(RoundDossier::tr("Retention"),
            RoundDossier::tr("paper %1 years, electronic %2 years")
                .arg(p.paperRetentionYears)
                .arg(p.electronicRetentionYears));
        return { u"02-备案"_s, RoundDossier::tr("Volume 2: filing"), { s } };
    }

    Volume process(const Facts &f)
    {
        Section staff { RoundDossier::tr("Examiners and invigilators"),
            { RoundDossier::tr("No."), RoundDossier::tr("Employee no."), RoundDossier::tr("Name"),
                RoundDossier::tr("Workshop"), RoundDossier::tr("Duty"),
                RoundDossier::tr("Examiner certificate no."), RoundDossier::tr("Grade held") },
            {}, 3 };
        int n = 0;
        std::array<int, 3> counts {};
        for (const RoundStaffMember &m : f.panels.staff) {
            ++counts[size_t(m.part)];
            staff.rows += QStringList { QString::number(++n), m.employeeNo, m.name, m.workshop,
                staffRole(m.part), orDash(m.certificateNo), gradeOrNone(m.grade) };
        }
        Section checks { RoundDossier::tr("Panel checks"),
            { RoundDossier::tr("Part"), RoundDossier::tr("Staff"), RoundDossier::tr("Candidates"),
                RoundDossier::tr("Check") },
            {}, 3 };
        const QList<AssessmentPart> required
            = AssessmentRules::requiredParts(f.round.grade, f.policy);
        for (const AssessmentPart part : required) {
            const auto &problem = f.panels.problems[size_t(part)];
            checks.rows += QStringList { AssessmentRules::display(part),
                QString::number(counts[size_t(part)]), QString::number(f.round.candidates),
                problem ? *problem : RoundDossier::tr("meets the rules") };
        }
        return { u"03-过程管理"_s, RoundDossier::tr("Volume 3: conduct of the assessment"),
            { staff, checks } };
    }

    Volume papers(const Facts &f)
    {
        Section scores { RoundDossier::tr("Scores as entered (%n)", nullptr, int(f.scores.size())),
            { RoundDossier::tr("No."), RoundDossier::tr("Employee no."), RoundDossier::tr("Name"),
                RoundDossier::tr("Part"), RoundDossier::tr("Score"), RoundDossier::tr("Examiner"),
                RoundDossier::tr("Entered by"), RoundDossier::tr("Entered at") },
            {}, 5 };
        int n = 0;
        for (const ScoreRecord &s : f.scores) {
            const QString examiner = s.examinerNo.isEmpty()
                ? RoundDossier::tr("the panel")
                : RoundDossier::tr("%1 (%2)").arg(s.examinerName, s.examinerNo);
            scores.rows += QStringList { QString::number(++n), s.employeeNo, s.name,
                AssessmentRules::display(s.part), s.score.text(), examiner, s.enteredBy,
                moment(s.enteredAt) };
        }
        const QList<AssessmentPart> required
            = AssessmentRules::requiredParts(f.round.grade, f.policy);
        Section results { RoundDossier::tr("Results"),
            { RoundDossier::tr("Employee no."), RoundDossier::tr("Name"),
                RoundDossier::tr("Workshop"), AssessmentRules::display(AssessmentPart::Theory),
                AssessmentRules::display(AssessmentPart::Practical),
                AssessmentRules::display(AssessmentPart::Review), RoundDossier::tr("Result"),
                RoundDossier::tr("Parts not passed"), RoundDossier::tr("Proposal") },
            {}, 2 };
        for (const RoundCandidate &c : f.candidates) {
            QStringList row { c.employeeNo, c.name, c.workshop };
            for (const AssessmentPart part : kAssessmentParts)
                row += partScore(c.parts[size_t(part)], required.contains(part));
            row += c.outcome.passed ? RoundDossier::tr("passed")
                : c.fullyScored     ? RoundDossier::tr("failed")
                                    : RoundDossier::tr("not fully scored");
            row += c.outcome.passed ? dash() : partList(c.outcome.failedParts);
            row += c.proposalId == 0
                ? dash()
                : RoundDossier::tr("no. %1, %2")
                      .arg(c.proposalId)
                      .arg(c.proposalStatus ? CertificationNames::display(*c.proposalStatus)
                                            : dash());
            results.rows += row;
        }
        return { u"04-试卷及成绩"_s, RoundDossier::tr("Volume 4: papers and scores"),
            { scores, results } };
    }

    Volume certificates(const Facts &f)
    {
        Section issued { RoundDossier::tr(
                             "Certificates issued (%n)", nullptr, int(f.certificates.size())),
            { RoundDossier::tr("No."), RoundDossier::tr("Certificate no."),
                RoundDossier::tr("Employee no."), RoundDossier::tr("Name"),
                RoundDossier::tr("Occupation"), RoundDossier::tr("Grade"),
                RoundDossier::tr("Issue date"), RoundDossier::tr("Times printed") },
            {}, 4 };
        int n = 0;
        for (const CertificateData &c : f.certificates)
            issued.rows += QStringList { QString::number(++n), c.number, c.employeeNo, c.workerName,
                c.occupation, GradeNames::display(c.grade),
                c.isIssued() ? day(c.issueDate) : RoundDossier::tr("not printed yet"),
                QString::number(c.timesPrinted) };
        Section log { RoundDossier::tr("Print log (%n)", nullptr, int(f.printings.size())),
            { RoundDossier::tr("No."), RoundDossier::tr("Certificate no."),
                RoundDossier::tr("Employee no."), RoundDossier::tr("Name"),
                RoundDossier::tr("Printed at"), RoundDossier::tr("Printed by"),
                RoundDossier::tr("Printing"), RoundDossier::tr("Reason of a reissue") },
            {}, 7 };
        n = 0;
        for (const CertificatePrintRecord &p : f.printings)
            log.rows += QStringList { QString::number(++n), p.number, p.employeeNo, p.workerName,
                moment(p.at), p.by,
                !p.reissueReason.isEmpty() ? RoundDossier::tr("reissue (补发)")
                    : p.duplicate          ? RoundDossier::tr("printed again")
                                           : RoundDossier::tr("first issue"),
                orDash(p.reissueReason) };
        return { u"05-证书管理"_s, RoundDossier::tr("Volume 5: certificates"), { issued, log } };
    }

    // The documents filed in a volume, each copied beside the volume's PDF (attachmentName);
    // those withdrawn are listed with their reason and not copied.
    std::optional<Section> documentsOf(const Facts &f, DossierVolume volume)
    {
        Section filed { RoundDossier::tr("Documents filed"),
            { RoundDossier::tr("No."), RoundDossier::tr("Title"), RoundDossier::tr("File"),
                RoundDossier::tr("Employee no."), RoundDossier::tr("Name"),
                RoundDossier::tr("Part"), RoundDossier::tr("Size (KB)"),
                RoundDossier::tr("SHA-256"), RoundDossier::tr("Filed by"),
                RoundDossier::tr("Filed at"), RoundDossier::tr("Withdrawn") },
            {}, 7 };
        for (const RoundDocument &d : f.documents) {
            if (d.volume != volume)
                continue;
            filed.rows += QStringList { QString::number(d.id), d.title,
                d.withdrawn ? d.fileName : attachmentName(d), orDash(d.employeeNo),
                orDash(d.workerName), d.part ? AssessmentRules::display(*d.part) : dash(),
                QString::number((d.sizeBytes + 1023) / 1024), d.sha256, d.addedBy,
                moment(d.addedAt), d.withdrawn ? d.withdrawnReason : dash() };
        }
        if (filed.rows.isEmpty())
            return std::nullopt;
        return filed;
    }

    QString heading(const Facts &f, const Volume &v)
    {
        return RoundDossier::tr("%1 · round %2 \"%3\" (%4, %5) · %6")
            .arg(f.company)
            .arg(f.round.id)
            .arg(f.round.name, f.round.occupation, GradeNames::display(f.round.grade), v.title);
    }

    Status paintVolume(QPagedPaintDevice &device, const Facts &f, const Volume &v)
    {
        const ReportStyle style = DocumentPages::styleFor(device, {});
        const double mm = style.mm;
        const QRectF area(0, 0, device.width(), device.height());
        const QFont small = style.font(8.5);
        const QFont bold = style.font(10, true);
        const QString top = heading(f, v);
        const QString keep = retention(f);
        const double headHeight = style.wrappedHeight(bold, area.width(), top)
            + style.wrappedHeight(small, area.width(), keep) + mm;
        const double footHeight = style.metrics(small).lineSpacing();

        DocumentPages::Blocks blocks;
        blocks.push_back(std::make_unique<TextBlock>(v.title, 14, true));
        for (const Section &s : v.sections) {
            blocks.push_back(std::make_unique<TextBlock>(s.title, 11, true));
            QList<ReportTable::Column> columns;
            for (const QString &title : s.columns)
                columns += ReportTable::Column { title };
            auto table = std::make_unique<ReportTable>(columns, s.wrapping, 8.5);
            for (const QStringList &row : s.rows) {
                QList<ReportTable::Cell> cells;
                for (const QString &text : row)
                    cells += ReportTable::Cell { text };
                table->addRow(cells);
            }
            if (s.rows.isEmpty())
                blocks.push_back(std::make_unique<TextBlock>(RoundDossier::tr("(none)"), 9));
            else
                blocks.push_back(std::move(table));
        }
        const QRectF body = area.adjusted(0, headHeight + 4 * mm, 0, -(footHeight + 3 * mm));
        const QList<DocumentPages::Page> pages = DocumentPages::flow(blocks, style, body, kGapMm);

        QPainter painter;
        if (!painter.begin(&device))
            return Error { RoundDossier::tr("The file cannot be opened for printing."), {} };
        QPen rule(ReportStyle::ruleColor(), 0.3 * mm);
        for (qsizetype i = 0; i < pages.size(); ++i) {
            if (i > 0)
                device.newPage();
            painter.setPen(Qt::black);
            painter.setFont(bold);
            const double topHeight = style.wrappedHeight(bold, area.width(), top);
            painter.drawText(QRectF(area.left(), area.top(), area.width(), topHeight),
                style.wrapFlags(bold, area.width(), top), top);
            painter.setFont(small);
            painter.drawText(
                QRectF(area.left(), area.top() + topHeight, area.width(), headHeight - topHeight),
                style.wrapFlags(small, area.width(), keep), keep);
            painter.setPen(rule);
            painter.drawLine(QPointF(area.left(), area.top() + headHeight + mm),
                QPointF(area.right(), area.top() + headHeight + mm));
            painter.drawLine(QPointF(area.left(), area.bottom() - footHeight - mm),
                QPointF(area.right(), area.bottom() - footHeight - mm));
            painter.setPen(Qt::black);
            painter.drawText(
                QRectF(area.left(), area.bottom() - footHeight, area.width(), footHeight),
                Qt::AlignRight | Qt::AlignVCenter,
                DocumentPages::pageOf(int(i + 1), int(pages.size())));
            painter.drawText(
                QRectF(area.left(), area.bottom() - footHeight, area.width() / 2, footHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                RoundDossier::tr("Made %1 by SkillLadder").arg(day(f.today)));
            DocumentPages::paint(painter, pages[i]);
        }
        painter.end();
        return success();
    }

    Status writeCsv(const QString &path, const Facts &f, const Volume &v)
    {
        CsvWriter csv(path, CsvWriter::Encoding::Utf8WithBom);
        if (auto opened = csv.open(); !opened)
            return opened;
        QList<QStringList> lines { { heading(f, v) }, { retention(f) }, {} };
        for (const Section &s : v.sections) {
            lines.append(QStringList { s.title });
            lines.append(s.columns);
            lines.append(s.rows);
            lines.append(QStringList {});
        }
        for (const QStringList &line : std::as_const(lines)) {
            if (auto written = csv.writeRow(line); !written)
                return written;
        }
        return csv.commit();
    }

    Result<Facts> read(QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today)
    {
        Facts f;
        f.today = today;
        const auto company = CompanyStore::require(db);
        if (!company)
            return company.error();
        f.company = company->name;
        auto round = AssessmentRoundStore::get(db, roundId, by, today);
        if (!round)
            return round.error();
        f.round = std::move(*round);
        auto candidates = AssessmentRoundStore::candidates(db, roundId, by, today);
        if (!candidates)
            return candidates.error();
        f.candidates = std::move(*candidates);
        auto panels = AssessmentRoundStore::panels(db, roundId);
        if (!panels)
            return panels.error();
        f.panels = std::move(*panels);
        auto scores = AssessmentRoundStore::scoreHistory(db, roundId);
        if (!scores)
            return scores.error();
        f.scores = std::move(*scores);
        // The policy the round was assessed under, not today's.
        auto policy = PolicyStore::assessmentOn(db, f.round.assessmentEnd);
        if (!policy)
            return policy.error();
        f.policy = std::move(*policy);
        auto calendar = WorkCalendarStore::load(db);
        if (!calendar)
            return calendar.error();
        f.calendar = std::move(*calendar);
        const auto ids = CertificateStore::ofRound(db, by, roundId);
        if (!ids)
            return ids.error();
        for (const qint64 id : *ids) {
            auto certificate
                = CertificateStore::forCertification(db, id, CertificateStore::Code::Left);
            if (!certificate)
                return certificate.error();
            certificate->idNumber.clear(); // never in a dossier file
            certificate->photo.clear();
            f.certificates += std::move(*certificate);
        }
        auto printings = CertificateStore::printingsOfRound(db, by, roundId);
        if (!printings)
            return printings.error();
        f.printings = std::move(*printings);
        auto documents = RoundDocumentStore::list(db, roundId);
        if (!documents)
            return documents.error();
        f.documents = std::move(*documents);

        f.archived = f.round.reportedOn.isValid();
        f.archiveDay = f.round.archivedOn.isValid() ? f.round.archivedOn : today;
        f.paperUntil = f.archiveDay.addYears(f.policy.paperRetentionYears);
        f.electronicUntil = f.archiveDay.addYears(f.policy.electronicRetentionYears);
        return f;
    }

    // Characters no file system of Windows, macOS or Linux takes in a name.
    QString safeName(QString name)
    {
        static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s);
        name.replace(unsafe, u"_"_s);
        return name.trimmed();
    }

    // Copies the volume's documents, as filed, into a folder beside its PDF ("04-试卷及成绩-附件"),
    // appending each file to written as it is made.
    Status copyDocuments(QSqlDatabase &db, const Facts &f, DossierVolume volume, const QDir &folder,
        QStringList &written)
    {
        for (const RoundDocument &d : f.documents) {
            if (d.volume != volume || d.withdrawn)
                continue;
            if (!QDir().mkpath(folder.path()))
                return Error { RoundDossier::tr("The folder %1 cannot be made.")
                                   .arg(QDir::toNativeSeparators(folder.path())),
                    {} };
            const auto bytes = RoundDocumentStore::data(db, d.id);
            if (!bytes)
                return bytes.error();
            const QString path = folder.filePath(attachmentName(d));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()
                || !file.commit())
                return Error { RoundDossier::tr("%1 cannot be written: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()),
                    {} };
            written += path;
        }
        return success();
    }

} // namespace

QString RoundDossier::folderName(qint64 roundId, const QString &occupation, const QString &grade)
{
    return safeName(u"考核批次-%1-%2-%3"_s.arg(roundId).arg(occupation, grade));
}

Result<QStringList> RoundDossier::write(QSqlDatabase &db, qint64 roundId, const Officer &by,
    const QString &folder, ProgressSink &progress, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed.error();
    auto facts = read(db, roundId, by, today);
    if (!facts)
        return facts.error();
    const Facts &f = *facts;
    QList<Volume> volumes { registrations(f), filing(f), process(f), papers(f), certificates(f) };
    for (DossierVolume volume : kDossierVolumes) {
        if (auto filed = documentsOf(f, volume))
            volumes[int(volume) - 1].sections += *filed;
    }

    const QDir target(QDir(folder).filePath(
        folderName(f.round.id, f.round.occupation, GradeNames::chinese(f.round.grade))));
    if (!QDir().mkpath(target.path()))
        return Error {
            tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(target.path())), {}
        };
    QStringList written;
    // Nothing half-written: a failure or a cancel takes back the files of this run.
    auto undo = [&written, &target, &volumes](Error error) -> Result<QStringList> {
        for (const QString &file : std::as_const(written))
            QFile::remove(file);
        for (const Volume &v : std::as_const(volumes))
            target.rmdir(attachmentsFolder(v.stem));
        // The round's folder goes too when this run made it: rmdir leaves one that holds more.
        QDir().rmdir(target.path());
        return error;
    };
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        if (progress.isCanceled())
            return undo(Error { tr("Making the dossier was cancelled; no file was kept."), {} });
        const Volume &v = volumes[i];
        const QString pdf = target.filePath(v.stem + u".pdf"_s);
        if (auto done = DocumentPages::writePdf(pdf, heading(f, v),
                [&f, &v](QPagedPaintDevice &device) {
                    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                        QPageLayout::Landscape, kMarginsMm, QPageLayout::Millimeter));
                    return paintVolume(device, f, v);
                });
            !done)
            return undo(done.error());
        written += pdf;
        const QString csv = target.filePath(v.stem + u".csv"_s);
        if (auto done = writeCsv(csv, f, v); !done)
            return undo(done.error());
        written += csv;
        const QDir attachments(target.filePath(attachmentsFolder(v.stem)));
        if (auto copied = copyDocuments(db, f, DossierVolume(i + 1), attachments, written); !copied)
            return undo(copied.error());
        progress.report(i + 1, volumes.size());
    }
    if (f.archived && !f.round.archivedOn.isValid()) {
        if (auto recorded = AssessmentRoundStore::recordArchive(db, roundId, today, by, today);
            !recorded)
            return undo(recorded.error());
    }
    return written;
}

} // namespace skl
