#include "ui/rounds/roundnoticetab.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/printing/roundnotice.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/rounds/roundsview.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // A date and, when asked for, a reference: 发布公示 on a day, 记录上报 with its number.
    struct DateAnswer
    {
        QDate day;
        QString reference;
    };

    std::optional<DateAnswer> askDate(QWidget *parent, const QString &title, const QString &label,
        QDate initial, const QString &referenceLabel = {})
    {
        QDialog dialog(parent);
        HelpTopic::set(&dialog, u"rounds"_s);
        dialog.setWindowTitle(title);
        auto *day = new QDateEdit(initial, &dialog);
        day->setCalendarPopup(true);
        day->setDisplayFormat(u"yyyy-MM-dd"_s);
        auto *reference = new QLineEdit(&dialog);
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *form = new QFormLayout(&dialog);
        form->addRow(label, day);
        if (!referenceLabel.isEmpty())
            form->addRow(referenceLabel, reference);
        form->addRow(buttons);
        dialog.resize(420, dialog.sizeHint().height());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return DateAnswer { day->date(), reference->text().trimmed() };
    }

} // namespace

RoundNoticeTab::RoundNoticeTab(QWidget *parent)
    : QWidget(parent)
    , m_period(new QLabel(this))
    , m_report(new QLabel(this))
    , m_post(new QPushButton(tr("Post the notice…"), this))
    , m_print(new QPushButton(tr("Print the notice…"), this))
    , m_pdf(new QPushButton(tr("Save the notice as PDF…"), this))
    , m_override(new QPushButton(tr("End the notice early…"), this))
    , m_recordReport(new QPushButton(tr("Record the report…"), this))
{
    HelpTopic::set(this, u"rounds"_s);
    m_period->setWordWrap(true);
    m_report->setWordWrap(true);
    m_period->setTextFormat(Qt::RichText);
    m_report->setTextFormat(Qt::RichText);

    auto *notice = new QGroupBox(tr("Public notice (公示)"), this);
    auto *noticeBar = new QHBoxLayout;
    for (QPushButton *button : { m_post, m_print, m_pdf, m_override })
        noticeBar->addWidget(button);
    noticeBar->addStretch();
    auto *noticeLayout = new QVBoxLayout(notice);
    noticeLayout->addWidget(m_period);
    noticeLayout->addLayout(noticeBar);

    auto *report = new QGroupBox(tr("Report to the provincial system (上报)"), this);
    auto *reportBar = new QHBoxLayout;
    reportBar->addWidget(m_recordReport);
    reportBar->addStretch();
    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->addWidget(m_report);
    reportLayout->addLayout(reportBar);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(notice);
    layout->addWidget(report);
    layout->addStretch();

    connect(m_post, &QPushButton::clicked, this, &RoundNoticeTab::askToPost);
    connect(m_print, &QPushButton::clicked, this, &RoundNoticeTab::printNotice);
    connect(m_pdf, &QPushButton::clicked, this, &RoundNoticeTab::askForPdf);
    connect(m_override, &QPushButton::clicked, this, &RoundNoticeTab::askToEndEarly);
    connect(m_recordReport, &QPushButton::clicked, this, &RoundNoticeTab::askToRecordReport);
}

void RoundNoticeTab::show(const RoundContext &context)
{
    m_context = context;
    const RoundRecord &r = context.round;
    const bool posted = r.noticePosted.isValid();
    QString period;
    if (!posted) {
        period = tr("The notice is not posted yet. It can be posted once every candidate is "
                    "scored; it then runs for %n working day(s), and approvals wait until it "
                    "ends.",
            nullptr, context.policy.noticeWorkingDays);
    } else {
        period = tr("Posted on <b>%1</b>; the last day of the notice is <b>%2</b> (%n working "
                    "day(s)).",
            nullptr, context.policy.noticeWorkingDays)
                     .arg(r.noticePosted.toString(Qt::ISODate), r.noticeEnds.toString(Qt::ISODate));
        if (!r.noticeOverrideBy.isEmpty())
            period += u"<br>"_s
                + tr("Ended early by %1: %2")
                      .arg(r.noticeOverrideBy.toHtmlEscaped(),
                          r.noticeOverrideReason.toHtmlEscaped());
        else if (context.today <= r.noticeEnds)
            period += u"<br>"_s + tr("Approvals of the round wait until the notice ends.");
    }
    m_period->setText(period);

    QString report = tr("Due on %1.").arg(RoundsView::deadlineText(r).toHtmlEscaped());
    if (r.reportedOn.isValid())
        report = tr("Reported on <b>%1</b>, reference %2.")
                     .arg(r.reportedOn.toString(Qt::ISODate), r.reportReference.toHtmlEscaped());
    else if (RoundsView::deadlineIsNear(r))
        report = u"<span style=\"color:#a81d1d\">"_s + report + u"</span>"_s;
    m_report->setText(report);

    const Officer &officer = context.officer;
    guardByAct(m_post, officer, Act::ManageRounds, !posted);
    // Before it is posted the notice prints as a draft (草稿), for checking: it names the passes.
    guardByAct(m_print, officer, Act::ReadCertifications, r.passed > 0);
    guardByAct(m_pdf, officer, Act::ReadCertifications, r.passed > 0);
    // Only an approver decides that approvals need not wait (issue 16).
    m_override->setVisible(officer.may(Act::DecideCertification));
    m_override->setEnabled(posted && r.noticeOverrideBy.isEmpty() && context.today <= r.noticeEnds);
    // Reported once every proposal of the round is decided (core refuses before).
    guardByAct(m_recordReport, officer, Act::ManageRounds,
        posted && !r.reportedOn.isValid() && r.proposed == 0);
}

