#pragma once

#include <QDate>
#include <QTabWidget>

#include "core/domain/officer.h"

namespace skl {

class CertificationView;
class CompetitionView;
class Connection;
class DueView;
class RoundsView;

// The window's 等级认定 page: certifications (认定记录), the due list with the target planner
// (待评价名单), the assessment rounds (考核批次, issue 16) and skill competitions (技能竞赛).
class CertificationPage : public QTabWidget
{
    Q_OBJECT
public:
    explicit CertificationPage(QWidget *parent = nullptr);

    void setConnection(Connection *connection, const Officer &officer);
    void reload();
    // The home page's links (issue 15): the due list as of a day, and the proposals waiting for
    // the officer's decision.
    void showDueOn(QDate day);
    void showWaitingForMe();
    // The round's page (the home page's warning of a report due, issue 16).
    void showRound(qint64 roundId);
    CertificationView *certifications() const { return m_certifications; }
    DueView *due() const { return m_due; }
    CompetitionView *competitions() const { return m_competitions; }
    RoundsView *rounds() const { return m_rounds; }

Q_SIGNALS:
    void gradesChanged();

private:
    CertificationView *m_certifications;
    DueView *m_due;
    RoundsView *m_rounds;
    CompetitionView *m_competitions;
};

} // namespace skl
