#pragma once

#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/importing/datafiles.h"
#include "core/store/allowancerunstore.h"
#include "ui/widgets/latestloader.h"

class QAction;
class QChartView;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;
class QToolButton;

namespace skl {

class AllowanceLineModel;
class Connection;

struct AllowanceRunView
{
    QDate month; // its 1st: what the page is labelled with, whatever month is being chosen
    std::optional<AllowanceRunInfo> info; // none: the month was never run
    QList<AllowanceLine> lines;
};

// 津贴核算 (issue #6): the month's allowances by workshop with totals and per worker; compute
// (off the GUI thread, with progress and Cancel), approve and lock, reopen for a correction
// (issue #12), compare with the previous run or the run a correction corrects,
// export for the payroll system (Excel, CSV) and print. A second tab lists the rates; rates,
// team-leader periods and master-apprentice agreements are imported from HR's files.
// Officers (issue 13): runs are read by payroll and approvers only; payroll computes, exports
// and sets rates, approvers approve and reopen, and the officer who computed a run cannot
// approve it. Buttons the officer's roles forbid are disabled and say which role they need; core
// refuses anyway.
class AllowanceView : public QWidget
{
    Q_OBJECT
public:
    explicit AllowanceView(QWidget *parent = nullptr);
    ~AllowanceView() override;

    // The open database and the officer logged in to it (null when none is open).
    void setConnection(Connection *connection, const Officer &officer);
    void setMonth(QDate month);
    QDate month() const;
    QTableWidget *unitTable() const { return m_units; }
    AllowanceLineModel *lineModel() const { return m_model; }
    const AllowanceRunView &shown() const { return m_shown; }
    // Computes and saves the month (the 核算 button), then shows it.
    void compute();
    // Approves the shown run, by its id and month, and locks the month (the button asks first,
    // naming why when the run pays no one or nothing: then empty is Confirmed).
    void approveShown(AllowanceRunStore::EmptyRun empty = AllowanceRunStore::EmptyRun::Refuse);
    // Reopens the shown locked month for a correction, with the approver's reason (the button
    // asks for it).
    void reopenShown(const QString &reason);
    // Draws the shown run's sheet for leadership (the 打印 button's preview prints this): the
    // company, the month, the workshop totals and the 制表 / 审核 / 批准 lines.
    void printTo(QPagedPaintDevice &device) const;

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct MonthRequest
    {
        QString path;
        QDate month;
        Officer officer;
    };

    void approve();
    void reopen();
    void load();
    void display(AllowanceRunView view);
    void present(AllowanceRunView view);
    void fillUnits();
    void fillRates();
    void fillCharts();
    void updateButtons();
    void compare();
    void exportTo(bool excel);
    void print();
    void importFile(DataFile what);
    void editRate();

    Connection *m_connection = nullptr;
    Officer m_officer;
    bool m_stale = false;
    AllowanceRunView m_shown;
    QTabWidget *m_tabs;
    QDateEdit *m_month;
    QPushButton *m_compute;
    QPushButton *m_approve;
    QPushButton *m_reopen;
    QPushButton *m_compare;
    QPushButton *m_excel;
    QPushButton *m_csv;
    QPushButton *m_print;
    QToolButton *m_import;
    QAction *m_importRates = nullptr;
    QAction *m_importRoles = nullptr;
    QAction *m_importMentorships = nullptr;
    QPushButton *m_setRate = nullptr;
    QLabel *m_status;
    QTableWidget *m_units;
    AllowanceLineModel *m_model;
    QTableView *m_lines;
    QTableWidget *m_rates;
    QChartView *m_byGrade;
    QChartView *m_byWorkshop;
    LatestLoader<MonthRequest, Result<AllowanceRunView>> m_loader;
};

} // namespace skl
