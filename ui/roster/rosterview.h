#pragma once

#include <memory>

#include <QTimer>
#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/exporting/rosterviewexport.h"
#include "core/store/rosterquery.h"
#include "ui/widgets/latestloader.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace skl {

class Connection;
class RosterActions;
class RosterTableModel;
class WorkerStore;

// The roster screen (花名册): search and combinable filters over a table that stays fast at a
// million workers, with "N of M workers" counted off the GUI thread.
class RosterView : public QWidget
{
    Q_OBJECT
public:
    explicit RosterView(QWidget *parent = nullptr);
    ~RosterView() override;

    // The open database (the GUI thread's connection); nullptr clears the screen.
    // The open database and the officer logged in to it (null when none is open).
    void setConnection(Connection *connection, const Officer &officer);
    // Units and workers again, after an import.
    void reload();

    // Shows only this unit's workers (from the target report); 0 means no filter.
    void showUnit(qint64 siteId, qint64 workshopId);

    RosterTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The desk acts on the chosen workers: context menu, tool bar, the window's Workers menu.
    RosterActions *actions() const { return m_actions; }
    // The workers selected in the table, in the table's order.
    QList<WorkerRow> chosenWorkers() const;
    // What an empty roster shows instead of the table, with its buttons (issue 15).
    QWidget *emptyPage() const { return m_emptyPage; }
    bool isShowingEmptyPage() const;
    RosterFilter filter() const;
    // What "export the roster as shown" writes: the model's query (filter, search, sort) and the
    // columns not hidden, in their on-screen order, with their headers as shown.
    const RosterQuery &query() const;
    QList<RosterViewExport::Shown> shownColumns() const;
    void setSearchText(const QString &text);
    // The text for the status bar: "N of M workers".
    QString countText() const;

Q_SIGNALS:
    void countsChanged(qint64 shown, qint64 total);
    // "N of M workers", "Counting…" or why counting failed: for the window's status bar.
    void countTextChanged(const QString &text);
    // A worker was double-clicked or chosen with Enter: open the profile.
    void workerActivated(qint64 workerId);
    // A desk act changed workers (added, left, moved, deleted); the roster reloads itself.
    void workersChanged();
    // The empty roster's buttons.
    void importRequested();
    void demoRequested();

private:
    struct Counts
    {
        qint64 shown = 0;
        qint64 total = 0;
    };
    struct CountRequest
    {
        QString path;
        RosterFilter filter;
        Officer reader;
    };

    void buildFilterBar();
    QWidget *buildEmptyPage();
    void showTableMenu(const QPoint &at);
    void fillUnitFilters();
    void fillWorkshops();
    void applyFilter();
    void countWorkers();
    void countsReady(const Result<Counts> &counts);
    void showColumnMenu(const QPoint &at);
    void saveHeader();
    // The width a column needs to show its values whole (dates, ID numbers, unit names).
    int minimumWidth(int column) const;
    void widenToMinimums();
    void fitColumnsOnce();
    void setCountText(const QString &text);

    Connection *m_connection = nullptr;
    Officer m_officer;
    std::unique_ptr<WorkerStore> m_workers;
    RosterTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    RosterActions *m_actions = nullptr;
    QStackedWidget *m_body = nullptr;
    QWidget *m_emptyPage = nullptr;
    QPushButton *m_importButton = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_site = nullptr;
    QComboBox *m_workshop = nullptr;
    QComboBox *m_occupation = nullptr;
    QComboBox *m_grade = nullptr;
    QComboBox *m_frontline = nullptr;
    QComboBox *m_service = nullptr;
    QString m_countText;
    QTimer m_searchDelay;
    LatestLoader<CountRequest, Result<Counts>> m_counter;
    bool m_filling = false;
    bool m_fitColumns = false; // no remembered layout yet: fit the columns to the first rows
};

} // namespace skl
