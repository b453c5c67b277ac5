#include "ui/rounds/roundpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/rounds/roundcandidatestab.h"
#include "ui/rounds/rounddossiertab.h"
#include "ui/rounds/roundnoticetab.h"
#include "ui/rounds/roundpanelstab.h"
#include "ui/rounds/roundresultstab.h"
#include "ui/rounds/roundscorestab.h"
#include "ui/rounds/roundstepper.h"
#include "ui/rounds/roundsview.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

RoundPage::RoundPage(QWidget *parent)
    : QWidget(parent)
    , m_back(new QPushButton(tr("← All rounds"), this))
    , m_title(new QLabel(this))
    , m_stepper(new RoundStepper(this))
    , m_deadline(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_candidates(new RoundCandidatesTab(this))
    , m_panels(new RoundPanelsTab(this))
    , m_scores(new RoundScoresTab(this))
    , m_results(new RoundResultsTab(this))
    , m_notice(new RoundNoticeTab(this))
    , m_dossier(new RoundDossierTab(this))
{
    HelpTopic::set(this, u"rounds"_s);
    m_title->setTextFormat(Qt::RichText);
    m_tabs->addTab(m_candidates, tr("Candidates"));
    m_tabs->addTab(m_panels, tr("Panels"));
    m_tabs->addTab(m_scores, tr("Scores"));
    m_tabs->addTab(m_results, tr("Results"));
    m_tabs->addTab(m_notice, tr("Notice"));
    m_tabs->addTab(m_dossier, tr("Dossier"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addWidget(m_title, 1);
    auto *stages = new QHBoxLayout;
    stages->addWidget(m_stepper, 1);
    stages->addWidget(m_deadline);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(stages);
    layout->addWidget(m_tabs, 1);

    connect(m_back, &QPushButton::clicked, this, &RoundPage::backRequested);
    connect(m_candidates, &RoundCandidatesTab::written, this, &RoundPage::written);
    connect(m_panels, &RoundPanelsTab::written, this, &RoundPage::written);
    connect(m_scores, &RoundScoresTab::written, this, &RoundPage::written);
    connect(m_notice, &RoundNoticeTab::written, this, &RoundPage::written);
    connect(m_dossier, &RoundDossierTab::written, this, &RoundPage::written);
}

void RoundPage::setConnection(Connection *connection, const Officer &officer)
{
    m_connection = connection;
    m_officer = officer;
    m_roundId = 0;
    m_context.reset();
}

void RoundPage::setToday(QDate today)
{
    m_today = today;
    if (m_roundId != 0 && isVisible())
        reload();
}

bool RoundPage::open(qint64 roundId)
{
    m_roundId = roundId;
    m_tabs->setCurrentWidget(m_candidates);
    reload();
    return m_context.has_value();
}

void RoundPage::reload()
{
    if (!m_connection || m_roundId == 0)
        return;
    auto read = RoundContext::read(*m_connection, m_officer, m_roundId, m_today);
    if (!read) {
        m_context.reset();
        ErrorPresenter::show(this, tr("Assessment round"), read.error());
        return;
    }
    m_context = std::move(*read);
    showHeader(m_context->round);
    m_candidates->show(*m_context);
    m_panels->show(*m_context);
    m_scores->show(*m_context);
    m_results->show(*m_context);
    m_notice->show(*m_context);
    m_dossier->show(*m_context);
}

void RoundPage::showHeader(const RoundRecord &round)
{
    m_title->setText(
        tr("<b>%1</b> · %2 · %3 · assessment %4")
            .arg(round.name.toHtmlEscaped(), round.occupation.toHtmlEscaped(),
                GradeNames::display(round.grade), round.assessmentEnd.toString(Qt::ISODate)));
    m_stepper->setStage(round.stage);
    m_deadline->setText(tr("Report to the province: %1").arg(RoundsView::deadlineText(round)));
    m_deadline->setStyleSheet(
        RoundsView::deadlineIsNear(round) ? u"color: #a81d1d; font-weight: bold;"_s : QString());
}

void RoundPage::written()
{
    reload();
    Q_EMIT roundChanged();
}

} // namespace skl
