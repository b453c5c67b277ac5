#include "ui/certification/certificationpage.h"

#include "ui/certification/certificationview.h"
#include "ui/certification/competitionview.h"
#include "ui/certification/dueview.h"
#include "ui/rounds/roundsview.h"

namespace skl {

CertificationPage::CertificationPage(QWidget *parent)
    : QTabWidget(parent)
    , m_certifications(new CertificationView(this))
    , m_due(new DueView(this))
    , m_rounds(new RoundsView(this))
    , m_competitions(new CompetitionView(this))
{
    addTab(m_certifications, tr("Certifications"));
    addTab(m_due, tr("Due for assessment and target planner"));
    addTab(m_rounds, tr("Assessment rounds"));
    addTab(m_competitions, tr("Skill competitions"));
    setDocumentMode(true);
    connect(m_certifications, &CertificationView::gradesChanged, this, [this] {
        m_due->refresh();
        Q_EMIT gradesChanged();
    });
    connect(m_competitions, &CompetitionView::gradesChanged, this, [this] {
        m_certifications->reload();
        m_due->refresh();
        Q_EMIT gradesChanged();
    });
    // New proposals take workers off the due list and appear among the certifications.
    connect(m_due, &DueView::proposalsMade, m_certifications, &CertificationView::reloadAll);
    connect(m_competitions, &CompetitionView::proposalsMade, m_certifications,
        &CertificationView::reloadAll);
    // Scores that pass a candidate make a proposal; a registration takes a worker off nothing.
    connect(m_rounds, &RoundsView::proposalsChanged, this, [this] {
        m_certifications->reloadAll();
        m_due->refresh();
    });
}

void CertificationPage::setConnection(Connection *connection, const Officer &officer)
{
    m_certifications->setConnection(connection, officer);
    m_due->setConnection(connection, officer);
    m_competitions->setConnection(connection, officer);
    m_rounds->setConnection(connection, officer);
}

void CertificationPage::showDueOn(QDate day)
{
    m_due->showAllOn(day);
    setCurrentWidget(m_due);
}

void CertificationPage::showWaitingForMe()
{
    setCurrentWidget(m_certifications);
    m_certifications->showWaitingForMe();
}

void CertificationPage::showRound(qint64 roundId)
{
    setCurrentWidget(m_rounds);
    m_rounds->showRound(roundId);
}

void CertificationPage::reload()
{
    m_certifications->reloadAll();
    m_due->refresh();
    m_competitions->reload();
    m_rounds->refresh();
}

} // namespace skl
