#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/workerrow.h"
#include "core/store/rosterquery.h"

namespace skl {

class WorkerStore;

// The roster (花名册) of any size: rows are fetched from the store in keyset pages as the view
// scrolls (never the whole table), sorting and filtering are done by the database. data() only
// formats.
class RosterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        EmployeeNo,
        Name,
        Gender,
        IdNumber,
        Site,
        Workshop,
        Occupation,
        Grade,
        GradeDate,
        Frontline,
        TeamLeader,
        HireDate,
        LeaveDate,
        ColumnCount
    };
    static constexpr int kPageSize = 500;
    // Rows read at once after the first page, shown a page at a time: the database sorts a
    // filtered roster for every read (one workshop of a million workers, about 50,000 rows),
    // whether it then hands on 500 rows or 2,000.
    static constexpr int kReadAhead = 4 * kPageSize;

    explicit RosterTableModel(QObject *parent = nullptr);

    // The workers to read from (on this thread's connection); nullptr empties the model.
    // The store to read pages from, as the officer may read them (a workshop head's rows only).
    void setWorkers(WorkerStore *workers, const Officer &reader = {});
    void setFilter(const RosterFilter &filter);
    const RosterQuery &query() const { return m_query; }
    // Reads the first page again (after an import, say).
    void reload();
    const WorkerRow &workerAt(int row) const { return m_rows.at(row); }
    static bool isSortable(int column);
    // The column whose header shows the query's sort.
    static int columnOf(RosterQuery::SortKey key);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void loadFailed(const skl::Error &error);

private:
    QVariant display(const WorkerRow &row, int column) const;

    WorkerStore *m_workers = nullptr;
    Officer m_reader;
    RosterQuery m_query;
    QList<WorkerRow> m_rows;
    QList<WorkerRow> m_readAhead; // read, not yet shown, in order
    std::optional<RosterQuery::Key> m_lastKey; // of the last row read
    bool m_readToEnd = true; // the database has no row after m_lastKey
};

} // namespace skl
