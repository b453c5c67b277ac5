#pragma once

#include <QAbstractTableModel>

#include "core/reports/duelist.h"
#include "core/reports/targetplanner.h"

namespace skl {

// The due list (待评价名单) with the planner's recommendation per worker: recommended rows are
// shown in bold, so that a workshop head sees whom to assess first for the targets.
class DueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DueTableModel(QObject *parent = nullptr);

    void setList(QList<DueWorker> due, TargetPlan plan);
    // Shows only one workshop's workers (0: all).
    void setWorkshop(qint64 workshopId);
    const QList<DueWorker> &due() const { return m_due; }
    const TargetPlan &plan() const { return m_plan; }
    const DueWorker &workerAt(int row) const { return m_due.at(m_rows.at(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void select();

    QList<DueWorker> m_due;
    QList<qsizetype> m_rows; // the shown workers, as indexes into m_due
    qint64 m_workshopId = 0;
    TargetPlan m_plan;
    QStringList m_header;
};

} // namespace skl
