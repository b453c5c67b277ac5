#pragma once

#include <optional>

#include <QList>
#include <QWidget>

#include "core/domain/officer.h"
#include "core/store/studiostore.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace skl {

class Connection;

// 技能大师工作室 (issue 17): the studios, with a detail pane for the one chosen (its members,
// former ones too, and its results); hr adds studios, members and results, records a member's
// leaving and withdraws a mistaken result.
class StudiosTab : public QWidget
{
    Q_OBJECT
public:
    explicit StudiosTab(QWidget *parent = nullptr);

    void setConnection(Connection *connection, const Officer &officer);
    void reload();

    QTableWidget *studioTable() const { return m_studios; }
    QTableWidget *memberTable() const { return m_members; }
    QTableWidget *resultTable() const { return m_results; }
    QLabel *summary() const { return m_summary; }
    const std::optional<StudioDetail> &detail() const { return m_detail; }
    QList<QPushButton *> writeButtons() const;

    // The acts behind the buttons (which ask for their values first); an error is shown.
    bool addStudio(StudioInput input);
    bool addMember(const QString &employeeNo, QDate joinedOn);
    bool leave(qint64 memberId, QDate leftOn);
    bool addResult(const StudioResultInput &input);
    bool withdrawResult(qint64 resultId, const QString &reason);
    void select(qint64 studioId);

private:
    void showDetail();
    void updateButtons();
    void askStudio();
    void askMember();
    void askLeave();
    void askResult();
    void askWithdraw();
    qint64 currentId() const;

    Connection *m_connection = nullptr;
    Officer m_officer;
    QList<StudioRecord> m_list;
    std::optional<StudioDetail> m_detail;
    QTableWidget *m_studios;
    QLabel *m_summary;
    QTableWidget *m_members;
    QTableWidget *m_results;
    QPushButton *m_add;
    QPushButton *m_member;
    QPushButton *m_leave;
    QPushButton *m_result;
    QPushButton *m_withdraw;
};

} // namespace skl