bool RoundNoticeTab::post(QDate day)
{
    if (!m_context)
        return false;
    const auto posted = AssessmentRoundStore::postNotice(m_context->connection->db(),
        m_context->round.id, day, m_context->officer, m_context->today);
    if (!posted) {
        ErrorPresenter::show(this, tr("Post the notice"), posted.error());
        return false;
    }
    Q_EMIT written();
    return true;
}

bool RoundNoticeTab::endEarly(const QString &reason)
{
    if (!m_context)
        return false;
    const Status done = AssessmentRoundStore::overrideNotice(m_context->connection->db(),
        m_context->round.id, reason, m_context->officer, m_context->today);
    if (!done) {
        ErrorPresenter::show(this, tr("End the notice early"), done.error());
        return false;
    }
    Q_EMIT written();
    return true;
}

bool RoundNoticeTab::recordReport(QDate on, const QString &reference)
{
    if (!m_context)
        return false;
    const Status done = AssessmentRoundStore::recordReport(m_context->connection->db(),
        m_context->round.id, on, reference, m_context->officer, m_context->today);
    if (!done) {
        ErrorPresenter::show(this, tr("Record the report"), done.error());
        return false;
    }
    Q_EMIT written();
    return true;
}

void RoundNoticeTab::askToPost()
{
    if (!m_context)
        return;
    const auto answer = askDate(this, tr("Post the notice"), tr("Posted on"), m_context->today);
    if (answer)
        post(answer->day);
}

void RoundNoticeTab::askToEndEarly()
{
    if (!m_context)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("End the notice early"),
        tr("Approvals of %1 may then go ahead before the notice period ends. Why?")
            .arg(m_context->round.name),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        endEarly(reason.trimmed());
}

void RoundNoticeTab::askToRecordReport()
{
    if (!m_context)
        return;
    const auto answer = askDate(this, tr("Record the report"), tr("Reported on"), m_context->today,
        tr("Reference in the provincial system"));
    if (answer)
        recordReport(answer->day, answer->reference);
}

void RoundNoticeTab::printNotice()
{
    if (!m_context)
        return;
    const QString title = tr("Print the notice");
    // A notice is a page or two: composed and painted on the GUI thread, as the preview needs.
    const auto content = RoundNotice::compose(
        m_context->connection->db(), m_context->round.id, m_context->officer, m_context->today);
    if (!content) {
        ErrorPresenter::show(this, title, content.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    RoundNotice::setUp(printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(title);
    std::optional<Error> failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&](QPrinter *target) {
        if (auto painted = RoundNotice::paint(*target, *content); !painted)
            failure = painted.error();
    });
    preview.resize(1000, 760);
    preview.exec();
    if (failure)
        ErrorPresenter::show(this, title, *failure);
}

void RoundNoticeTab::askForPdf()
{
    if (!m_context)
        return;
    const QString path = SaveFileDialog::ask(this, tr("Save the notice as PDF"),
        tr("%1 public notice.pdf").arg(m_context->round.name), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    writePdf(path, [this, path](bool written) {
        if (written)
            QMessageBox::information(this, tr("Save the notice as PDF"),
                tr("The notice is saved as %1.").arg(QDir::toNativeSeparators(path)));
    });
}

void RoundNoticeTab::writePdf(const QString &path, std::function<void(bool)> finished)
{
    if (!m_context)
        return;
    const RoundJob job = m_context->job();
    runWithProgress<Status>(
        this, tr("Writing the notice…"),
        [job, path](ProgressSink &) -> Status {
            return withConnection(
                job.database, Connection::Mode::MustExist, [&](QSqlDatabase &db) -> Status {
                    const auto content = RoundNotice::compose(db, job.roundId, job.by, job.today);
                    if (!content)
                        return content.error();
                    return RoundNotice::writePdf(*content, path);
                });
        },
        [this, finished](const std::optional<Status> &result) {
            const bool written = result && result->ok();
            if (result && !result->ok())
                ErrorPresenter::show(this, tr("Save the notice as PDF"), result->error());
            if (finished)
                finished(written);
        });
}

} // namespace skl
