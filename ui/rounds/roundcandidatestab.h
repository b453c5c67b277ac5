#pragma once

#include <QWidget>

#include "ui/rounds/roundcontext.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace skl {

// 考生: the round's registered candidates, and the three ways to register more (from the due
// list with the target planner's recommendations checked, by employee number, from a
// registration form), and 撤回报名 with a reason. A workshop head sees and registers their own
// workshops' workers only (core reads and checks so).
class RoundCandidatesTab : public QWidget
{
    Q_OBJECT
public:
    explicit RoundCandidatesTab(QWidget *parent = nullptr);

    void show(const RoundContext &context);
    QTableWidget *table() const { return m_table; }
    QPushButton *fromDueListButton() const { return m_fromDue; }
    QPushButton *byNumberButton() const { return m_byNumber; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *withdrawButton() const { return m_withdraw; }

    // Registers by the officer, all or none; shows every refusal (and the date each worker would
    // be eligible) or how many were registered. True when they were.
    bool registerAll(const QList<AssessmentRoundStore::Registration> &registrations);
    // Registers one worker; a refusal is shown. True when registered.
    bool registerOne(const QString &employeeNo, const QString &condition);
    // Reads a registration form (CSV or .xlsx) and registers its rows.
    void importFile(const QString &path);

Q_SIGNALS:
    void written();

private:
    void addFromDueList();
    void addByNumber();
    void chooseImport();
    void withdrawSelected();
    void updateButtons();

    std::optional<RoundContext> m_context;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_fromDue;
    QPushButton *m_byNumber;
    QPushButton *m_import;
    QPushButton *m_withdraw;
};

} // namespace skl
