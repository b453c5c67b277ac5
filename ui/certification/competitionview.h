#pragma once

#include <QWidget>

#include "core/printing/certificatepage.h"
#include "core/store/competitionstore.h"

class QPushButton;
class QTableWidget;
#include "core/domain/officer.h"

namespace skl {

class Connection;

// 技能竞赛 (section 十四): competitions and their results. Recording a result the competition
// policy rewards offers the promotion, proposed with the result as its evidence in the
// competition's round; the round's promotions are approved and printed together.
class CompetitionView : public QWidget
{
    Q_OBJECT
public:
    explicit CompetitionView(QWidget *parent = nullptr);

    // The open database and the officer logged in to it (null when none is open).
    void setConnection(Connection *connection, const Officer &officer);
    void reload();
    QTableWidget *competitionTable() const { return m_competitions; }
    QTableWidget *resultTable() const { return m_results; }

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void gradesChanged();
    void proposalsMade();

private:
    void addCompetition();
    void addResult();
    void approvePromotions();
    void printCertificates();
    void showResults();
    const CompetitionRecord *current() const;

    Connection *m_connection = nullptr;
    Officer m_officer;
    bool m_stale = false; // read again when shown
    QList<CompetitionRecord> m_list;
    QTableWidget *m_competitions;
    QTableWidget *m_results;
    QPushButton *m_add;
    QPushButton *m_result;
    QPushButton *m_approve;
    QPushButton *m_print;
};

} // namespace skl
