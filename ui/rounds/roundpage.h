#pragma once

#include <optional>

#include <QDate>
#include <QWidget>

#include "core/domain/officer.h"
#include "ui/rounds/roundcontext.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace skl {

class Connection;
class RoundCandidatesTab;
class RoundDossierTab;
class RoundNoticeTab;
class RoundPanelsTab;
class RoundResultsTab;
class RoundScoresTab;
class RoundStepper;

// One assessment round's page (issue 16): its stage as a stepper, the report's deadline and
// working-day countdown, and a tab for each part of the work: 考生, 考评组, 成绩, 结果, 公示, 归档.
// Every tab acts through AssessmentRoundStore, which checks the officer; the page reads the round
// again after each action.
class RoundPage : public QWidget
{
    Q_OBJECT
public:
    explicit RoundPage(QWidget *parent = nullptr);

    void setConnection(Connection *connection, const Officer &officer);
    void setToday(QDate today);
    // Reads the round and shows it; false (with the error shown) when it cannot be read.
    bool open(qint64 roundId);
    void reload();

    const std::optional<RoundContext> &context() const { return m_context; }
    QTabWidget *tabs() const { return m_tabs; }
    RoundStepper *stepper() const { return m_stepper; }
    QLabel *deadlineLabel() const { return m_deadline; }
    RoundCandidatesTab *candidatesTab() const { return m_candidates; }
    RoundPanelsTab *panelsTab() const { return m_panels; }
    RoundScoresTab *scoresTab() const { return m_scores; }
    RoundResultsTab *resultsTab() const { return m_results; }
    RoundNoticeTab *noticeTab() const { return m_notice; }
    RoundDossierTab *dossierTab() const { return m_dossier; }

Q_SIGNALS:
    void backRequested();
    // Something was written in the round: the list and the certifications read again.
    void roundChanged();

private:
    void written();
    void showHeader(const RoundRecord &round);

    Connection *m_connection = nullptr;
    Officer m_officer;
    QDate m_today = QDate::currentDate();
    qint64 m_roundId = 0;
    std::optional<RoundContext> m_context;
    QPushButton *m_back;
    QLabel *m_title;
    RoundStepper *m_stepper;
    QLabel *m_deadline;
    QTabWidget *m_tabs;
    RoundCandidatesTab *m_candidates;
    RoundPanelsTab *m_panels;
    RoundScoresTab *m_scores;
    RoundResultsTab *m_results;
    RoundNoticeTab *m_notice;
    RoundDossierTab *m_dossier;
};

} // namespace skl
