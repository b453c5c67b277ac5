#pragma once

#include <QList>
#include <QWidget>

#include "core/domain/officer.h"
#include "core/store/teamleaderstore.h"

class QPushButton;
class QTableWidget;

namespace skl {

class Connection;
class TeamLeaderPeriodDialog;

// A worker's team-leader periods (班组长任期) in the profile (issue 15): listed oldest first,
// with New, Close and Correct for hr; other roles read them, the buttons disabled with a
// tooltip naming the role they need.
class TeamLeaderPeriodsPanel : public QWidget
{
    Q_OBJECT
public:
    TeamLeaderPeriodsPanel(Connection &connection, const Officer &officer, qint64 workerId,
        const QString &workerLabel, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *correctButton() const { return m_correct; }
    const QList<TeamLeaderPeriodRecord> &periods() const { return m_periods; }
    void reload();
    // The editor the buttons open (not yet shown), for the window and for tests.
    TeamLeaderPeriodDialog *newOpenDialog();
    TeamLeaderPeriodDialog *newCloseDialog();
    TeamLeaderPeriodDialog *newCorrectDialog();

Q_SIGNALS:
    void periodsChanged(qint64 workerId);

private:
    void run(TeamLeaderPeriodDialog *dialog);
    void updateButtons();
    const TeamLeaderPeriodRecord *selected() const;

    Connection &m_connection;
    Officer m_officer;
    qint64 m_workerId;
    QString m_workerLabel;
    QList<TeamLeaderPeriodRecord> m_periods;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_correct = nullptr;
};

} // namespace skl
