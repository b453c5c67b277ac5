#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include "core/domain/officer.h"
#include "core/store/assessmentroundstore.h"

class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace skl {

class Connection;
class RoundPage;

// 考核批次 (issue 16): the assessment rounds with their stage and the report's working-day
// countdown, 新建考核批次 for hr, and a round's own page when one is opened.
class RoundsView : public QWidget
{
    Q_OBJECT
public:
    explicit RoundsView(QWidget *parent = nullptr);

    // The open database and the officer logged in to it (null when none is open).
    void setConnection(Connection *connection, const Officer &officer);
    void reload();
    // The list and the open round read again (another connection wrote).
    void refresh();
    // Opens the round's page (the home page's warning and a double-click lead here).
    void showRound(qint64 roundId);
    void showList();
    // The day the countdowns are counted from (tests and screenshots fix it).
    void setToday(QDate today);

    QTableWidget *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    RoundPage *page() const { return m_page; }
    bool isShowingRound() const;
    const QList<RoundRecord> &rounds() const { return m_rounds; }

    // "2026-12-10 (3 working days left)", "overdue by 2 working days", "reported 2026-12-08".
    static QString deadlineText(const RoundRecord &round);
    // Red: due in three working days or fewer, or overdue, and not yet reported.
    static bool deadlineIsNear(const RoundRecord &round);

Q_SIGNALS:
    // Proposals or grades changed in a round (scores made proposals): the certifications reload.
    void proposalsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createRound();
    void openSelected();

    Connection *m_connection = nullptr;
    Officer m_officer;
    QDate m_today = QDate::currentDate();
    bool m_stale = false;
    QList<RoundRecord> m_rounds;
    QStackedWidget *m_stack;
    QWidget *m_listPage;
    QTableWidget *m_table;
    QPushButton *m_new;
    QPushButton *m_open;
    RoundPage *m_page;
};

} // namespace skl
