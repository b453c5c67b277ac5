#pragma once

#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/reports/duelist.h"
#include "core/reports/targetplanner.h"
#include "ui/widgets/latestloader.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace skl {

class Connection;
class DueTableModel;

struct DuePlan
{
    QList<DueWorker> due;
    TargetPlan plan;
};

// 待评价名单 with the target planner beside it: as of a planned date, who is due for regular
// promotion, per workshop, and how many more skilled and high-skilled workers each unit needs —
// the workers that would close the gap are shown in bold and exported with the list. Computed off
// the GUI thread on its own connection; a unit in the planner shows its workshop's list.
class DueView : public QWidget
{
    Q_OBJECT
public:
    explicit DueView(QWidget *parent = nullptr);
    ~DueView() override;

    // The open database and the officer logged in to it (null when none is open).
    void setConnection(Connection *connection, const Officer &officer);
    void setAsOf(QDate day);
    // Every workshop the officer reads, due on day, listed again (the home page's links).
    void showAllOn(QDate day);
    // Lists again now when shown, else the next time it is shown: a million-worker company's
    // list is not computed (nor kept) until someone looks at it.
    void refresh();
    bool isBusy() const { return m_loader.isBusy(); }
    DueTableModel *model() const { return m_model; }
    QTableWidget *planTable() const { return m_planTable; }
    // Writes the shown list (CSV or .xlsx by extension) with the planner's recommendations.
    Status exportTo(const QString &path) const;

Q_SIGNALS:
    void refreshed();
    void proposalsMade();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct DueRequest
    {
        QString path;
        Officer officer; // the list is theirs: a workshop head's holds their workshops only
        QDate asOf;
    };

    void compute();
    void showResult(const DueRequest &request, Result<DuePlan> result);
    void fillPlan(const TargetPlan &plan);
    void reloadWorkshops();
    void exportList();
    void proposeSelected();

    Connection *m_connection = nullptr;
    Officer m_officer;
    bool m_stale = false;
    QDateEdit *m_asOf;
    QComboBox *m_workshop;
    QPushButton *m_refresh;
    QPushButton *m_export;
    QPushButton *m_propose;
    QLabel *m_summary;
    DueTableModel *m_model;
    QTableView *m_table;
    QTableWidget *m_planTable;
    LatestLoader<DueRequest, Result<DuePlan>> m_loader;
};

} // namespace skl
