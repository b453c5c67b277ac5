#pragma once

#include <optional>

#include <QList>
#include <QWidget>

#include "core/domain/officer.h"
#include "core/store/projectstore.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;

// 项目攻关 (issue 17): 揭榜领题 projects and 技师+工程师 teams, with a detail pane for the one
// chosen (the lead and members with their grade or title as of the start, and the status
// history); hr adds projects and members, withdraws a member and records a new status and
// outcome.
class ProjectsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectsTab(QWidget *parent = nullptr);

    void setConnection(Connection *connection, const Officer &officer);
    void reload();

    QTableWidget *projectTable() const { return m_projects; }
    QTableWidget *memberTable() const { return m_members; }
    QTableWidget *historyTable() const { return m_history; }
    const std::optional<ProjectDetail> &detail() const { return m_detail; }
    QList<QPushButton *> writeButtons() const;

    // The acts behind the buttons (which ask for their values first); an error is shown.
    bool addProject(ProjectInput input);
    bool addMember(const QString &employeeNo);
    bool withdrawMember(qint64 memberId, const QString &reason);
    bool update(ProjectStatus status, const QString &outcome, QDate onDate);
    void select(qint64 projectId);

private:
    void showDetail();
    void updateButtons();
    void askProject();
    void askMember();
    void askWithdraw();
    void askUpdate();
    qint64 currentId() const;

    Connection *m_connection = nullptr;
    Officer m_officer;
    QList<ProjectRecord> m_list;
    std::optional<ProjectDetail> m_detail;
    QTableWidget *m_projects;
    QLabel *m_summary;
    QTableWidget *m_members;
    QTableWidget *m_history;
    QPushButton *m_add;
    QPushButton *m_member;
    QPushButton *m_withdraw;
    QPushButton *m_update;
};

} // namespace skl
